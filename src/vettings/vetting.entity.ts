import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ItemOutcome } from '../policy/finding-categories';
import { SearchMethod } from '../policy/search-methods';

export type VettingStatus = 'NOT_ASSIGNED' | 'ASSIGNED' | 'IN_PROGRESS' | 'SUBMITTED' | 'RELEASED';

@Entity({ name: 'vettings' })
export class Vetting {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'process_id', type: 'uuid' })
  processId!: string;

  @Column({ name: 'candidate_id', type: 'uuid' })
  candidateId!: string;

  /** The checklist version this candidate is searched against (the process's, locked at first start). */
  @Column({ name: 'checklist_version_id', type: 'uuid', nullable: true })
  checklistVersionId!: string | null;

  @Column({ type: 'text', default: 'NOT_ASSIGNED' })
  status!: VettingStatus;

  @Column({ name: 'searcher_id', type: 'uuid', nullable: true })
  searcherId!: string | null;

  @Column({ name: 'assigned_at', type: 'timestamptz', nullable: true })
  assignedAt!: Date | null;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ name: 'released_at', type: 'timestamptz', nullable: true })
  releasedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** The latest result of one checklist item for one vetting. */
@Entity({ name: 'item_results' })
export class ItemResult {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'vetting_id', type: 'uuid' })
  vettingId!: string;

  @Column({ name: 'item_key', type: 'text' })
  itemKey!: string;

  @Column({ type: 'text' })
  outcome!: ItemOutcome;

  @Column({ name: 'searched_at', type: 'timestamptz' })
  searchedAt!: Date;

  @Column({ type: 'text' })
  method!: SearchMethod;

  @Column({ name: 'search_terms', type: 'text', array: true })
  searchTerms!: string[];

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Column({ name: 'searcher_id', type: 'uuid' })
  searcherId!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;
}

/** Every search logged, append-only: the effort record the uniformity report counts. */
@Entity({ name: 'search_logs' })
export class SearchLog {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'vetting_id', type: 'uuid' })
  vettingId!: string;

  @Column({ name: 'item_key', type: 'text' })
  itemKey!: string;

  @Column({ type: 'text' })
  outcome!: ItemOutcome;

  @Column({ name: 'searched_at', type: 'timestamptz' })
  searchedAt!: Date;

  @Column({ type: 'text' })
  method!: SearchMethod;

  @Column({ name: 'search_terms', type: 'text', array: true })
  searchTerms!: string[];

  @Column({ name: 'searcher_id', type: 'uuid' })
  searcherId!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;
}
