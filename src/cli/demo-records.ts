import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Caller } from '../auth/current-user.decorator';
import { EvidenceService } from '../findings/evidence.service';
import { FindingsService } from '../findings/findings.service';
import { ParticipantsService } from '../processes/participants.service';
import { ProcessesService } from '../processes/processes.service';
import { ExportsService } from '../records/exports.service';
import { LegalHoldsService } from '../records/legal-holds.service';
import { ProcessRecordsService } from '../records/process-records.service';
import { RecordsRequestsService } from '../records/records-requests.service';
import { VettingsService } from '../vettings/vettings.service';
import { CHECKLIST } from './demo-checklist';
import { demoPostPng } from './demo-evidence';

type As = <T>(who: Caller, fn: () => Promise<T>) => Promise<T>;

const ago = (days: number) => new Date(Date.now() - days * 864e5).toISOString();

/**
 * The records custodian's side of the demo: a dispatcher process closed eight years ago (so the
 * retention preview has raw records past their 7 years, and one candidate's kept by a legal
 * hold), a hold placed and released on the current process (the history), an open records
 * request due in two days, and a fulfilled one with its finished, signed e-discovery export.
 * Everything goes through the real services, so the audit log records it.
 */
export async function seedDemoRecords(
  app: INestApplicationContext,
  as: As,
  people: { admin: Caller; custodian: Caller; searcher: Caller; processId: string },
): Promise<string[]> {
  const { admin, custodian: rae, searcher: sam } = people;
  const processes = app.get(ProcessesService);
  const participants = app.get(ParticipantsService);
  const vettings = app.get(VettingsService);
  const findings = app.get(FindingsService);
  const evidence = app.get(EvidenceService);
  const holds = app.get(LegalHoldsService);
  const requests = app.get(RecordsRequestsService);

  // A dispatcher process of 2018, closed eight years ago: past RETENTION_RAW_YEARS (7).
  const old = await as(admin, () =>
    processes.create(admin, {
      title: 'Dispatcher — 2018 hiring',
      description: 'Emergency communications dispatcher hiring process.',
    }),
  );
  await as(admin, () => processes.putChecklist(admin, old.id, { items: CHECKLIST }));
  const consent = ago(20);
  const candidates = await as(admin, async () => [
    await participants.addCandidate(old.id, {
      fullName: 'Jamie Kowalski',
      dateOfBirth: '1990-02-14',
      city: 'Mequon',
      state: 'WI',
      consentRecordedAt: consent,
    }),
    await participants.addCandidate(old.id, {
      fullName: 'Robin Osei',
      dateOfBirth: '1988-11-05',
      city: 'Thiensville',
      state: 'WI',
      consentRecordedAt: consent,
    }),
  ]);
  const posts = [
    {
      excerpt: 'Ran the red at Port Washington Rd again, cops never catch me lol',
      summary: 'Public post boasting of repeatedly running a red light.',
      category: 'RECKLESS_CONDUCT' as const,
    },
    {
      excerpt: 'Told my boss I was sick and went to the Brewers game, easiest lie ever',
      summary: 'Public post describing lying to an employer to skip work.',
      category: 'DISHONESTY' as const,
    },
  ];
  const oldCandidateIds: string[] = [];
  for (const [i, v] of candidates.entries()) {
    await as(admin, () => vettings.assign(admin, v.id, sam.id));
    await as(sam, () =>
      vettings.logItem(sam, v.id, 'facebook', {
        outcome: 'FINDINGS',
        searchedAt: ago(1),
        method: 'PUBLIC_PROFILE_LOGGED_OUT',
        searchTerms: ['"candidate name" Ozaukee County'],
      }),
    );
    const f = await as(sam, () =>
      findings.create(sam, v.id, {
        itemKey: 'facebook',
        sourceUrl: `https://www.facebook.com/demo.dispatch.${i}/posts/2018${i}`,
        platform: 'Facebook',
        capturedAt: ago(1),
        contentDate: ago(400).slice(0, 10),
        method: 'PUBLIC_PROFILE_LOGGED_OUT',
        category: posts[i].category,
        excerpt: posts[i].excerpt,
        summary: posts[i].summary,
        identityMatches: [
          { type: 'NAME', detail: 'Profile name matches' },
          { type: 'LOCATION', detail: 'Profile lists the home town on the application' },
          { type: 'PHOTO', detail: 'Profile photo matches the application photo' },
        ],
      }),
    );
    const png = demoPostPng([59, 89, 152], [280, 200]);
    await as(sam, () =>
      evidence.upload(sam, f.id, {
        buffer: png,
        originalname: 'facebook-post.png',
        mimetype: 'image/png',
        size: png.length,
      }),
    );
    const [{ candidate_id }] = await app
      .get(DataSource)
      .query<{ candidate_id: string }[]>(`SELECT candidate_id FROM vettings WHERE id = $1`, [v.id]);
    oldCandidateIds.push(candidate_id);
  }
  await as(admin, () =>
    app
      .get(ProcessRecordsService)
      .close(admin, old.id, 'Eligibility list of 2018 exhausted; all positions filled.'),
  );
  await app
    .get(DataSource)
    .query(`UPDATE hiring_processes SET closed_at = now() - interval '8 years' WHERE id = $1`, [
      old.id,
    ]);

  await as(rae, async () => {
    // Robin Osei's records are under a litigation hold: the purge keeps them.
    await holds.create(rae, {
      subjectType: 'CANDIDATE',
      subjectId: oldCandidateIds[1],
      reference: 'Osei v. City of Port Washington, 2026CV000318',
      reason: 'Former applicant sued over the 2018 hiring decision; counsel asked to preserve.',
    });
    // A hold on the current process, placed and released: the history.
    const claim = await holds.create(rae, {
      subjectType: 'PROCESS',
      subjectId: people.processId,
      reference: 'Notice of claim 2026-114',
      reason: 'Notice of claim received about the spring eligibility list.',
    });
    await holds.release(rae, claim.id, 'Claimant withdrew the notice of claim in writing.');
  });

  // An open request due in two days, and a fulfilled one answered with an e-discovery bundle.
  await as(rae, () =>
    requests.create(rae, {
      requester: 'Ozaukee County Press (records desk)',
      receivedAt: ago(8),
      deadline: new Date(Date.now() + 2.5 * 864e5).toISOString(),
      scope: { processId: people.processId },
      description:
        'Records of the spring 2027 patrol officer hiring: the checklist used and the released reports.',
    }),
  );
  const counsel = await as(rae, () =>
    requests.create(rae, {
      requester: 'City Attorney, M. Brandt',
      receivedAt: ago(12),
      deadline: ago(2),
      scope: { processId: people.processId },
      description: 'Complete records of the spring 2027 process for litigation review.',
    }),
  );
  const exp = await as(rae, () =>
    app.get(ExportsService).request(rae, {
      scope: { processId: people.processId },
      kind: 'E_DISCOVERY',
      recordsRequestId: counsel.id,
    }),
  );
  const notes: string[] = [];
  const status = await waitForExport(app, exp.id);
  if (status === 'DONE') {
    await as(rae, () =>
      requests.update(rae, counsel.id, {
        status: 'FULFILLED',
        note: 'E-discovery bundle delivered to the City Attorney.',
      }),
    );
  } else {
    notes.push(`The demo export ${exp.id} is ${status}; the worker finishes it on the next start.`);
  }
  notes.push(
    `Records: "${old.title}" closed 8 years ago (retention preview; Robin Osei under a legal hold), an open request due in 2 days, a fulfilled one with export ${exp.id}.`,
  );
  return notes;
}

/** The worker in this process builds the export; wait for it (up to two minutes). */
async function waitForExport(app: INestApplicationContext, id: string): Promise<string> {
  const db = app.get(DataSource);
  let status = 'PENDING';
  for (let i = 0; i < 240 && status !== 'DONE' && status !== 'FAILED'; i++) {
    await new Promise((r) => setTimeout(r, 500));
    [{ status }] = await db.query<{ status: string }[]>(
      `SELECT status FROM exports WHERE id = $1`,
      [id],
    );
  }
  return status;
}
