import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type SessionEndReason = 'SIGNED_OUT' | 'IDLE';

/** A browser session: the cookie holds a random token, this row holds its SHA-256. */
@Entity({ name: 'sessions' })
export class Session {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'token_hash', type: 'char', length: 64, select: false })
  tokenHash!: string;

  /** The user's token version at sign-in: a role change or deactivation ends the session too. */
  @Column({ name: 'token_version', type: 'integer' })
  tokenVersion!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'last_activity_at', type: 'timestamptz' })
  lastActivityAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'revoke_reason', type: 'text', nullable: true })
  revokeReason!: SessionEndReason | null;

  /** How the session was signed in: a local password, or single sign-on (OpenID Connect). */
  @Column({ name: 'auth_method', type: 'text', default: 'PASSWORD' })
  authMethod!: 'PASSWORD' | 'OIDC';

  /** The provider's ID token, sent back as `id_token_hint` when signing out there. */
  @Column({ name: 'oidc_id_token', type: 'text', nullable: true, select: false })
  oidcIdToken!: string | null;
}
