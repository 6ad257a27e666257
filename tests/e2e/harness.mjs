// Starts what an end-to-end test needs (Xvfb, tauri-driver -> WebKitWebDriver ->
// the built app) and ends it again by PID. Each app session gets its own
// temporary database through the environment that tauri-driver passes on.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { remote } from 'webdriverio';

const here = dirname(fileURLToPath(import.meta.url));
export const root = resolve(here, '..', '..');
export const shotsDir = join(root, 'target', 'e2e');
const app = process.env.CLAIMDESK_APP ?? join(root, 'target', 'debug', 'claimdesk-desktop');
const driverBin = process.env.TAURI_DRIVER ?? (existsSync(join(root, '.tools', 'bin', 'tauri-driver')) ? join(root, '.tools', 'bin', 'tauri-driver') : 'tauri-driver');
const display = process.env.E2E_DISPLAY ?? ':97';

let xvfb = null;

async function waitFor(check, what, timeoutMs = 20000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** Start one Xvfb for the whole run (a no-op when DISPLAY is already provided). */
/** The headless CLI on the same database (a second writer beside the app). */
export const CLI = process.env.CLAIMDESK_CLI ?? join(root, 'target', 'debug', 'claimdesk');

export function cli(db, args) {
  return execFileSync(CLI, ['--db', db, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

export async function startDisplay() {
  if (!existsSync(app)) throw new Error(`the app is not built: ${app} (run ./x test, which builds it)`);
  mkdirSync(shotsDir, { recursive: true });
  if (process.env.E2E_USE_DISPLAY) return process.env.E2E_USE_DISPLAY;
  const socket = `/tmp/.X11-unix/X${display.slice(1)}`;
  xvfb = spawn('Xvfb', [display, '-screen', '0', '1440x900x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  await waitFor(() => existsSync(socket), 'Xvfb');
  return display;
}

export async function stopDisplay() {
  if (xvfb && xvfb.exitCode === null) {
    xvfb.kill('SIGTERM');
  }
  xvfb = null;
}

async function driverUp(port) {
  try {
    const r = await fetch(`http://127.0.0.1:${port}/status`);
    return r.ok;
  } catch {
    return false;
  }
}

/**
 * Launch the app with its own database. `env` adds variables for the app
 * (e.g. CLAIMDESK_NO_SAMPLE). Returns {browser, dbPath, close()}.
 */
export async function launch({ env = {}, dbPath } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'claimdesk-e2e-'));
  const db = dbPath ?? join(dir, 'e2e.db');
  const port = 4444;
  const driver = spawn(driverBin, ['--port', String(port), '--native-port', '4445'], {
    env: { ...process.env, ...env, DISPLAY: process.env.E2E_USE_DISPLAY ?? display, CLAIMDESK_DB: db },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let driverErr = '';
  driver.stderr.on('data', (d) => (driverErr += d));
  try {
    await waitFor(() => driverUp(port), 'tauri-driver');
  } catch (e) {
    driver.kill('SIGKILL');
    throw new Error(`${e.message}: ${driverErr}`);
  }
  const browser = await remote({
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    connectionRetryCount: 0,
    capabilities: {
      browserName: 'wry',
      'wdio:enforceWebDriverClassic': true,
      'tauri:options': { application: app },
    },
  });
  return {
    browser,
    dbPath: db,
    dir,
    async close() {
      try {
        await browser.deleteSession();
      } catch {
        /* the app may already be gone */
      }
      driver.kill('SIGTERM');
      await waitFor(() => driver.exitCode !== null || driver.signalCode !== null, 'tauri-driver to stop', 5000).catch(() => driver.kill('SIGKILL'));
      await waitFor(async () => !(await driverUp(port)), 'port 4444 to close', 5000).catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Save a screenshot of the window's page under target/e2e/. */
export async function shot(browser, name) {
  const png = await browser.takeScreenshot();
  const file = join(shotsDir, `${name}.png`);
  writeFileSync(file, Buffer.from(png, 'base64'));
  return file;
}

/**
 * Answer the native (GTK) save dialog titled `title` with the absolute `path`: the
 * dialog is a separate X window that WebDriver cannot reach, so xdotool types into
 * its name field the way a person would, then presses Enter.
 */
export async function answerSaveDialog(title, path) {
  const env = { ...process.env, DISPLAY: process.env.E2E_USE_DISPLAY ?? display };
  let win = '';
  await waitFor(
    () => {
      try {
        win = execFileSync('xdotool', ['search', '--onlyvisible', '--name', `^${title}$`], { env }).toString().trim().split('\n')[0];
      } catch {
        win = '';
      }
      return win !== '';
    },
    `the "${title}" dialog`,
    15000,
  );
  // No window manager runs under Xvfb: the keyboard follows the pointer, so point
  // at the name field (top of the dialog) and click it before typing.
  execFileSync('xdotool', ['mousemove', '--window', win, '300', '24', 'click', '1'], { env });
  await sleep(200);
  execFileSync('xdotool', ['key', 'ctrl+a'], { env });
  execFileSync('xdotool', ['type', '--delay', '5', path], { env });
  await sleep(200);
  execFileSync('xdotool', ['key', 'Return'], { env });
  await waitFor(
    () => {
      try {
        execFileSync('xdotool', ['search', '--onlyvisible', '--name', `^${title}$`], { env });
        return false;
      } catch {
        return true;
      }
    },
    `the "${title}" dialog to close`,
    10000,
  );
}

export { sleep, waitFor };
