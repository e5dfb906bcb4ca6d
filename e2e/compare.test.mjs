// The compare page in the release build: each preset prints on both sides exactly what
// CPython 3.12 prints (the corpus goldens); one scrubber moves both sides, whose clocks and
// timeline cursors agree; errors stay on their side; screenshots on a projector and a phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openApp, SCREENSHOTS, siteInChromium } from './browser.mjs';

const site = siteInChromium();

// Each pair's verdict: first what the pair is for (measured on the two runs), then the ends.
const PRESETS = [
  [
    '083_compare_gather',
    '084_compare_as_completed',
    'Left (gather) printed its first result at t=3.0, right (as_completed) at t=1.0: ' +
      'right had its first result 2.0 s of virtual time sooner. Both finished at t=3.0.',
  ],
  [
    '085_compare_asyncio_sleep',
    '086_compare_time_sleep',
    'Left (asyncio.sleep) had up to 3 handle() tasks asleep in asyncio.sleep at once, right (time.sleep) none. ' +
      'Left finished at t=1.0, right at t=3.0: left was 2.0 s of virtual time sooner.',
  ],
  [
    '087_compare_without_semaphore',
    '088_compare_with_semaphore',
    'Left (no limit) had up to 10 download() tasks asleep in asyncio.sleep at once, right (Semaphore(3)) up to 3. ' +
      'Left finished at t=1.0, right at t=4.0: left was 3.0 s of virtual time sooner.',
  ],
];

