import type { WorkerOptions } from 'bullmq';
import type { AppConfig } from '../config/app-config';

type WorkerSettings = Partial<Omit<WorkerOptions, 'connection'>>;

/** How long a worker holds a job's lock, and how often stalled jobs are looked for (BullMQ's defaults). */
const settings = { lockDuration: 30_000, stalledInterval: 30_000 };

/** Sets the lock and stall timings every worker of this process is created with. */
export function configureWorkerTimings(
  config: Pick<AppConfig, 'QUEUE_LOCK_MS' | 'QUEUE_STALLED_INTERVAL_MS'>,
): void {
  settings.lockDuration = config.QUEUE_LOCK_MS;
  settings.stalledInterval = config.QUEUE_STALLED_INTERVAL_MS;
}

/**
 * Options for `@Processor(queue, workerOptions())`. The decorator runs when the file is loaded,
 * before the configuration is known; @nestjs/bullmq copies these options only when it creates the
 * worker, so the getters hand it the configured timings then. A job whose worker dies (SIGKILL)
 * loses its lock after QUEUE_LOCK_MS and is picked up again by a live worker's stall check.
 */
export function workerOptions(extra: WorkerSettings = {}): WorkerSettings {
  return {
    ...extra,
    get lockDuration() {
      return settings.lockDuration;
    },
    get stalledInterval() {
      return settings.stalledInterval;
    },
  };
}
