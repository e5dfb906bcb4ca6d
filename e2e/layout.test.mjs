// The playground as one screen: on a projector (1440×900) and a laptop (1280×720) the code,
// the controls, the narration, the loop, the timeline and the console are all on screen with
// no page scroll; on a phone nothing overflows sideways. Panes resize from the keyboard and
// fold away, and the page remembers both. Timeline labels are whole; the run's summary
// states its figures; times read rounded; stderr reaches the console at the end of a run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openApp, runProgram, SCREENSHOTS, siteInChromium } from './browser.mjs';

const site = siteInChromium();

/** What must be on screen together, by test hook. */
const PANES = ['pane-controls', 'pane-code', 'pane-loop', 'narration', 'pane-timeline', 'pane-console'];

const SIZES = [
  ['1440x900', { width: 1440, height: 900 }],
  ['1280x720', { width: 1280, height: 720 }],
];

/** The playground with the corpus program `name` (or a program's text) run, at its start. */
async function openWith(program, options = {}) {
  const app = await openApp(site.browser, `${site.server.url}#/playground`, options);
  const source = program.includes('\n') ? program : await readFile(`tests/programs/${program}.py`, 'utf8');
  await app.page.getByTestId('code-editor').fill(source);
  await runProgram(app.page, 30_000, { atStart: true });
  return app;
}

/** How far the page itself scrolls, each way. */
const pageExtent = (page) =>
  page.evaluate(() => ({
    scrollHeight: document.scrollingElement.scrollHeight,
    scrollWidth: document.scrollingElement.scrollWidth,
    innerHeight,
    innerWidth,
  }));

test('projector and laptop: every pane on one screen, no page scroll, both themes', async () => {
  for (const [size, viewport] of SIZES) {
    for (const colorScheme of ['light', 'dark']) {
      const { page, problems, close } = await openWith('040_semaphore', { viewport, colorScheme });
      // Into the run, where the semaphore is full and waiters queue.
      await page.getByTestId('scrubber').fill('73');
      const extent = await pageExtent(page);
      assert.ok(extent.scrollHeight <= extent.innerHeight, `${size}: the page scrolls: ${JSON.stringify(extent)}`);
      assert.ok(extent.scrollWidth <= extent.innerWidth, `${size}: the page scrolls sideways: ${JSON.stringify(extent)}`);
      for (const hook of PANES) {
        const box = await page.getByTestId(hook).boundingBox();
        assert.ok(box, `${size}: ${hook} is shown`);
        assert.ok(
          box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width + 0.5 && box.y + box.height <= viewport.height + 0.5,
          `${size}: ${hook} lies within the window: ${JSON.stringify(box)}`,
        );
        assert.ok(box.height >= 30, `${size}: ${hook} is tall enough to read: ${box.height}px`);
      }
      // The panes scroll inside themselves: the loop's tasks, the timeline's lanes.
      const loopBody = page.getByTestId('pane-loop').locator('.pane-body');
      const inside = await loopBody.evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
      assert.ok(inside.scroll >= inside.client, JSON.stringify(inside));
      await page.screenshot({ path: `${SCREENSHOTS}/layout-${size}-${colorScheme}.png` });
      // The introduction opens over the panes, leaving them where they are.
      await page.getByTestId('about').locator('summary').click();
      assert.ok(await page.getByTestId('about').getByText('Type or paste a Python asyncio program').isVisible());
      const afterAbout = await pageExtent(page);
      assert.ok(afterAbout.scrollHeight <= afterAbout.innerHeight, 'the open About pushes nothing off screen');
      if (size === '1280x720') await page.screenshot({ path: `${SCREENSHOTS}/layout-about-${colorScheme}.png` });
      assert.deepEqual(problems, []);
      await close();
    }
  }
});

