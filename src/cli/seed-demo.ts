import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { randomBytes } from 'node:crypto';
import { AppModule } from '../app.module';
import { Caller } from '../auth/current-user.decorator';
import { Role } from '../auth/role.enum';
import { requestContext } from '../common/request-context';
import { validateConfig } from '../config/app-config';
import { ensureDatabase } from '../database/ensure-database';
import { DesignationsService } from '../designations/designations.service';
import { FindingsService } from '../findings/findings.service';
import { ValidationsService } from '../findings/validations.service';
import { ParticipantsService } from '../processes/participants.service';
import { ProcessesService } from '../processes/processes.service';
import { ReleaseService } from '../reports/release.service';
import { FilterReviewService } from '../screening/filter-review.service';
import { ScreeningService } from '../screening/screening.service';
import { UsersService } from '../users/users.service';
import { VettingsService } from '../vettings/vettings.service';

/**
 * `npm run seed:demo`: a small, realistic department — a user for every role (passwords
 * printed), one hiring process with an 8-item checklist, and three candidates at different
 * stages (assigned, in progress, released). Every step goes through the real services, so the
 * audit log records it as it would any other work.
 */
const CHECKLIST = [
  {
    key: 'google',
    title: 'Search engine: name + city',
    platform: 'Google',
    instructions: 'Search "full name" with city and with each alias; review the first five pages.',
    searchTerms: ['"{fullName}" {city}'],
  },
  {
    key: 'bing',
    title: 'Second search engine',
    platform: 'Bing',
    instructions: 'Repeat the name + city search on a second engine.',
  },
  {
    key: 'facebook',
    title: 'Facebook public profile',
    platform: 'Facebook',
    instructions: 'Logged out. Public profile and public posts only. Never send requests.',
  },
  {
    key: 'instagram',
    title: 'Instagram public profile',
    platform: 'Instagram',
    instructions: 'Logged out; handles the candidate provided first.',
  },
  {
    key: 'x',
    title: 'X (Twitter) public posts',
    platform: 'X',
    instructions: 'Logged out search of provided handles and the full name.',
  },
  {
    key: 'tiktok',
    title: 'TikTok public videos',
    platform: 'TikTok',
    instructions: 'Logged out; public videos under provided handles.',
  },
  {
    key: 'wcca',
    title: 'Wisconsin Circuit Court Access',
    platform: 'WCCA',
    instructions: 'Search name and date of birth; record case numbers only.',
  },
  {
    key: 'news',
    title: 'Local news archive',
    platform: 'News archive',
    instructions: 'Ozaukee Press and Milwaukee Journal Sentinel archives.',
  },
];

