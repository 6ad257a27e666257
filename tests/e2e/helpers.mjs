// Steps shared by the end-to-end tests: reading the page, clicking, typing, bits-ui
// selects, switching reviewers, opening claims, and the axe-core accessibility check.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** `s` as a regular expression that matches it literally. */
export const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export async function count(browser, selector) {
  return browser.execute((sel) => document.querySelectorAll(sel).length, selector);
}

export async function text(browser, selector) {
  return browser.execute((sel) => document.querySelector(sel)?.textContent ?? '', selector);
}

export async function click(browser, selector, timeout = 10000) {
  const el = await browser.$(selector);
  await el.waitForClickable({ timeout, timeoutMsg: `${selector} is not clickable` });
  await el.click();
}

export async function type(browser, selector, value) {
  const el = await browser.$(selector);
  await el.waitForDisplayed({ timeout: 10000 });
  await el.clearValue();
  await el.setValue(value);
}

export async function waitText(browser, selector, pattern, what, timeout = 10000) {
  await browser.waitUntil(async () => pattern.test(await text(browser, selector)), {
    timeout,
    timeoutMsg: `${what}: ${selector} never matched ${pattern} (it reads "${(await text(browser, selector)).slice(0, 300)}")`,
  });
}

/** Pick `value` in a bits-ui select or combobox whose trigger/input is `selector`. */
export async function choose(browser, selector, value) {
  await click(browser, selector);
  const option = await browser.$(`[role="option"][data-value="${value}"]`);
  await option.waitForDisplayed({ timeout: 5000, timeoutMsg: `option ${value} of ${selector} did not show` });
  await option.click();
  await option.waitForDisplayed({ reverse: true, timeout: 5000 });
}

/** Pick the option whose text contains `label` in the select or combobox `selector`. */
export async function chooseByText(browser, selector, label) {
  await click(browser, selector);
  await browser.waitUntil(async () => (await count(browser, '[role="option"][data-value]')) > 0, { timeout: 5000 });
  const value = await browser.execute(
    (l) => [...document.querySelectorAll('[role="option"][data-value]')].find((o) => o.textContent.includes(l))?.dataset.value,
    label,
  );
  assert.ok(value, `${selector} offers ${label}`);
  const option = await browser.$(`[role="option"][data-value="${value}"]`);
  await option.click();
  await option.waitForDisplayed({ reverse: true, timeout: 5000 });
}

/** Review as the reviewer called `name` (through the toolbar's switch). */
export async function switchTo(browser, name) {
  await click(browser, '#switch-reviewer');
  await (await browser.$('#profile-picker')).waitForDisplayed({ timeout: 5000 });
  const id = await browser.execute(
    (n) => [...document.querySelectorAll('#profile-picker [data-reviewer-id]')].find((b) => b.textContent.includes(n))?.dataset.reviewerId,
    name,
  );
  assert.ok(id, `${name} is offered in the profile picker`);
  await click(browser, `#profile-picker [data-reviewer-id="${id}"]`);
  await (await browser.$('#profile-picker')).waitForDisplayed({ reverse: true, timeout: 5000 });
  await waitText(browser, '#switch-reviewer', new RegExp(name), 'the toolbar shows who is reviewing');
}

/** Open the claim whose text contains `needle` from its highlight in the sample article. */
export async function openClaim(browser, needle) {
  if ((await count(browser, '#claim-detail')) > 0) await click(browser, '#close-claim');
  await click(browser, '#nav-articles');
  await click(browser, '[data-article-id]');
  await browser.waitUntil(async () => (await count(browser, 'mark[data-claim-id]')) >= 10, { timeout: 10000 });
  const id = await browser.execute(
    (n) => [...document.querySelectorAll('mark[data-claim-id]')].find((m) => m.textContent.includes(n))?.dataset.claimId,
    needle,
  );
  assert.ok(id, `a highlighted claim contains "${needle}"`);
  await click(browser, `mark[data-claim-id="${id}"]`);
  await waitText(browser, '#claim-detail #claim-text', new RegExp(escapeRe(needle)), 'the claim opens');
  return id;
}

export async function addEvidence(browser, { url, title, excerpt, stance = 'supports' }) {
  await click(browser, '#add-evidence');
  await (await browser.$('#evidence-dialog')).waitForDisplayed({ timeout: 5000 });
  await type(browser, '#evidence-url', url);
  await type(browser, '#evidence-title', title);
  if (excerpt) await type(browser, '#evidence-excerpt', excerpt);
  await choose(browser, '#evidence-stance', stance);
}

/**
 * Press Save in the evidence dialog and wait for it to close. If it is still open after
 * 10 s with no message shown and not busy, the click was lost (seen twice under load in
 * WebKitWebDriver, 2026-12-03): say so on stderr and press once more; otherwise fail with
 * what the dialog shows.
 */
export async function saveEvidence(browser) {
  const dialogState = () =>
    browser.execute(() => {
      const d = document.getElementById('evidence-dialog');
      const messages = [...(d?.querySelectorAll('[role="alert"], .field-error, .form-error') ?? [])]
        .map((e) => e.textContent.trim())
        .filter(Boolean);
      return { open: !!d && d.getClientRects().length > 0, busy: d?.querySelector('form')?.getAttribute('aria-busy'), messages };
    });
  for (let attempt = 0; attempt < 2; attempt++) {
    await click(browser, '#evidence-save');
    const closed = await browser
      .waitUntil(async () => !(await dialogState()).open, { timeout: 10000 })
      .then(() => true, () => false);
    if (closed) return;
    const state = await dialogState();
    if (attempt === 1 || state.messages.length > 0 || state.busy === 'true') {
      assert.fail(`the evidence dialog did not close after Save: ${JSON.stringify(state)}`);
    }
    console.error('saveEvidence: the first Save click was lost; pressing Save again', JSON.stringify(state));
  }
}

export async function propose(browser, verdict, rationale) {
  await click(browser, '#propose-verdict');
  await choose(browser, '#verdict-select', verdict);
  await type(browser, '#rationale', rationale);
  await click(browser, '#propose-submit');
  await waitText(browser, '#claim-status', /proposed/i, 'the verdict is proposed');
}

/** Run axe-core on the page; fail on serious or critical violations. */
export async function axeCheck(browser, label) {
  await browser.execute(AXE_SOURCE + '\n;return true;');
  const violations = await browser.executeAsync((done) => {
    window.axe
      .run(document, { resultTypes: ['violations'] })
      .then((r) =>
        done(
          r.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            nodes: v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(0, 3).join(' ')}`),
          })),
        ),
      )
      .catch((e) => done([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }]));
  });
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad.map((v) => `${v.impact} ${v.id}: ${v.help}\n    ${v.nodes.join('\n    ')}`).join('\n');
  assert.equal(bad.length, 0, `accessibility problems on the ${label}:\n${report}`);
  return violations;
}
