import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { auditSettled } from '../support/audit';
import { buildWorld, screened, searchEverything } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { dbUrl } from '../support/test-env';

const run = promisify(execFile);
// Each test runs the command-line tool in a child process, which compiles the detector.
jest.setTimeout(300_000);

// "Lutheran" is flagged; a congregation by name stands for a span the rules miss.
const MISSED = 'Riverside Tabernacle choir';
const excerpt = `I sing in the ${MISSED} every Sunday, and I am a devout Lutheran. If he parks there again I will burn his truck.`;

describe('visible misses: what reviewers redact that the detector missed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('requires a class (400 naming the span) for a redaction no flag overlaps, stores the miss without its text, and lists it with --from-reviews', async () => {
    const w = await buildWorld(t);
    const findingId = await searchEverything(t, w, w.vettingIds[0], w.searcher, { excerpt });
    const { flags, rulesVersion } = await screened(t, findingId, w.validator);
    const start = excerpt.indexOf(MISSED);
    const end = start + MISSED.length;
    expect(flags.some((f) => f.field === 'excerpt' && f.start < end && start < f.end)).toBe(false);
    const lutheran = flags.find((f) => f.field === 'excerpt' && f.text === 'Lutheran');
    expect(lutheran).toBeDefined();
    const review = (extraRedactions: Record<string, unknown>[]) =>
      t
        .http()
        .post(`/api/findings/${findingId}/filter-review`)
        .set(w.validator.auth)
        .send({
          readAllFieldsConfirmed: true,
          decisions: flags.map((f) => ({ flagId: f.id, action: 'REDACT' })),
          extraRedactions,
        });

    const noClass = await review([
      // Overlaps the "Lutheran" flag: no class needed.
      { field: 'excerpt', start: lutheran!.start - 7, end: lutheran!.end },
      { field: 'excerpt', start, end },
    ]);
    expect(noClass.status).toBe(400);
    expect(noClass.body.message).toBe(
      `extraRedactions[1] (excerpt ${start}–${end}) overlaps no detector flag: a redaction of a span the detector missed needs its protected class (class, one of ${(
        await t.http().get(`/api/findings/${findingId}/screening`).set(w.validator.auth)
      ).body.protectedClasses.join(', ')}), so the miss is recorded for the rules`,
    );
    // The refusal is audited, and names the span by offsets only, never its text.
    await auditSettled(t);
    const denied = await t.db.query(
      `SELECT details::text AS d FROM audit_events WHERE action = 'filter.review' AND subject_id = $1 AND outcome = 'DENIED'`,
      [findingId],
    );
    expect(denied).toHaveLength(1);
    expect(denied[0].d).not.toContain('Tabernacle');

    const badClass = await review([{ field: 'excerpt', start, end, class: 'CHOIR' }]);
    expect(badClass.status).toBe(400);
    expect(badClass.body.message).toContain('class must be one of RACE, COLOR, RELIGION');

    const ok = await review([
      { field: 'excerpt', start: lutheran!.start - 7, end: lutheran!.end },
      { field: 'excerpt', start, end, class: 'RELIGION' },
    ]);
    expect(ok.status).toBe(201);
    expect(ok.body.missesRecorded).toBe(1);
    expect(ok.body.preview.excerpt).toBe(
      'I sing in the [withheld] every Sunday, and I am a [withheld]. If he parks there again I will burn his truck.',
    );

    const misses = await t.db.query(`SELECT * FROM detector_misses WHERE finding_id = $1`, [
      findingId,
    ]);
    expect(misses).toEqual([
      expect.objectContaining({
        review_id: ok.body.id,
        field: 'excerpt',
        start,
        end,
        class: 'RELIGION',
        rules_version: rulesVersion,
        text_version: 1,
      }),
    ]);
    // No copy of the finding's text: offsets and a hash only.
    expect(JSON.stringify(misses)).not.toMatch(/Tabernacle|Lutheran|truck/);
    await auditSettled(t);
    const [allowed] = await t.db.query(
      `SELECT details FROM audit_events WHERE action = 'filter.review' AND subject_id = $1 AND outcome = 'ALLOWED'`,
      [findingId],
    );
    expect(allowed.details.missed).toEqual([{ field: 'excerpt', class: 'RELIGION' }]);

    const env = { ...process.env, DATABASE_URL: dbUrl(t.dbName), LOG_LEVEL: 'silent' };
    const listing = await run(
      'npx',
      ['ts-node', '--transpile-only', 'src/screening/detector/eval/run-eval.ts', '--from-reviews'],
      { env, timeout: 120_000 },
    );
    expect(listing.stdout).toContain('== misses recorded by reviewers (1)');
    expect(listing.stdout).toContain(`[RELIGION] excerpt, missed by rules ${rulesVersion}`);
    expect(listing.stdout).toContain(`span:    "${MISSED}"`);
    expect(listing.stdout).toContain(
      `context: …I sing in the [[${MISSED}]] every Sunday, and I am a devout Lutheran.`,
    );
    // Not the dev/test figures: only the misses.
    expect(listing.stdout).not.toContain('== dev split');
    await auditSettled(t);
    const [read] = await t.db.query(
      `SELECT details FROM audit_events WHERE action = 'detector.misses.read' ORDER BY seq DESC LIMIT 1`,
    );
    expect(read.details).toMatchObject({ misses: 1, findings: 1 });

    // Once the text changes, the span is no longer shown (it would point at other words).
    await t
      .http()
      .patch(`/api/findings/${findingId}`)
      .set(w.searcher.auth)
      .send({ excerpt: 'Rewritten: nothing of the original remains here at all.' })
      .expect(200);
    const after = await run(
      'npx',
      ['ts-node', '--transpile-only', 'src/screening/detector/eval/run-eval.ts', '--from-reviews'],
      { env, timeout: 120_000 },
    );
    expect(after.stdout).toContain('[RELIGION] excerpt');
    expect(after.stdout).toContain(
      '(the text changed or was purged since; the span is no longer there)',
    );
    expect(after.stdout).not.toContain(MISSED);
  });
});