async function main(): Promise<void> {
  const config = validateConfig(process.env);
  await ensureDatabase(config.DATABASE_URL);
  const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error', 'warn'] });
  try {
    const users = app.get(UsersService);
    if (await users.findByEmail('admin@demo.cybervet.test')) {
      process.stdout.write(
        'The demo department already exists (admin@demo.cybervet.test). Nothing to do.\n',
      );
      return;
    }
    const password = () => `demo-${randomBytes(6).toString('hex')}`;
    const people: { role: string; email: string; password: string; caller: Caller }[] = [];
    const person = async (name: string, email: string, roles: Role[]) => {
      const pw = password();
      const u = await users.create({ email, name, password: pw, roles });
      const caller = { id: u.id, email: u.email, name: u.name, roles: u.roles };
      people.push({ role: roles.join('+'), email, password: pw, caller });
      return caller;
    };
    const as = <T>(who: Caller, fn: () => Promise<T>) =>
      requestContext.run({ actorId: who.id, actorRoles: who.roles, requestId: 'seed-demo' }, fn);

    const admin = await person("Dana Admin (chief's designee)", 'admin@demo.cybervet.test', [
      Role.ADMIN,
    ]);
    const sam = await person('Sam Searcher', 'sam.searcher@demo.cybervet.test', [Role.SEARCHER]);
    const val = await person('Val Validator', 'val.validator@demo.cybervet.test', [Role.SEARCHER]);
    const panel = await person('Pat Panel', 'pat.panel@demo.cybervet.test', [Role.PANEL]);
    await person('Aud Auditor', 'auditor@demo.cybervet.test', [Role.AUDITOR]);
    await person('Rae Records', 'records@demo.cybervet.test', [Role.RECORDS_CUSTODIAN]);

    await as(admin, async () => {
      const designations = app.get(DesignationsService);
      const inAYear = new Date(Date.now() + 365 * 864e5).toISOString().slice(0, 10);
      for (const s of [sam, val]) {
        await designations.designate(admin, s.id, {
          acknowledgedAt: new Date(Date.now() - 30 * 864e5).toISOString(),
          trainingCompletedOn: new Date(Date.now() - 40 * 864e5).toISOString().slice(0, 10),
          expiresOn: inAYear,
        });
      }
    });
    const processes = app.get(ProcessesService);
    const participants = app.get(ParticipantsService);
    const vettings = app.get(VettingsService);
    const process_ = await as(admin, () =>
      processes.create(admin, {
        title: 'Patrol Officer — Spring 2027 eligibility list',
        description: 'Entry-level patrol officer hiring process.',
      }),
    );
    await as(admin, () => processes.putChecklist(admin, process_.id, { items: CHECKLIST }));
    const consent = new Date(Date.now() - 10 * 864e5).toISOString();
    const [alex, blair, casey] = await as(admin, async () => [
      await participants.addCandidate(process_.id, {
        fullName: 'Alex Rivera',
        dateOfBirth: '1996-04-11',
        city: 'Port Washington',
        state: 'WI',
        providedHandles: ['@arivera96'],
        consentRecordedAt: consent,
      }),
      await participants.addCandidate(process_.id, {
        fullName: 'Blair Thompson',
        dateOfBirth: '1993-09-02',
        city: 'Grafton',
        state: 'WI',
        consentRecordedAt: consent,
      }),
      await participants.addCandidate(process_.id, {
        fullName: 'Casey Nguyen',
        dateOfBirth: '1998-01-23',
        city: 'Saukville',
        state: 'WI',
        consentRecordedAt: consent,
      }),
    ]);
    await as(admin, async () => {
      await participants.addPanelMember(admin, process_.id, panel.id);
      await participants.addSearcher(process_.id, val.id);
      for (const v of [alex, blair, casey]) await vettings.assign(admin, v.id, sam.id);
    });

    const searchedAt = new Date(Date.now() - 2 * 3600e3).toISOString();
    const log = (
      vettingId: string,
      key: string,
      outcome: 'FINDINGS' | 'NO_FINDINGS' | 'NOT_APPLICABLE',
      method:
        | 'PUBLIC_SEARCH_ENGINE'
        | 'PUBLIC_PROFILE_LOGGED_OUT'
        | 'PUBLIC_RECORDS_PORTAL'
        | 'NEWS_ARCHIVE',
      notes?: string,
    ) =>
      as(sam, () =>
        vettings.logItem(sam, vettingId, key, {
          outcome,
          searchedAt,
          method,
          searchTerms: ['"candidate name" Ozaukee County'],
          notes,
        }),
      );
    const methodFor = (key: string) =>
      key === 'wcca'
        ? 'PUBLIC_RECORDS_PORTAL'
        : key === 'news'
          ? 'NEWS_ARCHIVE'
          : ['google', 'bing'].includes(key)
            ? 'PUBLIC_SEARCH_ENGINE'
            : 'PUBLIC_PROFILE_LOGGED_OUT';

    // Blair: in progress (three items searched).
    for (const key of ['google', 'bing', 'wcca'])
      await log(blair.id, key, 'NO_FINDINGS', methodFor(key));

    // Casey: searched, a finding validated, screened, reviewed and released to the panel.
    for (const item of CHECKLIST) {
      await log(
        casey.id,
        item.key,
        item.key === 'x' ? 'FINDINGS' : item.key === 'tiktok' ? 'NOT_APPLICABLE' : 'NO_FINDINGS',
        methodFor(item.key),
        item.key === 'tiktok'
          ? 'No TikTok account found under the name or provided handles'
          : undefined,
      );
    }
    const finding = await as(sam, () =>
      app.get(FindingsService).create(sam, casey.id, {
        itemKey: 'x',
        sourceUrl: 'https://x.com/cnguyen_98/status/1790000000000000000',
        platform: 'X',
        capturedAt: searchedAt,
        contentDate: new Date(Date.now() - 500 * 864e5).toISOString().slice(0, 10),
        method: 'PUBLIC_PROFILE_LOGGED_OUT',
        category: 'RECKLESS_CONDUCT',
        excerpt: "Hit 110 on I-43 last night lol, I'm 24 and invincible",
        summary: 'Boasted publicly about driving 110 mph on I-43.',
        identityMatches: [
          { type: 'NAME', detail: 'Display name Casey Nguyen' },
          { type: 'PHOTO', detail: 'Profile photo matches application photo' },
          { type: 'LOCATION', detail: 'Bio: Saukville, WI' },
          { type: 'EMPLOYER', detail: 'Mentions current employer named on the application' },
        ],
        mitigation: 'Posted about 16 months ago; no later posts of this kind.',
      }),
    );
    await as(val, () =>
      app.get(ValidationsService).validate(val, finding.id, {
        status: 'VERIFIED',
        method: 'Photo comparison and employer cross-check',
        notes: 'Four independent identifiers match the application.',
      }),
    );
    await as(sam, () => vettings.submit(sam, casey.id));
    await app.get(ScreeningService).scan(finding.id, 1);
    const { flags } = await app.get(ScreeningService).currentById(finding.id);
    await as(val, () =>
      app.get(FilterReviewService).review(val, finding.id, {
        readAllFieldsConfirmed: true,
        decisions: flags.map((f) => ({ flagId: f.id, action: 'REDACT' as const })),
      }),
    );
    const release = await as(val, () => app.get(ReleaseService).request(val, casey.id));
    await app.get(ReleaseService).compile(release.id);

    process.stdout.write('\nDemo department created. Sign in with POST /api/auth/login:\n\n');
    for (const p of people)
      process.stdout.write(`  ${p.role.padEnd(18)} ${p.email.padEnd(36)} ${p.password}\n`);
    process.stdout.write(`\nProcess "${process_.title}" (${process_.id}):\n`);
    process.stdout.write(`  Alex Rivera     assigned, not started     vetting ${alex.id}\n`);
    process.stdout.write(`  Blair Thompson  in progress (3 of 8)      vetting ${blair.id}\n`);
    process.stdout.write(`  Casey Nguyen    released to the panel     vetting ${casey.id}\n\n`);
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `seed:demo failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
});
