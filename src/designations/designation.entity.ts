import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A searcher holds a sensitive position (policy IV.B.7): designation is a record, not a role.
 * At most one unrevoked designation per user (partial unique index); renewal supersedes it.
 */
@Entity({ name: 'searcher_designations' })
export class Designation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'designated_by', type: 'uuid' })
  designatedBy!: string;

  @CreateDateColumn({ name: 'designated_at', type: 'timestamptz' })
  designatedAt!: Date;

  @Column({ name: 'acknowledged_at', type: 'timestamptz' })
  acknowledgedAt!: Date;

  @Column({ name: 'training_completed_on', type: 'date' })
  trainingCompletedOn!: string;

  @Column({ name: 'expires_on', type: 'date' })
  expiresOn!: string;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'revoked_by', type: 'uuid', nullable: true })
  revokedBy!: string | null;

  @Column({ name: 'revoke_reason', type: 'text', nullable: true })
  revokeReason!: string | null;
}
