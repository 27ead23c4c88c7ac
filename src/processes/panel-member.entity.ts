import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Hiring panel membership (decision makers). Removal keeps the row (removed_at), so who sat
 * on the panel, and when, stays on record.
 */
@Entity({ name: 'panel_members' })
export class PanelMember {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'process_id', type: 'uuid' })
  processId!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'added_by', type: 'uuid' })
  addedBy!: string;

  @Column({ name: 'added_at', type: 'timestamptz', default: () => 'now()' })
  addedAt!: Date;

  @Column({ name: 'removed_at', type: 'timestamptz', nullable: true })
  removedAt!: Date | null;

  @Column({ name: 'removed_by', type: 'uuid', nullable: true })
  removedBy!: string | null;
}

export type SearcherDuty = 'POOL' | 'ASSIGNED' | 'VALIDATOR' | 'FILTER_REVIEWER';

/**
 * Searcher work done (or permitted) in a process: the record that separation of duties is
 * checked against. POOL = added as a searcher of the process; the others are recorded as the
 * work happens, and never removed.
 */
@Entity({ name: 'process_searchers' })
export class ProcessSearcher {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'process_id', type: 'uuid' })
  processId!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  duty!: SearcherDuty;

  @Column({ name: 'first_at', type: 'timestamptz', default: () => 'now()' })
  firstAt!: Date;
}
