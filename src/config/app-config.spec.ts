import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateConfig } from './app-config';

function signingKey(): { EXPORT_SIGNING_KEY: string } {
  const path = join(mkdtempSync(join(tmpdir(), 'config-key-')), 'key.pem');
  const { privateKey } = generateKeyPairSync('ed25519');
  writeFileSync(path, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  return { EXPORT_SIGNING_KEY: path };
}

describe('configuration, validated at boot', () => {
  it('defaults to the local services', () => {
    const c = validateConfig({});
    expect(c.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/cybervet');
    expect(c.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(c.PORT).toBe(3000);
    expect(c.JWT_TTL_SECONDS).toBe(900);
    expect(c.jwtSecret).toHaveLength(64);
  });

  it('names the variable when a value is bad', () => {
    expect(() => validateConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => validateConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
    expect(() => validateConfig({ JWT_TTL_SECONDS: '5' })).toThrow(/JWT_TTL_SECONDS/);
  });

  it('refuses to start in production without a real JWT_SECRET', () => {
    expect(() => validateConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    expect(() => validateConfig({ NODE_ENV: 'production', JWT_SECRET: 'changeme' })).toThrow(
      /JWT_SECRET/,
    );
    // Production also needs its signing key (EXPORT_SIGNING_KEY), so the good case brings one.
    expect(
      validateConfig({ NODE_ENV: 'production', JWT_SECRET: 'k'.repeat(40), ...signingKey() })
        .jwtSecret,
    ).toBe('k'.repeat(40));
  });

  it('refuses to start in production without a usable EXPORT_SIGNING_KEY; elsewhere defaults it', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: 'k'.repeat(40) };
    expect(() => validateConfig(production)).toThrow(/EXPORT_SIGNING_KEY: production needs/);
    expect(() =>
      validateConfig({ ...production, EXPORT_SIGNING_KEY: '/nonexistent/key.pem' }),
    ).toThrow(/EXPORT_SIGNING_KEY: no key file at \/nonexistent\/key\.pem/);
    const { EXPORT_SIGNING_KEY } = signingKey();
    expect(validateConfig({ ...production, EXPORT_SIGNING_KEY }).signingKeyPath).toBe(
      EXPORT_SIGNING_KEY,
    );
    expect(validateConfig({}).signingKeyPath).toBe('./var/keys/export-signing-key.pem');
  });

  it('trusts no proxy unless TRUST_PROXY says so, with the values Express accepts', () => {
    expect(validateConfig({}).trustProxy).toBe(false);
    expect(validateConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(validateConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(validateConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(validateConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8, 2001:db8::1' }).trustProxy).toEqual(
      ['loopback', '10.0.0.0/8', '2001:db8::1'],
    );
    for (const bad of ['yes', '10.0.0.0/33', '1.2', 'loopback,evil.example', '10.0.0.0/8,']) {
      expect(() => validateConfig({ TRUST_PROXY: bad })).toThrow(/TRUST_PROXY/);
    }
  });

  it('keeps the OpenAPI document private unless DOCS_PUBLIC=true', () => {
    expect(validateConfig({}).docsPublic).toBe(false);
    expect(validateConfig({ DOCS_PUBLIC: 'true' }).docsPublic).toBe(true);
    expect(() => validateConfig({ DOCS_PUBLIC: 'yes' })).toThrow(/DOCS_PUBLIC/);
  });

  it('refuses the test-only pause point in production, and bad queue timings anywhere', () => {
    const prod = { NODE_ENV: 'production', JWT_SECRET: 'k'.repeat(40), ...signingKey() };
    expect(validateConfig(prod).TEST_PAUSE_AT).toBeUndefined();
    expect(() => validateConfig({ ...prod, TEST_PAUSE_AT: 'export.build' })).toThrow(
      /TEST_PAUSE_AT: a test-only setting/,
    );
    expect(validateConfig({ TEST_PAUSE_AT: 'report.compile' }).TEST_PAUSE_AT).toBe(
      'report.compile',
    );
    expect(() => validateConfig({ TEST_PAUSE_AT: 'somewhere' })).toThrow(/TEST_PAUSE_AT/);
    expect(validateConfig({}).QUEUE_LOCK_MS).toBe(30_000);
    expect(() => validateConfig({ QUEUE_LOCK_MS: '10' })).toThrow(/QUEUE_LOCK_MS/);
    expect(() => validateConfig({ QUEUE_STALLED_INTERVAL_MS: 'soon' })).toThrow(
      /QUEUE_STALLED_INTERVAL_MS/,
    );
  });
});

describe('sign-in configuration: single sign-on and the second factor', () => {
  const oidc = {
    OIDC_ISSUER: 'https://login.microsoftonline.com/tenant-id/v2.0',
    OIDC_CLIENT_ID: 'client',
    OIDC_CLIENT_SECRET: 'secret',
    OIDC_REDIRECT_URL: 'https://vetting.dept.gov/api/auth/oidc/callback',
  };

  it('requires a second factor of SEARCHER, ADMIN, RECORDS_CUSTODIAN and AUDITOR by default', () => {
    expect(validateConfig({}).mfaRequiredRoles).toEqual([
      'SEARCHER',
      'ADMIN',
      'RECORDS_CUSTODIAN',
      'AUDITOR',
    ]);
    expect(validateConfig({ MFA_REQUIRED_ROLES: 'none' }).mfaRequiredRoles).toEqual([]);
    expect(() => validateConfig({ MFA_REQUIRED_ROLES: 'ADMIN,CHIEF' })).toThrow(
      /MFA_REQUIRED_ROLES: unknown role CHIEF/,
    );
  });

  it('takes single sign-on whole or not at all', () => {
    expect(validateConfig(oidc).oidcEnabled).toBe(true);
    expect(validateConfig({}).oidcEnabled).toBe(false);
    expect(() => validateConfig({ ...oidc, OIDC_CLIENT_SECRET: undefined })).toThrow(
      /OIDC_CLIENT_SECRET: single sign-on needs all of/,
    );
  });

  it('turns passwords off only with single sign-on configured', () => {
    expect(() => validateConfig({ LOCAL_LOGIN: 'false' })).toThrow(/LOCAL_LOGIN/);
    expect(validateConfig({ ...oidc, LOCAL_LOGIN: 'false' }).localLoginEnabled).toBe(false);
  });
});
