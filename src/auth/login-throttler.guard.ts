import { Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { Request } from 'express';
import { parseClientIp } from '../common/client-ip';

/**
 * The sign-in limit per client address. The address is Express's `req.ip` (which honours
 * X-Forwarded-For only from proxies TRUST_PROXY names); if that is not a parseable IP, the
 * socket's own address counts, so made-up header values cannot open fresh buckets.
 */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  protected override getTracker(req: Record<string, unknown>): Promise<string> {
    const r = req as unknown as Request;
    return Promise.resolve(
      parseClientIp(r.ip) ?? parseClientIp(r.socket?.remoteAddress) ?? 'unknown',
    );
  }
}
