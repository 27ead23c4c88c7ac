import { EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { CandidateResponse } from '../screening/screening.entity';
import { EvidenceFile, Finding, Validation } from './finding.entity';
import { FindingMetadataView, RawFindingView, ValidationView } from './findings.dto';
import { auditRawRead } from './raw-read.audit';

async function related(m: EntityManager, findings: Finding[]) {
  const ids = findings.map((f) => f.id);
  if (!ids.length) return { evidence: [] as EvidenceFile[], validations: [] as Validation[] };
  // One after another: both run on the caller's connection (a transaction's).
  const evidence = await m
    .getRepository(EvidenceFile)
    .find({ where: { findingId: In(ids) }, order: { uploadedAt: 'ASC' } });
  const validations = await m
    .getRepository(Validation)
    .find({ where: { findingId: In(ids) }, order: { createdAt: 'ASC' } });
  return { evidence, validations };
}

/** The latest validation of the finding that still stands (a voided one no longer counts). */
function standing(validations: Validation[], findingId: string): Validation | undefined {
  return validations.filter((v) => v.findingId === findingId && !v.voidedAt).at(-1);
}

export function validationView(v: Validation): ValidationView {
  return {
    id: v.id,
    validatorId: v.validatorId,
    status: v.status,
    method: v.method,
    notes: v.notes,
    selfValidated: v.selfValidated,
    createdAt: v.createdAt,
    voidedAt: v.voidedAt,
    voidReason: v.voidReason,
  };
}

/**
 * Findings with raw content, for designated searchers only. Building the view writes the
 * raw-read audit event (`via` names the route's action), so no route can hand out raw content
 * unaudited: there is no other way to get a RawFindingView.
 */
export async function rawFindingViews(
  m: EntityManager,
  audit: AuditService,
  findings: Finding[],
  via: string,
): Promise<RawFindingView[]> {
  await auditRawRead(m, audit, findings, via);
  const { evidence, validations } = await related(m, findings);
  const responses = findings.length
    ? await m.getRepository(CandidateResponse).find({
        where: { findingId: In(findings.map((f) => f.id)) },
        order: { createdAt: 'ASC', id: 'ASC' },
      })
    : [];
  return findings.map((f) => {
    const own = responses.filter((r) => r.findingId === f.id);
    return rawView(f, evidence, validations, own);
  });
}

function rawView(
  f: Finding,
  evidence: EvidenceFile[],
  validations: Validation[],
  responses: CandidateResponse[],
): RawFindingView {
  return {
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
    // The latest response is the one screened and shown to the panel (see findingTexts).
    candidateResponse: responses.at(-1)?.text ?? null,
    candidateResponses: responses.map((r) => ({
      id: r.id,
      receivedAt: r.receivedAt,
      text: r.text,
      recordedBy: r.recordedBy,
      createdAt: r.createdAt,
    })),
    identityMatches: f.identityMatches,
    evidence: evidence
      .filter((e) => e.findingId === f.id)
      .map((e) => ({ id: e.id, sha256: e.sha256, size: e.size, contentType: e.contentType })),
    validations: validations.filter((v) => v.findingId === f.id).map(validationView),
    validationStatus: standing(validations, f.id)?.status ?? null,
    purgedAt: f.purgedAt,
    createdAt: f.createdAt,
  };
}

/** Findings as status and metadata only (ADMIN, AUDITOR): no excerpt, summary, URL or evidence. */
export async function findingMetadataViews(
  m: EntityManager,
  findings: Finding[],
): Promise<FindingMetadataView[]> {
  const { evidence, validations } = await related(m, findings);
  return findings.map((f) => ({
    id: f.id,
    itemKey: f.itemKey,
    authorId: f.authorId,
    platform: f.platform,
    capturedAt: f.capturedAt,
    method: f.method,
    category: f.category,
    identityMatchTypes: [...new Set(f.identityMatches.map((i) => i.type))],
    evidenceCount: evidence.filter((e) => e.findingId === f.id).length,
    validationStatus: standing(validations, f.id)?.status ?? null,
    createdAt: f.createdAt,
  }));
}
