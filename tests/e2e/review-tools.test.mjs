// The review tools in the real window: a claim is split in two in the claim panel,
// a claim is made of words selected with the mouse in the article, an attachment is
// saved through the native save dialog (and a script is refused for opening), two
// claims are merged as duplicates from the claims queue, and the queue is filtered
// to unassigned claims. Screenshots 26-33 go to target/e2e/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, answerSaveDialog, cli, launch, shot, sleep, startDisplay, stopDisplay } from './harness.mjs';
import { axeCheck, choose, click, count, escapeRe, openClaim, text, type, waitText } from './helpers.mjs';

const ALBU_KAMAL = 'took control of Albu Kamal';
const FIRST_PART = 'Syrian government forces and their allies at the weekend took control of Albu Kamal,';
const SECOND_PART = 'the last major Syrian town held by Islamic State.';
const SELECTED = 'the resignations would make the opposition more reasonable and realistic';

before(async () => {
  await startDisplay();
});

after(async () => {
  await stopDisplay();
});

/** Select `needle` in the article text with the mouse: press on its first letter, drag to its last. */
async function dragSelect(browser, needle) {
  const at = await browser.execute((n) => {
    const root = document.querySelector('.article-text');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const i = node.data.indexOf(n);
      if (i < 0) continue;
      node.parentElement.scrollIntoView({ block: 'center' });
      const r = document.createRange();
      r.setStart(node, i);
      r.setEnd(node, i + 1);
      const a = r.getBoundingClientRect();
      r.setStart(node, i + n.length - 1);
      r.setEnd(node, i + n.length);
      const b = r.getBoundingClientRect();
      return { x1: Math.round(a.left + 1), y1: Math.round(a.top + a.height / 2), x2: Math.round(b.right - 1), y2: Math.round(b.top + b.height / 2) };
    }
    return null;
  }, needle);
  assert.ok(at, `"${needle}" is in the article text`);
  await browser
    .action('pointer', { parameters: { pointerType: 'mouse' } })
    .move({ x: at.x1, y: at.y1 })
    .down({ button: 0 })
    .move({ x: Math.round((at.x1 + at.x2) / 2), y: at.y2, duration: 100 })
    .move({ x: at.x2, y: at.y2, duration: 100 })
    .up({ button: 0 })
    .perform();
  await browser.waitUntil(async () => (await browser.execute(() => document.getSelection()?.toString() ?? '')).includes(needle.slice(1, -1)), {
    timeout: 5000,
    timeoutMsg: `dragging the mouse did not select "${needle}" (selected: "${await browser.execute(() => document.getSelection()?.toString())}")`,
  });
}