test('a phone: panes stack in one column and nothing overflows sideways', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, problems, close } = await openWith('040_semaphore', {
      viewport: { width: 390, height: 844 },
      colorScheme,
    });
    await page.getByTestId('scrubber').fill('73');
    const extent = await pageExtent(page);
    assert.ok(extent.scrollWidth <= extent.innerWidth, `the page scrolls sideways: ${JSON.stringify(extent)}`);
    await page.getByTestId('about').locator('summary').click();
    const withAbout = await pageExtent(page);
    assert.ok(withAbout.scrollWidth <= withAbout.innerWidth, `the open About is too wide: ${JSON.stringify(withAbout)}`);
    await page.getByTestId('about').locator('summary').click();
    const tops = [];
    for (const hook of ['pane-controls', 'pane-code', 'pane-console', 'pane-loop', 'pane-timeline']) {
      const box = await page.getByTestId(hook).boundingBox();
      tops.push(box.y);
      assert.ok(box.x >= 0 && box.x + box.width <= 390, `${hook} is within the width: ${JSON.stringify(box)}`);
    }
    assert.deepEqual(tops, [...tops].sort((a, b) => a - b), 'the panes stack in one column');
    // A task's state stays one word on one line ("waiting", not "waitin" over "g").
    const states = page.getByTestId('pane-loop').locator('.tasks td:nth-child(2)');
    assert.ok((await states.count()) > 0, 'the loop shows its tasks');
    for (const cell of await states.all()) {
      const { lines, text } = await cell.evaluate((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        return { lines: tops.size, text: el.textContent };
      });
      assert.equal(lines, 1, `the state "${text}" is broken over ${lines} lines`);
    }
    // The timeline keeps a readable size and scrolls sideways inside itself.
    const scroller = page.getByTestId('timeline-scroll');
    const lanes = await scroller.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    assert.ok(lanes.scroll > lanes.client, `the timeline scrolls inside itself: ${JSON.stringify(lanes)}`);
    await page.screenshot({ path: `${SCREENSHOTS}/layout-phone-${colorScheme}.png`, fullPage: true });
    assert.deepEqual(problems, []);
    await close();
  }
});

test('panes resize from the keyboard, fold away, and the page remembers both', async () => {
  const { page, problems, close } = await openWith('040_semaphore', { viewport: { width: 1280, height: 720 } });
  const columns = page.getByTestId('splitter-columns');
  assert.equal(await columns.getAttribute('role'), 'separator');
  assert.equal(await columns.getAttribute('aria-valuenow'), '55');
  const before = (await page.getByTestId('pane-code').boundingBox()).width;
  const position = await page.getByTestId('scrubber').inputValue();
  await columns.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await columns.getAttribute('aria-valuenow'), '45');
  const after = (await page.getByTestId('pane-code').boundingBox()).width;
  assert.ok(after < before - 50, `the code pane narrowed: ${before} → ${after}`);
  assert.equal(await page.getByTestId('scrubber').inputValue(), position, 'the arrows moved the line, not the run');

  // The line between the rows follows the pointer.
  const rows = page.getByTestId('splitter-rows');
  const grip = await rows.boundingBox();
  await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
  await page.mouse.down();
  await page.mouse.move(grip.x + grip.width / 2, grip.y - 60, { steps: 4 });
  await page.mouse.up();
  const dragged = Number(await rows.getAttribute('aria-valuenow'));
  assert.ok(dragged < 62, `the panes above the timeline got shorter: ${dragged}`);

  const toggle = page.getByTestId('pane-toggle-console');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.getByTestId('console').isVisible(), false);
  // With the console folded, the code takes the left column.
  const code = await page.getByTestId('pane-code').boundingBox();
  const loop = await page.getByTestId('pane-loop').boundingBox();
  assert.ok(Math.abs(code.y + code.height - (loop.y + loop.height)) < 60, `${JSON.stringify({ code, loop })}`);

  await page.reload();
  await page.getByTestId('code-editor').waitFor();
  assert.equal(await page.getByTestId('splitter-columns').getAttribute('aria-valuenow'), '45');
  assert.equal(await page.getByTestId('splitter-rows').getAttribute('aria-valuenow'), String(dragged));
  assert.equal(await page.getByTestId('pane-toggle-console').getAttribute('aria-expanded'), 'false');
  await page.getByTestId('pane-toggle-console').click();
  assert.ok(await page.getByTestId('console').isVisible());
  assert.deepEqual(problems, []);
  await close();
});

