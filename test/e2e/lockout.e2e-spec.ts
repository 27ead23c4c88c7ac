import { randomUUID } from 'node:crypto';
import { Role } from '../../src/auth/role.enum';
import { startTestApp, TEST_PASSWORD, TestApp, TestUser } from '../support/test-app';
import { auditSettled } from '../support/audit';

describe('defect 10: a lockout does not reveal which accounts exist', () => {
  let t: TestApp;
  let admin: TestUser;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.user([Role.ADMIN]);
  });
  afterAll(() => t.close());

  const attempt = (email: string, password: string) =>
    t.http().post('/api/auth/login').send({ email, password });

  async function lockOut(u: TestUser): Promise<void> {
    for (let i = 0; i < 5; i++) await attempt(u.email, `wrong password ${i}!`);
  }

  it('answers a locked account exactly like an unknown address, after the same work', async () => {
    const u = await t.user([Role.SEARCHER]);
    const unknown = `nobody-${randomUUID()}@example.test`;
    for (let i = 0; i < 6; i++) {
      const real = await attempt(u.email, `wrong password ${i}!`);
      const fake = await attempt(unknown, `wrong password ${i}!`);
      expect({ i, status: real.status }).toEqual({ i, status: 401 });
      expect({ i, status: fake.status }).toEqual({ i, status: 401 });
      const withoutId = (body: Record<string, unknown>) =>
        Object.fromEntries(Object.entries(body).filter(([k]) => k !== 'requestId'));
      expect(withoutId(real.body as Record<string, unknown>)).toEqual(
        withoutId(fake.body as Record<string, unknown>),
      );
    }
    // Even the right password is refused while locked, with the same answer.
    const right = await attempt(u.email, TEST_PASSWORD);
    const fake = await attempt(unknown, TEST_PASSWORD);
    expect(right.status).toBe(401);
    expect(right.body.message).toBe(fake.body.message);
    expect(right.body.message).toBe('Invalid email or password');

    // Timing: a locked account still costs an argon2 verification, like an unknown one.
    const time = async (email: string) => {
      const start = process.hrtime.bigint();
      await attempt(email, 'some other password');
      return Number(process.hrtime.bigint() - start) / 1e6;
    };
    const locked: number[] = [];
    const missing: number[] = [];
    for (let i = 0; i < 5; i++) {
      locked.push(await time(u.email));
      missing.push(await time(unknown));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    // Generous bound (shared CI machine): a skipped hash would make the locked one several times faster.
    expect(median(locked)).toBeGreaterThan(median(missing) * 0.4);
  });

  it('lets an admin see locked accounts and unlock one, audited', async () => {
    const u = await t.user([Role.AUDITOR], 'Locked Out');
    await lockOut(u);
    const list = await t.http().get('/api/users/locked').set(admin.auth);
    expect(list.status).toBe(200);
    const entry = (list.body as { id: string }[]).find((e) => e.id === u.id);
    expect(entry).toEqual({
      id: u.id,
      email: u.email,
      name: 'Locked Out',
      lockedUntil: expect.any(String),
      failedLoginCount: 5,
    });
    expect(
      new Date((entry as unknown as { lockedUntil: string }).lockedUntil).getTime(),
    ).toBeGreaterThan(Date.now() + 8 * 60_000);

    const unlock = await t.http().post(`/api/users/${u.id}/unlock`).set(admin.auth);
    expect(unlock.status).toBe(200);
    expect(unlock.body).toEqual({ id: u.id, email: u.email, wasLocked: true });
    expect((await attempt(u.email, TEST_PASSWORD)).status).toBe(200);
    const after = await t.http().get('/api/users/locked').set(admin.auth);
    expect((after.body as { id: string }[]).map((e) => e.id)).not.toContain(u.id);

    await auditSettled(t);
    const [event] = await t.db.query(
      `SELECT actor_id, outcome, details FROM audit_events WHERE action = 'user.unlock' AND subject_id = $1`,
      [u.id],
    );
    expect(event.actor_id).toBe(admin.id);
    expect(event.outcome).toBe('ALLOWED');
    expect(event.details).toMatchObject({ email: u.email, wasLocked: true, failedLoginCount: 5 });
  });

  it('keeps both routes for admins, with 404 for an unknown id', async () => {
    const panel = await t.user([Role.PANEL]);
    expect((await t.http().get('/api/users/locked').set(panel.auth)).status).toBe(403);
    expect((await t.http().post(`/api/users/${randomUUID()}/unlock`).set(admin.auth)).status).toBe(
      404,
    );
    expect((await t.http().post('/api/users/not-a-uuid/unlock').set(admin.auth)).status).toBe(400);
  });
});
