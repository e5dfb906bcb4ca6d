// The playground in the release build: programs typed into the editor print in the console
// exactly what `looplab run` prints (the corpus goldens, which the native conformance tests
// hold equal to Looplab's and CPython's output); stepping back and scrubbing restore the
// exact earlier state; the text survives a reload; screenshots in both themes and sizes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { assertPrintsGoldens, openApp, runProgram, runShown, SCREENSHOTS, showEnd, siteInChromium } from './browser.mjs';

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
  // The old loop API: a loop of the program's own, driven by hand.
  '300_get_event_loop_run_until_complete',
  '301_run_forever_with_stop',
  '305_pending_tasks_at_close',
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
  await assertPrintsGoldens(page, PROGRAMS);
  assert.deepEqual(problems, []);
  await close();
});

test('stepping back and scrubbing restore the exact earlier state', async () => {
  const { page, problems, close } = await openPlayground();
  // Every event a step (hidden, asyncio's internals are stepped over).
  await page.getByTestId('show-internals').check();
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
  assert.equal(await page.getByTestId('error-hint').count(), 0, 'no hint for a plain mistake');

  // An error with a reason the message does not say gets a hint under it.
  await page.getByTestId('code-editor').fill('import asyncio\n\n\nasync def main():\n    async for done in asyncio.as_completed([asyncio.sleep(1)]):\n        print(await done)\n\n\nasyncio.run(main())\n');
  await runProgram(page);
  assert.match(await page.getByTestId('error').textContent(), /^Line 5: TypeError: 'async for' requires an object with __aiter__ method, got generator/);
  assert.match(await page.getByTestId('error-hint').textContent(), /from Python 3\.13 on/);
  await page.screenshot({ path: `${SCREENSHOTS}/error-hint.png` });
  await page.getByTestId('code-editor').fill(broken);

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
  await page.getByTestId('show-internals').check();
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
  // Space plays and pauses where no focused control takes it (on a button, it presses it).
  await page.evaluate(() => document.activeElement.blur());
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
  // The program's three tasks: asyncio.run's two shutdown tasks are among its internals.
  assert.equal(await lanes.count(), 3);
  assert.equal(await lanes.nth(1).getAttribute('aria-label'), 'Task-2 (brew): done at t=2.0');
  // Click halfway along the time axis (the axis starts after the labels): t = 1.0.
  await page.getByTestId('timeline').scrollIntoViewIfNeeded();
  const { box, x } = await axisX(page, 0.5);
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
  assert.match(await semaphore.textContent(), /semaphore 0 of 3 free/);
  assert.deepEqual(await semaphore.locator('.slot.held').allTextContents(), ['Task-2', 'Task-3', 'Task-4']);
  assert.match(await semaphore.locator('.waiting-line').textContent(), /first in line first: Task-5 → Task-6 → Task-7 → Task-8 → Task-9$/);
  await semaphore.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOTS}/playground-semaphore.png`, fullPage: true });
  assert.deepEqual(problems, []);
  await close();
});

test('programs run in a worker: the page stays live during a long run, and Stop stops it', async () => {
  const { page, problems, close } = await openPlayground();
  // A task that never ends: only Stop (or, much later, the memory limit) ends its run.
  const endless = 'import asyncio\n\n\nasync def tick():\n    while True:\n        await asyncio.sleep(1)\n\n\nasyncio.run(tick())\n';
  // A task that never awaits: the runtime stops it after 20 million instructions.
  const runaway = 'import asyncio\n\n\nasync def spin():\n    while True:\n        pass\n\n\nasyncio.run(spin())\n';
  await page.getByTestId('code-editor').fill(endless);
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
  assert.match(await page.getByTestId('error').textContent(), /^Line 6: LooplabLimitError: Task-1 \(spin\) at line 6 ran 20,000,000 instructions/);
  // The page says why it stopped, and offers to go on with ten times the steps.
  assert.match(await page.getByTestId('out-of-steps').textContent(), /at line 6 after 20,000,000 instructions without an await/);
  await page.getByTestId('go-on').click();
  await runShown(page, 120_000);
  assert.match(await page.getByTestId('error').textContent(), /ran 200,000,000 instructions/);
  assert.match(await page.getByTestId('out-of-steps').textContent(), /up to 2,000,000,000 instructions without an await/);
  assert.deepEqual(problems, []);
  await close();
});

test('nothing printed is lost: a run too long to record, and a run a limit stops', async () => {
  // Over 96 MB of events (the browser's cap on the record): the first part is shown, and
  // the program still runs to its end, whose output the console keeps.
  const heartbeat = 'import asyncio\n\n\nasync def heartbeat():\n    print("heartbeat starts")\n    beats = 0\n    while beats < 400_000:\n        beats += 1\n        await asyncio.sleep(0)\n    print("heartbeat done", beats)\n\n\nasyncio.run(heartbeat())\n';
  {
    // One run (recording a million events takes a while), shown at two widths.
    const { page, problems, close } = await openPlayground({ viewport: { width: 1440, height: 900 } });
    await page.getByTestId('code-editor').fill(heartbeat);
    await runProgram(page, 120_000);
    const notice = page.getByTestId('record-cut');
    await notice.waitFor();
    assert.match(await notice.textContent(), /^This run was too long to record in full: you are seeing its first [\d,]+ events \(up to t=0\.0\)\. Your program still ran to its end: what it printed after that is at the end of the console, marked "not recorded"\.$/);
    assert.deepEqual(await consoleLines(page), ['heartbeat starts', 'heartbeat done 400000']);
    // The line printed after the recorded part says it is not tied to a moment.
    assert.deepEqual(await page.getByTestId('console-line').locator('.console-task').allTextContents(), ['Task-1', 'not recorded']);
    for (const [label, viewport] of [['desktop', { width: 1440, height: 900 }], ['phone', { width: 390, height: 844 }]]) {
      await page.setViewportSize(viewport);
      await notice.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SCREENSHOTS}/playground-record-cut-${label}.png`, fullPage: true });
    }
    assert.deepEqual(problems, []);
    await close();
  }
  // A limit keeps what was printed before it.
  const { page, problems, close } = await openPlayground({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1.5 });
  const runaway = 'import asyncio\n\n\nasync def spin():\n    print("about to spin")\n    await asyncio.sleep(0.5)\n    print("spinning")\n    while True:\n        pass\n\n\nasyncio.run(spin())\n';
  await page.getByTestId('code-editor').fill(runaway);
  await runProgram(page, 60_000);
  assert.match(await page.getByTestId('error').textContent(), /^Line 8: LooplabLimitError: Task-1 \(spin\) at line 8 ran 20,000,000 instructions/);
  assert.deepEqual(await consoleLines(page), ['about to spin', 'spinning']);
  await page.screenshot({ path: `${SCREENSHOTS}/playground-limit-keeps-output.png`, fullPage: true });
  assert.deepEqual(problems, []);
  await close();
});

