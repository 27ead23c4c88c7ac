import { Page } from 'playwright-core';
import { Role } from '../../src/auth/role.enum';
import { TestUser } from '../support/test-app';
import {
  BrowserApp,
  checkPage,
  newPage,
  saveFailure,
  signIn,
  startBrowserApp,
} from './support/browser';
import { choose, pngEvidence } from './support/ui';

/**
 * The vetting workflow through the UI only, in the order people do it: the administrator sets
 * up the process, a searcher runs the checklist and reviews the filter, a second searcher
 * validates, and the release goes through. Accounts are created beforehand (as the CLI would).
 */
jest.setTimeout(240_000);

describe('vetting journeys in the browser', () => {
  let app: BrowserApp;
  let admin: TestUser;
  let searcher: TestUser;
  let validator: TestUser;
  let panelist: TestUser;
  const title = 'Patrol officer 2027';
  const candidates = ['Jordan Example', 'Riley Sample', 'Casey Placeholder'];

  beforeAll(async () => {
    app = await startBrowserApp();
    admin = await app.t.user([Role.ADMIN], 'Avery Admin');
    searcher = await app.t.user([Role.SEARCHER], 'Sam Searcher');
    validator = await app.t.user([Role.SEARCHER], 'Val Validator');
    panelist = await app.t.user([Role.PANEL, Role.SEARCHER], 'Pat Panel');
    for (const u of [validator, panelist]) {
      await app.t
        .http()
        .post(`/api/users/${u.id}/designation`)
        .set(admin.auth)
        .send({
          acknowledgedAt: '2026-01-05T09:00:00Z',
          trainingCompletedOn: '2026-01-04',
          expiresOn: '2027-12-31',
        })
        .expect(201);
    }
    // A designation that lapses in ten days, for the "expiring within 30 days" list.
    const expiring = await app.t.user([Role.SEARCHER], 'Eve Expiring');
    await app.t
      .http()
      .post(`/api/users/${expiring.id}/designation`)
      .set(admin.auth)
      .send({
        acknowledgedAt: '2026-01-05T09:00:00Z',
        trainingCompletedOn: '2026-01-04',
        expiresOn: new Date(Date.now() + 10 * 864e5).toISOString().slice(0, 10),
      })
      .expect(201);
    await app.t.user([Role.PANEL], 'Robin Former');
  });
  afterAll(() => app?.close());

  async function withPage<T>(fn: (page: Page) => Promise<T>): Promise<T> {
    const { context, page } = await newPage(app);
    try {
      return await fn(page);
    } catch (error) {
      await saveFailure(page, expect.getState().currentTestName ?? 'journey');
      throw error;
    } finally {
      await context.close();
    }
  }

  it('an admin designates a searcher, creates a process with a checklist, imports candidates, seats a panel and assigns', () =>
    withPage(async (page) => {
      const j = 'admin';
      await signIn(page, admin.email);
      await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
      await checkPage(page, j, '01-users');

      await page.getByRole('navigation').getByRole('link', { name: 'Designations' }).click();
      await choose(page, 'Searcher to designate', /Sam Searcher/);
      await page.getByLabel('Acknowledged the sensitive position at').fill('2026-01-05T09:00');
      await page.getByLabel('Training completed on').fill('2026-01-04');
      await page.getByLabel('Designation expires on').fill('2027-12-31');
      await page.getByRole('button', { name: 'Designate', exact: true }).click();
      await page.getByRole('status').filter({ hasText: 'Sam Searcher' }).waitFor();
      const soon = page.getByRole('table', { name: 'Designations expiring within 30 days' });
      await soon
        .getByRole('row', { name: /Eve Expiring/ })
        .getByText('in 10 days')
        .waitFor();
      expect(await soon.getByRole('row', { name: /Sam Searcher/ }).count()).toBe(0);
      await page
        .getByRole('table', { name: 'All designations' })
        .getByRole('row', { name: /Sam Searcher/ })
        .getByText(/Avery Admin/)
        .waitFor();
      await checkPage(page, j, '02-designations');

      await page.getByRole('navigation').getByRole('link', { name: 'Hiring processes' }).click();
      await page.getByLabel('Title').fill(title);
      await page.getByRole('button', { name: 'Create process' }).click();
      await page.getByRole('heading', { name: `Process: ${title}` }).waitFor();
      await page.getByLabel('Search window (years)').fill('10');
      await page.getByRole('button', { name: 'Save settings' }).click();
      await page.getByRole('status').filter({ hasText: 'Settings saved.' }).waitFor();
      await page.getByText('Search window: 10 years').waitFor();
      await checkPage(page, j, '03-process-settings');

      await page.getByRole('tab', { name: 'Checklist' }).click();
      const items = [
        ['search-engines', 'Search engines', 'Google', 'Search the full name with the city.'],
        ['facebook', 'Facebook', 'Facebook', 'Look at public posts while logged out.'],
        ['court-records', 'Circuit court', 'WCCA', 'Search Wisconsin Circuit Court Access.'],
      ];
      for (let i = 0; i < items.length; i++) {
        if (i > 0) await page.getByRole('button', { name: 'Add item' }).click();
        const [key, itemTitle, platform, instructions] = items[i];
        await page.getByLabel(`Item ${i + 1} key`).fill(key);
        await page.getByLabel(`Item ${i + 1} title`).fill(itemTitle);
        await page.getByLabel(`Item ${i + 1} platform`).fill(platform);
        await page.getByLabel(`Item ${i + 1} instructions`).fill(instructions);
      }
      await page.getByLabel('Item 1 suggested search terms').fill('"Jordan Example" Madison');
      await page.getByRole('button', { name: 'Save checklist as a new version' }).click();
      await page.getByText(/^Version 1, saved/).waitFor();
      await checkPage(page, j, '04-checklist');

      await page.getByRole('tab', { name: 'Candidates' }).click();
      const csv = (rows: string[]) => ['name,city,state,consentDate', ...rows].join('\n');
      await page
        .getByLabel('Candidates CSV')
        .fill(csv([`${candidates[0]},Madison,WI,2026-11-01`, 'Bad Row,Madison,WI,not-a-date']));
      await page.getByRole('button', { name: 'Import candidates' }).click();
      const refusal = page.getByRole('alert').filter({ hasText: 'Import refused' });
      await refusal.getByText(/row 3 consentDate/).waitFor();
      await checkPage(page, j, '05-import-refused');
      await page
        .getByLabel('Candidates CSV')
        .fill(csv(candidates.map((c) => `${c},Madison,WI,2026-11-01`)));
      await page.getByRole('button', { name: 'Import candidates' }).click();
      await page.getByText('Candidates imported.').waitFor();

      await page.getByRole('tab', { name: 'Panel and searchers' }).click();
      await choose(page, 'Panel member', /Pat Panel/);
      await page.getByRole('button', { name: 'Seat on panel' }).click();
      const seats = page.getByRole('table', { name: 'Panel seats' });
      await seats
        .getByRole('row', { name: /Pat Panel/ })
        .getByText('Current')
        .waitFor();
      await choose(page, 'Panel member', /Robin Former/);
      await page.getByRole('button', { name: 'Seat on panel' }).click();
      await page.getByRole('button', { name: 'Remove Robin Former from panel' }).click();
      await seats
        .getByRole('row', { name: /Robin Former/ })
        .getByText('Past')
        .waitFor();
      await seats
        .getByRole('row', { name: /Pat Panel/ })
        .getByText('Current')
        .waitFor();
      await choose(page, 'Searcher for the pool', /Val Validator/);
      await page.getByRole('button', { name: 'Add to searcher pool' }).click();
      await page
        .getByRole('table', { name: 'Searcher pool and searcher work' })
        .getByRole('row', { name: /Val Validator/ })
        .getByText('In pool')
        .waitFor();
      await checkPage(page, j, '06-panel-and-pool');

      await page.getByRole('tab', { name: 'Assignments' }).click();
      await choose(page, `Searcher for ${candidates[0]}`, /Pat Panel/);
      await page.getByRole('button', { name: `Assign searcher to ${candidates[0]}` }).click();
      const sod = page
        .getByRole('alert')
        .filter({ hasText: `Assignment for ${candidates[0]} refused` });
      await sod.getByText(/panel/i).waitFor();
      await checkPage(page, j, '07-assignment-refused');
      await choose(page, `Searcher for ${candidates[0]}`, /Sam Searcher/);
      await page.getByRole('button', { name: `Assign searcher to ${candidates[0]}` }).click();
      await page
        .getByRole('row', { name: new RegExp(candidates[0]) })
        .getByText('ASSIGNED')
        .waitFor();
      await checkPage(page, j, '08-assigned');
    }));

  // The excerpt: an emoji before the span the detector misses ("Riverside Chapel") and a
  // religion word it flags ("Lutheran").
  const excerpt = 'Posted 👍 at Riverside Chapel: I am a devout Lutheran and I will hurt them.';
  const missed = 'Riverside Chapel';

  it('a searcher logs the checklist, records a finding with evidence and submits (its filter review is for someone else)', () =>
    withPage(async (page) => {
      const j = 'searcher';
      await signIn(page, searcher.email);
      await page.getByRole('heading', { name: 'My work', level: 1 }).waitFor();
      await checkPage(page, j, '01-my-work');
      await page.getByRole('link', { name: candidates[0] }).click();
      await page.getByRole('heading', { name: `Vetting: ${candidates[0]}` }).waitFor();

      const items = [
        ['Search engines (Google)', 'Findings', 'Public search engine'],
        ['Facebook (Facebook)', 'No findings', 'Public profile logged out'],
        ['Circuit court (WCCA)', 'No findings', 'Public records portal'],
      ];
      for (const [item, outcome, method] of items) {
        await page
          .getByRole('button', { name: new RegExp(`^${item.replace(/[()]/g, '\\$&')}`) })
          .click();
        const form = page.getByRole('form', { name: `Log the search for ${item.split(' (')[0]}` });
        await form.getByRole('button', { name: 'Log search' }).waitFor();
        await choose(page, 'Outcome', outcome, form);
        await choose(page, 'Search method', new RegExp(`^${method}`), form);
        await form.getByRole('button', { name: 'Log search' }).click();
        await form.getByRole('button', { name: 'Update search log' }).waitFor();
      }
      await page.getByText('3 of 3 checklist items logged').waitFor();
      await checkPage(page, j, '02-checklist-logged');

      const finding = page.getByRole('form', { name: 'Record a finding' });
      await choose(page, 'Checklist item', 'Search engines', finding);
      await choose(page, 'Finding method', 'Public search engine', finding);
      await finding.getByLabel('Source URL').fill('https://example.org/posts/123');
      await finding.getByLabel('Captured at').fill('2026-11-20T14:30');
      await choose(page, 'Category', 'Threats violence', finding);
      await finding.getByLabel('Excerpt').fill(excerpt);
      await finding.getByLabel('Summary').fill('A public post threatening violence.');
      await choose(page, 'Identity match 1 type', 'Name', finding);
      await finding.getByLabel('Identity match 1 detail').fill('Full name on the profile');
      await finding.getByRole('button', { name: 'Add identity match' }).click();
      await choose(page, 'Identity match 2 type', 'Photo', finding);
      await finding
        .getByLabel('Identity match 2 detail')
        .fill('Profile photo matches the application photo');
      await finding.getByRole('button', { name: 'Record finding' }).click();

      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Choose evidence file' }).click();
      await (
        await chooser
      ).setFiles({ name: 'post.png', mimeType: 'image/png', buffer: pngEvidence() });
      const stored = page.getByRole('status').filter({ hasText: 'Evidence stored' });
      await stored.getByText(/SHA-256: [0-9a-f]{64}/).waitFor();
      await page.getByText(/Done: \d+ protected-class flags?/).waitFor({ timeout: 30_000 });
      await checkPage(page, j, '03-finding-recorded');

      await page.getByRole('button', { name: 'Submit vetting' }).click();
      await page.getByText(/^Submitted /).waitFor();
      // Not validated yet: the release is refused, each unmet gate in words.
      await page.getByRole('button', { name: 'Release to the panel' }).click();
      await page
        .getByRole('alert')
        .filter({ hasText: 'Release refused' })
        .getByText(/valid/i)
        .first()
        .waitFor();
      await checkPage(page, j, '07-release-refused');
    }));

  it('a second searcher validates the finding from their work list after viewing the evidence and reviews its flags (mouse and keyboard selection); then it is released', async () => {
    await withPage(async (page) => {
      const j = 'validator';
      await signIn(page, validator.email);
      await page.getByRole('heading', { name: 'My work', level: 1 }).waitFor();
      await checkPage(page, j, '01-my-work');
      await page
        .getByRole('link', { name: new RegExp(`Validate .* finding on ${candidates[0]}`) })
        .click();
      await page.getByRole('heading', { name: 'Validate a finding', level: 1 }).waitFor();
      const image = page.getByRole('img', { name: 'Evidence 1: captured image' });
      await image.waitFor();
      // The image really displays (decoded at its own size), not a broken-image icon.
      await page.waitForFunction(
        `(() => { const i = document.querySelector('img[alt="Evidence 1: captured image"]'); return !!i && i.complete && i.naturalWidth === 48; })()`,
      );
      await checkPage(page, j, '02-finding-and-evidence');
      await page.getByRole('radio', { name: 'Verified' }).check();
      await page
        .getByLabel('How you validated it')
        .fill('Compared the profile photo with the application');
      await page.getByLabel('Validation notes').fill('Same person: name, city and photo match.');
      await page.getByRole('button', { name: 'Record validation' }).click();
      await page.getByRole('status').filter({ hasText: 'Validation recorded: Verified' }).waitFor();
      await checkPage(page, j, '03-validated');

      // The author may not review their own finding's filter: the second searcher does.
      await page.getByRole('navigation').getByRole('link', { name: 'My work' }).click();
      await page
        .getByRole('link', { name: new RegExp(`Review \\d+ flags? on ${candidates[0]}`) })
        .click();
      await page.getByRole('heading', { name: 'Filter review', level: 1 }).waitFor();
      await checkPage(page, j, '04-filter-review');

      // With the mouse: drag across a word of the summary, redact it, then take it back.
      const summary = page.getByRole('textbox', { name: 'Summary, full text' });
      const word = 'violence';
      const [from, to] = await summary.evaluate((el, w) => {
        const node = el.querySelector('span')!.firstChild!;
        const at = node.textContent!.indexOf(w);
        const rect = (i: number) => {
          const r = el.ownerDocument.createRange();
          r.setStart(node, i);
          r.setEnd(node, i + 1);
          const b = r.getBoundingClientRect();
          return { x: b.left + 1, y: b.top + b.height / 2 };
        };
        const last = rect(at + w.length - 1);
        return [rect(at), { x: last.x + 6, y: last.y }];
      }, word);
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(to.x, to.y, { steps: 5 });
      await page.mouse.up();
      await page.getByText(`Selected: “${word}”`).waitFor();
      await page.getByRole('button', { name: 'Redact selection in Summary' }).click();
      await page.getByText(`Added redaction: “${word}”`).waitFor();
      await expect(page.getByLabel('Preview of Summary').textContent()).resolves.toBe(
        'A public post threatening [withheld].',
      );
      await page.getByRole('button', { name: `Remove added redaction “${word}”` }).click();
      await page.getByText(`Added redaction: “${word}”`).waitFor({ state: 'detached' });

      // Keyboard only from here: select the missed span with Shift + arrows, redact it.
      const field = page.getByRole('textbox', { name: 'Excerpt, full text' });
      await field.focus();
      await page.keyboard.press('Control+Home');
      const before = excerpt.slice(0, excerpt.indexOf(missed));
      const graphemes = (t: string) => [...new Intl.Segmenter().segment(t)].length;
      for (let i = 0; i < graphemes(before); i++) await page.keyboard.press('ArrowRight');
      for (let i = 0; i < graphemes(missed); i++) await page.keyboard.press('Shift+ArrowRight');
      const start = before.length; // UTF-16 offsets: the emoji counts two
      await page
        .getByText(`Selected: “${missed}” (characters ${start}–${start + missed.length})`)
        .waitFor();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.getByText(`Added redaction: “${missed}”`).waitFor();
      // No flag covers it: the reviewer names the class it reveals, so the miss is recorded.
      await page.getByLabel(`Protected class of “${missed}”`).selectOption('RELIGION');

      const flags = page.getByRole('group', { name: /^Flag \d+$/ });
      const count = await flags.count();
      expect(count).toBeGreaterThan(0);
      for (let i = 0; i < count; i++) {
        const redact = flags.nth(i).getByRole('radio', { name: 'Redact' });
        await redact.focus();
        await page.keyboard.press('Space');
        expect(await redact.isChecked()).toBe(true);
      }
      const preview = page.getByLabel('Preview of Excerpt');
      await expect(preview.textContent()).resolves.toContain(
        'Posted 👍 at [withheld]: I am a devout',
      );
      await expect(preview.textContent()).resolves.not.toContain('Lutheran');
      await checkPage(page, j, '05-filter-review-decided');

      const confirm = page.getByRole('checkbox', { name: 'I have read every field above in full' });
      await confirm.focus();
      await page.keyboard.press('Space');
      await page.getByRole('button', { name: 'Send filter review' }).focus();
      await page.keyboard.press('Enter');
      const recorded = page.getByRole('status').filter({ hasText: 'Filter review recorded' });
      await recorded.getByText(/\[withheld\]: I am a devout \[withheld\]/).waitFor();
      await checkPage(page, j, '06-filter-review-sent');
    });
    await withPage(async (page) => {
      await signIn(page, searcher.email);
      await page.getByRole('link', { name: candidates[0] }).click();
      await page.getByRole('button', { name: 'Release to the panel' }).click();
      const status = page.getByRole('status').filter({ hasText: 'Release status' });
      await status.getByText('DONE').waitFor({ timeout: 30_000 });
      await checkPage(page, 'searcher', '08-released');
    });
  });

  it('once vetting has started, the admin cannot change the process settings and is told why', () =>
    withPage(async (page) => {
      await signIn(page, admin.email);
      await page.getByRole('navigation').getByRole('link', { name: 'Hiring processes' }).click();
      await page.getByRole('link', { name: title }).click();
      await page.getByRole('heading', { name: `Process: ${title}` }).waitFor();
      await page.getByLabel('Identity matches needed to verify').fill('4');
      await page.getByRole('button', { name: 'Save settings' }).click();
      await page
        .getByRole('alert')
        .filter({ hasText: 'Refused (409)' })
        .getByText(/The settings are fixed: vetting started on/)
        .waitFor();
      await page.getByText('Identity matches needed to verify a finding: 2').waitFor();
      await page
        .getByRole('tab', { name: 'Panel and searchers' })
        .click()
        .then(() =>
          page
            .getByRole('table', { name: 'Searcher pool and searcher work' })
            .getByRole('row', { name: /Sam Searcher/ })
            .getByText('Assigned')
            .waitFor(),
        );
      await checkPage(page, 'admin', '09-settings-refused');
    }));
});
