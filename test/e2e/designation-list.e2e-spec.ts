import { Role } from '../../src/auth/role.enum';
import { designation } from '../support/fixtures';
import { startTestApp, TestApp, TestUser } from '../support/test-app';

const inDays = (n: number) => new Date(Date.now() + n * 864e5).toISOString().slice(0, 10);

/** The administrator's list of searcher designations, and the ones that lapse soon. */
describe('GET /api/designations', () => {
  let t: TestApp;
  let admin: TestUser;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.user([Role.ADMIN], 'Ada Admin');
  });
  afterAll(() => t.close());

  const designate = async (name: string, expiresOn: string) => {
    const s = await t.user([Role.SEARCHER], name);
    await t
      .http()
      .post(`/api/users/${s.id}/designation`)
      .set(admin.auth)
      .send(designation({ expiresOn, trainingCompletedOn: '2026-01-15' }))
      .expect(201);
    return s;
  };

  it('lists every designation with names, dates and revocations; expiring ones soonest first', async () => {
    const soon = await designate('Sue Soon', inDays(10));
    const later = await designate('Lee Later', inDays(200));
    const edge = await designate('Eddie Edge', inDays(30));
    const revoked = await designate('Rex Revoked', inDays(5));
    await t
      .http()
      .delete(`/api/users/${revoked.id}/designation`)
      .set(admin.auth)
      .send({ reason: 'Left the unit' })
      .expect(200);
    // A renewal keeps the superseded designation on the list.
    await t
      .http()
      .post(`/api/users/${later.id}/designation`)
      .set(admin.auth)
      .send(designation({ expiresOn: inDays(300) }))
      .expect(201);

    const all = await t.http().get('/api/designations').set(admin.auth);
    expect(all.status).toBe(200);
    expect(all.body).toHaveLength(5);
    const rex = all.body.find((d: { userId: string }) => d.userId === revoked.id);
    expect(rex).toMatchObject({
      userName: 'Rex Revoked',
      userEmail: revoked.email,
      designatedBy: admin.id,
      designatedByName: 'Ada Admin',
      trainingCompletedOn: '2026-01-15',
      expiresOn: inDays(5),
      acknowledgedAt: expect.any(String),
      revokedAt: expect.any(String),
      revokedByName: 'Ada Admin',
      revokeReason: 'Left the unit',
      active: false,
    });
    const lee = all.body.filter((d: { userId: string }) => d.userId === later.id);
    expect(lee.map((d: { revokeReason: string | null }) => d.revokeReason).sort()).toEqual([
      null,
      'superseded by a new designation',
    ]);

    const expiring = await t.http().get('/api/designations?expiringWithinDays=30').set(admin.auth);
    expect(expiring.status).toBe(200);
    expect(
      expiring.body.map((d: { userName: string; daysUntilExpiry: number }) => [
        d.userName,
        d.daysUntilExpiry,
      ]),
    ).toEqual([
      ['Sue Soon', 10],
      ['Eddie Edge', 30],
    ]);
    expect(expiring.body[0]).toMatchObject({ userId: soon.id, active: true });
    expect(expiring.body[1].userId).toBe(edge.id);
  });

  it('refuses a bad or unknown query parameter with 400', async () => {
    for (const q of [
      'expiringWithinDays=soon',
      'expiringWithinDays=-1',
      'expiringWithinDays=1.5',
      'userId=x',
    ]) {
      const res = await t.http().get(`/api/designations?${q}`).set(admin.auth);
      expect(res.status).toBe(400);
    }
    const bad = await t.http().get('/api/designations?expiringWithinDays=soon').set(admin.auth);
    expect(bad.body.message).toContain('expiringWithinDays must be a whole number of days');
  });
});
