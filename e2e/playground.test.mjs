// The playground in the release build: programs typed into the editor print in the console
// exactly what `looplab run` prints (the corpus goldens, which the native conformance tests
// hold equal to Looplab's and CPython's output); stepping back and scrubbing restore the
// exact earlier state; the text survives a reload; screenshots in both themes and sizes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openApp, runProgram, SCREENSHOTS, siteInChromium } from './browser.mjs';

const site = siteInChromium();

const PROGRAMS = [
  '019_restaurant_waiter',
  '020_sequential_vs_gather',
  '022_gather_return_exceptions',
  '026_as_completed',
  '030_wait_timeout',
  '033_cancel_and_cleanup',
  '037_taskgroup',
  '040_semaphore',
  '047_queue_join',
  '052_event',
  '054_blocking_time_sleep',
  '056_to_thread',
];

async function openPlayground(options) {
  const app = await openApp(site.browser, `${site.server.url}#/playground`, options);
  await app.page.getByTestId('code-editor').waitFor();
  return app;
}

const consoleLines = (page) => page.getByTestId('console-text').allTextContents();

/** Everything the page shows of the loop at the current moment. */
async function shownState(page) {
  return {
    clock: await page.getByTestId('clock').textContent(),
    iteration: await page.getByTestId('loop-iteration').textContent(),
    narration: await page.getByTestId('narration').textContent(),
    ready: await page.getByTestId('ready-queue').textContent(),
    tasks: await page.getByTestId('tasks').textContent(),
    console: await consoleLines(page),
    scrubber: await page.getByTestId('scrubber').inputValue(),
  };
}

test('programs typed into the editor print what looplab run prints', async () => {
  const { page, problems, close } = await openPlayground();
  for (const name of PROGRAMS) {
    const source = await readFile(`tests/programs/${name}.py`, 'utf8');
    const expected = (await readFile(`tests/programs/${name}.out`, 'utf8')).split('\n');
    if (expected.at(-1) === '') expected.pop();
    await page.getByTestId('code-editor').fill(source);
    await runProgram(page);
    assert.deepEqual(await consoleLines(page), expected, name);
    assert.equal(await page.getByTestId('error').count(), 0, `${name} shows no error`);
  }
  assert.deepEqual(problems, []);
  await close();
});

test('stepping back and scrubbing restore the exact earlier state', async () => {
  const { page, problems, close } = await openPlayground();
  await runProgram(page);
  const end = await shownState(page);
  const total = Number(end.scrubber);
  assert.ok(total > 20, `${total} events`);

  for (let i = 0; i < 5; i++) await page.getByTestId('step-back').click();
  const earlier = await shownState(page);
  assert.equal(Number(earlier.scrubber), total - 5);
  for (let i = 0; i < 5; i++) await page.getByTestId('step').click();
  assert.deepEqual(await shownState(page), end);

  const middle = String(Math.floor(total / 2));
  await page.getByTestId('scrubber').fill(middle);
  const atMiddle = await shownState(page);
  assert.equal(atMiddle.scrubber, middle);
  await page.getByTestId('scrubber').fill('3');
  await page.getByTestId('scrubber').fill(middle);
  assert.deepEqual(await shownState(page), atMiddle);

  await page.getByTestId('reset').click();
  assert.deepEqual(await consoleLines(page), []);
  assert.equal(await page.getByTestId('clock').textContent(), 't = 0.0');
  assert.deepEqual(problems, []);
  await close();
});

test('errors show at their line with Python\'s message, and the text is kept', async () => {
  const { page, problems, close } = await openPlayground();
  const broken = 'import asyncio\n\nasync def main()\n    await asyncio.sleep(1)\n';
  await page.getByTestId('code-editor').fill(broken);
  await runProgram(page);
  const error = page.getByTestId('error');
  await error.waitFor();
  assert.match(await error.textContent(), /^Line 3: SyntaxError: expected ':'/);

  await page.reload();
  await page.getByTestId('code-editor').waitFor();
  assert.equal(await page.getByTestId('code-editor').inputValue(), broken);
  assert.deepEqual(problems, []);
  await close();
});

test('screenshots: desktop and phone, light and dark', async () => {
  for (const [label, options] of [
    ['desktop-light', {}],
    ['desktop-dark', { colorScheme: 'dark' }],
    ['phone-light', { viewport: { width: 390, height: 844 } }],
    ['phone-dark', { viewport: { width: 390, height: 844 }, colorScheme: 'dark' }],
  ]) {
    const { page, problems, close } = await openPlayground(options);
    await runProgram(page);
    const total = Number(await page.getByTestId('scrubber').inputValue());
    await page.getByTestId('scrubber').fill(String(Math.floor(total / 2)));
    await page.screenshot({ path: `${SCREENSHOTS}/playground-run-${label}.png`, fullPage: true });
    assert.deepEqual(problems, []);
    await close();
  }
});

