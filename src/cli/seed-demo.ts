import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { randomBytes } from 'node:crypto';
import { AuditSequencer } from '../audit/audit-sequencer.service';
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
import { AuthService, MAX_FAILED_LOGINS } from '../auth/auth.service';
import { EvidenceService } from '../findings/evidence.service';
import { CHECKLIST } from './demo-checklist';
import { demoPostPng } from './demo-evidence';
import { seedOversightDemo } from './demo-oversight';
import { seedDemoRecords } from './demo-records';

/**
 * `npm run seed:demo`: a small, realistic department — a user for every role (passwords
 * printed; one account locked by real failed sign-ins), designations (one expiring within 30
 * days), one hiring process with an 8-item checklist, a seated panel and a searcher pool, and
 * four candidates at different stages: assigned, in progress with a flagged finding waiting for
 * its filter review and validation, in progress under a second searcher with a finding waiting
 * for the first searcher's validation, and released. Findings carry PNG evidence. Every step
 * goes through the real services, so the audit log records it as it would any other work.
 */
async function main(): Promise<void> {
  const config = validateConfig(process.env);
  await ensureDatabase(config.DATABASE_URL);
  const app = await NestFactory.createApplicationContext(AppModule.forRole(config), {
    logger: ['error', 'warn'],
  });
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
    const auditor = await person('Aud Auditor', 'auditor@demo.cybervet.test', [Role.AUDITOR]);
    const rae = await person('Rae Records', 'records@demo.cybervet.test', [Role.RECORDS_CUSTODIAN]);
    const morgan = await person('Morgan Reyes', 'morgan.reyes@demo.cybervet.test', [Role.SEARCHER]);
    // Morgan mistyped the password until the account locked: real failed sign-ins, audited.
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) {
      await app
        .get(AuthService)
        .verifyCredentials({ email: morgan.email, password: `not-the-password-${i}` }, 'session')
        .catch(() => undefined);
    }

    await as(admin, async () => {
      const designations = app.get(DesignationsService);
      const day = (n: number) => new Date(Date.now() + n * 864e5).toISOString().slice(0, 10);
      // Val's designation runs out in three weeks: the designations page shows it due soon.
      for (const [s, expiresOn] of [
        [sam, day(365)],
        [val, day(21)],
      ] as const) {
        await designations.designate(admin, s.id, {
          acknowledgedAt: new Date(Date.now() - 30 * 864e5).toISOString(),
          trainingCompletedOn: day(-40),
          expiresOn,
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
    const [alex, blair, casey, drew] = await as(admin, async () => [
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
      await participants.addCandidate(process_.id, {
        fullName: 'Drew Okafor',
        dateOfBirth: '1995-06-30',
        city: 'Cedarburg',
        state: 'WI',
        providedHandles: ['@drew.okafor'],
        consentRecordedAt: consent,
      }),
    ]);
    await as(admin, async () => {
      await participants.addPanelMember(admin, process_.id, panel.id);
      await participants.addSearcher(process_.id, val.id);
      for (const v of [alex, blair, casey]) await vettings.assign(admin, v.id, sam.id);
      await vettings.assign(admin, drew.id, val.id);
    });

    const searchedAt = new Date(Date.now() - 2 * 3600e3).toISOString();
    const log = (
      who: Caller,
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
      as(who, () =>
        vettings.logItem(who, vettingId, key, {
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

    const findings = app.get(FindingsService);
    const evidence = app.get(EvidenceService);
    const attach = (who: Caller, findingId: string, name: string, png: Buffer) =>
      as(who, () =>
        evidence.upload(who, findingId, {
          buffer: png,
          originalname: name,
          mimetype: 'image/png',
          size: png.length,
        }),
      );

    // Blair: in progress (four items searched); a Facebook post naming a church, so the
    // detector flags it: its filter review and its validation are both waiting.
    for (const key of ['google', 'bing', 'wcca'])
      await log(sam, blair.id, key, 'NO_FINDINGS', methodFor(key));
    await log(sam, blair.id, 'facebook', 'FINDINGS', methodFor('facebook'));
    const flagged = await as(sam, () =>
      findings.create(sam, blair.id, {
        itemKey: 'facebook',
        sourceUrl: 'https://www.facebook.com/blair.thompson.5/posts/1024',
        platform: 'Facebook',
        capturedAt: searchedAt,
        contentDate: new Date(Date.now() - 200 * 864e5).toISOString().slice(0, 10),
        method: 'PUBLIC_PROFILE_LOGGED_OUT',
        category: 'THREATS_VIOLENCE',
        excerpt:
          'After Sunday service at St. Brendan Catholic Church: if that neighbor parks in my spot again I will break his windows and his face.',
        summary:
          'Public post threatening to damage a neighbor’s car and assault him over a parking dispute.',
        identityMatches: [
          { type: 'NAME', detail: 'Profile name Blair Thompson' },
          { type: 'LOCATION', detail: 'Profile lists Grafton, WI' },
          { type: 'PHOTO', detail: 'Profile photo matches the application photo' },
        ],
      }),
    );
    await attach(sam, flagged.id, 'facebook-post.png', demoPostPng([59, 89, 152], [300, 290, 180]));
    await app.get(ScreeningService).scan(flagged.id, 1);

    // Drew: Val's vetting; an Instagram finding waiting for Sam's independent validation.
    await log(val, drew.id, 'google', 'NO_FINDINGS', methodFor('google'));
    await log(val, drew.id, 'instagram', 'FINDINGS', methodFor('instagram'));
    const toValidate = await as(val, () =>
      findings.create(val, drew.id, {
        itemKey: 'instagram',
        sourceUrl: 'https://www.instagram.com/p/C7demo0k4for/',
        platform: 'Instagram',
        capturedAt: searchedAt,
        contentDate: new Date(Date.now() - 90 * 864e5).toISOString().slice(0, 10),
        method: 'PUBLIC_PROFILE_LOGGED_OUT',
        category: 'ILLEGAL_ACTIVITY',
        excerpt: 'Cleaned out the store shelf again, five-finger discount never gets old',
        summary: 'Public photo caption boasting of repeated shoplifting.',
        identityMatches: [
          { type: 'PROVIDED_HANDLE', detail: 'Handle @drew.okafor given on the application' },
          { type: 'PHOTO', detail: 'Face matches the application photo' },
        ],
      }),
    );
    await attach(val, toValidate.id, 'instagram-post.png', demoPostPng([193, 53, 132], [260, 150]));
    await app.get(ScreeningService).scan(toValidate.id, 1);

    // Casey: searched, a finding validated, screened, reviewed and released to the panel.
    for (const item of CHECKLIST) {
      await log(
        sam,
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
      findings.create(sam, casey.id, {
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
    await attach(sam, finding.id, 'x-post.png', demoPostPng([20, 20, 20], [310, 120]));
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
    await seedOversightDemo(app, { panel, auditor }, process_.id);
    const recordsNotes = await seedDemoRecords(app, as, {
      admin,
      custodian: rae,
      searcher: sam,
      processId: process_.id,
    });

    process.stdout.write(
      '\nDemo department created. Sign in at / in a browser (or POST /api/auth/login):\n\n',
    );
    for (const p of people)
      process.stdout.write(`  ${p.role.padEnd(18)} ${p.email.padEnd(36)} ${p.password}\n`);
    process.stdout.write(
      `\n  ${morgan.email} is locked for a few minutes after ${MAX_FAILED_LOGINS} failed sign-ins.\n`,
    );
    process.stdout.write(`\nProcess "${process_.title}" (${process_.id}):\n`);
    process.stdout.write(`  Alex Rivera     assigned, not started     vetting ${alex.id}\n`);
    process.stdout.write(
      `  Blair Thompson  in progress (4 of 8), flagged finding awaiting review  vetting ${blair.id}\n`,
    );
    process.stdout.write(
      `  Drew Okafor     in progress under Val, finding awaiting validation  vetting ${drew.id}\n`,
    );
    process.stdout.write(`  Casey Nguyen    released to the panel     vetting ${casey.id}\n\n`);
    for (const note of recordsNotes) process.stdout.write(`${note}\n`);
  } finally {
    // Chain what the seeding recorded, so the log is complete even if no worker runs yet.
    await app.get(AuditSequencer).settle();
    await app.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `seed:demo failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
});
