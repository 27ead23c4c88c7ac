import {
  ConfigError,
  RETENTION_DEFAULT_YEARS,
  RETENTION_FLOOR_YEARS,
  validateConfig,
} from '../config/app-config';

describe('retention configuration', () => {
  const variables = [
    'RETENTION_RAW_YEARS',
    'RETENTION_REPORT_YEARS',
    'RETENTION_AUDIT_YEARS',
  ] as const;

  it.each(variables)(
    'refuses %s below the 2-year federal floor, naming the variable and the reason',
    (name) => {
      for (const value of ['1', '0', '-3']) {
        let error: unknown;
        try {
          validateConfig({ [name]: value });
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(ConfigError);
        const message = (error as Error).message;
        expect(message).toContain(name);
        expect(message).toContain(`at least ${RETENTION_FLOOR_YEARS} years`);
        expect(message).toMatch(/federal EEOC floor/);
        // Only the bad variable is named.
        for (const other of variables.filter((v) => v !== name))
          expect(message).not.toContain(other);
      }
    },
  );

  it.each(variables)('accepts %s at the floor and defaults it to 7 years', (name) => {
    expect(validateConfig({ [name]: String(RETENTION_FLOOR_YEARS) })[name]).toBe(
      RETENTION_FLOOR_YEARS,
    );
    expect(validateConfig({})[name]).toBe(RETENTION_DEFAULT_YEARS);
  });

  it('refuses a value that is not a whole number of years', () => {
    expect(() => validateConfig({ RETENTION_RAW_YEARS: 'seven' })).toThrow(/RETENTION_RAW_YEARS/);
    expect(() => validateConfig({ RETENTION_REPORT_YEARS: '2.5' })).toThrow(
      /RETENTION_REPORT_YEARS/,
    );
  });
});