/** The axis's tick labels and the window shown, in words. */
async function axis(page) {
  return {
    ticks: await page.getByTestId('timeline-axis').locator('text').allTextContents(),
    window: await page.getByTestId('timeline-window').textContent(),
  };
}

/** Clicks the timeline's lanes at the given part (0 to 1) of the time axis. */
/**
 * Where, on the page, the point `part` of the way along the time axis is: the axis runs from
 * x = 190 to 990 of the drawing, whose view reaches further left when labels are long.
 */
async function axisX(page, part) {
  const timeline = page.getByTestId('timeline');
  const box = await timeline.boundingBox();
  const view = await timeline.evaluate((svg) => ({ x: svg.viewBox.baseVal.x, width: svg.viewBox.baseVal.width }));
  return { box, x: box.x + box.width * ((190 + (990 - 190) * part - view.x) / view.width) };
}

async function clickAxisPart(page, part) {
  const { box, x } = await axisX(page, part);
  await page.mouse.click(x, box.y + Math.min(box.height / 2, 40));
}

test('the timeline zooms and pans, and a click still jumps to the time under it', async () => {
  const { page, problems, close } = await openPlayground();
  await runProgram(page);
  await page.getByTestId('timeline').scrollIntoViewIfNeeded();
  const whole = await axis(page);
  assert.deepEqual(whole.ticks, ['0.0s', '0.5s', '1.0s', '1.5s', '2.0s']);
  assert.equal(whole.window, 'the whole run: t = 0 to 2.0 s');
  assert.ok(await page.getByTestId('timeline-zoom-fit').isDisabled());

  // Twice zoomed around the middle: t = 0.75 to 1.25, with finer ticks.
  await page.getByTestId('timeline-zoom-in').click();
  await page.getByTestId('timeline-zoom-in').click();
  const zoomed = await axis(page);
  assert.equal(zoomed.window, 't = 0.75 to 1.25 s of 2.0 s');
  assert.deepEqual(zoomed.ticks, ['0.8s', '0.9s', '1.0s', '1.1s', '1.2s']);
  // Two fifths along the axis is t = 0.95: the click shows the first event from then on,
  // at t = 1.0 (the clock jumps there).
  await clickAxisPart(page, 0.4);
  assert.equal(await page.getByTestId('clock').textContent(), 't = 1.0');
  assert.deepEqual(await consoleLines(page), ['start tea', 'start coffee']);
  await page.screenshot({ path: `${SCREENSHOTS}/playground-zoom.png`, fullPage: true });

  // The pan buttons move by half a window; the keyboard reaches them.
  await page.getByTestId('timeline-pan-right').focus();
  await page.keyboard.press('Enter');
  assert.equal((await axis(page)).window, 't = 1.0 to 1.5 s of 2.0 s');
  await page.getByTestId('timeline-pan-left').click();
  assert.equal((await axis(page)).window, 't = 0.75 to 1.25 s of 2.0 s');

  // Ctrl + wheel zooms around the pointer: the time under it stays under it.
  const { box, x } = await axisX(page, 0.25);
  await page.mouse.move(x, box.y + 20);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -350);
  await page.keyboard.up('Control');
  const wheeled = await axis(page);
  const [, start, end] = wheeled.window.match(/^t = ([\d.]+) to ([\d.]+) s/).map(Number);
  assert.ok(end - start < 0.5 && end - start > 0.1, wheeled.window);
  assert.ok(Math.abs(start + (end - start) * 0.25 - 0.875) < 0.01, `0.875 stays put: ${wheeled.window}`);

  // The zoom keys, and playback turning the window to follow the cursor.
  await page.getByTestId('timeline-zoom-fit').click();
  assert.equal((await axis(page)).window, 'the whole run: t = 0 to 2.0 s');
  await page.getByTestId('run').focus();
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  assert.equal((await axis(page)).window, 't = 0.75 to 1.25 s of 2.0 s');
  await page.getByTestId('speed').selectOption('16');
  await page.getByTestId('play').click();
  await page.getByTestId('pause').waitFor();
  await page.getByTestId('play').waitFor({ timeout: 10_000 });
  assert.equal((await axis(page)).window, 't = 1.5 to 2.0 s of 2.0 s', 'the window followed to the end');
  assert.equal(await page.getByTestId('timeline-cursor').count(), 1);
  await page.keyboard.press('0');
  assert.equal((await axis(page)).window, 'the whole run: t = 0 to 2.0 s');
  assert.deepEqual(problems, []);
  await close();
});

