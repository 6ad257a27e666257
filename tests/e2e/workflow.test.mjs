// The review workflow in the real window: the first admin sets up the desk and
// adds a reviewer and an editor; claims are taken, evidence is added through the
// form (validated as you type, markup shown as text), verdicts are proposed, an
// editor's approval of her own proposal is refused by core, and other people's
// proposals are approved. Also: the claims queue, search, and an accessibility
// check (axe-core) of the main screens. Screenshots go to target/e2e/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, answerSaveDialog, cli, launch, shot, sleep, startDisplay, stopDisplay } from './harness.mjs';
import { addEvidence, axeCheck, choose, chooseByText, click, count, escapeRe, openClaim, propose, saveEvidence, switchTo, text, type, waitText } from './helpers.mjs';

const ANA_CLAIM = 'took control of Albu Kamal';
const EVE_CLAIM = 'phone call on Tuesday, Trump and Putin';
const XSS_TITLE = 'Kremlin readout <script>alert(1)</script>';
const XSS_EXCERPT = 'Putin and Assad met in Sochi <img src=x onerror=alert(1)> on Monday.';

before(async () => {
  await startDisplay();
});

after(async () => {
  await stopDisplay();
});

test('review workflow: setup, reviewers, evidence, proposals, approvals, queue, search and export', { timeout: 300000 }, async () => {
  const app = await launch();
  const { browser } = app;
  try {
    // The sample is imported on first launch; the desk has no reviewers yet.
    await (await browser.$('[data-article-id]')).waitForExist({ timeout: 15000 });
    await (await browser.$('#setup-name')).waitForDisplayed({ timeout: 10000 });
    await type(browser, '#setup-name', 'Ada Admin');
    await type(browser, '#setup-email', 'ada@newsroom.example');
    await shot(browser, '07-setup');
    await click(browser, '#setup-submit');
    await waitText(browser, '#switch-reviewer', /Ada Admin/, 'Ada reviews after setting up the desk');
    assert.match(await text(browser, '#switch-reviewer'), /Admin/);
    assert.equal(await count(browser, '#setup-desk'), 0, 'the setup form is gone');

    // Ada adds a reviewer and an editor.
    await click(browser, '#nav-reviewers');
    await (await browser.$('#reviewer-table')).waitForDisplayed({ timeout: 5000 });
    await click(browser, '#add-reviewer');
    await (await browser.$('#reviewer-dialog')).waitForDisplayed({ timeout: 5000 });
    await click(browser, '#reviewer-save');
    await waitText(browser, '#reviewer-name-error', /name/i, 'a reviewer needs a name');
    await type(browser, '#reviewer-name', 'Ana Lima');
    await click(browser, '#reviewer-save');
    await (await browser.$('#reviewer-dialog')).waitForDisplayed({ reverse: true, timeout: 5000 });
    await click(browser, '#add-reviewer');
    await (await browser.$('#reviewer-dialog')).waitForDisplayed({ timeout: 5000 });
    await type(browser, '#reviewer-name', 'Eve Editor');
    await type(browser, '#reviewer-email', 'eve@newsroom.example');
    await choose(browser, '#reviewer-role', 'editor');
    await click(browser, '#reviewer-save');
    await (await browser.$('#reviewer-dialog')).waitForDisplayed({ reverse: true, timeout: 5000 });
    await browser.waitUntil(async () => (await count(browser, '[data-reviewer-row-id]')) === 3, { timeout: 5000 });
    const table = await text(browser, '#reviewer-table');
    assert.match(table, /Ana Lima\s*Reviewer/);
    assert.match(table, /Eve Editor\s*Editor/);
    await shot(browser, '08-reviewers');

    // Ana takes the Albu Kamal claim.
    await switchTo(browser, 'Ana Lima');
    assert.equal(await count(browser, '#nav-reviewers'), 0, 'only admins see the Reviewers screen');
    const anaClaim = await openClaim(browser, ANA_CLAIM);
    await click(browser, '#take-claim');
    await waitText(browser, '#claim-status', /in review/i, 'Ana took the claim');
    await waitText(browser, '#claim-assignee', /Ana Lima/, 'the claim is assigned to Ana');
    await (await browser.$('#no-evidence')).waitForDisplayed({ timeout: 5000 });
    await shot(browser, '09-claim-detail');

    // Evidence: a bad address is caught as you type, and Save refuses it.
    await click(browser, '#add-evidence');
    await (await browser.$('#evidence-dialog')).waitForDisplayed({ timeout: 5000 });
    await type(browser, '#evidence-url', 'kremlin dot ru');
    await waitText(browser, '#evidence-url-error', /http/, 'the URL message shows while typing');
    await click(browser, '#evidence-save');
    await waitText(browser, '#evidence-title-error', /title/i, 'Save shows every message');
    assert.ok(await (await browser.$('#evidence-dialog')).isDisplayed(), 'the dialog stays open');
    assert.match(await text(browser, '#evidence-url-error'), /http/);
    assert.equal(await count(browser, '.evidence-item'), 0, 'nothing was added');
    await shot(browser, '10-evidence-invalid');

    // Fixed, with markup in the title and excerpt: shown as text, never as elements.
    await type(browser, '#evidence-url', 'http://en.kremlin.ru/events/president/news/56125');
    await type(browser, '#evidence-title', XSS_TITLE);
    await type(browser, '#evidence-publisher', 'Kremlin press office');
    await type(browser, '#evidence-excerpt', XSS_EXCERPT);
    await choose(browser, '#evidence-stance', 'supports');
    await browser.waitUntil(async () => (await count(browser, '#evidence-url-error')) === 0, {
      timeout: 5000,
      timeoutMsg: 'the URL message did not go away once the address was fixed',
    });
    await saveEvidence(browser);
    await browser.waitUntil(async () => (await count(browser, '.evidence-item')) === 1, { timeout: 10000 });
    const item = await text(browser, '.evidence-item');
    assert.ok(item.includes(XSS_TITLE), `the title is shown as typed: ${item}`);
    assert.ok(item.includes('<img src=x onerror=alert(1)>'), 'the excerpt is shown as typed');
    assert.equal(await count(browser, '.evidence-item img'), 0, 'no image element was made from the excerpt');
    assert.equal(await count(browser, '.evidence-item script'), 0, 'no script element was made from the title');
    await browser.execute(() => document.querySelector('.evidence-item')?.scrollIntoView({ block: 'center' }));
    await shot(browser, '11-evidence-xss-plain');

    // Opening the form again starts afresh; editing starts from the saved evidence.
    await click(browser, '#add-evidence');
    await (await browser.$('#evidence-dialog')).waitForDisplayed({ timeout: 5000 });
    const fresh = await browser.execute(() => ['evidence-url', 'evidence-title', 'evidence-excerpt'].map((id) => document.getElementById(id)?.value));
    assert.deepEqual(fresh, ['', '', ''], 'a new piece of evidence starts from an empty form');
    assert.equal(await count(browser, '#evidence-dialog .field-error, #evidence-dialog .form-error'), 0, 'no old messages');
    await browser.keys('Escape');
    await (await browser.$('#evidence-dialog')).waitForDisplayed({ reverse: true, timeout: 5000 });
    await click(browser, '.evidence-edit');
    await (await browser.$('#evidence-dialog')).waitForDisplayed({ timeout: 5000 });
    assert.equal(await browser.execute(() => document.getElementById('evidence-title')?.value), XSS_TITLE, 'editing starts from the saved title');
    await browser.keys('Escape');
    await (await browser.$('#evidence-dialog')).waitForDisplayed({ reverse: true, timeout: 5000 });

    // A comment that brings Eve in with an @mention picked from the suggestions.
    await (await browser.$('#no-comments')).waitForDisplayed({ timeout: 5000 });
    const box = await browser.$('#comment-body');
    await box.scrollIntoView({ block: 'center' });
    await box.click();
    await browser.waitUntil(async () => browser.execute(() => document.activeElement?.id === 'comment-body'), {
      timeout: 5000,
      timeoutMsg: 'the comment box did not take the focus',
    });
    // Typed through the element (WebKitWebDriver's key actions drop some spaces).
    await box.setValue('Please double-check the date @Ev');
    await (await browser.$('#mention-list')).waitForDisplayed({ timeout: 5000 });
    await browser.keys('Enter');
    await browser.waitUntil(async () => /@Eve Editor $/.test(await browser.execute(() => document.getElementById('comment-body').value)), {
      timeout: 5000,
      timeoutMsg: 'choosing a suggestion did not insert "@Eve Editor "',
    });
    await click(browser, '#comment-submit');
    await browser.waitUntil(async () => (await count(browser, '.comment')) === 1, { timeout: 10000 });
    assert.match(await text(browser, '.comment .mention'), /@Eve Editor/);

    await propose(browser, 'true', 'The Syrian army and the Russian defence ministry both announced it on 19 November.');
    await waitText(browser, '#claim-history', /Ana Lima/, 'the history names the proposer');

    // Eve (editor) sees Ana's proposal waiting for approval, then works a second claim
    // and cannot approve her own proposal.
    await switchTo(browser, 'Eve Editor');
    await click(browser, '#nav-claims');
    await click(browser, '#queue-approval');
    await browser.waitUntil(async () => (await count(browser, `[data-claim-row-id="${anaClaim}"]`)) === 1, {
      timeout: 10000,
      timeoutMsg: "Ana's proposal is not in Eve's approval queue",
    });
    const eveClaim = await openClaim(browser, EVE_CLAIM);
    await click(browser, '#take-claim');
    await waitText(browser, '#claim-status', /in review/i, 'Eve took the claim');
    await addEvidence(browser, {
      url: 'https://www.whitehouse.gov/briefings-statements/readout-president-trumps-call-president-putin/',
      title: 'Readout of the call between President Trump and President Putin',
    });
    await saveEvidence(browser);
    await browser.waitUntil(async () => (await count(browser, '.evidence-item')) === 1, { timeout: 10000 });
    await propose(browser, 'mostly_true', 'The White House readout confirms the call; its length comes from the Kremlin.');
    await click(browser, '#approve-claim');
    await waitText(browser, '#action-error', /someone other than its proposer/, 'core refuses approving your own proposal');
    assert.match(await text(browser, '#action-error'), /approve\.own_proposal/);
    assert.match(await text(browser, '#claim-status'), /proposed/i, 'the claim is still proposed');
    await browser.execute(() => document.getElementById('action-error')?.scrollIntoView({ block: 'center' }));
    await shot(browser, '12-own-approval-refused');

    // Ada approves Eve's claim.
    await switchTo(browser, 'Ada Admin');
    await openClaim(browser, EVE_CLAIM);
    await click(browser, '#approve-claim');
    await waitText(browser, '#claim-status', /verified/i, "Ada approved Eve's verdict");
    await waitText(browser, '#claim-history', /Ada Admin/, 'the history names the approver');
    const eveHistory = await text(browser, '#claim-history');
    assert.match(eveHistory, /Eve Editor[^]*proposed a verdict/);
    assert.match(eveHistory, /Ada Admin[^]*approved the verdict/);

    // Eve approves Ana's claim.
    await switchTo(browser, 'Eve Editor');
    await openClaim(browser, ANA_CLAIM);
    await click(browser, '#approve-claim');
    await waitText(browser, '#claim-status', /verified/i, "Eve approved Ana's verdict");
    await waitText(browser, '#claim-history', /Eve Editor/, 'the history names the approver');
    const anaHistory = await text(browser, '#claim-history');
    assert.match(anaHistory, /Ana Lima[^]*proposed a verdict/);
    assert.match(anaHistory, /Eve Editor[^]*approved the verdict/);
    assert.equal(await count(browser, '#claim-history .history-entry'), await count(browser, '#claim-history > li'));
    await browser.execute(() => document.getElementById('claim-history')?.scrollIntoView({ block: 'end' }));
    await shot(browser, '13-verified-history');

    // Accessibility of the claim detail and the evidence dialog.
    await axeCheck(browser, 'claim detail');
    await click(browser, '#close-claim');
    await openClaim(browser, 'Iranian Revolutionary Guards');
    await click(browser, '#take-claim');
    await waitText(browser, '#claim-status', /in review/i, 'Eve took a third claim');
    await click(browser, '#add-evidence');
    await (await browser.$('#evidence-dialog')).waitForDisplayed({ timeout: 5000 });
    await type(browser, '#evidence-url', 'not a url');
    await (await browser.$('#evidence-url-error')).waitForDisplayed({ timeout: 5000 });
    await axeCheck(browser, 'evidence dialog');
    await browser.keys('Escape');
    await (await browser.$('#evidence-dialog')).waitForDisplayed({ reverse: true, timeout: 5000 });
    await click(browser, '#close-claim');
    await axeCheck(browser, 'articles view');

    // The queue: all claims, the verified ones among them.
    await click(browser, '#nav-claims');
    await click(browser, '#queue-all');
    await browser.waitUntil(async () => (await count(browser, '[data-claim-row-id]')) >= 10, {
      timeout: 10000,
      timeoutMsg: 'the claims table shows fewer than 10 rows',
    });
    assert.ok((await count(browser, `[data-claim-row-id="${anaClaim}"]`)) + (await count(browser, `[data-claim-row-id="${eveClaim}"]`)) >= 1);
    await choose(browser, '#filter-status', 'verified');
    await browser.waitUntil(async () => (await count(browser, '[data-claim-row-id]')) === 2, {
      timeout: 10000,
      timeoutMsg: 'filtering by status "verified" does not show exactly the two approved claims',
    });
    await choose(browser, '#filter-status', 'any');
    await browser.waitUntil(async () => (await count(browser, '[data-claim-row-id]')) >= 10, { timeout: 10000 });
    // Keyboard: j moves, Enter opens.
    await browser.execute(() => document.getElementById('claims-table')?.focus());
    await browser.keys(['j', 'j']);
    await browser.keys('Enter');
    await (await browser.$('#claim-detail')).waitForDisplayed({ timeout: 5000 });
    await browser.keys('Escape');
    await (await browser.$('#claim-detail')).waitForDisplayed({ reverse: true, timeout: 5000 });
    await axeCheck(browser, 'claims view');
    await shot(browser, '14-claims-queue');

    // Search with "/": ranked hits with the matches marked.
    await browser.keys('/');
    await browser.waitUntil(async () => browser.execute(() => document.activeElement?.id === 'claim-search'), {
      timeout: 5000,
      timeoutMsg: '"/" does not focus the search box',
    });
    await browser.keys([...'Albu Kamal']);
    await browser.waitUntil(async () => (await count(browser, '#search-results .hit mark')) > 0, {
      timeout: 10000,
      timeoutMsg: 'no highlighted search hits',
    });
    const marks = await browser.execute(() => [...document.querySelectorAll('#search-results .hit mark')].map((m) => m.textContent));
    assert.ok(marks.some((m) => /albu|kamal/i.test(m)), `marked words: ${marks.join(', ')}`);
    await shot(browser, '15-search');

    // Export (issue 5): the two verified claims in the preview, then saved as HTML and
    // as ClaimReview through the native save dialog, and the saved files checked.
    await browser.keys('Escape');
    await switchTo(browser, 'Ada Admin');
    await exportVerified(browser);
  } finally {
    await app.close();
  }
});

