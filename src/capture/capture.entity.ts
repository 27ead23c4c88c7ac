import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const CAPTURE_STATUSES = ['PENDING', 'DONE', 'NOT_PUBLIC', 'FAILED'] as const;
export type CaptureStatus = (typeof CAPTURE_STATUSES)[number];

/**
 * A page the server opened while logged out, at a searcher's request. Once finished it never
 * changes (a database trigger refuses it): the signed manifest and the evidence ids are the record.
 * The one exception is the retention purge of its finding, which blanks the URLs and manifest.
 */
@Entity({ name: 'captures' })
export class Capture {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'finding_id', type: 'uuid' })
  findingId!: string;

  @Column({ name: 'requested_by', type: 'uuid' })
  requestedBy!: string;

  /** Raw: never shown to the panel. NULL once purged under the retention schedule. */
  @Column({ type: 'text', nullable: true })
  url!: string | null;

  @Column({ type: 'text' })
  status!: CaptureStatus;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @CreateDateColumn({ name: 'requested_at', type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @Column({ name: 'final_url', type: 'text', nullable: true })
  finalUrl!: string | null;

  /** The exact signed bytes (JSON). */
  @Column({ type: 'text', nullable: true })
  manifest!: string | null;

  /** Detached Ed25519 signature over `manifest`, base64. */
  @Column({ name: 'manifest_signature', type: 'text', nullable: true })
  manifestSignature!: string | null;

  @Column({ name: 'signing_key_fingerprint', type: 'char', length: 64, nullable: true })
  signingKeyFingerprint!: string | null;

  @Column({ name: 'screenshot_evidence_id', type: 'uuid', nullable: true })
  screenshotEvidenceId!: string | null;

  @Column({ name: 'pdf_evidence_id', type: 'uuid', nullable: true })
  pdfEvidenceId!: string | null;

  @Column({ name: 'mhtml_evidence_id', type: 'uuid', nullable: true })
  mhtmlEvidenceId!: string | null;

  /** When the retention purge blanked the URLs and manifest (the signature then no longer checks). */
  @Column({ name: 'purged_at', type: 'timestamptz', nullable: true })
  purgedAt!: Date | null;

  /** The retention rule the purge applied, e.g. `RETENTION_RAW_YEARS=7, closed …, expired …`. */
  @Column({ name: 'purge_rule', type: 'text', nullable: true })
  purgeRule!: string | null;
}