test('a run of 2,000 tasks draws only the lanes scrolled into view', async () => {
  const { page, problems, close } = await openPlayground();
  const program = [
    'import asyncio',
    '',
    'async def work(i):',
    '    await asyncio.sleep(i % 7 / 10)',
    '',
    'async def main():',
    '    await asyncio.gather(*(work(i) for i in range(2000)))',
    '',
    'asyncio.run(main())',
    '',
  ].join('\n');
  await page.getByTestId('code-editor').fill(program);
  await runProgram(page);
  await page.getByTestId('clock').waitFor();
  const lanes = page.getByTestId('timeline-lane');
  await lanes.first().waitFor();
  const drawn = await lanes.count();
  assert.ok(drawn < 200, `${drawn} lanes drawn`);
  assert.match(await page.getByTestId('timeline').getAttribute('aria-label'), /^Timeline of 2001 tasks/);

  const scroller = page.getByTestId('timeline-scroll');
  const { scrollHeight, clientHeight } = await scroller.evaluate((el) => ({
    scrollHeight: el.scrollHeight,
    clientHeight: el.clientHeight,
  }));
  assert.ok(scrollHeight > 2000 * 20, `the scrollbar spans every lane: ${scrollHeight}px`);
  assert.ok(clientHeight < 800, `${clientHeight}px high`);
  await page.getByTestId('timeline').scrollIntoViewIfNeeded();
  // Halfway down: the lanes of tasks around Task-1000 are drawn there, the first ones not.
  await scroller.evaluate((el) => { el.scrollTop = el.scrollHeight / 2; });
  const middle = page.locator('[data-testid="timeline-lane"][aria-label^="Task-1000 (work)"]');
  await middle.waitFor();
  assert.ok(await middle.isVisible());
  assert.equal(await page.locator('[data-testid="timeline-lane"][aria-label^="Task-1 (main)"]').count(), 0);
  assert.ok((await lanes.count()) < 200);
  await page.screenshot({ path: `${SCREENSHOTS}/playground-many-lanes.png` });
  assert.deepEqual(problems, []);
  await close();
});

