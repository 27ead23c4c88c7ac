import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { FlowSecrets } from './oidc-client.service';

export const OIDC_FLOW_COOKIE = 'cybervet_oidc';
export const OIDC_FLOW_MINUTES = 10;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * The state, nonce and PKCE verifier of one sign-in redirect, kept server-side (every process
 * sees them) and bound to the browser that started it by a cookie; used once.
 */
@Injectable()
export class OidcFlowsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Stores the flow; returns the cookie value that binds it to this browser. */
  async begin(flow: FlowSecrets): Promise<string> {
    const binding = randomBytes(32).toString('base64url');
    await this.dataSource.query(
      `DELETE FROM oidc_flows WHERE expires_at < now() - interval '1 day'`,
    );
    await this.dataSource.query(
      `INSERT INTO oidc_flows (binding_hash, state, nonce, code_verifier, expires_at)
       VALUES ($1, $2, $3, $4, now() + make_interval(mins => $5))`,
      [sha256(binding), flow.state, flow.nonce, flow.codeVerifier, OIDC_FLOW_MINUTES],
    );
    return binding;
  }

  /** The flow this browser started, consumed (a second callback finds nothing), or null. */
  async take(binding: string | undefined): Promise<FlowSecrets | null> {
    if (!binding) return null;
    const [rows] = await this.dataSource.query<
      [{ state: string; nonce: string; code_verifier: string; live: boolean }[], number]
    >(
      `DELETE FROM oidc_flows WHERE binding_hash = $1
       RETURNING state, nonce, code_verifier, expires_at > now() AS live`,
      [sha256(binding)],
    );
    const row = rows[0];
    if (!row || !row.live) return null;
    return { state: row.state, nonce: row.nonce, codeVerifier: row.code_verifier };
  }
}
