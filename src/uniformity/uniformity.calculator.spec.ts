import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import {
  computeUniformity,
  CSV_COLUMNS,
  csvRecord,
  formatDuration,
  isOutlier,
  latestValidations,
  median,
  neutralizeFormula,
  Outcome,
  referenceVersion,
  UniformityInput,
  ValidationRow,
  VettingRow,
} from './uniformity.calculator';

const T0 = new Date('2026-03-01T09:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const KEYS = ['google', 'facebook', 'court'];

/** A clean process: `n` candidates on version 1, every item NO_FINDINGS, submitted after an hour. */
function cleanInput(n = 5): UniformityInput {
  const vettings: VettingRow[] = Array.from({ length: n }, (_, i) => ({
    vettingId: `v${i}`,
    candidateId: `c${i}`,
    candidateName: `Candidate ${i}`,
    status: 'SUBMITTED',
    checklistVersionId: 'cv1',
    checklistVersion: 1,
    searcherId: i % 2 ? 's2' : 's1',
    assignedAt: at(0),
    submittedAt: at(60),
    searchesLogged: 3,
  }));
  return {
    process: {
      id: 'p',
      title: 'Patrol 2026',
      status: 'OPEN',
      requireIndependentValidation: true,
      currentChecklistVersion: 1,
    },
    vettings,
    checklistItems: KEYS.map((key) => ({ versionId: 'cv1', key, title: `Title of ${key}` })),
    itemResults: vettings.flatMap((v) =>
      KEYS.map((itemKey) => ({
        vettingId: v.vettingId,
        itemKey,
        outcome: 'NO_FINDINGS',
        notes: null,
      })),
    ),
    work: vettings.map((v) => ({
      vettingId: v.vettingId,
      userId: v.searcherId!,
      method: 'PUBLIC_SEARCH_ENGINE',
    })),
    findings: [],
    validations: [],
    filterReviews: [],
    reportVersions: [],
    duties: [],
    panelMembers: [{ userId: 'panel', addedAt: at(-100) }],
    keepDecisions: [],
    userNames: new Map([
      ['s1', 'Sam'],
      ['s2', 'Sue'],
      ['panel', 'Pat'],
      ['val', 'Val'],
    ]),
    generatedAt: at(1000),
  };
}

function setOutcome(
  input: UniformityInput,
  vettingId: string,
  itemKey: string,
  outcome: Outcome,
  notes: string | null = null,
) {
  const r = input.itemResults.find((x) => x.vettingId === vettingId && x.itemKey === itemKey)!;
  r.outcome = outcome;
  r.notes = notes;
}

const kinds = (input: UniformityInput) =>
  computeUniformity(input).deviations.map((d) => `${d.kind}:${d.candidateId}`);

function validation(
  findingId: string,
  validatorId: string,
  status: ValidationRow['status'],
  minutes: number,
  selfValidated = false,
): ValidationRow {
  return {
    validationId: `${findingId}-${minutes}`,
    findingId,
    validatorId,
    status,
    selfValidated,
    createdAt: at(minutes),
  };
}

describe('uniformity calculator: building blocks', () => {
  it('median of odd and even lists, null for none', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('outlier bounds are inclusive: [median/2, median*2]', () => {
    expect(isOutlier(1.5, 3)).toBe(false);
    expect(isOutlier(6, 3)).toBe(false);
    expect(isOutlier(1, 3)).toBe(true);
    expect(isOutlier(7, 3)).toBe(true);
    expect(isOutlier(0, 0)).toBe(false);
  });

  it('reference version: the most common; a tie goes to the current version', () => {
    expect(referenceVersion([1, 1, 2], 2)).toBe(1);
    expect(referenceVersion([1, 2], 2)).toBe(2);
    expect(referenceVersion([1, 2], 1)).toBe(1);
    expect(referenceVersion([1, 2], 3)).toBe(2);
    expect(referenceVersion([null, 1, null], 1)).toBe(1);
    expect(referenceVersion([null], null)).toBeNull();
  });

  it('latest validation per finding, optionally as of a time', () => {
    const vs = [
      validation('f', 'a', 'INCONCLUSIVE', 1),
      validation('f', 'b', 'VERIFIED', 5),
      validation('g', 'a', 'REFUTED', 2),
    ];
    expect(latestValidations(vs).get('f')?.status).toBe('VERIFIED');
    expect(latestValidations(vs, at(3)).get('f')?.status).toBe('INCONCLUSIVE');
    expect(latestValidations(vs, at(0)).get('f')).toBeUndefined();
  });

  it('formats durations for people', () => {
    expect(formatDuration(42)).toBe('42 s');
    expect(formatDuration(3600)).toBe('1 h (3600 s)');
    expect(formatDuration(90061)).toBe('1 d 1 h 1 min (90061 s)');
  });

  it('neutralizes spreadsheet formulas in text cells only', () => {
    expect(neutralizeFormula('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    expect(neutralizeFormula('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(neutralizeFormula('Jordan Doe')).toBe('Jordan Doe');
  });
});

describe('uniformity calculator: the report', () => {
  it('a clean process has zero deviations, full coverage and no breaches', () => {
    const report = computeUniformity(cleanInput());
    expect(report.deviations).toEqual([]);
    expect(report.separationOfDuties).toEqual([]);
    expect(report.summary).toMatchObject({
      candidates: 5,
      fullCoverageShare: 1,
      deviationCount: 0,
    });
    expect(report.candidates[0]).toMatchObject({
      itemsResolved: 3,
      itemsTotal: 3,
      checklistVersion: 1,
      secondsToSubmission: 3600,
      searchesLogged: 3,
      outcomes: { FINDINGS: 0, NO_FINDINGS: 3, NOT_APPLICABLE: 0, UNABLE: 0 },
      skippedItems: [],
      searcher: { id: 's1', name: 'Sam' },
      methods: ['PUBLIC_SEARCH_ENGINE'],
      release: { status: 'NOT_RELEASED', version: null, releasedAt: null },
    });
  });

  it('an item skipped by every candidate alike is uniform, not a deviation', () => {
    const input = cleanInput();
    for (const v of input.vettings)
      setOutcome(input, v.vettingId, 'court', 'NOT_APPLICABLE', 'Out of state');
    expect(kinds(input)).toEqual([]);
  });

  it('CHECKLIST_VERSION_MISMATCH names the candidate off the majority version', () => {
    const input = cleanInput();
    input.vettings[2].checklistVersionId = 'cv2';
    input.vettings[2].checklistVersion = 2;
    input.checklistItems.push(...KEYS.map((key) => ({ versionId: 'cv2', key, title: key })));
    expect(kinds(input)).toEqual(['CHECKLIST_VERSION_MISMATCH:c2']);
    expect(computeUniformity(input).deviations[0].explanation).toMatch(
      /checklist version 2, while 4 of the process's 5 candidates were searched against version 1/,
    );
  });

  it('CHECKLIST_VERSION_MISMATCH on a tie follows the current version', () => {
    const input = cleanInput(2);
    input.vettings[0].checklistVersionId = 'cv2';
    input.vettings[0].checklistVersion = 2;
    input.checklistItems.push(...KEYS.map((key) => ({ versionId: 'cv2', key, title: key })));
    expect(kinds(input)).toEqual(['CHECKLIST_VERSION_MISMATCH:c0']);
    input.process.currentChecklistVersion = 2;
    expect(kinds(input)).toEqual(['CHECKLIST_VERSION_MISMATCH:c1']);
  });

  it('ITEM_SKIPPED_INCONSISTENTLY: one per skipped candidate and item, with the note', () => {
    const input = cleanInput();
    setOutcome(input, 'v1', 'court', 'NOT_APPLICABLE', 'Never lived in Wisconsin');
    setOutcome(input, 'v3', 'court', 'UNABLE', 'Portal down');
    setOutcome(input, 'v3', 'facebook', 'UNABLE', 'Private profile');
    const report = computeUniformity(input);
    expect(report.deviations.map((d) => `${d.kind}:${d.candidateId}`)).toEqual([
      'ITEM_SKIPPED_INCONSISTENTLY:c1',
      'ITEM_SKIPPED_INCONSISTENTLY:c3',
      'ITEM_SKIPPED_INCONSISTENTLY:c3',
    ]);
    expect(report.deviations[0].explanation).toMatch(
      /"court" \(Title of court\) was marked NOT_APPLICABLE .*"Never lived in Wisconsin".* 3 other candidates/,
    );
    expect(report.candidates[3].skippedItems).toEqual([
      { itemKey: 'facebook', outcome: 'UNABLE', notes: 'Private profile' },
      { itemKey: 'court', outcome: 'UNABLE', notes: 'Portal down' },
    ]);
    expect(report.candidates[3].outcomes).toEqual({
      FINDINGS: 0,
      NO_FINDINGS: 1,
      NOT_APPLICABLE: 0,
      UNABLE: 2,
    });
  });

  it('SEARCH_EFFORT_OUTLIER: searches and time, one per metric, only from 3 submitted candidates', () => {
    const input = cleanInput();
    input.vettings[4].searchesLogged = 20;
    input.vettings[4].assignedAt = at(-540); // 10 h
    input.vettings[1].searchesLogged = 1; // below 3/2
    const report = computeUniformity(input);
    expect(report.deviations.map((d) => `${d.kind}:${d.candidateId}`)).toEqual([
      'SEARCH_EFFORT_OUTLIER:c1',
      'SEARCH_EFFORT_OUTLIER:c4',
      'SEARCH_EFFORT_OUTLIER:c4',
    ]);
    expect(report.deviations[1].explanation).toMatch(
      /20 searches logged .* median .* is 3 \(the expected range is 1\.5 to 6\)/,
    );
    expect(report.deviations[2].explanation).toMatch(/10 h \(36000 s\).*median .* 1 h \(3600 s\)/);

    const two = cleanInput(5);
    for (const v of two.vettings.slice(2)) v.submittedAt = null;
    two.vettings[0].searchesLogged = 50;
    expect(kinds(two)).toEqual([]);
  });

  it('UNVERIFIED_FINDING_REPORTED judges the validation as of the release', () => {
    const input = cleanInput();
    setOutcome(input, 'v0', 'facebook', 'FINDINGS');
    input.findings = [
      { findingId: 'f1', vettingId: 'v0', authorId: 's1', category: 'THREATS_VIOLENCE' },
      { findingId: 'f2', vettingId: 'v0', authorId: 's1', category: 'DISHONESTY' },
      { findingId: 'f3', vettingId: 'v0', authorId: 's1', category: 'DISHONESTY' },
    ];
    input.validations = [
      validation('f1', 'val', 'VERIFIED', 10),
      validation('f2', 'val', 'INCONCLUSIVE', 10),
      validation('f3', 'val', 'VERIFIED', 200), // verified only after the release
    ];
    input.reportVersions = [
      {
        vettingId: 'v0',
        version: 1,
        releasedAt: at(100),
        reportedFindingIds: ['f1', 'f2', 'f3'],
        withheldFindingIds: [],
      },
    ];
    const report = computeUniformity(input);
    expect(report.deviations.map((d) => `${d.kind}:${d.candidateId}`)).toEqual([
      'UNVERIFIED_FINDING_REPORTED:c0',
      'UNVERIFIED_FINDING_REPORTED:c0',
    ]);
    expect(report.deviations[0].explanation).toMatch(
      /finding f2 \(DISHONESTY\).*was INCONCLUSIVE at the time of release/,
    );
    expect(report.deviations[1].explanation).toMatch(
      /finding f3 .*had no validation at the time of release/,
    );
    // Others released? Only v0: the rest are submitted, so nobody is left behind.
    expect(report.candidates[0]).toMatchObject({
      findingsTotal: 3,
      findingsByCategory: { DISHONESTY: 2, THREATS_VIOLENCE: 1 },
      validation: { verified: 2, refuted: 0, inconclusive: 1, unvalidated: 0 },
      withheldFromPanel: 0,
      release: { status: 'RELEASED', version: 1 },
    });
  });

  it('VALIDATION_PREDATES_TEXT: text changed, or the validation voided, between validation and release', () => {
    const input = cleanInput();
    setOutcome(input, 'v0', 'facebook', 'FINDINGS');
    input.findings = ['f1', 'f2', 'f3', 'f4'].map((findingId) => ({
      findingId,
      vettingId: 'v0',
      authorId: 's1',
      category: 'THREATS_VIOLENCE',
    }));
    input.validations = [
      validation('f1', 'val', 'VERIFIED', 10), // text changed at 20: deviation
      validation('f2', 'val', 'VERIFIED', 10), // text changed at 150, after the release: none
      { ...validation('f3', 'val', 'VERIFIED', 10), voidedAt: at(30) }, // voided before release
      validation('f4', 'val', 'VERIFIED', 40), // changed at 20, re-validated at 40: none
    ];
    input.textChanges = [
      { findingId: 'f1', changedAt: at(20), fields: ['summary'] },
      { findingId: 'f2', changedAt: at(150), fields: ['excerpt'] },
      { findingId: 'f4', changedAt: at(20), fields: ['identityMatches'] },
    ];
    input.reportVersions = [
      {
        vettingId: 'v0',
        version: 1,
        releasedAt: at(100),
        reportedFindingIds: ['f1', 'f2', 'f3', 'f4'],
        withheldFindingIds: [],
      },
    ];
    const report = computeUniformity(input);
    expect(report.deviations.map((d) => `${d.kind}:${d.candidateId}`)).toEqual([
      'VALIDATION_PREDATES_TEXT:c0',
      'VALIDATION_PREDATES_TEXT:c0',
    ]);
    expect(report.deviations[0].explanation).toMatch(
      /finding f1 \(THREATS_VIOLENCE\) before the panel on the validation of .*but its summary changed on 2026-03-01T09:20:00.000Z/,
    );
    expect(report.deviations[1].explanation).toMatch(/finding f3 .*but the validation was voided/);
    // A voided validation no longer counts toward the current status.
    expect(report.candidates[0].validation).toMatchObject({ verified: 3, unvalidated: 1 });
  });

  it('SELF_VALIDATION from the flag or from validator = author, only where independence is required', () => {
    const input = cleanInput();
    setOutcome(input, 'v2', 'facebook', 'FINDINGS');
    input.findings = [
      { findingId: 'f1', vettingId: 'v2', authorId: 's1', category: 'THREATS_VIOLENCE' },
    ];
    input.validations = [
      validation('f1', 's1', 'VERIFIED', 10, false),
      validation('f1', 'val', 'VERIFIED', 11, true),
    ];
    expect(kinds(input)).toEqual(['SELF_VALIDATION:c2', 'SELF_VALIDATION:c2']);
    expect(computeUniformity(input).deviations[0].explanation).toMatch(
      /validated VERIFIED by Sam, who logged the finding/,
    );
    input.process.requireIndependentValidation = false;
    expect(kinds(input)).toEqual([]);
  });

  it('SELF_FILTER_REVIEW and the self-review counts from the latest review of each finding, also where independence was relaxed', () => {
    const input = cleanInput();
    setOutcome(input, 'v2', 'facebook', 'FINDINGS');
    setOutcome(input, 'v3', 'facebook', 'FINDINGS');
    input.findings = [
      { findingId: 'f1', vettingId: 'v2', authorId: 's1', category: 'THREATS_VIOLENCE' },
      { findingId: 'f2', vettingId: 'v3', authorId: 's1', category: 'THREATS_VIOLENCE' },
    ];
    const review = (findingId: string, reviewerId: string, minutes: number) => ({
      reviewId: `${findingId}-${minutes}`,
      findingId,
      createdAt: at(minutes),
      redacted: 1,
      kept: 0,
      reviewerId,
      selfReviewed: reviewerId === 's1',
    });
    // f1: reviewed by its author; f2: by its author, then again by someone else (the latest counts).
    input.filterReviews = [review('f1', 's1', 10), review('f2', 's1', 11), review('f2', 'val', 12)];
    expect(kinds(input)).toEqual(['SELF_FILTER_REVIEW:c2']);
    const report = computeUniformity(input);
    expect(report.deviations[0].explanation).toMatch(
      /reviewed by Sam, who logged the finding, .*requires the filter review of a finding by a different designated searcher/,
    );
    expect(report.filterReviewIndependence).toMatchObject({
      requireIndependentFilterReview: true,
      reviewedFindings: 2,
      selfReviewedFindings: 1,
      perSearcher: [{ searcherId: 's1', name: 'Sam', selfReviewedFindings: 1 }],
      findings: [{ findingId: 'f1', reviewerId: 's1', underRelaxedSetting: false }],
    });
    input.process.requireIndependentFilterReview = false;
    input.process.filterReviewRelaxedReason = 'One searcher this year';
    expect(kinds(input)).toEqual(['SELF_FILTER_REVIEW:c2']);
    const relaxed = computeUniformity(input);
    expect(relaxed.deviations[0].explanation).toMatch(
      /allowed because the process relaxed independent filter review \(recorded reason: One searcher this year\)/,
    );
    expect(relaxed.filterReviewIndependence.findings[0].underRelaxedSetting).toBe(true);
  });

  it('RELEASED_INCOMPLETE, NOT_ASSIGNED and NOT_SUBMITTED once someone is released', () => {
    const input = cleanInput();
    input.itemResults = input.itemResults.filter(
      (r) => !(r.vettingId === 'v0' && r.itemKey !== 'google'),
    );
    input.vettings[0].submittedAt = null;
    input.vettings[3].submittedAt = null; // assigned, never submitted
    input.vettings[4].searcherId = null; // never assigned
    input.vettings[4].assignedAt = null;
    input.vettings[4].submittedAt = null;
    input.itemResults = input.itemResults.filter((r) => r.vettingId !== 'v4');
    expect(kinds(input)).toEqual([]); // nobody released yet: work in progress is not a deviation
    input.reportVersions = [
      {
        vettingId: 'v0',
        version: 1,
        releasedAt: at(100),
        reportedFindingIds: [],
        withheldFindingIds: [],
      },
    ];
    const report = computeUniformity(input);
    expect(report.deviations.map((d) => `${d.kind}:${d.candidateId}`)).toEqual([
      'RELEASED_INCOMPLETE:c0',
      'NOT_SUBMITTED:c3',
      'NOT_ASSIGNED:c4',
    ]);
    expect(report.deviations[0].explanation).toMatch(
      /only 1 of 3 checklist items resolved \(unresolved: facebook, court\)/,
    );
    expect(report.summary.fullCoverageShare).toBe(0.6);
    expect(report.candidates[4]).toMatchObject({
      searcher: null,
      secondsToSubmission: null,
      itemsResolved: 0,
    });
  });

  it('withheld counts: unverified findings before release, the latest report version after', () => {
    const input = cleanInput();
    input.findings = [
      { findingId: 'f1', vettingId: 'v0', authorId: 's1', category: 'OTHER' },
      { findingId: 'f2', vettingId: 'v0', authorId: 's1', category: 'OTHER' },
    ];
    input.validations = [validation('f1', 'val', 'REFUTED', 10)];
    expect(computeUniformity(input).candidates[0].withheldFromPanel).toBe(2);
    input.reportVersions = [
      {
        vettingId: 'v0',
        version: 1,
        releasedAt: at(100),
        reportedFindingIds: [],
        withheldFindingIds: ['f1', 'f2'],
      },
      {
        id: 'rv2',
        vettingId: 'v0',
        version: 2,
        releasedAt: at(200),
        reportedFindingIds: [],
        withheldFindingIds: ['f1'],
      },
    ];
    const row = computeUniformity(input).candidates[0];
    expect(row.withheldFromPanel).toBe(1);
    expect(row.release).toEqual({
      status: 'RELEASED',
      version: 2,
      releasedAt: at(200),
      reportId: 'rv2',
    });
  });

  it('protected-class flags come from the latest filter review of each finding', () => {
    const input = cleanInput();
    input.findings = [
      { findingId: 'f1', vettingId: 'v0', authorId: 's1', category: 'BIAS_HARASSMENT' },
    ];
    input.filterReviews = [
      { reviewId: 'r2', findingId: 'f1', createdAt: at(20), redacted: 1, kept: 1 },
      { reviewId: 'r1', findingId: 'f1', createdAt: at(10), redacted: 2, kept: 0 },
    ];
    expect(computeUniformity(input).candidates[0].protectedClassFlags).toEqual({
      redacted: 1,
      kept: 1,
    });
  });

  it('separation of duties: an active panel member with any recorded searcher work', () => {
    const input = cleanInput();
    input.panelMembers.push({ userId: 'val', addedAt: at(500) });
    input.duties = [
      { userId: 'val', duty: 'VALIDATOR' },
      { userId: 'val', duty: 'POOL' },
      { userId: 'val', duty: 'VALIDATOR' },
      { userId: 'ghost', duty: 'ASSIGNED' }, // not on the panel
    ];
    expect(computeUniformity(input).separationOfDuties).toEqual([
      { userId: 'val', name: 'Val', searcherWork: ['POOL', 'VALIDATOR'], panelSince: at(500) },
    ]);
  });

  it('per-searcher summary: candidates, searches, minutes and findings per candidate, validation outcomes, server-capture share', () => {
    const input = cleanInput(4);
    // Sue: 7 and 3 searches; one candidate submitted after 90 minutes, the other not yet.
    input.vettings[1].searchesLogged = 7;
    input.vettings[1].submittedAt = at(90);
    input.vettings[3].submittedAt = null;
    input.findings = [
      { findingId: 'f1', vettingId: 'v0', authorId: 's1', category: 'OTHER', serverCaptured: true },
      { findingId: 'f2', vettingId: 'v0', authorId: 's1', category: 'OTHER' },
      { findingId: 'f3', vettingId: 'v2', authorId: 's1', category: 'OTHER' },
    ];
    input.validations = [
      validation('f1', 'val', 'VERIFIED', 1),
      validation('f2', 'val', 'REFUTED', 1),
    ];
    const { perSearcher } = computeUniformity(input).summary;
    expect(perSearcher).toEqual([
      {
        searcherId: 's1',
        name: 'Sam',
        candidatesAssigned: 2,
        candidatesSearched: 2,
        findingsPerCandidate: 1.5,
        searchesPerCandidate: 3,
        minutesPerCandidate: 60,
        validationOutcomes: { VERIFIED: 1, REFUTED: 1, INCONCLUSIVE: 0, UNVALIDATED: 1 },
        serverCaptureBacking: { findingsAuthored: 3, backedByServerCapture: 1, share: 0.3333 },
      },
      {
        searcherId: 's2',
        name: 'Sue',
        candidatesAssigned: 2,
        candidatesSearched: 2,
        findingsPerCandidate: 0,
        searchesPerCandidate: 5,
        minutesPerCandidate: 90,
        validationOutcomes: { VERIFIED: 0, REFUTED: 0, INCONCLUSIVE: 0, UNVALIDATED: 0 },
        serverCaptureBacking: { findingsAuthored: 0, backedByServerCapture: 0, share: 0 },
      },
    ]);
    input.vettings[1].submittedAt = null;
    expect(computeUniformity(input).summary.perSearcher[1].minutesPerCandidate).toBeNull();
  });

  it('an empty process is an empty report', () => {
    const input = cleanInput(0);
    const report = computeUniformity(input);
    expect(report.candidates).toEqual([]);
    expect(report.deviations).toEqual([]);
    expect(report.summary).toMatchObject({
      candidates: 0,
      fullCoverageShare: 0,
      deviationCount: 0,
      perSearcher: [],
    });
  });

  it('flattens a row to CSV that parses back to the same text', () => {
    const input = cleanInput(1);
    input.vettings[0].candidateName = 'Doe, Jordan "JD"\nJr.';
    setOutcome(input, 'v0', 'court', 'NOT_APPLICABLE', 'Never "lived" here,\nsee HR file');
    input.findings = [
      { findingId: 'f1', vettingId: 'v0', authorId: 's1', category: 'THREATS_VIOLENCE' },
      { findingId: 'f2', vettingId: 'v0', authorId: 's1', category: 'DISHONESTY' },
    ];
    const text = stringify(computeUniformity(input).candidates.map(csvRecord), {
      header: true,
      columns: [...CSV_COLUMNS],
    });
    const [row] = parse<Record<string, string>>(text, { columns: true });
    expect(row.candidateName).toBe('Doe, Jordan "JD"\nJr.');
    expect(row.skippedItems).toBe('court (NOT_APPLICABLE): Never "lived" here,\nsee HR file');
    expect(row.findingsByCategory).toBe('DISHONESTY:1;THREATS_VIOLENCE:1');
    expect(row.secondsToSubmission).toBe('3600');
    expect(row.releaseStatus).toBe('NOT_RELEASED');
    expect(Object.keys(row)).toEqual([...CSV_COLUMNS]);
  });
});
