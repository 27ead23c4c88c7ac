import { EntityManager } from 'typeorm';
import { isPublicMethod } from '../policy/search-methods';
import { Finding } from './finding.entity';

export interface NotPublicCapture {
  id: string;
  reason: string;
  finishedAt: Date;
}

/**
 * The server capture that contradicts a finding's public method, or null: the finding claims a
 * public method, its newest finished capture met a login wall (NOT_PUBLIC), and no evidence was
 * uploaded after it. A newer successful capture or an upload lifts it.
 */
export async function notPublicCapture(
  m: EntityManager,
  finding: Pick<Finding, 'id' | 'method'>,
): Promise<NotPublicCapture | null> {
  if (!isPublicMethod(finding.method)) return null;
  const [latest] = await m.query<
    { id: string; status: string; reason: string; finished_at: Date }[]
  >(
    `SELECT id, status, reason, finished_at FROM captures
      WHERE finding_id = $1 AND status IN ('DONE', 'NOT_PUBLIC')
      ORDER BY finished_at DESC LIMIT 1`,
    [finding.id],
  );
  if (latest?.status !== 'NOT_PUBLIC') return null;
  const [upload] = await m.query<{ id: string }[]>(
    `SELECT id FROM evidence_files WHERE finding_id = $1 AND uploaded_at > $2 LIMIT 1`,
    [finding.id, latest.finished_at],
  );
  return upload ? null : { id: latest.id, reason: latest.reason, finishedAt: latest.finished_at };
}
