import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'candidates' })
export class Candidate {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'process_id', type: 'uuid' })
  processId!: string;

  @Column({ name: 'full_name', type: 'text' })
  fullName!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases!: string[];

  @Column({ name: 'date_of_birth', type: 'date', nullable: true })
  dateOfBirth!: string | null;

  @Column({ type: 'text', nullable: true })
  city!: string | null;

  @Column({ type: 'text', nullable: true })
  state!: string | null;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ name: 'provided_handles', type: 'text', array: true, default: () => "'{}'" })
  providedHandles!: string[];

  /** When the candidate was told public content will be reviewed and no account access asked for. */
  @Column({ name: 'consent_recorded_at', type: 'timestamptz' })
  consentRecordedAt!: Date;

  /** Wis. Stat. 19.36(7): the applicant asked in writing that their identity be kept confidential. */
  @Column({ name: 'confidentiality_requested', type: 'boolean', default: false })
  confidentialityRequested!: boolean;

  /** Final candidates are not covered by 19.36(7) confidentiality. */
  @Column({ name: 'final_candidate', type: 'boolean', default: false })
  finalCandidate!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