test('timeline labels are whole, each with its full name in a tooltip', async () => {
  const { page, problems, close } = await openWith('040_semaphore', { viewport: { width: 1280, height: 720 } });
  // asyncio's own shutdown tasks have the longest names: show them.
  await page.getByTestId('show-internals').check();
  const labels = await page.getByTestId('lane-label').evaluateAll((texts) =>
    texts.map((text) => {
      const box = text.getBBox();
      const drawing = text.ownerSVGElement.viewBox.baseVal;
      return {
        shown: text.lastChild.textContent,
        title: text.querySelector('title').textContent,
        left: box.x,
        right: box.x + box.width,
        drawingLeft: drawing.x,
      };
    }),
  );
  assert.equal(labels.length, 11);
  const asyncgens = labels.find((label) => label.shown.startsWith('Task-10'));
  assert.equal(asyncgens.shown, 'Task-10 (shutdown_asyncgens)');
  assert.equal(asyncgens.title, 'Task-10 (BaseEventLoop.shutdown_asyncgens)');
  for (const label of labels) {
    assert.ok(!label.shown.includes('…'), `${label.shown} is whole`);
    // The time axis starts at x = 190 of the drawing: a label ends before it.
    assert.ok(label.left >= label.drawingLeft && label.right <= 190, `${label.shown} fits: ${JSON.stringify(label)}`);
  }
  assert.deepEqual(problems, []);
  await close();
});

test('the summary states the run in figures, and says how to move on', async () => {
  const { page, problems, close } = await openWith('040_semaphore');
  const summary = page.getByTestId('run-summary');
  assert.equal(await summary.getByTestId('summary-time').textContent(), '2.5 s');
  assert.equal(await summary.getByTestId('summary-tasks').textContent(), '9 tasks');
  assert.equal(await summary.getByTestId('summary-most').textContent(), 'at most 9 tasks at once');
  assert.equal(await summary.getByTestId('summary-iterations').textContent(), '25 loop iterations');
  assert.equal(await summary.getByTestId('summary-lines').textContent(), '18 lines printed');
  assert.equal(await summary.getByTestId('summary-error').count(), 0);
  assert.match(await summary.textContent(), /Step with → or press Play\.$/);
  await page.getByTestId('end').click();
  assert.doesNotMatch(await summary.textContent(), /Step with/);
  assert.deepEqual(problems, []);
  await close();
});

test('times read rounded, exact in a tooltip; what the program printed stays exact', async () => {
  const program = [
    'import asyncio',
    '',
    'async def main():',
    '    loop = asyncio.get_running_loop()',
    '    await asyncio.sleep(0.1)',
    '    await asyncio.sleep(0.2)',
    '    print(loop.time())',
    '',
    'asyncio.run(main())',
    '',
  ].join('\n');
  const { page, problems, close } = await openWith(program);
  await page.getByTestId('end').click();
  const clock = page.getByTestId('clock');
  assert.equal(await clock.textContent(), 't = 0.3');
  assert.equal(await clock.locator('span').getAttribute('title'), 'exactly t = 0.30000000000000004');
  assert.equal(await page.getByTestId('summary-time').textContent(), '0.3 s');
  const line = page.getByTestId('console-line').first();
  assert.equal(await line.locator('.console-time').textContent(), 't=0.3');
  assert.equal(await line.getByTestId('console-text').textContent(), '0.30000000000000004');
  assert.deepEqual(problems, []);
  await close();
});

test('stderr reaches the console at the end of the run: tracebacks and warnings', async () => {
  const { page, problems, close } = await openWith('073_uncaught_task_error', { viewport: { width: 1280, height: 720 } });
  assert.equal(await page.getByTestId('console-stderr').count(), 0, 'not before the program stopped');
  assert.match(await page.getByTestId('error').textContent(), /^Line 10: ValueError: could not convert string to float: 'N\/A'/);
  assert.equal(await page.getByTestId('summary-error').textContent(), 'stopped by ValueError at line 10');
  await page.getByTestId('end').click();
  const stderr = page.getByTestId('console-stderr');
  assert.match(await stderr.textContent(), /Traceback \(most recent call last\):/);
  assert.match(await stderr.textContent(), /ValueError: could not convert string to float: 'N\/A'$/);
  await page.screenshot({ path: `${SCREENSHOTS}/layout-stderr.png` });
  // A step back leaves the end: the traceback goes until the run is there again.
  await page.getByTestId('step-back').click();
  assert.equal(await stderr.count(), 0);

  await page.getByTestId('code-editor').fill(await readFile('tests/programs/076_coroutine_never_awaited.py', 'utf8'));
  await runProgram(page);
  assert.match(await stderr.textContent(), /RuntimeWarning: coroutine 'save_draft' was never awaited/);
  assert.equal(await page.getByTestId('error').count(), 0);
  assert.deepEqual(problems, []);
  await close();
});

