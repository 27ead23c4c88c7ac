import { EntityManager } from 'typeorm';
import { User } from './user.entity';

/**
 * How a transaction holds a user's row while it relies on the user's roles and active flag.
 *
 * - `decide` (FOR SHARE): every path that reads them to decide something: a panel seat, a place
 *   in a searcher pool, an assignment, searcher work (validation, filter review, the search log)
 *   and raw reads. Several may hold it at once.
 * - `change` (FOR NO KEY UPDATE): every change of roles or active flag, and a designation grant.
 *   It waits for every `decide` holder to commit and blocks new ones until it commits, so a
 *   decision always sees the roles as they are when it commits. (NO KEY UPDATE, not UPDATE, so
 *   foreign-key checks of rows that merely reference the user never wait on it.)
 *
 * In READ COMMITTED the row returned after a wait is the newly committed one, so the caller
 * checks what it reads here, never the roles on the token.
 *
 * Lock order, everywhere: user row, then searcher designation, then process row, then vetting
 * or finding rows, then the per-process separation-of-duties lock, and the audit chain last.
 * Only a user change locks two user rows (the caller's and the target's): it takes them in id
 * order (lockCallerAndUser), so two administrators changing each other never deadlock.
 */
export type UserLockMode = 'decide' | 'change';

export function lockUser(
  m: EntityManager,
  userId: string,
  mode: UserLockMode,
): Promise<User | null> {
  return m.getRepository(User).findOne({
    where: { id: userId },
    lock: { mode: mode === 'change' ? 'for_no_key_update' : 'pessimistic_read' },
  });
}

/**
 * For a change made by `callerId` to `userId`: the caller's row in `decide` mode (their ADMIN role
 * and active flag are what the change relies on) and the target's row in `change` mode, in id
 * order. The same row, when a user edits their own account, is locked once, in `change` mode.
 */
export async function lockCallerAndUser(
  m: EntityManager,
  callerId: string,
  userId: string,
): Promise<{ caller: User | null; user: User | null }> {
  if (callerId === userId) {
    const user = await lockUser(m, userId, 'change');
    return { caller: user, user };
  }
  if (callerId < userId) {
    const caller = await lockUser(m, callerId, 'decide');
    return { caller, user: await lockUser(m, userId, 'change') };
  }
  const user = await lockUser(m, userId, 'change');
  return { caller: await lockUser(m, callerId, 'decide'), user };
}
