import { Client } from 'pg';
import { DUTIES_LOCK_KEY } from '../../src/access/access.service';
import { Role } from '../../src/auth/role.enum';
import { buildWorld, itemBody } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { dbUrl } from '../support/test-env';

/**
 * Separation of duties (policy IV.B.6a) serialises a panel addition against searcher work in the
 * same process, but searchers working in one process must not queue behind each other: work
 * holds the process's duties lock shared, a panel addition exclusive. Each test holds the lock
 * the way a request in flight would, from its own connection, and watches what waits.
 */
describe('the separation-of-duties lock: searcher work shared, panel additions exclusive', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** A transaction on its own connection holding the process's duties lock in `mode`. */
  async function holdDutiesLock(processId: string, mode: 'shared' | 'exclusive') {
    const c = new Client({ connectionString: dbUrl(t.dbName) });
    await c.connect();
    await c.query('BEGIN');
    const fn = mode === 'shared' ? 'pg_advisory_xact_lock_shared' : 'pg_advisory_xact_lock';
    await c.query(`SELECT ${fn}(${DUTIES_LOCK_KEY})`, [processId]);
    let released = false;
    return {
      release: async () => {
        if (released) return;
        released = true;
        await c.query('COMMIT');
        await c.end();
      },
    };
  }

  /** Settles within `ms`, or 'still waiting'. */
  const within = <T>(p: Promise<T>, ms: number) =>
    Promise.race([
      p,
      new Promise<'still waiting'>((r) => setTimeout(() => r('still waiting'), ms)),
    ]);

  it('a search is logged while other searcher work in the process is in flight; a panel addition waits for that work', async () => {
    const w = await buildWorld(t);
    const otherWork = await holdDutiesLock(w.processId, 'shared');
    try {
      const logged = await within(
        t
          .http()
          .put(`/api/vettings/${w.vettingIds[0]}/items/google`)
          .set(w.searcher.auth)
          .send(itemBody())
          .then((r) => r.status),
        10_000,
      );
      expect(logged).toBe(200);

      const member = await t.user([Role.PANEL], 'Pia Panel');
      const seat = t
        .http()
        .post(`/api/processes/${w.processId}/panel`)
        .set(w.admin.auth)
        .send({ userId: member.id })
        .then((r) => r.status);
      expect(await within(seat, 1500)).toBe('still waiting');
      await otherWork.release();
      expect(await seat).toBe(201);
    } finally {
      await otherWork.release();
    }
  });

  it('searcher work waits while a panel addition in the process is in flight, then goes ahead', async () => {
    const w = await buildWorld(t);
    const seating = await holdDutiesLock(w.processId, 'exclusive');
    try {
      const logged = t
        .http()
        .put(`/api/vettings/${w.vettingIds[0]}/items/google`)
        .set(w.searcher.auth)
        .send(itemBody())
        .then((r) => r.status);
      expect(await within(logged, 1500)).toBe('still waiting');
      await seating.release();
      expect(await logged).toBe(200);
    } finally {
      await seating.release();
    }
  });
});
