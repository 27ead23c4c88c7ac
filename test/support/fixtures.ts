import { Role } from '../../src/auth/role.enum';
import { TestApp, TestUser } from './test-app';

export const CHECKLIST = [
  {
    key: 'google',
    title: 'Search engine: full name + city',
    platform: 'Google',
    instructions: 'Search "full name" + city, first 5 pages.',
    searchTerms: ['"{name}" {city}'],
  },
  {
    key: 'facebook',
    title: 'Facebook public profile',
    platform: 'Facebook',
    instructions: 'Logged out; public posts only.',
  },
  {
    key: 'court',
    title: 'Wisconsin Circuit Court Access',
    platform: 'WCCA',
    instructions: 'Search name and date of birth.',
  },
];

export function designation(
  overrides: Partial<{
    acknowledgedAt: string;
    trainingCompletedOn: string;
    expiresOn: string;
  }> = {},
) {
  const inAYear = new Date(Date.now() + 365 * 864e5).toISOString().slice(0, 10);
  return {
    acknowledgedAt: new Date(Date.now() - 864e5).toISOString(),
    trainingCompletedOn: '2026-01-15',
    expiresOn: inAYear,
    ...overrides,
  };
}

export function findingBody(overrides: Record<string, unknown> = {}) {
  return {
    itemKey: 'facebook',
    sourceUrl: 'https://www.facebook.com/jdoe/posts/123',
    platform: 'Facebook',
    capturedAt: new Date(Date.now() - 3600e3).toISOString(),
    contentDate: new Date(Date.now() - 400 * 864e5).toISOString().slice(0, 10),
    method: 'PUBLIC_PROFILE_LOGGED_OUT',
    category: 'THREATS_VIOLENCE',
    excerpt: 'If my neighbor parks there again I will put a bullet in his truck.',
    summary: "Public post threatening to shoot a neighbour's vehicle.",
    identityMatches: [
      { type: 'NAME', detail: 'Profile name Jordan Doe' },
      { type: 'PHOTO', detail: 'Profile photo matches application photo' },
      { type: 'LOCATION', detail: 'Lists Port Washington, WI' },
    ],
    ...overrides,
  };
}

export function itemBody(outcome = 'NO_FINDINGS', overrides: Record<string, unknown> = {}) {
  return {
    outcome,
    searchedAt: new Date(Date.now() - 60e3).toISOString(),
    method: 'PUBLIC_SEARCH_ENGINE',
    searchTerms: ['"Jordan Doe" Port Washington'],
    ...overrides,
  };
}

export interface World {
  admin: TestUser;
  processId: string;
  vettingIds: string[];
  searcher: TestUser;
  validator: TestUser;
  panel: TestUser;
}

/** A designated, searcher-role user. */
export async function designatedSearcher(
  t: TestApp,
  admin: TestUser,
  name?: string,
): Promise<TestUser> {
  const s = await t.user([Role.SEARCHER], name);
  const res = await t
    .http()
    .post(`/api/users/${s.id}/designation`)
    .set(admin.auth)
    .send(designation());
  if (res.status !== 201)
    throw new Error(`designation failed: ${res.status} ${JSON.stringify(res.body)}`);
  return s;
}

/**
 * A process with the standard checklist and `candidates` candidates, the first assigned to
 * `searcher`, a second designated searcher (`validator`) in the pool, and a panel member.
 */
export async function buildWorld(
  t: TestApp,
  opts: { candidates?: number; process?: Record<string, unknown> } = {},
): Promise<World> {
  const admin = await t.user([Role.ADMIN]);
  const p = await t
    .http()
    .post('/api/processes')
    .set(admin.auth)
    .send({ title: 'Patrol Officer 2026', ...opts.process });
  if (p.status !== 201) throw new Error(`process: ${p.status} ${JSON.stringify(p.body)}`);
  const processId = p.body.id as string;
  await t
    .http()
    .put(`/api/processes/${processId}/checklist`)
    .set(admin.auth)
    .send({ items: CHECKLIST })
    .expect(200);
  const vettingIds: string[] = [];
  for (let i = 0; i < (opts.candidates ?? 1); i++) {
    const c = await t
      .http()
      .post(`/api/processes/${processId}/candidates`)
      .set(admin.auth)
      .send({
        fullName: `Jordan Doe ${i}`,
        dateOfBirth: '1994-03-02',
        city: 'Port Washington',
        state: 'WI',
        consentRecordedAt: new Date(Date.now() - 864e5).toISOString(),
      });
    if (c.status !== 201) throw new Error(`candidate: ${c.status} ${JSON.stringify(c.body)}`);
    vettingIds.push(c.body.id);
  }
  const searcher = await designatedSearcher(t, admin, 'Sam Searcher');
  const validator = await designatedSearcher(t, admin, 'Val Validator');
  await t
    .http()
    .post(`/api/vettings/${vettingIds[0]}/assignment`)
    .set(admin.auth)
    .send({ searcherId: searcher.id })
    .expect(200);
  await t
    .http()
    .post(`/api/processes/${processId}/searchers`)
    .set(admin.auth)
    .send({ userId: validator.id })
    .expect(201);
  const panel = await t.user([Role.PANEL], 'Pat Panel');
  await t
    .http()
    .post(`/api/processes/${processId}/panel`)
    .set(admin.auth)
    .send({ userId: panel.id })
    .expect(201);
  return { admin, processId, vettingIds, searcher, validator, panel };
}