test('a program printing 20,000 lines: the console draws those in view, and scrolls through all', async () => {
  const { page, problems, close } = await openPlayground();
  const program = [
    'import asyncio',
    '',
    'async def main():',
    '    for n in range(20_000):',
    '        print("line", n)',
    '        if n % 1000 == 999:',
    '            await asyncio.sleep(1)',
    '',
    'asyncio.run(main())',
    '',
  ].join('\n');
  await page.getByTestId('code-editor').fill(program);
  await runProgram(page, 60_000);
  const console_ = page.getByTestId('console');
  await console_.scrollIntoViewIfNeeded();
  assert.equal(await console_.getAttribute('data-lines'), '20000');
  const drawn = async () => (await consoleLines(page)).length;
  // At the end, the newest lines are in view and few are drawn.
  assert.ok((await drawn()) < 250, `${await drawn()} lines drawn`);
  assert.equal((await consoleLines(page)).at(-1), 'line 19999');
  const { scrollHeight, clientHeight } = await console_.evaluate((el) => ({
    scrollHeight: el.scrollHeight,
    clientHeight: el.clientHeight,
  }));
  assert.ok(scrollHeight > 20_000 * 15, `the scrollbar spans every line: ${scrollHeight}px`);
  /** The lines inside the console's visible box. */
  const visibleLines = () => console_.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return [...el.querySelectorAll('[data-testid="console-text"]')]
      .filter((line) => {
        const r = line.getBoundingClientRect();
        return r.bottom > box.top && r.top < box.bottom;
      })
      .map((line) => line.textContent);
  });
  const lastVisible = (await visibleLines()).at(-1);
  assert.equal(lastVisible, 'line 19999');
  // Up to the top: the first lines fill the view.
  await console_.evaluate((el) => { el.scrollTop = 0; });
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="console-text"]')].some((l) => l.textContent === 'line 0'));
  assert.equal((await visibleLines())[0], 'line 0');
  // Lines drawn as the learner scrolls are not read out as new.
  assert.equal(await console_.getAttribute('aria-live'), 'off');
  // Halfway: the lines around the middle, nothing blank in view.
  await console_.evaluate((el) => { el.scrollTop = el.scrollHeight / 2; });
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="console-text"]')].some((l) => l.textContent === 'line 10000'));
  const middle = await visibleLines();
  const fits = await console_.evaluate((el) => Math.floor(el.clientHeight / parseFloat(getComputedStyle(el).lineHeight)));
  assert.ok(fits >= 2 && middle.length >= fits, `${middle.length} lines in view, ${fits} fit`);
  assert.ok(middle.every((line) => /^line (9\d{3}|10\d{3})$/.test(line)), middle.join(', '));
  assert.ok((await drawn()) < 250);
  // Stepping back while the learner reads keeps their place; back at the bottom, the console
  // follows the run again.
  await page.getByTestId('jump-previous').click();
  await page.getByTestId('jump-previous').click();
  assert.equal(await console_.getAttribute('data-lines'), '19999', 'back to the print before the last');
  assert.deepEqual(await visibleLines(), middle);
  await console_.evaluate((el) => { el.scrollTop = el.scrollHeight; });
  await page.getByTestId('end').click();
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="console-text"]')].some((l) => l.textContent === 'line 19999'));
  assert.equal((await visibleLines()).at(-1), 'line 19999');
  assert.equal(await console_.getAttribute('aria-live'), 'polite');
  await page.screenshot({ path: `${SCREENSHOTS}/playground-long-console.png` });
  assert.deepEqual(problems, []);
  await close();
});

