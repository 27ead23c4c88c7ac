import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'checklist_versions' })
export class ChecklistVersion {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'process_id', type: 'uuid' })
  processId!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

@Entity({ name: 'checklist_items' })
export class ChecklistItem {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'version_id', type: 'uuid' })
  versionId!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'text' })
  key!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  platform!: string;

  @Column({ type: 'text' })
  instructions!: string;

  @Column({ name: 'search_terms', type: 'text', array: true, default: () => "'{}'" })
  searchTerms!: string[];
}