/** Resolves every checklist item; `facebook` gets one finding. Returns the finding id. */
export async function searchEverything(
  t: TestApp,
  w: World,
  vettingId = w.vettingIds[0],
  searcher = w.searcher,
  finding: Record<string, unknown> = {},
): Promise<string> {
  await t
    .http()
    .put(`/api/vettings/${vettingId}/items/google`)
    .set(searcher.auth)
    .send(itemBody())
    .expect(200);
  await t
    .http()
    .put(`/api/vettings/${vettingId}/items/court`)
    .set(searcher.auth)
    .send(itemBody('NO_FINDINGS', { method: 'PUBLIC_RECORDS_PORTAL' }))
    .expect(200);
  await t
    .http()
    .put(`/api/vettings/${vettingId}/items/facebook`)
    .set(searcher.auth)
    .send(itemBody('FINDINGS', { method: 'PUBLIC_PROFILE_LOGGED_OUT' }))
    .expect(200);
  const f = await t
    .http()
    .post(`/api/vettings/${vettingId}/findings`)
    .set(searcher.auth)
    .send(findingBody(finding));
  if (f.status !== 201) throw new Error(`finding: ${f.status} ${JSON.stringify(f.body)}`);
  return f.body.id as string;
}

/** Waits for the screening of the finding's current text to be DONE; returns its flags. */
export async function screened(t: TestApp, findingId: string, searcher: TestUser) {
  const { waitFor } = await import('./wait');
  return waitFor(
    async () => {
      const res = await t.http().get(`/api/findings/${findingId}/screening`).set(searcher.auth);
      return res.body.status === 'DONE'
        ? (res.body as {
            flags: {
              id: string;
              class: string;
              field: string;
              text: string;
              start: number;
              end: number;
            }[];
            rulesVersion: string;
          })
        : null;
    },
    15000,
    `screening of ${findingId}`,
  );
}

/** Redacts every flag of the finding's current screening. */
export async function redactAll(
  t: TestApp,
  findingId: string,
  reviewer: TestUser,
  extra: Record<string, unknown>[] = [],
) {
  const { flags } = await screened(t, findingId, reviewer);
  const res = await t
    .http()
    .post(`/api/findings/${findingId}/filter-review`)
    .set(reviewer.auth)
    .send({
      readAllFieldsConfirmed: true,
      decisions: flags.map((f) => ({ flagId: f.id, action: 'REDACT' })),
      extraRedactions: extra,
    });
  if (res.status !== 201)
    throw new Error(`filter review: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { preview: Record<string, string | null> };
}

/** Releases the vetting and waits for the compiled report version. */
export async function release(t: TestApp, vettingId: string, who: TestUser) {
  const { waitFor } = await import('./wait');
  const res = await t.http().post(`/api/vettings/${vettingId}/release`).set(who.auth);
  if (res.status !== 202) throw new Error(`release: ${res.status} ${JSON.stringify(res.body)}`);
  return waitFor(
    async () => {
      const s = await t.http().get(`/api/report-releases/${res.body.id}`).set(who.auth);
      return s.body.status === 'DONE'
        ? (s.body as { reportVersionId: string; version: number; sha256: string })
        : null;
    },
    15000,
    'report compilation',
  );
}

/** A world whose first vetting is searched, validated, submitted, screened and redacted. */
export async function readyToRelease(t: TestApp, w: World, finding: Record<string, unknown> = {}) {
  const findingId = await searchEverything(t, w, w.vettingIds[0], w.searcher, finding);
  await t
    .http()
    .post(`/api/findings/${findingId}/validations`)
    .set(w.validator.auth)
    .send({
      status: 'VERIFIED',
      method: 'Photo and employer cross-check',
      notes: 'Three identifiers match',
    })
    .expect(201);
  await t.http().post(`/api/vettings/${w.vettingIds[0]}/submit`).set(w.searcher.auth).expect(200);
  await redactAll(t, findingId, w.validator);
  return findingId;
}