test('a TaskGroup is drawn as a tree of its owner and its children', async () => {
  const { page, problems, close } = await openPlayground();
  await page.getByTestId('code-editor').fill(await readFile('tests/programs/037_taskgroup.py', 'utf8'));
  await runProgram(page);
  const tree = page.getByTestId('group-tree');
  assert.equal(await tree.count(), 1);
  assert.match(await tree.textContent(), /^Task-1 \(main\) awaits a TaskGroup of 4: 4 finished/);
  const children = tree.getByTestId('group-child');
  assert.equal(await children.count(), 4);
  assert.deepEqual(await children.evaluateAll((items) => items.map((li) => li.dataset.status)),
    ['done', 'done', 'done', 'done']);

  // Just after the block's tasks were created: three children, ready to start.
  await page.getByTestId('run').focus();
  await page.keyboard.press('Home');
  while (!(await consoleLines(page)).includes('tasks created; the block now waits for all of them')) {
    await page.keyboard.press('ArrowRight');
  }
  assert.equal(await children.count(), 3);
  assert.deepEqual(await children.evaluateAll((items) => items.map((li) => li.dataset.status)),
    ['ready', 'ready', 'ready']);
  // Later, at t = 0.15: some sleep, one is done... told in words and symbols.
  await page.getByTestId('timeline').scrollIntoViewIfNeeded();
  const end = Number((await axis(page)).window.match(/to ([\d.]+) s$/)[1]);
  await clickAxisPart(page, 0.15 / end);
  const statuses = await children.evaluateAll((items) => items.map((li) => li.dataset.status));
  assert.ok(statuses.includes('waiting'), statuses.join());
  assert.match(await tree.textContent(), /❚❚ waiting/);
  await tree.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOTS}/playground-trees.png` });
  assert.deepEqual(problems, []);
  await close();
});


test('Share gives a link that opens the same program, run, in another browser', async () => {
  const { page, problems, close } = await openPlayground({ permissions: ['clipboard-read', 'clipboard-write'] });
  const program = 'import asyncio\n\n\nasync def main():\n    print("shared ✓ 世界")\n    await asyncio.sleep(1.5)\n    print("done")\n\n\nasyncio.run(main())\n';
  await page.getByTestId('code-editor').fill(program);
  await page.getByTestId('share').click();
  const link = await page.getByTestId('share-link').inputValue();
  assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/#\/shared\/z[A-Za-z0-9_-]+$/);
  await page.getByTestId('share-copy').click();
  await page.getByTestId('share-status').filter({ hasText: 'Copied.' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  await page.screenshot({ path: `${SCREENSHOTS}/playground-share.png` });

  // Someone else opens it: the program is in the editor, already run.
  const other = await openApp(site.browser, link);
  await runShown(other.page);
  // It opens at the start of the run, ready to step.
  assert.equal(await other.page.getByTestId('clock').textContent(), 't = 0.0');
  await showEnd(other.page);
  assert.equal(await other.page.getByTestId('code-editor').inputValue(), program);
  assert.deepEqual(await consoleLines(other.page), ['shared ✓ 世界', 'done']);
  assert.equal(await other.page.getByTestId('clock').textContent(), 't = 1.5');
  // Their edits are kept for that link, apart from their own playground's text, and offered
  // when they open the link again.
  await other.page.getByTestId('code-editor').fill('print("my edit")\n');
  await other.page.goto(`${site.server.url}#/playground`);
  await other.page.getByTestId('code-editor').waitFor();
  assert.doesNotMatch(await other.page.getByTestId('code-editor').inputValue(), /my edit/);
  // On a later visit (within this one, the page comes back as it was left).
  await other.page.goto(link);
  await other.page.reload();
  await runShown(other.page);
  assert.equal(await other.page.getByTestId('code-editor').inputValue(), program, 'the link means its program');
  await other.page.screenshot({ path: `${SCREENSHOTS}/playground-saved-edit.png` });
  await other.page.getByTestId('saved-edit-restore').click();
  await runShown(other.page);
  await showEnd(other.page);
  assert.equal(await other.page.getByTestId('code-editor').inputValue(), 'print("my edit")\n');
  assert.deepEqual(await consoleLines(other.page), ['my edit']);
  assert.equal(await other.page.getByTestId('saved-edit').count(), 0);
  assert.deepEqual(other.problems, []);
  await other.close();

  // A link to the moment shown: it opens exactly there.
  await runProgram(page);
  await page.getByTestId('scrubber').fill('5');
  const here = await shownState(page);
  await page.getByTestId('share-at-moment').check();
  const momentLink = await page.getByTestId('share-link').inputValue();
  assert.match(momentLink, /#\/shared\/z[A-Za-z0-9_-]+\/event\/5$/);
  assert.equal(await page.getByTestId('share-status').textContent(), '', 'what was copied is the other link');
  const atMoment = await openApp(site.browser, momentLink);
  await runShown(atMoment.page);
  assert.deepEqual(await shownState(atMoment.page), here);
  assert.deepEqual(atMoment.problems, []);
  await atMoment.close();

  // A link cut short says so, and opens nothing.
  const cut = await openApp(site.browser, link.slice(0, -10));
  assert.match(await cut.page.getByTestId('bad-link').textContent(), /the link is cut short or garbled/);
  assert.deepEqual(cut.problems, []);
  await cut.close();
  assert.deepEqual(problems, []);
  await close();
});
