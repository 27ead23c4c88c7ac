import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import Redis from 'ioredis';
import { AuditService } from '../audit/audit.service';
import { requestContext } from '../common/request-context';
import { AppConfig } from '../config/app-config';
import { redisOptions } from '../queue/redis-connection';

/** Why a presented token was refused (ASVS 16.3.1: authentication events are logged). */
export type TokenRefusalReason =
  'malformed' | 'forged signature' | 'expired' | 'revoked' | 'deactivated';

export interface TokenRefusal {
  reason: TokenRefusalReason;
  /** The account the token names, when its signature was valid. */
  userId: string | null;
  route: string;
}

/**
 * Counts one refusal in the client's current window and, on the first one over the limit,
 * schedules that window's summary. Atomic, so several processes share one count.
 * KEYS: bucket hash, pending sorted set. ARGV: reason, ttl ms, limit, due at (ms), member.
 */
const COUNT_SCRIPT = `
local total = redis.call('HINCRBY', KEYS[1], 'total', 1)
redis.call('HINCRBY', KEYS[1], 'reason:' .. ARGV[1], 1)
if total == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
if total == tonumber(ARGV[3]) + 1 then redis.call('ZADD', KEYS[2], ARGV[4], ARGV[5]) end
return total`;

type CountingRedis = Redis & {
  countRefusal(bucket: string, pending: string, ...args: (string | number)[]): Promise<number>;
};

/**
 * Writes refused-token events to the audit log without letting a flood of bad tokens flood the
 * chain: per client address, the first AUTH_FAILURE_LOG_LIMIT refusals of each window are written
 * one by one, the rest only counted, and once the window is over one summary event records how
 * many were suppressed (with their reasons). The counts live in Redis so every process shares them.
 */
@Injectable()
export class AuthFailureLog implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(AuthFailureLog.name);
  private readonly redis: CountingRedis;
  private readonly windowMs: number;
  private readonly limit: number;
  private timer?: NodeJS.Timeout;
  private readonly flushing = new Set<Promise<number>>();
  /** Used only while Redis is unreachable: a per-process cap, so the chain still cannot flood. */
  private fallback = { window: 0, count: 0 };

  constructor(
    config: AppConfig,
    private readonly audit: AuditService,
  ) {
    this.windowMs = config.AUTH_FAILURE_LOG_WINDOW_SECONDS * 1000;
    this.limit = config.AUTH_FAILURE_LOG_LIMIT;
    this.redis = new Redis({
      ...redisOptions(config.REDIS_URL),
      keyPrefix: `${config.QUEUE_PREFIX}:auth-refusals:`,
      // A refused token must not wait long on Redis: fall back to the per-process cap instead.
      maxRetriesPerRequest: 1,
      commandTimeout: 500,
      connectTimeout: 2000,
    }) as CountingRedis;
    this.redis.on('error', () => undefined);
    this.redis.defineCommand('countRefusal', { numberOfKeys: 2, lua: COUNT_SCRIPT });
  }

  onModuleInit(): void {
    const every = Math.min(5000, Math.max(250, this.windowMs / 4));
    this.timer = setInterval(() => void this.flushDue(), every);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await Promise.all(this.flushing);
    this.redis.disconnect();
  }

  /** Records one refused token. Never throws: a logging failure must not change the answer. */
  async record(refusal: TokenRefusal): Promise<void> {
    const ip = requestContext.get().clientIp ?? 'unknown';
    const windowStart = Math.floor(Date.now() / this.windowMs) * this.windowMs;
    let count: number;
    try {
      count = await this.redis.countRefusal(
        `w:${windowStart}:${ip}`,
        'pending',
        refusal.reason,
        // Kept a day past the window, so a summary still finds its counts after a restart.
        this.windowMs + 24 * 3600_000,
        this.limit,
        windowStart + this.windowMs,
        `${windowStart}|${ip}`,
      );
    } catch (error) {
      if (this.fallback.window !== windowStart) this.fallback = { window: windowStart, count: 0 };
      count = ++this.fallback.count;
      if (count === 1) {
        this.logger.warn({ err: error }, 'Redis unavailable: refused tokens capped per process');
      }
    }
    if (count > this.limit) return;
    try {
      await this.audit.record({
        action: 'auth.token_refused',
        subjectType: refusal.userId ? 'user' : 'token',
        subjectId: refusal.userId,
        actorId: null,
        actorRoles: [],
        outcome: 'DENIED',
        details: { reason: refusal.reason, route: refusal.route },
      });
    } catch (error) {
      this.logger.error({ err: error }, 'Could not record a refused token in the audit log');
    }
  }

  /**
   * Writes the summary of every window that has ended by `now`. Runs on a timer; public so a
   * test can end a window without waiting. Concurrent runs are safe: each summary is claimed once.
   */
  flushDue(now = Date.now()): Promise<number> {
    const run = this.flush(now);
    this.flushing.add(run);
    void run.finally(() => this.flushing.delete(run));
    return run;
  }

  private async flush(now: number): Promise<number> {
    let written = 0;
    try {
      const due = await this.redis.zrangebyscore('pending', '-inf', now);
      for (const member of due) {
        // ZREM answers 1 to exactly one process: only that one writes the summary.
        if ((await this.redis.zrem('pending', member)) !== 1) continue;
        const sep = member.indexOf('|');
        const windowStart = Number(member.slice(0, sep));
        const ip = member.slice(sep + 1);
        const bucket = `w:${windowStart}:${ip}`;
        const fields = await this.redis.hgetall(bucket);
        await this.redis.del(bucket);
        const total = Number(fields.total ?? 0);
        const reasons = Object.fromEntries(
          Object.entries(fields)
            .filter(([k]) => k.startsWith('reason:'))
            .map(([k, v]) => [k.slice('reason:'.length), Number(v)]),
        );
        await requestContext.run({ clientIp: ip === 'unknown' ? undefined : ip }, () =>
          this.audit.record({
            action: 'auth.token_refused_summary',
            subjectType: 'client',
            subjectId: ip,
            actorId: null,
            actorRoles: [],
            outcome: 'DENIED',
            details: {
              windowStart: new Date(windowStart).toISOString(),
              windowEnd: new Date(windowStart + this.windowMs).toISOString(),
              refused: total,
              logged: Math.min(total, this.limit),
              suppressed: Math.max(0, total - this.limit),
              reasons,
            },
          }),
        );
        written++;
      }
    } catch (error) {
      this.logger.error({ err: error }, 'Could not write refused-token summaries');
    }
    return written;
  }
}
