// Chromium as the end-to-end tests start it: Debian's build, headless, with nothing that would
// reach for the network.
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { serveDirectory } from './static-server.mjs';

export const SCREENSHOTS = 'target/e2e';

export async function launchChromium() {
  await mkdir(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Opens `url` in a fresh context and waits for the app to render. `problems` collects every
 * console error or warning and uncaught page error, so tests can require a clean console.
 */
export async function openApp(browser, url, contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, ...contextOptions });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  // A request the page itself abandoned (a reload or a page change cancels the favicon's) is
  // not a failure.
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()}`);
  });
  await page.goto(url);
  await page.locator('.shell').waitFor();
  return { page, problems, close: () => context.close() };
}

/**
 * For a test file: serves the release build (`dist/`) on loopback and starts Chromium before
 * its tests, and stops both after them. The returned object gets `server` and `browser`.
 */
export function siteInChromium() {
  const site = {};
  before(async () => {
    site.server = await serveDirectory('dist');
    site.browser = await launchChromium();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/** Waits until the playground shows a run (the worker's run arrives a moment after it starts). */
export async function runShown(page, timeout = 30_000) {
  await page.waitForFunction(
    () => !document.querySelector('[data-testid=pending]') && document.querySelector('[data-testid=clock]'),
    null,
    { timeout },
  );
}

/** Moves the playground to the end of its run, where everything has happened. */
export async function showEnd(page) {
  const end = page.getByTestId('end');
  if (await end.isEnabled()) await end.click();
}

/**
 * Clicks the playground's Run, waits until the run is shown (at its start, ready to step),
 * and moves to its end unless `atStart`.
 */
export async function runProgram(page, timeout = 30_000, { atStart = false } = {}) {
  await page.getByTestId('run').click();
  await runShown(page, timeout);
  if (!atStart) await showEnd(page);
}

/**
 * Types each corpus program (tests/programs/NAME.py) into the playground's editor, runs it, and
 * checks that the console shows its golden output (NAME.out) and no error.
 */
export async function assertPrintsGoldens(page, names) {
  for (const name of names) {
    const source = await readFile(`tests/programs/${name}.py`, 'utf8');
    const expected = (await readFile(`tests/programs/${name}.out`, 'utf8')).split('\n');
    if (expected.at(-1) === '') expected.pop();
    await page.getByTestId('code-editor').fill(source);
    await runProgram(page);
    assert.deepEqual(await page.getByTestId('console-text').allTextContents(), expected, name);
    assert.equal(await page.getByTestId('error').count(), 0, `${name} shows no error`);
  }
}
