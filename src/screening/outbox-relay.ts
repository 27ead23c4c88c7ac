import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { QUEUES } from '../queue/queue.module';
import { withTimeout } from '../queue/with-timeout';
import { ExportsService } from '../records/exports.service';

export const scanJobId = (findingId: string, textVersion: number) =>
  `scan-${findingId}-${textVersion}`;
export const releaseJobId = (releaseId: string) => `release-${releaseId}`;
/** Releases (and, separately, exports) handed to the queue per round, at most. */
export const RELEASE_BATCH = 100;

/**
 * Pushes work recorded in PostgreSQL to the queues: scan requests from the screening outbox,
 * pending report releases and unfinished exports. Job ids are deterministic, so pushing twice (a retry, a second
 * instance) is absorbed by BullMQ. While Redis is away, rows simply wait for the next round.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QUEUES.SCREENING) private readonly screeningQueue: Queue,
    @InjectQueue(QUEUES.REPORTS) private readonly reportsQueue: Queue,
    private readonly exports: ExportsService,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), this.config.OUTBOX_POLL_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One round; overlapping rounds are skipped. Tests may call it to drain synchronously. */
  tick(): Promise<void> {
    this.running ??= this.round().finally(() => (this.running = undefined));
    return this.running;
  }

  private async round(): Promise<void> {
    try {
      await this.dispatchScans();
      await this.dispatchReleases();
      await this.dispatchExports();
    } catch (error) {
      this.logger.warn({ err: error }, 'Outbox relay round failed; retrying next round');
    }
  }

  private async dispatchScans(): Promise<void> {
    const rows = await this.dataSource.query<
      { id: string; finding_id: string; text_version: number }[]
    >(
      `SELECT id, finding_id, text_version FROM screening_outbox WHERE dispatched_at IS NULL ORDER BY attempts, id LIMIT 200`,
    );
    for (const row of rows) {
      try {
        await withTimeout(
          this.screeningQueue.add(
            'scan',
            { findingId: row.finding_id, textVersion: row.text_version },
            { jobId: scanJobId(row.finding_id, row.text_version) },
          ),
          this.config.QUEUE_ADD_TIMEOUT_MS,
          'Redis',
        );
        await this.dataSource.query(
          `UPDATE screening_outbox SET dispatched_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = $1`,
          [row.id],
        );
      } catch (error) {
        await this.dataSource.query(
          `UPDATE screening_outbox SET attempts = attempts + 1, last_error = $2 WHERE id = $1`,
          [row.id, (error as Error).message],
        );
        return; // Redis is likely away: the rest waits for the next round.
      }
    }
  }

  /**
   * Releases are taken in order of when they are due: new ones at once, ones already handed to
   * the queue only after RELEASE_REDISPATCH_MS (to check that their job still exists), and one
   * whose hand-off failed goes behind every other due release. So neither a stuck job nor a
   * failing hand-off can hold a place in the batch ahead of new work.
   */
  private dispatchReleases(): Promise<void> {
    return this.dispatchDue(
      { table: 'report_releases', unfinished: `status = 'PENDING'` },
      this.config.RELEASE_REDISPATCH_MS,
      (id) => this.dispatchRelease(id),
    );
  }

  /**
   * Unfinished exports, in the same fair order as releases. An export request only records the
   * export, so it is accepted at once even while Redis is away; this hands it over when it can,
   * and later re-checks that its job still exists (a crashed worker, a lost queue).
   */
  private dispatchExports(): Promise<void> {
    return this.dispatchDue(
      { table: 'exports', unfinished: `status IN ('PENDING','RUNNING')` },
      this.config.EXPORT_REDISPATCH_MS,
      (id) => this.exports.dispatch(id),
    );
  }

  /** One batch of a table's due rows, handed to the queue in order; the first failure ends the round. */
  private async dispatchDue(
    source: { table: 'report_releases' | 'exports'; unfinished: string },
    redispatchMs: number,
    dispatch: (id: string) => Promise<void>,
  ): Promise<void> {
    const { table, unfinished } = source;
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM ${table}
        WHERE ${unfinished} AND coalesce(next_dispatch_at, requested_at) <= now()
        ORDER BY coalesce(next_dispatch_at, requested_at), id LIMIT $1`,
      [RELEASE_BATCH],
    );
    for (const row of rows) {
      try {
        await withTimeout(dispatch(row.id), this.config.QUEUE_ADD_TIMEOUT_MS, 'Redis');
        await this.dataSource.query(
          `UPDATE ${table}
              SET dispatched_at = now(), dispatch_attempts = dispatch_attempts + 1, last_dispatch_error = NULL,
                  next_dispatch_at = now() + $2::int * interval '1 millisecond'
            WHERE id = $1 AND ${unfinished}`,
          [row.id, redispatchMs],
        );
      } catch (error) {
        await this.dataSource.query(
          `UPDATE ${table}
              SET next_dispatch_at = clock_timestamp(), dispatch_attempts = dispatch_attempts + 1, last_dispatch_error = $2
            WHERE id = $1 AND ${unfinished}`,
          [row.id, (error as Error).message],
        );
        return; // Redis is likely away: the rest waits for the next round.
      }
    }
  }

  /**
   * Hands one release to the queue. A job that still exists (waiting, delayed, active, done) is
   * left alone; one that failed without its release being marked (a crashed worker) runs once
   * more, as its last attempt, so the release ends DONE or FAILED.
   */
  private async dispatchRelease(releaseId: string): Promise<void> {
    const jobId = releaseJobId(releaseId);
    const job = await this.reportsQueue.getJob(jobId);
    if (job) {
      if (await job.isFailed()) await job.retry('failed');
      return;
    }
    await this.reportsQueue.add(
      'compile',
      { releaseId },
      {
        jobId,
        attempts: this.config.RELEASE_JOB_ATTEMPTS,
        backoff: { type: 'exponential', delay: this.config.RELEASE_RETRY_DELAY_MS },
      },
    );
  }
}
