import { EntityManager } from 'typeorm';
import { Finding } from '../findings/finding.entity';
import { CandidateResponse, ScreenedField } from './screening.entity';

export type FindingTexts = Record<ScreenedField, string | null>;

/** Every text of a finding the panel could see: summary, excerpt, mitigation, candidate response. */
export async function findingTexts(m: EntityManager, finding: Finding): Promise<FindingTexts> {
  const response = await latestResponse(m, finding.id);
  return {
    summary: finding.summary,
    excerpt: finding.excerpt,
    mitigation: finding.mitigation,
    candidateResponse: response?.text ?? null,
  };
}

export function latestResponse(
  m: EntityManager,
  findingId: string,
): Promise<CandidateResponse | null> {
  return m
    .getRepository(CandidateResponse)
    .findOne({ where: { findingId }, order: { createdAt: 'DESC' } });
}