test('stepping keeps the running task’s line in view in the code pane', async () => {
  const { page, problems, close } = await openWith('040_semaphore', { viewport: { width: 1280, height: 720 } });
  const inView = (line) =>
    page.evaluate((line) => {
      const box = document.querySelector('[data-testid=code-editor]').getBoundingClientRect();
      const number = document.querySelector(`[data-testid=gutter-line-${line}]`).getBoundingClientRect();
      return number.top >= box.top && number.bottom <= box.bottom;
    }, line);
  // At the start the code shows its first lines; line 18 (a print inside `async with`) is below.
  assert.equal(await inView(18), false, 'line 18 starts out of view');
  // Step until a task runs at line 18: the code scrolls to it.
  for (let i = 0; i < 60; i++) {
    await page.getByTestId('step').click();
    const running = await page.getByTestId('running').textContent();
    const marks = await page.locator('[data-testid=task-line]').evaluateAll((lines) =>
      lines.filter((line) => line.textContent.includes('▶')).map((line) => line.textContent.match(/\d+$/)[0]),
    );
    if (running !== 'nothing' && marks.includes('18')) break;
  }
  // The scroll follows the step's render (an effect): give it a moment on a busy machine.
  const scrolled = await page
    .waitForFunction(() => {
      const box = document.querySelector('[data-testid=code-editor]').getBoundingClientRect();
      const number = document.querySelector('[data-testid=gutter-line-18]').getBoundingClientRect();
      return number.top >= box.top && number.bottom <= box.bottom;
    }, null, { timeout: 3000 })
    .then(() => true, () => false);
  assert.equal(scrolled, true, 'the running line scrolled into view');
  await page.screenshot({ path: `${SCREENSHOTS}/layout-follows-running-line.png` });
  assert.deepEqual(problems, []);
  await close();
});

test('a short window (1280×720 at 150% zoom) stacks the panes, each with room to read', async () => {
  const { page, problems, close } = await openWith('040_semaphore', {
    viewport: { width: 853, height: 480 },
    deviceScaleFactor: 1.5,
  });
  const heights = await page.evaluate(() => {
    const height = (testid) => document.querySelector(`[data-testid=${testid}]`).getBoundingClientRect().height;
    const area = document.querySelector('[data-testid=code-editor]');
    return {
      editor: area.getBoundingClientRect().height,
      lineHeight: parseFloat(getComputedStyle(area).lineHeight),
      loop: height('pane-loop'),
      timeline: height('pane-timeline'),
      scrollWidth: document.scrollingElement.scrollWidth,
    };
  });
  assert.ok(heights.editor >= 10 * heights.lineHeight, `the code shows 10 lines or more (${JSON.stringify(heights)})`);
  assert.ok(heights.loop >= 200 && heights.timeline >= 150, JSON.stringify(heights));
  assert.ok(heights.scrollWidth <= 853, `no sideways scroll: ${heights.scrollWidth}`);
  await page.screenshot({ path: `${SCREENSHOTS}/layout-1280x720-zoom150.png`, fullPage: true });
  assert.deepEqual(problems, []);
  await close();
});

test('a phone: no page of the site is wider than the screen', async () => {
  const pages = ['', 'lessons', 'lessons/semaphore', 'interview', 'capstones/crawler', 'compare'];
  for (const path of pages) {
    const { page, problems, close } = await openApp(site.browser, `${site.server.url}#/${path}`, {
      viewport: { width: 390, height: 844 },
    });
    await page.locator('main, article, [data-testid]').first().waitFor();
    // Every answer opened, as a reader would, with its code.
    for (const details of await page.locator('details').all()) {
      await details.evaluate((el) => { el.open = true; });
    }
    const extent = await pageExtent(page);
    assert.ok(extent.scrollWidth <= extent.innerWidth, `#/${path} scrolls sideways: ${JSON.stringify(extent)}`);
    if (path === 'interview') {
      await page.screenshot({ path: `${SCREENSHOTS}/interview-phone.png`, fullPage: false });
    }
    assert.deepEqual(problems, []);
    await close();
  }
});
