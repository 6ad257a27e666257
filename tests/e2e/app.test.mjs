// The real Claimdesk window, driven through WebDriver: first launch, importing
// pasted text through the form, and a damaged database. Screenshots go to
// target/e2e/ (look at them).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, root, shot, startDisplay, stopDisplay } from './harness.mjs';

const SAMPLE = readFileSync(join(root, 'assets', 'sample-article.txt'), 'utf8');

before(async () => {
  await startDisplay();
});

after(async () => {
  await stopDisplay();
});

/** Texts of all elements matching `selector`. */
async function texts(browser, selector) {
  return browser.execute((sel) => Array.from(document.querySelectorAll(sel), (e) => e.textContent.trim()), selector);
}

async function count(browser, selector) {
  return browser.execute((sel) => document.querySelectorAll(sel).length, selector);
}

/** Put a long text into a field the way typing does (value + input event). */
async function fill(browser, selector, value) {
  await browser.execute(
    (sel, v) => {
      const el = document.querySelector(sel);
      el.focus();
      el.value = v;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    },
    selector,
    value,
  );
}

test('first launch shows the bundled sample with highlighted, attributed claims', async () => {
  const app = await launch();
  const { browser } = app;
  try {
    const item = await browser.$('[data-article-id]');
    await item.waitForExist({ timeout: 15000 });
    assert.equal(await count(browser, '[data-article-id]'), 1);
    const itemText = await browser.execute((el) => el.textContent, item);
    assert.match(itemText, /Russian President Vladimir Putin hosted/);
    await item.click();
    await browser.waitUntil(async () => (await count(browser, 'mark[data-claim-id]')) >= 10, {
      timeout: 10000,
      timeoutMsg: 'the sample article shows fewer than 10 highlighted claims',
    });
    await shot(browser, '00-overview');
    const marks = await count(browser, 'mark[data-claim-id]');
    const cards = await count(browser, '[data-claim-card-id]');
    assert.equal(cards, marks, 'every highlighted claim is listed beside the text');
    const sources = await texts(browser, '[data-claim-card-id] .source-name');
    assert.ok(sources.includes('Vladimir Putin'), `sources listed: ${sources.join(', ')}`);
    assert.ok(sources.includes('a source in Netanyahu\'s office'), `sources listed: ${sources.join(', ')}`);
    // The dateline is not part of the first claim.
    const first = await browser.$('mark[data-claim-id]');
    assert.doesNotMatch(await first.getText(), /Reuters\) -/);
    // Clicking a highlight selects its claim in the list.
    const id = await first.getAttribute('data-claim-id');
    await first.click();
    const card = await browser.$(`[data-claim-card-id="${id}"]`);
    await browser.waitUntil(async () => (await card.getAttribute('aria-selected')) === 'true' || (await card.getAttribute('class')).includes('selected'), {
      timeout: 5000,
      timeoutMsg: 'clicking a highlight did not select its claim card',
    });
    await shot(browser, '01-first-launch-sample');
  } finally {
    await app.close();
  }
});

test('pasting an article through the form imports it; bad input is refused per field', async () => {
  const app = await launch({ env: { CLAIMDESK_NO_SAMPLE: '1' } });
  const { browser } = app;
  try {
    const empty = await browser.$('#empty-state');
    await empty.waitForDisplayed({ timeout: 15000 });
    await shot(browser, '02-empty-workspace');

    await (await browser.$('#paste-text')).click();
    const dialog = await browser.$('#paste-dialog');
    await dialog.waitForDisplayed({ timeout: 5000 });
    await (await browser.$('#paste-url')).setValue('example.org/story');
    await (await browser.$('#paste-submit')).click();
    const bodyError = await browser.$('#paste-body-error');
    await bodyError.waitForDisplayed({ timeout: 5000 });
    assert.match(await bodyError.getText(), /Paste the article text first/);
    const urlError = await browser.$('#paste-url-error');
    assert.match(await urlError.getText(), /must start with http:\/\/ or https:\/\//);
    await shot(browser, '03-paste-validation');
    assert.equal(await count(browser, '[data-article-id]'), 0, 'nothing was imported');

    await (await browser.$('#paste-url')).clearValue();
    await (await browser.$('#paste-url')).setValue('https://www.reuters.com/article/us-mideast-crisis-syria-russia');
    const title = 'Putin hosts Assad <img src=x onerror=alert(1)> in Sochi';
    await (await browser.$('#paste-title')).setValue(title);
    await fill(browser, '#paste-body', SAMPLE);
    await (await browser.$('#paste-submit')).click();

    const heading = await browser.$('#article-title');
    await browser.waitUntil(async () => (await heading.isExisting()) && (await heading.getText()) === title, {
      timeout: 15000,
      timeoutMsg: 'the pasted article did not open with its title shown as plain text',
    });
    assert.equal(await count(browser, '#article-title img'), 0, 'markup in a title is never rendered');
    await browser.waitUntil(async () => (await count(browser, 'mark[data-claim-id]')) >= 10, { timeout: 10000 });
    const sources = await texts(browser, '[data-claim-card-id] .source-name');
    assert.ok(sources.includes('Vladimir Putin'));
    assert.ok(sources.includes('Kremlin'), `sources listed: ${sources.join(', ')}`);
    await shot(browser, '04-pasted-article');

    // Importing the same text again is reported as a duplicate, not stored twice.
    await (await browser.$('#paste-text')).click();
    await (await browser.$('#paste-dialog')).waitForDisplayed({ timeout: 5000 });
    await fill(browser, '#paste-body', SAMPLE);
    await (await browser.$('#paste-submit')).click();
    // The first import's summary may still be showing: wait for the new one.
    const summary = await browser.$('#import-summary');
    await browser.waitUntil(
      async () => (await summary.isDisplayed()) && /already|duplicate/i.test(await summary.getText()),
      { timeout: 10000, timeoutMsg: 'the second import was not reported as a duplicate' },
    );
    assert.equal(await count(browser, '[data-article-id]'), 1);
    await shot(browser, '05-duplicate-summary');
  } finally {
    await app.close();
  }
});

test('a damaged database file gives a clear error and is left untouched', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimdesk-junk-'));
  const junkPath = join(dir, 'not-a-database.db');
  const junk = 'These are meeting notes, not a database.\n'.repeat(40);
  writeFileSync(junkPath, junk);
  const app = await launch({ dbPath: junkPath });
  const { browser } = app;
  try {
    const alert = await browser.$('[role="alert"]');
    await alert.waitForDisplayed({ timeout: 15000 });
    assert.match(await alert.getText(), /not an SQLite database/);
    await shot(browser, '06-damaged-database');
    assert.equal(readFileSync(junkPath, 'utf8'), junk, 'the damaged file was modified');
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