async function golden(name) {
  const lines = (await readFile(`tests/programs/${name}.out`, 'utf8')).split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

async function openCompare(options) {
  const app = await openApp(site.browser, `${site.server.url}#/compare`, options);
  await app.page.getByTestId('compare-editor-left').waitFor();
  return app;
}

const consoleLines = (page, side) =>
  page.getByTestId(`compare-console-${side}`).getByTestId('console-text').allTextContents();

/** Waits until both sides' runs (each in its own worker) have arrived. */
async function settled(page) {
  await page.waitForFunction(() =>
    !document.querySelector('[data-testid=compare-stop]') &&
    document.querySelector('[data-testid=compare-result-left]') &&
    document.querySelector('[data-testid=compare-result-right]'));
}

/** Clicks Run both and waits for both runs. */
async function runBoth(page) {
  await page.getByTestId('compare-run').click();
  await settled(page);
}

/** Chooses a preset (which runs it) and waits for both runs. */
async function choosePreset(page, index) {
  await page.getByTestId('compare-preset').selectOption(String(index));
  await settled(page);
}

const cursorX = (page, side) =>
  page.getByTestId(`compare-timeline-${side}`).getByTestId('timeline-cursor').getAttribute('x1');

test('the playground links to the compare page', async () => {
  const { page, problems, close } = await openApp(site.browser, `${site.server.url}#/playground`);
  await page.getByRole('link', { name: 'Compare two programs' }).click();
  await page.getByTestId('compare-editor-left').waitFor();
  assert.equal(await page.locator('h1').textContent(), 'Compare two programs');
  assert.equal(await page.title(), 'Compare · Looplab');
  assert.deepEqual(problems, []);
  await close();
});

test('each preset prints on both sides what CPython prints', async () => {
  const { page, problems, close } = await openCompare();
  for (const [index, [left, right, verdict]] of PRESETS.entries()) {
    await choosePreset(page, index);
    // Choosing a preset runs it; Run both runs it again, to the same end.
    await runBoth(page);
    assert.equal(
      await page.getByTestId('compare-editor-left').inputValue(),
      await readFile(`tests/programs/${left}.py`, 'utf8'),
    );
    assert.deepEqual(await consoleLines(page, 'left'), await golden(left), left);
    assert.deepEqual(await consoleLines(page, 'right'), await golden(right), right);
    assert.equal(await page.getByTestId('compare-verdict').textContent(), verdict);
    assert.match(await page.getByTestId('compare-status-left').textContent(), /Finished at t=/);
    assert.match(await page.getByTestId('compare-status-right').textContent(), /Finished at t=/);
  }
  assert.deepEqual(problems, []);
  await close();
});

test('the verdict says when each side had its first result, measured on the runs shown', async () => {
  const { page, problems, close } = await openCompare();
  await choosePreset(page, 0); // gather vs as_completed
  const verdict = page.getByTestId('compare-verdict');
  assert.match(await verdict.textContent(), /^Left \(gather\) printed its first result at t=3\.0, right \(as_completed\) at t=1\.0/);
  await verdict.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOTS}/compare-first-result.png` });
  // The fastest download made slower on the right: its first line comes at t=2.0 now.
  const right = page.getByTestId('compare-editor-right');
  await right.fill((await right.inputValue()).replace('download("music", 1)', 'download("music", 2.5)'));
  await runBoth(page);
  assert.equal(
    await verdict.textContent(),
    'Left printed its first line at t=3.0, right at t=2.0: right had its first line 1.0 s of virtual time sooner. ' +
      'Both finished at t=3.0.',
  );
  assert.deepEqual(problems, []);
  await close();
});

test('one scrubber moves both sides; their clocks and cursors agree', async () => {
  const { page, problems, close } = await openCompare();
  await choosePreset(page, 1); // asyncio.sleep vs time.sleep
  const scrubber = page.getByTestId('compare-scrubber');
  assert.equal(await scrubber.getAttribute('max'), '3');
  assert.equal(await page.getByTestId('compare-clock').textContent(), 't = 3.0');
  // Both timelines share the longer run's axis; the shorter one says where it ends.
  const windowText = (side) => page.getByTestId(`compare-timeline-${side}`).getByTestId('timeline-window').textContent();
  assert.equal(await windowText('left'), 't = 0 to 3.0 s; this run ends at 1.0 s');
  assert.equal(await windowText('right'), 'the whole run: t = 0 to 3.0 s');

  await scrubber.fill('1.5');
  assert.equal(await page.getByTestId('compare-clock').textContent(), 't = 1.5');
  assert.equal(await cursorX(page, 'left'), await cursorX(page, 'right'));
  assert.match(await page.getByTestId('compare-status-left').textContent(), /Finished at t=1\.0/);
  assert.match(await page.getByTestId('compare-status-right').textContent(), /Going: event \d+ of \d+/);
  assert.equal((await consoleLines(page, 'left')).length, 7);
  assert.deepEqual(await consoleLines(page, 'right'), [
    't=0.0 A: asks the database',
    't=1.0 A: answered',
    't=1.0 B: asks the database',
  ]);

  // Stepping goes event by event on whichever side is next; back to the start shows nothing.
  await page.getByTestId('compare-reset').click();
  assert.equal(await page.getByTestId('compare-clock').textContent(), 't = 0.0');
  assert.deepEqual(await consoleLines(page, 'left'), []);
  assert.deepEqual(await consoleLines(page, 'right'), []);
  for (let i = 0; i < 3; i++) await page.getByTestId('compare-step').click();
  assert.match(await page.getByTestId('compare-scrubber').locator('..').textContent(), /\(3 of \d+ events\)/);
  assert.equal(await cursorX(page, 'left'), await cursorX(page, 'right'));

  // A click on a timeline seeks the shared clock.
  const timeline = page.getByTestId('compare-timeline-right').getByTestId('timeline');
  const box = await timeline.boundingBox();
  await timeline.click({ position: { x: box.width - 12, y: box.height / 2 } });
  const clock = await page.getByTestId('compare-clock').textContent();
  assert.notEqual(clock, 't = 0.0');
  assert.equal(await cursorX(page, 'left'), await cursorX(page, 'right'));

  // The keys of the playground step here too.
  await page.getByTestId('compare-reset').focus();
  await page.keyboard.press('Home');
  assert.equal(await page.getByTestId('compare-clock').textContent(), 't = 0.0');
  await page.keyboard.press('ArrowRight');
  assert.match(await page.getByTestId('compare-scrubber').locator('..').textContent(), /\(1 of \d+ events\)/);
  assert.deepEqual(problems, []);
  await close();
});

test('lined up by loop iteration, the scrubber moves over iterations and each cursor keeps its own time', async () => {
  const { page, problems, close } = await openCompare();
  await choosePreset(page, 1); // asyncio.sleep vs time.sleep
  await page.getByTestId('compare-align').selectOption('iteration');
  assert.equal(await page.getByTestId('compare-clock').textContent(), 'iteration 13');
  const scrubber = page.getByTestId('compare-scrubber');
  assert.equal(await scrubber.getAttribute('max'), '13');
  assert.equal(await scrubber.getAttribute('step'), '1');
  assert.match(await page.getByTestId('compare-verdict').textContent(), /Left finished after 13 loop iterations, right after 11: right needed 2 fewer\./);
  await scrubber.fill('8');
  assert.equal(await page.getByTestId('compare-clock').textContent(), 'iteration 8');
  // At their 8th turn the two loops are at different virtual times: the cursors part.
  assert.notEqual(await cursorX(page, 'left'), await cursorX(page, 'right'));
  await page.screenshot({ path: `${SCREENSHOTS}/compare-by-iteration.png`, fullPage: true });
  // Back to virtual time: one clock again, the cursors together.
  await page.getByTestId('compare-align').selectOption('time');
  assert.match(await page.getByTestId('compare-clock').textContent(), /^t = /);
  assert.equal(await cursorX(page, 'left'), await cursorX(page, 'right'));
  assert.deepEqual(problems, []);
  await close();
});

test('an error stays on its side with its line, and the texts are kept', async () => {
  const { page, problems, close } = await openCompare();
  const broken = 'import asyncio\n\nasync def main()\n    await asyncio.sleep(1)\n';
  await page.getByTestId('compare-editor-left').fill(broken);
  await runBoth(page);
  const error = page.getByTestId('compare-error-left');
  assert.match(await error.textContent(), /^Line 3: SyntaxError: expected ':'/);
  assert.equal(await page.getByTestId('compare-error-right').count(), 0);
  assert.deepEqual(await consoleLines(page, 'right'), await golden('084_compare_as_completed'));

  await page.reload();
  await page.getByTestId('compare-editor-left').waitFor();
  assert.equal(await page.getByTestId('compare-editor-left').inputValue(), broken);
  assert.equal(
    await page.getByTestId('compare-editor-right').inputValue(),
    await readFile('tests/programs/084_compare_as_completed.py', 'utf8'),
  );
  assert.deepEqual(problems, []);
  await close();
});

test('each side runs in a worker of its own: an endless side leaves the page live, and Stop stops it', async () => {
  const { page, problems, close } = await openCompare();
  // One worker per side, no more (each loads the whole runtime).
  for (let i = 0; i < 50 && page.workers().length < 2; i++) await page.waitForTimeout(100);
  await page.waitForTimeout(300);
  assert.equal(page.workers().length, 2);
  const endless = 'import asyncio\n\n\nasync def tick():\n    while True:\n        await asyncio.sleep(1)\n\n\nasyncio.run(tick())\n';
  await page.getByTestId('compare-editor-left').fill(endless);
  await page.getByTestId('compare-run').click();
  // The right side's run arrives while the left one is still going.
  await page.getByTestId('compare-result-right').waitFor();
  assert.match(await page.getByTestId('compare-status-left').textContent(), /^Running…/);
  assert.deepEqual(await consoleLines(page, 'right'), await golden('084_compare_as_completed'));
  const started = Date.now();
  await page.getByTestId('compare-editor-right').press('End');
  await page.getByTestId('compare-editor-right').type('# typed while the left side runs\n');
  assert.ok(Date.now() - started < 2000, `typing took ${Date.now() - started} ms`);
  await page.getByTestId('compare-stop').click();
  assert.equal(await page.getByTestId('compare-stop').count(), 0);
  assert.match(await page.getByTestId('compare-status-left').textContent(), /^Not run yet/);
  // New workers take the next runs.
  await page.getByTestId('compare-editor-left').fill('print("after the stop")\n');
  await runBoth(page);
  assert.deepEqual(await consoleLines(page, 'left'), ['after the stop']);
  assert.deepEqual(problems, []);
  await close();
});

test('Share this pair gives a link that opens both programs, run, in another browser', async () => {
  const { page, problems, close } = await openCompare();
  await choosePreset(page, 2); // without and with a Semaphore
  await page.getByTestId('compare-editor-right').fill('print("my own right side")\n');
  await page.getByTestId('share').click();
  const link = await page.getByTestId('share-link').inputValue();
  assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/#\/compare\/z[A-Za-z0-9_-]+\/z[A-Za-z0-9_-]+$/);

  const other = await openApp(site.browser, link);
  await settled(other.page);
  assert.equal(
    await other.page.getByTestId('compare-editor-left').inputValue(),
    await readFile('tests/programs/087_compare_without_semaphore.py', 'utf8'),
  );
  assert.equal(await other.page.getByTestId('compare-editor-right').inputValue(), 'print("my own right side")\n');
  assert.deepEqual(await consoleLines(other.page, 'left'), await golden('087_compare_without_semaphore'));
  assert.deepEqual(await consoleLines(other.page, 'right'), ['my own right side']);
  // Their edits of the pair are kept, and offered when they open the link again.
  await other.page.getByTestId('compare-editor-left').fill('print("their left side")\n');
  await other.page.reload();
  await settled(other.page);
  assert.deepEqual(await consoleLines(other.page, 'left'), await golden('087_compare_without_semaphore'), 'the link means its pair');
  await other.page.getByTestId('saved-edit-restore').click();
  await settled(other.page);
  assert.equal(await other.page.getByTestId('compare-editor-left').inputValue(), 'print("their left side")\n');
  assert.deepEqual(await consoleLines(other.page, 'left'), ['their left side']);
  assert.deepEqual(await consoleLines(other.page, 'right'), ['my own right side']);
  assert.equal(await other.page.getByTestId('saved-edit').count(), 0);
  // The compare page's own pair is untouched by all this.
  await other.page.goto(`${site.server.url}#/compare`);
  await other.page.getByTestId('compare-editor-left').waitFor();
  assert.doesNotMatch(await other.page.getByTestId('compare-editor-left').inputValue(), /their left side/);
  assert.deepEqual(other.problems, []);
  await other.close();
  assert.deepEqual(problems, []);
  await close();
});

test('screenshots: projector and phone, light and dark', async () => {
  for (const [label, options] of [
    ['desktop', {}],
    ['desktop-dark', { colorScheme: 'dark' }],
    ['phone', { viewport: { width: 390, height: 844 } }],
    ['phone-dark', { viewport: { width: 390, height: 844 }, colorScheme: 'dark' }],
  ]) {
    const { page, problems, close } = await openCompare(options);
    await choosePreset(page, 1);
    await page.getByTestId('compare-scrubber').fill('1.5');
    await page.screenshot({ path: `${SCREENSHOTS}/compare-${label}.png`, fullPage: true });
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    const width = options.viewport?.width ?? 1280;
    assert.ok(scrollWidth <= width, `${label}: no sideways scrolling (page is ${scrollWidth}px wide)`);
    assert.deepEqual(problems, []);
    await close();
  }
});
