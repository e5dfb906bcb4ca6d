// The release build of the site, served on loopback and driven in Chromium: pages, links,
// history, direct URLs, and the crash banner.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openApp, SCREENSHOTS, siteInChromium } from './browser.mjs';

const site = siteInChromium();

const heading = (page) => page.locator('h1').textContent();

test('the start page renders with a clean console', async () => {
  const { page, problems, close } = await openApp(site.browser, site.server.url);
  assert.equal(await heading(page), "See Python's asyncio think");
  assert.equal(await page.title(), 'Looplab: see asyncio think');
  const cargoToml = await readFile('Cargo.toml', 'utf8');
  const version = cargoToml.match(/^version = "(.+)"$/m)[1];
  assert.equal(await page.getByTestId('version').textContent(), `Looplab ${version}`);
  await page.screenshot({ path: `${SCREENSHOTS}/home-desktop-light.png`, fullPage: true });
  assert.deepEqual(problems, []);
  await close();
});

test('the navigation changes page and URL, and back and forward work', async () => {
  const { page, problems, close } = await openApp(site.browser, site.server.url);
  const nav = page.getByRole('navigation', { name: 'Sections' });

  await nav.getByRole('link', { name: 'Playground' }).click();
  assert.equal(await heading(page), 'Playground');
  assert.ok(page.url().endsWith('#/playground'), page.url());
  assert.equal(await page.title(), 'Playground · Looplab');
  assert.equal(await nav.locator('[aria-current="page"]').textContent(), 'Playground');

  await nav.getByRole('link', { name: 'Interview questions' }).click();
  assert.equal(await heading(page), 'Interview questions');

  await page.goBack();
  await page.locator('h1', { hasText: 'Playground' }).waitFor();
  assert.ok(page.url().endsWith('#/playground'), page.url());

  await page.goForward();
  await page.locator('h1', { hasText: 'Interview questions' }).waitFor();

  await page.getByRole('link', { name: 'Looplab', exact: true }).click();
  assert.equal(await heading(page), "See Python's asyncio think");
  assert.deepEqual(problems, []);
  await close();
});

test('a URL opens its page directly', async () => {
  for (const [path, title] of [
    ['#/lessons', 'Lessons'],
    ['#/capstones', 'Capstone projects'],
    ['#/playground', 'Playground'],
    ['#/compare', 'Compare two programs'],
    ['#/interview', 'Interview questions'],
    ['#/no-such-page', 'Page not found'],
  ]) {
    const { page, problems, close } = await openApp(site.browser, site.server.url + path);
    assert.equal(await heading(page), title, path);
    assert.deepEqual(problems, [], path);
    await close();
  }
});

test('a page fits a phone and follows a dark system theme', async () => {
  const { page, problems, close } = await openApp(site.browser, `${site.server.url}#/playground`, {
    viewport: { width: 390, height: 844 },
    colorScheme: 'dark',
  });
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scrollWidth <= 390, `no sideways scrolling (page is ${scrollWidth}px wide)`);
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(background, 'rgb(18, 21, 28)', 'the dark theme background');
  await page.screenshot({ path: `${SCREENSHOTS}/playground-phone-dark.png`, fullPage: true });
  assert.deepEqual(problems, []);
  await close();
});

test('a panic shows the crash banner and logs to the console', async () => {
  const { page, problems, close } = await openApp(site.browser, `${site.server.url}#/lessons`);
  // The exported test hook panics inside the WebAssembly; the call itself then throws.
  const threw = await page.evaluate(() => {
    try {
      window.wasmBindings.looplab_panic_for_tests('e2e: the loop fell over');
      return false;
    } catch {
      return true;
    }
  });
  assert.ok(threw, 'the panic surfaces as an exception in JavaScript');

  const banner = page.getByRole('alert');
  await banner.waitFor();
  assert.match(await banner.textContent(), /Looplab stopped because of a bug/);
  assert.match(await banner.locator('.crash-message').textContent(), /^e2e: the loop fell over \(at src\/ui\/crash\.rs:\d+:\d+\)$/);
  assert.ok(await banner.getByRole('button', { name: 'Reload' }).isVisible());
  assert.ok(
    problems.some((line) => line.startsWith('error: Looplab panicked: e2e: the loop fell over')),
    `console: ${problems.join('\n')}`,
  );
  // The page the user was on stays visible under the banner.
  assert.equal(await heading(page), 'Lessons');
  await page.screenshot({ path: `${SCREENSHOTS}/crash-banner.png` });
  await close();
});
