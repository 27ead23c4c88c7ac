import type { AppConfig, PausePoint } from '../config/app-config';

/** What a paused worker writes on stderr; a test waits for this line, then kills the process. */
export const PAUSED_MARK = 'cybervet-test-paused:';

/**
 * A test's way to reach "the middle" of a job deterministically: when TEST_PAUSE_AT names this
 * point, the job stops here for good (the process stays up, holding whatever it holds) and says
 * so on stderr. Does nothing otherwise; TEST_PAUSE_AT is refused at start-up in production.
 */
export async function pausePoint(
  config: Pick<AppConfig, 'TEST_PAUSE_AT'>,
  point: PausePoint,
): Promise<void> {
  if (config.TEST_PAUSE_AT !== point) return;
  process.stderr.write(`${PAUSED_MARK}${point}\n`);
  await new Promise<never>(() => undefined);
}
