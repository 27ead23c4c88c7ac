import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The recorded result of one verification run. Kept so that a later run can notice a
 * truncated tail (head going backwards, count shrinking), which the chain alone cannot show.
 */
@Entity({ name: 'audit_verifications' })
export class AuditVerification {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @CreateDateColumn({ name: 'ran_at', type: 'timestamptz' })
  ranAt!: Date;

  @Column({ type: 'text' })
  trigger!: 'NIGHTLY' | 'MANUAL' | 'CLI';

  @Column({ type: 'boolean' })
  intact!: boolean;

  @Column({ type: 'integer' })
  count!: number;

  @Column({
    name: 'head_seq',
    type: 'bigint',
    transformer: { to: (v: number) => v, from: (v: string) => Number(v) },
  })
  headSeq!: number;

  @Column({ name: 'head_hash', type: 'char', length: 64 })
  headHash!: string;

  @Column({
    name: 'broken_at_seq',
    type: 'bigint',
    nullable: true,
    transformer: {
      to: (v: number | null) => v,
      from: (v: string | null) => (v === null ? null : Number(v)),
    },
  })
  brokenAtSeq!: number | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  /** Set when this run disagrees with an earlier recorded head: the log was cut or rewritten. */
  @Column({ type: 'text', nullable: true })
  tampering!: string | null;
}
