import { EntityManager, In } from 'typeorm';
import { EvidenceFile, Finding, Validation } from './finding.entity';
import { FindingMetadataView, RawFindingView } from './findings.dto';

async function related(m: EntityManager, findings: Finding[]) {
  const ids = findings.map((f) => f.id);
  if (!ids.length) return { evidence: [] as EvidenceFile[], validations: [] as Validation[] };
  const [evidence, validations] = await Promise.all([
    m
      .getRepository(EvidenceFile)
      .find({ where: { findingId: In(ids) }, order: { uploadedAt: 'ASC' } }),
    m
      .getRepository(Validation)
      .find({ where: { findingId: In(ids) }, order: { createdAt: 'ASC' } }),
  ]);
  return { evidence, validations };
}

/** Findings with raw content, for designated searchers only (callers audit the read). */
export async function rawFindingViews(
  m: EntityManager,
  findings: Finding[],
): Promise<RawFindingView[]> {
  const { evidence, validations } = await related(m, findings);
  return findings.map((f) => ({
    id: f.id,
    vettingId: f.vettingId,
    itemKey: f.itemKey,
    authorId: f.authorId,
    sourceUrl: f.sourceUrl,
    platform: f.platform,
    capturedAt: f.capturedAt,
    contentDate: f.contentDate,
    method: f.method,
    category: f.category,
    categoryJustification: f.categoryJustification,
    excerpt: f.excerpt,
    summary: f.summary,
    mitigation: f.mitigation,
    identityMatches: f.identityMatches,
    evidence: evidence
      .filter((e) => e.findingId === f.id)
      .map((e) => ({ id: e.id, sha256: e.sha256, size: e.size, contentType: e.contentType })),
    validations: validations
      .filter((v) => v.findingId === f.id)
      .map((v) => ({
        id: v.id,
        validatorId: v.validatorId,
        status: v.status,
        method: v.method,
        notes: v.notes,
        selfValidated: v.selfValidated,
        createdAt: v.createdAt,
      })),
    purgedAt: f.purgedAt,
    createdAt: f.createdAt,
  }));
}

/** Findings as status and metadata only (ADMIN, AUDITOR): no excerpt, summary, URL or evidence. */
export async function findingMetadataViews(
  m: EntityManager,
  findings: Finding[],
): Promise<FindingMetadataView[]> {
  const { evidence, validations } = await related(m, findings);
  return findings.map((f) => {
    const latest = validations.filter((v) => v.findingId === f.id).at(-1);
    return {
      id: f.id,
      itemKey: f.itemKey,
      authorId: f.authorId,
      platform: f.platform,
      capturedAt: f.capturedAt,
      method: f.method,
      category: f.category,
      identityMatchTypes: [...new Set(f.identityMatches.map((i) => i.type))],
      evidenceCount: evidence.filter((e) => e.findingId === f.id).length,
      validationStatus: latest?.status ?? null,
      createdAt: f.createdAt,
    };
  });
}
