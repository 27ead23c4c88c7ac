import { Role } from '../../src/auth/role.enum';
import { CHECKLIST } from '../support/fixtures';
import { startTestApp, TestApp, TestUser } from '../support/test-app';
import { auditSettled } from '../support/audit';

describe('candidate CSV import', () => {
  let t: TestApp;
  let admin: TestUser;
  let processId: string;
  const count = async () =>
    (
      await t.db.query(`SELECT count(*)::int AS n FROM candidates WHERE process_id = $1`, [
        processId,
      ])
    )[0].n as number;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.user([Role.ADMIN]);
    const p = await t.http().post('/api/processes').set(admin.auth).send({ title: 'Import 2026' });
    processId = p.body.id;
    await t
      .http()
      .put(`/api/processes/${processId}/checklist`)
      .set(admin.auth)
      .send({ items: CHECKLIST })
      .expect(200);
  });
  afterAll(() => t.close());

  it('imports every row of a text/csv body, each with its vetting', async () => {
    const csv =
      'name,city,state,consentDate\n' +
      'Avery Stone,Port Washington,WI,2026-01-10\n' +
      '"Doe, Jordan",Saukville,WI,2026-01-11T09:30:00Z\n';
    const res = await t
      .http()
      .post(`/api/processes/${processId}/candidates/import`)
      .set(admin.auth)
      .set('Content-Type', 'text/csv')
      .send(csv);
    expect(res.status).toBe(201);
    expect(res.body.imported).toBe(2);
    expect(
      res.body.vettings.map((v: { candidate: { fullName: string } }) => v.candidate.fullName),
    ).toEqual(['Avery Stone', 'Doe, Jordan']);
    expect(res.body.vettings[0]).toMatchObject({
      status: 'NOT_ASSIGNED',
      checklistVersion: 1,
      candidate: { city: 'Port Washington', state: 'WI' },
    });
    const vettings = await t.db.query(
      `SELECT count(*)::int AS n FROM vettings WHERE process_id = $1`,
      [processId],
    );
    expect(vettings[0].n).toBe(2);
    await auditSettled(t);
    const [event] = await t.db.query(
      `SELECT details FROM audit_events WHERE action = 'candidate.import' AND subject_id = $1`,
      [processId],
    );
    expect(event.details.imported).toBe(2);
  });

  it('takes the CSV as a multipart file too', async () => {
    const before = await count();
    const res = await t
      .http()
      .post(`/api/processes/${processId}/candidates/import`)
      .set(admin.auth)
      .attach('file', Buffer.from('name,city,state,consentDate\nRiley Park,,,2026-02-01\n'), {
        filename: 'candidates.csv',
        contentType: 'text/csv',
      });
    expect(res.status).toBe(201);
    expect(res.body.vettings[0].candidate).toMatchObject({ fullName: 'Riley Park', city: null });
    expect(await count()).toBe(before + 1);
  });

  it('refuses the whole file when any row fails, listing every error by row and field', async () => {
    const before = await count();
    const future = new Date(Date.now() + 3 * 864e5).toISOString().slice(0, 10);
    const csv = [
      'name,city,state,consentDate',
      'Good Row,Port Washington,WI,2026-01-10',
      ',Port Washington,WI,2026-01-10',
      'Bad Date,Port Washington,WI,10/01/2026',
      `Future Consent,Port Washington,WI,${future}`,
      `${'x'.repeat(201)},Port Washington,WI,2026-01-10`,
    ].join('\n');
    const res = await t
      .http()
      .post(`/api/processes/${processId}/candidates/import`)
      .set(admin.auth)
      .set('Content-Type', 'text/csv')
      .send(csv);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { row: 3, field: 'name', message: 'name must be longer than or equal to 1 characters' },
      { row: 4, field: 'consentDate', message: 'consentDate must be an ISO-8601 date-time' },
      { row: 5, field: 'consentDate', message: 'consentDate cannot be in the future' },
      { row: 6, field: 'name', message: 'name must be shorter than or equal to 200 characters' },
    ]);
    expect(res.body.message).toMatch(/^Import refused, nothing was imported: row 3 name: /);
    expect(res.body.requestId).toEqual(expect.any(String));
    expect(await count()).toBe(before);
  });

  it('refuses a wrong header, a malformed file, an empty file and a missing body', async () => {
    const post = (body: string) =>
      t
        .http()
        .post(`/api/processes/${processId}/candidates/import`)
        .set(admin.auth)
        .set('Content-Type', 'text/csv')
        .send(body);
    const header = await post('fullName,city,state,consentDate\nA,B,C,2026-01-01\n');
    expect(header.status).toBe(400);
    expect(header.body.errors).toEqual([
      {
        row: 1,
        field: null,
        message: 'The header must be name,city,state,consentDate; missing: name; unknown: fullName',
      },
    ]);
    const ragged = await post('name,city,state,consentDate\nA,B\n');
    expect(ragged.status).toBe(400);
    expect(ragged.body.errors[0]).toMatchObject({ row: 2, field: null });
    expect(ragged.body.errors[0].message).toMatch(/^Malformed CSV/);
    const empty = await post('name,city,state,consentDate\n');
    expect(empty.status).toBe(400);
    expect(empty.body.errors[0].message).toBe('The file has no candidate rows');
    const none = await t
      .http()
      .post(`/api/processes/${processId}/candidates/import`)
      .set(admin.auth)
      .send({});
    expect(none.status).toBe(400);
    expect(none.body.message).toMatch(/text\/csv body or as the multipart/);
    const missing = await t
      .http()
      .post('/api/processes/00000000-0000-4000-8000-000000000000/candidates/import')
      .set(admin.auth)
      .set('Content-Type', 'text/csv')
      .send('name,city,state,consentDate\nA,B,C,2026-01-01\n');
    expect(missing.status).toBe(404);
  });
});
