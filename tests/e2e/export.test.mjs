// The Export screen in the real window: the HTML report is previewed in a sandboxed
// iframe, the verdict summary is shown, and the web-address import dialog checks
// what is typed. Screenshot: target/e2e/16-export-preview.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, shot, startDisplay, stopDisplay } from './harness.mjs';

before(async () => {
  await startDisplay();
});

after(async () => {
  await stopDisplay();
});

test('export: preview the report in a sandboxed frame; web address import validates', async () => {
  const app = await launch();
  const { browser } = app;
  try {
    await (await browser.$('[data-article-id]')).waitForExist({ timeout: 15000 });

    const nav = await browser.$('#nav-export');
    await nav.waitForClickable({ timeout: 10000 });
    await nav.click();

    const frame = await browser.$('#export-preview');
    await frame.waitForExist({ timeout: 15000, timeoutMsg: 'the report preview never appeared' });
    const info = await browser.execute(() => {
      const f = document.querySelector('#export-preview');
      return {
        sandbox: f?.getAttribute('sandbox'),
        html: f?.getAttribute('srcdoc') ?? '',
        stats: document.querySelector('#export-stats')?.textContent ?? '',
        formats: [...document.querySelectorAll('#export-format option')].map((o) => o.value),
      };
    });
    assert.equal(info.sandbox, '', 'the preview frame is sandboxed without any allowance');
    assert.match(info.html, /<html|<!doctype/i, 'the preview is an HTML document');
    assert.doesNotMatch(info.html, /<script/i, 'the report carries no scripts');
    assert.match(info.stats, /claims? from/);
    assert.deepEqual(info.formats, ['html', 'markdown', 'json', 'csv', 'claimreview']);
    await shot(browser, '16-export-preview');

    // Web address import: only http(s) addresses are accepted.
    await (await browser.$('#import-url')).click();
    const input = await browser.$('#url-input');
    await input.waitForDisplayed({ timeout: 5000 });
    await input.setValue('ftp://example.org/a');
    const err = await browser.$('#url-input-error');
    await err.waitForDisplayed({ timeout: 5000 });
    assert.match(await err.getText(), /http:\/\/ or https:\/\//);
    await input.clearValue();
    await input.setValue('https://example.org/a');
    await browser.waitUntil(async () => !(await (await browser.$('#url-input-error')).isExisting()), {
      timeout: 5000,
      timeoutMsg: 'a valid address still shows an error',
    });
    await browser.keys('Escape');
    await (await browser.$('#url-dialog')).waitForExist({ reverse: true, timeout: 5000 });
  } finally {
    await app.close();
  }
});