test('review tools: split, a claim from a selection, attachments, merge and the unassigned filter', { timeout: 300000 }, async () => {
  assert.ok(existsSync(CLI), `the CLI is built (${CLI}): cargo build --workspace`);
  const files = mkdtempSync(join(tmpdir(), 'claimdesk-e2e-files-'));
  const app = await launch();
  const { browser } = app;
  try {
    await (await browser.$('#setup-name')).waitForDisplayed({ timeout: 15000 });
    await type(browser, '#setup-name', 'Ada Admin');
    await click(browser, '#setup-submit');
    await waitText(browser, '#switch-reviewer', /Ada Admin/, 'Ada reviews');

    // ----- split: pick the cut in the claim's text, both parts become claims -----
    const claimId = await openClaim(browser, ALBU_KAMAL);
    const marksBefore = await count(browser, 'mark[data-claim-id]');
    await click(browser, '#take-claim');
    await waitText(browser, '#claim-status', /in review/i, 'Ada took the claim');
    await click(browser, '#split-claim');
    await (await browser.$('#split-dialog')).waitForDisplayed({ timeout: 5000 });
    // The cut is suggested after the comma; the arrow keys move it word by word.
    await waitText(browser, '#split-first', new RegExp(`${escapeRe(FIRST_PART)}$`), 'the suggested cut is after "Albu Kamal,"');
    assert.equal(await browser.execute(() => document.activeElement?.id), 'split-picker', 'the split point has the focus');
    await browser.keys('ArrowRight');
    await waitText(browser, '#split-second', /^last major/, 'ArrowRight moves the cut one word on');
    await browser.keys('ArrowLeft');
    await waitText(browser, '#split-second', /^the last major/, 'ArrowLeft moves it back');
    assert.equal(await text(browser, '#split-second'), SECOND_PART);
    const slider = await browser.execute(() => {
      const s = document.getElementById('split-picker');
      return { role: s?.getAttribute('role'), text: s?.getAttribute('aria-valuetext') };
    });
    assert.equal(slider.role, 'slider');
    assert.match(slider.text, /second claim starts at “the”/);
    await axeCheck(browser, 'split dialog');
    await shot(browser, '26-split-pick');
    await click(browser, '#split-submit');
    await (await browser.$('#split-dialog')).waitForDisplayed({ reverse: true, timeout: 10000 });
    await (await browser.$('#split-done')).waitForDisplayed({ timeout: 10000 });
    assert.equal(await text(browser, '#claim-text'), FIRST_PART);
    await waitText(browser, '#claim-history', /split the claim in two/, 'the history records the split');
    await browser.waitUntil(async () => (await count(browser, 'mark[data-claim-id]')) === marksBefore + 1, {
      timeout: 10000,
      timeoutMsg: 'the article does not highlight both parts',
    });
    const parts = await browser.execute(
      (a, b) => [...document.querySelectorAll('mark[data-claim-id]')].filter((m) => m.textContent === a || m.textContent === b).length,
      FIRST_PART,
      SECOND_PART,
    );
    assert.equal(parts, 2, 'each part is highlighted on its own words');
    await shot(browser, '27-split-done');
    await click(browser, '#open-split-claim');
    await waitText(browser, '#claim-detail #claim-text', new RegExp(`^${escapeRe(SECOND_PART)}$`), 'the new claim opens');
    await waitText(browser, '#split-from', /Split from/, 'the new claim links back');
    await waitText(browser, '#claim-assignee', /Ada Admin/, 'the new claim keeps the assignee');
    await waitText(browser, '#claim-history', /made this claim by splitting another/, 'its history starts with the split');

    // ----- a claim from words selected with the mouse -----
    await click(browser, '#close-claim');
    await dragSelect(browser, SELECTED);
    const pill = await browser.$('#claim-selection');
    await pill.waitForDisplayed({ timeout: 5000, timeoutMsg: 'no "Make a claim of the selection" pill' });
    assert.match(await pill.getText(), /Make a claim of the selection/);
    assert.match(await pill.getAttribute('aria-label'), /the resignations would make/);
    await shot(browser, '28-selection-pill');
    await pill.click();
    await waitText(browser, '#claim-detail #claim-text', new RegExp(`^${SELECTED}$`), 'the selection opens as a claim');
    await waitText(browser, '#claim-detail .source-name', /Sergei Lavrov/, "the claim has its sentence's source");
    await waitText(browser, '#claim-history', /made a claim of a selection/, 'the history records where it came from');
    assert.equal(await count(browser, '#claim-selection'), 0, 'the pill is gone once the claim is made');
    await shot(browser, '29-selection-claim');
    // Words inside an existing claim are flagged, and nothing is made of them.
    await click(browser, '#close-claim');
    const marks = await count(browser, 'mark[data-claim-id]');
    await dragSelect(browser, 'last major Syrian town');
    await waitText(browser, '#claim-selection', /Overlaps a highlighted claim/, 'a selection over a claim is flagged');
    await click(browser, '#claim-selection');
    await sleep(500);
    assert.equal(await count(browser, 'mark[data-claim-id]'), marks, 'no claim was made of it');
    await browser.execute(() => document.getSelection()?.removeAllRanges());

    // ----- attachments: saved through the native dialog; a script is never opened -----
    const pdf = join(files, 'kremlin-transcript.pdf');
    const pdfBytes = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from(Array.from({ length: 40000 }, (_, i) => i % 251))]);
    writeFileSync(pdf, pdfBytes);
    const script = join(files, 'cleanup.sh');
    writeFileSync(script, '#!/bin/sh\necho never run\n');
    cli(app.dbPath, [
      'evidence', 'add', claimId, '--kind', 'document', '--url', 'http://en.kremlin.ru/events/president/transcripts/56135',
      '--title', 'Transcript of the Sochi talks', '--stance', 'supports', '--reliability', 'high',
      '--file', pdf, '--file', script, '--as', 'Ada Admin',
    ]);
    await openClaim(browser, 'took control of Albu Kamal,');
    await browser.waitUntil(async () => (await count(browser, '.evidence-item .attachment')) === 2, {
      timeout: 10000,
      timeoutMsg: 'the evidence added from the command line does not list its two attachments',
    });
    const saveTo = join(files, 'saved', 'transcript copy.pdf');
    mkdirSync(join(files, 'saved'), { recursive: true });
    const pdfRow = await browser.execute(() => [...document.querySelectorAll('.attachment')].find((li) => li.textContent.includes('kremlin-transcript.pdf'))?.dataset.attachmentId);
    await browser.execute((id) => document.querySelector(`[data-attachment-id="${id}"]`)?.scrollIntoView({ block: 'center' }), pdfRow);
    await click(browser, `[data-attachment-id="${pdfRow}"] .attachment-save`);
    await answerSaveDialog('Save attachment', saveTo);
    await waitText(browser, `[data-attachment-id="${pdfRow}"] .attachment-saved`, /Saved to .*transcript copy\.pdf/, 'the saved path is shown');
    assert.ok(readFileSync(saveTo).equals(pdfBytes), 'the saved file holds exactly the attachment');
    const shRow = await browser.execute(() => [...document.querySelectorAll('.attachment')].find((li) => li.textContent.includes('cleanup.sh'))?.dataset.attachmentId);
    await click(browser, `[data-attachment-id="${shRow}"] .attachment-open`);
    await waitText(browser, `[data-attachment-id="${shRow}"] .attachment-error`, /could run a program/, 'a script is refused for opening');
    await shot(browser, '30-attachment-saved');

    // ----- merge: two claims of the queue, one kept, the other dismissed as its duplicate -----
    await click(browser, '#close-claim');
    await click(browser, '#nav-claims');
    await click(browser, '#queue-all');
    await choose(browser, '#filter-status', 'new');
    await browser.waitUntil(async () => (await count(browser, '[data-claim-row-id]')) >= 3, { timeout: 10000 });
    const picked = await browser.execute(() => [...document.querySelectorAll('[data-claim-row-id]')].slice(0, 2).map((r) => r.dataset.claimRowId));
    await browser.execute(() => document.getElementById('claims-table')?.focus());
    await browser.keys(['Home', 'x', 'j', 'x']);
    await waitText(browser, '.bulk', /2 claims selected/, 'x selects two rows');
    await browser.keys('m');
    await (await browser.$('#merge-dialog')).waitForDisplayed({ timeout: 5000 });
    await browser.waitUntil(async () => (await count(browser, '#merge-dialog [data-merge-claim-id]')) === 2, { timeout: 10000 });
    const [keep, dup] = picked;
    await click(browser, `#merge-keep-${keep}`);
    await waitText(browser, `#merge-dialog [data-merge-claim-id="${keep}"]`, /Kept/, 'the chosen claim is marked as kept');
    await waitText(browser, '#merge-summary', /The other claim is dismissed as a duplicate/, 'the dialog says what happens');
    await axeCheck(browser, 'merge dialog');
    await shot(browser, '31-merge-dialog');
    await click(browser, '#merge-submit');
    await (await browser.$('#merge-dialog')).waitForDisplayed({ reverse: true, timeout: 10000 });
    await browser.waitUntil(async () => (await count(browser, `[data-claim-row-id="${dup}"]`)) === 0, {
      timeout: 10000,
      timeoutMsg: 'the duplicate is still listed among the new claims',
    });
    const shown = JSON.parse(cli(app.dbPath, ['claim', 'show', dup, '--json']));
    assert.equal(shown.claim.status, 'dismissed');
    assert.equal(shown.dismiss_reason, `duplicate of claim ${keep}`);
    await choose(browser, '#filter-status', 'dismissed');
    await browser.waitUntil(async () => (await count(browser, `[data-claim-row-id="${dup}"]`)) === 1, { timeout: 10000 });
    await click(browser, `[data-claim-row-id="${dup}"]`);
    await waitText(browser, '#duplicate-of', /Duplicate of/, 'the duplicate links to the kept claim');
    await waitText(browser, '#claim-history', /merged this claim into another as a duplicate/, 'the history records the merge');
    await shot(browser, '32-merged-duplicate');
    await click(browser, '#duplicate-of .link');
    await waitText(browser, '#claim-history', /merged a duplicate into this claim/, 'the kept claim records the merge too');
    await (await browser.$(`.merged-duplicate[data-duplicate-id="${dup}"]`)).waitForDisplayed({ timeout: 5000 });
    await browser.keys('Escape');
    await (await browser.$('#claim-detail')).waitForDisplayed({ reverse: true, timeout: 5000 });

    // ----- the unassigned filter -----
    await choose(browser, '#filter-status', 'any');
    await choose(browser, '#filter-assignee', 'unassigned');
    const unassigned = JSON.parse(cli(app.dbPath, ['claims', 'list', '--unassigned', '--json'])).length;
    await waitText(browser, '.foot .total', new RegExp(`^${unassigned} claims match the filters`), 'the count matches the CLI');
    const cells = await browser.execute(() => [...document.querySelectorAll('[data-claim-row-id] .cell.assignee')].map((c) => c.textContent.trim()));
    assert.ok(cells.length > 0 && cells.every((t) => t === 'Unassigned'), `every row is unassigned: ${cells.join(', ')}`);
    assert.equal(await count(browser, '[data-claim-row-id="' + claimId + '"]'), 0, "Ada's claim is not listed");
    await shot(browser, '33-unassigned-filter');
    await axeCheck(browser, 'claims view filtered to unassigned claims');
  } finally {
    await app.close();
    rmSync(files, { recursive: true, force: true });
  }
});