/** Preview, save and check the HTML and ClaimReview reports of the two verified claims. */
async function exportVerified(browser) {
  const outDir = mkdtempSync(join(tmpdir(), 'claimdesk-e2e-export-'));
  try {
    await click(browser, '#nav-export');
    await (await browser.$('#export-preview')).waitForExist({ timeout: 15000 });
    await waitText(browser, '#export-stats', /2\s*claims from\s*1\s*article/, 'the export covers the two verified claims');

    // The organisation and review address come from the report settings (admins only).
    await type(browser, '#setting-organization', 'Desk Verify');
    await type(browser, '#setting-base-url', 'https://checks.example.org/claims');
    await click(browser, '#settings-save');
    await waitText(browser, '.report-settings .saved', /Saved/, 'the report settings are saved');

    await browser.waitUntil(
      async () => {
        const html = await browser.execute(() => document.querySelector('#export-preview')?.getAttribute('srcdoc') ?? '');
        return html.includes('Albu Kamal') && html.includes('Desk Verify');
      },
      { timeout: 10000, timeoutMsg: 'the preview does not show the verified claims under the new masthead' },
    );
    await (await browser.$('#export-stats[aria-busy="false"]')).waitForExist({ timeout: 10000 });
    const preview = await browser.execute(() => document.querySelector('#export-preview')?.getAttribute('srcdoc') ?? '');
    assert.doesNotMatch(preview, /<script|<img src=x/i, 'the preview carries no script or injected image');
    await shot(browser, '23-export-verified-preview');

    // HTML through the save dialog.
    const htmlPath = join(outDir, 'verified-claims.html');
    await click(browser, '#export-save');
    await answerSaveDialog('Save report', htmlPath);
    await waitText(browser, '#export-saved', new RegExp(`verified-claims\\.html[^]*2 claims`), 'the HTML report is saved');
    const html = readFileSync(htmlPath, 'utf8');
    assert.match(html, /^<!doctype html>/i);
    assert.ok(html.includes('took control of Albu Kamal') && html.includes('Trump and Putin'), 'both verified claims are in the report');
    for (const name of ['Ana Lima', 'Eve Editor', 'Ada Admin', 'Desk Verify']) assert.ok(html.includes(name), `the report names ${name}`);
    assert.ok(html.includes('The Syrian army and the Russian defence ministry both announced it'), 'the rationale is in the report');
    assert.ok(html.includes('Kremlin readout &lt;script&gt;alert(1)&lt;/script&gt;'), 'the evidence title is escaped');
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'), 'the evidence excerpt is escaped');
    assert.doesNotMatch(html, /<script|<img|<link|src="http/i, 'the report is self-contained and inert');

    // ClaimReview JSON-LD through the save dialog.
    const select = await browser.$('#export-format');
    await select.selectByAttribute('value', 'claimreview');
    const jsonldPath = join(outDir, 'verified-claims.jsonld');
    await click(browser, '#export-save');
    await answerSaveDialog('Save report', jsonldPath);
    await waitText(browser, '#export-saved', /verified-claims\.jsonld/, 'the ClaimReview file is saved');
    const reviews = JSON.parse(readFileSync(jsonldPath, 'utf8'));
    assert.ok(Array.isArray(reviews) && reviews.length === 2, 'one ClaimReview per verified claim');
    for (const r of reviews) {
      assert.equal(r['@type'], 'ClaimReview');
      assert.ok(r.claimReviewed, 'claimReviewed');
      assert.ok(r.url.startsWith('https://checks.example.org/claims/'), `url under the review address: ${r.url}`);
      assert.equal(r.author?.name, 'Desk Verify');
      const rating = r.reviewRating;
      assert.ok(rating.alternateName, 'reviewRating.alternateName');
      assert.ok(rating.worstRating <= rating.ratingValue && rating.ratingValue <= rating.bestRating, 'rating in range');
      assert.equal(r.itemReviewed?.['@type'], 'Claim');
      assert.ok(r.itemReviewed.author?.name, 'the claim has an author');
      assert.ok(r.datePublished, 'datePublished');
    }
    const byText = (needle) => reviews.find((r) => r.claimReviewed.includes(needle));
    assert.ok(byText('Albu Kamal').reviewRating.ratingValue > byText('Trump and Putin').reviewRating.ratingValue, 'true rates above mostly true');

    // The saved report rendered by the app's own engine (WebKitGTK), as a reader sees it.
    const appUrl = await browser.getUrl();
    await browser.url(`file://${htmlPath}`);
    await (await browser.$('h1')).waitForExist({ timeout: 10000 });
    assert.match(await browser.getTitle(), /report/i);
    await shot(browser, '24-report-rendered');
    await browser.execute(() => document.querySelector('article.claim')?.scrollIntoView({ block: 'start' }));
    await shot(browser, '25-report-rendered-claims');
    await browser.url(appUrl);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

test('article tools, a conflicting change, the small window, the shortcut help and the profile picker at start', { timeout: 240000 }, async () => {
  const copyDir = mkdtempSync(join(tmpdir(), 'claimdesk-e2e-copy-'));
  const app = await launch();
  const { browser } = app;
  try {
    await (await browser.$('#setup-name')).waitForDisplayed({ timeout: 15000 });
    await type(browser, '#setup-name', 'Ada Admin');
    await click(browser, '#setup-submit');
    await waitText(browser, '#switch-reviewer', /Ada Admin/, 'Ada reviews');
    await click(browser, '[data-article-id]');
    await browser.waitUntil(async () => (await count(browser, '[data-claim-card-id]')) >= 10, { timeout: 10000 });
    const all = await count(browser, '[data-claim-card-id]');

    // Dashboard and sources panel.
    await waitText(browser, '#article-dashboard', new RegExp(`0 of ${all} claims closed`), 'the dashboard counts the claims');
    assert.equal(await count(browser, '#article-dashboard svg rect.seg-new'), 1);
    const source = await browser.execute(() => {
      const b = document.querySelector('#sources-panel [data-source-id]');
      return { id: b?.dataset.sourceId, n: Number(b?.querySelector('.n')?.textContent) };
    });
    assert.ok(source.id && source.n > 0, "the sources panel lists the sample's sources");
    await click(browser, `#sources-panel [data-source-id="${source.id}"]`);
    await browser.waitUntil(async () => (await count(browser, '[data-claim-card-id]')) === source.n, {
      timeout: 5000,
      timeoutMsg: 'clicking a source does not filter the claim list to it',
    });
    assert.equal(await (await browser.$(`#sources-panel [data-source-id="${source.id}"]`)).getAttribute('aria-pressed'), 'true');
    await click(browser, `#sources-panel [data-source-id="${source.id}"]`);
    await browser.waitUntil(async () => (await count(browser, '[data-claim-card-id]')) === all, { timeout: 5000 });

    // Promote a sentence the extractor skipped, from the keyboard.
    const sentence = await browser.$('.article-text .sentence');
    await sentence.waitForExist({ timeout: 10000 });
    const sentenceText = (await browser.execute((el) => el.textContent, sentence)).trim();
    await sentence.scrollIntoView({ block: 'center' });
    await sentence.moveTo();
    await shot(browser, '16b-promote-hover');
    await browser.execute(() => document.querySelector('.article-text .sentence .promote')?.focus());
    await browser.keys('Enter');
    await waitText(browser, '#claim-detail #claim-text', new RegExp(escapeRe(sentenceText.slice(0, 30))), 'the promoted sentence opens as a claim');
    await browser.waitUntil(async () => (await count(browser, '[data-claim-card-id]')) === all + 1, {
      timeout: 5000,
      timeoutMsg: 'the new claim is not listed',
    });
    await waitText(browser, '#claim-history', /made a claim of this sentence/, 'the history records the promotion');
    const promoted = await browser.execute(() => document.querySelector('mark.selected')?.dataset.claimId);

    // Someone else changes the claim meanwhile (the CLI, on the same database): the
    // next step is refused as a conflict, and "Apply mine again" redoes it on the new version.
    if (existsSync(CLI) && promoted) {
      cli(app.dbPath, ['claim', 'assign', '--to', 'Ada Admin', '--as', 'Ada Admin', promoted]);
      await click(browser, '#take-claim');
      await (await browser.$('#conflict-banner')).waitForDisplayed({ timeout: 10000 });
      assert.match(await text(browser, '#conflict-banner'), /changed since you opened it/);
      await shot(browser, '17-conflict');
      await click(browser, '#conflict-retry');
      await (await browser.$('#conflict-banner')).waitForDisplayed({ reverse: true, timeout: 10000 });
      await waitText(browser, '#claim-status', /in review/i, 'the step was applied again');
      assert.equal(await count(browser, '#action-error'), 0);
    } else {
      console.log(`# skipped the conflict check: ${CLI} is not built`);
    }

    // Demote: dismiss as "not check-worthy".
    await click(browser, '#dismiss-claim');
    await click(browser, '#demote-claim');
    await waitText(browser, '#claim-status', /dismissed/i, 'the claim was demoted');
    await waitText(browser, '#claim-history', /not check-worthy/, 'the reason is in the history');

    // Bulk assignment from the queue: x selects rows, a assigns them all.
    await click(browser, '#close-claim');
    await click(browser, '#nav-claims');
    await click(browser, '#queue-all');
    await choose(browser, '#filter-status', 'new');
    await browser.waitUntil(async () => (await count(browser, '[data-claim-row-id]')) >= 3, { timeout: 10000 });
    const picked = await browser.execute(() => [...document.querySelectorAll('[data-claim-row-id]')].slice(0, 2).map((r) => r.dataset.claimRowId));
    // Focus the table itself (a click would land on a row and open it).
    await browser.execute(() => document.getElementById('claims-table')?.focus());
    await browser.keys(['Home', 'x', 'j', 'x']);
    await waitText(browser, '.bulk', /2 claims selected/, 'x selects rows');
    await browser.keys('a');
    await (await browser.$('#bulk-assign-dialog')).waitForDisplayed({ timeout: 5000 });
    await chooseByText(browser, '#bulk-assign-to', 'Ada Admin');
    await click(browser, '#bulk-assign-submit');
    await (await browser.$('#bulk-assign-dialog')).waitForDisplayed({ reverse: true, timeout: 10000 });
    await browser.waitUntil(async () => (await count(browser, '[data-claim-row-id]')) >= 1, { timeout: 10000 });
    for (const id of picked) {
      await browser.waitUntil(async () => (await count(browser, `[data-claim-row-id="${id}"]`)) === 0, {
        timeout: 10000,
        timeoutMsg: 'an assigned claim is still listed among the new ones',
      });
    }
    await choose(browser, '#filter-status', 'any');

    // The smallest window the app allows.
    await browser.setWindowSize(960, 600);
    await sleep(800);
    await click(browser, '#nav-articles');
    await (await browser.$('.article-text')).waitForDisplayed({ timeout: 5000 });
    await shot(browser, '18-small-articles');
    await click(browser, '#nav-claims');
    await click(browser, '#queue-all');
    await browser.waitUntil(async () => (await count(browser, '[data-claim-row-id]')) >= 5, { timeout: 10000 });
    await shot(browser, '19-small-claims');
    await click(browser, '[data-claim-row-id]');
    await (await browser.$('#claim-detail #claim-text')).waitForDisplayed({ timeout: 5000 });
    await shot(browser, '20-small-detail');
    await browser.keys('Escape');
    await (await browser.$('#claim-detail')).waitForDisplayed({ reverse: true, timeout: 5000 });

    // "?" lists every shortcut.
    await browser.setWindowSize(1360, 860);
    await sleep(300);
    await browser.execute(() => document.activeElement?.blur());
    await browser.keys('?');
    await (await browser.$('#shortcut-help')).waitForDisplayed({ timeout: 5000 });
    const help = await text(browser, '#shortcut-help');
    for (const k of ['Next claim', 'Open the claim', 'Select or unselect', 'Assign the selected', 'Search']) assert.ok(help.includes(k), `help lists "${k}"`);
    await shot(browser, '21-shortcut-help');
    await browser.keys('Escape');

    // Keep a copy of this workspace (with its write-ahead log) for the next launch.
    for (const suffix of ['', '-wal', '-shm']) {
      if (existsSync(app.dbPath + suffix)) cpSync(app.dbPath + suffix, join(copyDir, 'desk.db' + suffix));
    }
  } finally {
    await app.close();
  }

  // Opening a workspace that has reviewers, on a machine that has not chosen one for
  // it yet, asks who is reviewing.
  const again = await launch({ dbPath: join(copyDir, 'desk.db') });
  try {
    const picker = await again.browser.$('#profile-picker');
    await picker.waitForDisplayed({ timeout: 15000, timeoutMsg: 'the profile picker did not open at start' });
    assert.equal(await count(again.browser, '#profile-picker [data-reviewer-id]'), 1, 'Ada is the only reviewer');
    await shot(again.browser, '22-profile-picker');
    await click(again.browser, '#profile-picker [data-reviewer-id]');
    await waitText(again.browser, '#switch-reviewer', /Ada Admin/, 'Ada reviews after picking her profile');
  } finally {
    await again.close();
    rmSync(copyDir, { recursive: true, force: true });
  }
});
