import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { AuditSequencer, SEQUENCE_BATCH } from './audit-sequencer.service';

/**
 * Runs the sequencer every AUDIT_SEQUENCE_INTERVAL_MS in processes that run background work
 * (`APP_ROLE` worker or all), and at once again after a full batch, so a burst drains quickly.
 * Several such processes are safe: they take turns on the sequencer lock, and a process that
 * finds it held skips its round.
 */
@Injectable()
export class AuditSequencerLoop implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(AuditSequencerLoop.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly sequencer: AuditSequencer,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.runsWorkers) return;
    this.schedule(this.config.AUDIT_SEQUENCE_INTERVAL_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.round().finally(() => (this.running = undefined));
    }, delay);
    this.timer.unref();
  }

  private async round(): Promise<void> {
    let next = this.config.AUDIT_SEQUENCE_INTERVAL_MS;
    try {
      const moved = await this.sequencer.sequenceBatch(false);
      if (moved === SEQUENCE_BATCH) next = 0;
    } catch (error) {
      this.logger.warn({ err: error }, 'Audit sequencing round failed; events wait for the next');
    }
    this.schedule(next);
  }
}