test('play runs to the end at the chosen speed; keys step, jump and pause', async () => {
  const { page, problems, close } = await openPlayground();
  await runProgram(page);
  const end = await shownState(page);
  await page.getByTestId('speed').selectOption('16');
  await page.getByTestId('play').click();
  await page.getByTestId('pause').waitFor();
  // 16x is 128 events a second: the example's run ends within a few seconds.
  await page.getByTestId('play').waitFor({ timeout: 10_000 });
  assert.deepEqual(await shownState(page), end);

  const position = async () => Number(await page.getByTestId('scrubber').inputValue());
  const total = await position();
  await page.getByTestId('step-back').focus();
  await page.keyboard.press('ArrowLeft');
  assert.equal(await position(), total - 1);
  await page.keyboard.press('ArrowRight');
  assert.equal(await position(), total);
  await page.keyboard.press('Home');
  assert.equal(await position(), 0);
  await page.keyboard.press('Shift+ArrowRight');
  const firstIteration = await position();
  assert.ok(firstIteration > 0);
  assert.equal(await page.getByTestId('loop-iteration').textContent(), '1');
  await page.keyboard.press('Shift+ArrowRight');
  assert.equal(await page.getByTestId('loop-iteration').textContent(), '2');
  await page.keyboard.press('Shift+ArrowLeft');
  assert.equal(await position(), firstIteration);

  await page.getByTestId('speed').selectOption('0.25');
  await page.getByTestId('step').focus();
  await page.keyboard.press(' ');
  await page.getByTestId('pause').waitFor();
  await page.keyboard.press(' ');
  await page.getByTestId('play').waitFor();
  const paused = await position();
  await page.waitForTimeout(600);
  assert.equal(await position(), paused, 'a paused run stays where it is');
  assert.deepEqual(problems, []);
  await close();
});

test('the timeline has a lane per task, and a click jumps to that moment', async () => {
  const { page, problems, close } = await openPlayground();
  await runProgram(page);
  const lanes = page.getByTestId('timeline-lane');
  assert.equal(await lanes.count(), 5);
  assert.equal(await lanes.nth(1).getAttribute('aria-label'), 'Task-2 (brew): done at t=2.0');
  // Click halfway along the time axis (the axis starts after the labels): t = 1.0.
  await page.getByTestId('timeline').scrollIntoViewIfNeeded();
  const box = await page.getByTestId('timeline').boundingBox();
  const x = box.x + box.width * ((190 + (1000 - 190 - 10) / 2) / 1000);
  await page.mouse.click(x, box.y + box.height / 2);
  assert.equal(await page.getByTestId('clock').textContent(), 't = 1.0');
  assert.deepEqual(await consoleLines(page), ['start tea', 'start coffee']);
  // Each waiting task's line is marked in the editor's gutter.
  const marked = page.getByTestId('task-line');
  assert.equal(await marked.count(), 2);
  assert.equal(await marked.nth(0).getAttribute('title'), 'Task-2 (waiting), Task-3 (waiting)');
  assert.equal(await marked.nth(1).getAttribute('title'), 'Task-1 (waiting)');
  await page.screenshot({ path: `${SCREENSHOTS}/playground-timeline.png`, fullPage: true });
  assert.deepEqual(problems, []);
  await close();
});

test('a semaphore is drawn as slots with its holders and a line of waiters', async () => {
  const { page, problems, close } = await openPlayground();
  await page.getByTestId('code-editor').fill(await readFile('tests/programs/040_semaphore.py', 'utf8'));
  await runProgram(page);
  await page.getByTestId('run').focus();
  await page.keyboard.press('Home');
  const semaphore = page.getByTestId('primitive').first();
  for (let i = 0; i < 10 && !(await semaphore.isVisible() && (await semaphore.textContent()).includes('0 of 3 free')); i++) {
    await page.keyboard.press('Shift+ArrowRight');
  }
  assert.match(await semaphore.textContent(), /Semaphore 1 0 of 3 free/);
  assert.deepEqual(await semaphore.locator('.slot.held').allTextContents(), ['Task-2', 'Task-3', 'Task-4']);
  assert.match(await semaphore.locator('.waiting-line').textContent(), /first in line first: Task-5 → Task-6 → Task-7 → Task-8 → Task-9$/);
  await semaphore.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOTS}/playground-semaphore.png`, fullPage: true });
  assert.deepEqual(problems, []);
  await close();
});

test('programs run in a worker: the page stays live during a long run, and Stop stops it', async () => {
  const { page, problems, close } = await openPlayground();
  // A task that never awaits: the runtime stops it only after millions of instructions.
  const runaway = 'import asyncio\n\n\nasync def spin():\n    while True:\n        pass\n\n\nasyncio.run(spin())\n';
  await page.getByTestId('code-editor').fill(runaway);
  await page.getByTestId('run').click();
  await page.getByTestId('pending').waitFor();
  // The page answers while the program runs: typing works, and the run is still under way.
  const started = Date.now();
  await page.getByTestId('code-editor').press('End');
  await page.getByTestId('code-editor').type('# typed while it runs\n');
  assert.ok(Date.now() - started < 2000, `typing took ${Date.now() - started} ms`);
  assert.equal(await page.getByTestId('pending').count(), 1, 'still running');
  await page.getByTestId('stop').click();
  assert.equal(await page.getByTestId('pending').count(), 0);
  assert.equal(await page.getByTestId('clock').count(), 0, 'a stopped run shows nothing');
  assert.match(await page.getByTestId('code-editor').inputValue(), /# typed while it runs/);
  // A new worker takes the next run.
  await page.getByTestId('code-editor').fill('print("after the stop")\n');
  await runProgram(page);
  assert.deepEqual(await consoleLines(page), ['after the stop']);
  // Left alone, the runaway task ends at the limit, with its line.
  await page.getByTestId('code-editor').fill(runaway);
  await runProgram(page, 60_000);
  assert.match(await page.getByTestId('error').textContent(), /^Line 5: LooplabLimitError: Task-1 \(spin\) at line 5 ran 20,000,000 instructions/);
  assert.deepEqual(problems, []);
  await close();
});
