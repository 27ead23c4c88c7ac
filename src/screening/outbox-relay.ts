import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { QUEUES } from '../queue/queue.module';
import { withTimeout } from '../queue/with-timeout';

export const scanJobId = (findingId: string, textVersion: number) =>
  `scan-${findingId}-${textVersion}`;
export const releaseJobId = (releaseId: string) => `release-${releaseId}`;

/**
 * Pushes work recorded in PostgreSQL to the queues: scan requests from the screening outbox,
 * and pending report releases. Job ids are deterministic, so pushing twice (a retry, a second
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
    } catch (error) {
      this.logger.warn({ err: error }, 'Outbox relay round failed; retrying next round');
    }
  }

  private async dispatchScans(): Promise<void> {
    const rows = await this.dataSource.query<
      { id: string; finding_id: string; text_version: number }[]
    >(
      `SELECT id, finding_id, text_version FROM screening_outbox WHERE dispatched_at IS NULL ORDER BY id LIMIT 200`,
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

  private async dispatchReleases(): Promise<void> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM report_releases WHERE status = 'PENDING' ORDER BY requested_at LIMIT 100`,
    );
    for (const row of rows) {
      await withTimeout(
        this.reportsQueue.add('compile', { releaseId: row.id }, { jobId: releaseJobId(row.id) }),
        this.config.QUEUE_ADD_TIMEOUT_MS,
        'Redis',
      );
    }
  }
}
