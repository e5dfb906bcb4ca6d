// Measures the playground on big programs in Chromium, and the LLM batch capstone's check (not
// a test: it prints figures for the README). Run after `make build`:
// node e2e/measure-playground.mjs
import { readFile } from 'node:fs/promises';
import { launchChromium, openApp, runProgram, showEnd } from './browser.mjs';
import { serveDirectory } from './static-server.mjs';

const program = (tasks) => `import asyncio


async def worker(n):
    await asyncio.sleep(n % 10 / 10)
    return n


async def main():
    results = await asyncio.gather(*(worker(n) for n in range(${tasks})))
    print(len(results), sum(results))


asyncio.run(main())
`;

const server = await serveDirectory('dist');
const browser = await launchChromium();

/** Stops Chromium's trace and returns the longest task of the page's main thread, in ms. */
async function longestMainThreadTask() {
  const trace = JSON.parse((await browser.stopTracing()).toString());
  const traced = trace.traceEvents ?? trace;
  const mainThreads = new Set(
    traced
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  return Math.max(
    0,
    ...traced
      .filter((e) => e.name === 'RunTask' && e.dur && mainThreads.has(`${e.pid}:${e.tid}`))
      .map((e) => e.dur / 1000),
  );
}

// Each size twice: with asyncio's internals hidden (the default) and shown.
for (const [tasks, internals] of [[1000, false], [1000, true], [10000, false], [10000, true]]) {
  const { page, close } = await openApp(browser, `${server.url}#/playground`);
  await page.getByTestId('code-editor').fill(program(tasks));
  await page.getByTestId('show-internals').setChecked(internals);
  // Long tasks on the main thread (over 50 ms), as Chromium reports them.
  await page.evaluate(() => {
    window.longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.longest = Math.max(window.longest, entry.duration);
    }).observe({ type: 'longtask', buffered: false });
    // The longest gap between two frames: what a frozen page would show as a stall.
    window.longestGap = 0;
    let last = performance.now();
    const frame = (now) => {
      window.longestGap = Math.max(window.longestGap, now - last);
      last = now;
      if (!window.stopGaps) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  // Chromium's own trace of the run: every task of the page's main thread, with its length.
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
  });
  const started = Date.now();
  await runProgram(page, 120_000);
  const runMs = Date.now() - started;
  const runGap = await page.evaluate(() => {
    window.stopGaps = true;
    return window.longestGap;
  });
  const longestTask = await longestMainThreadTask();
  const events = Number(await page.getByTestId('scrubber').inputValue());
  await page.getByTestId('reset').click();
  await page.getByTestId('speed').selectOption('16');
  // Frames drawn per second while playing.
  await page.getByTestId('play').click();
  const fps = await page.evaluate(
    () =>
      new Promise((resolve) => {
        let frames = 0;
        const start = performance.now();
        const count = () => {
          frames += 1;
          if (performance.now() - start < 3000) requestAnimationFrame(count);
          else resolve((frames * 1000) / (performance.now() - start));
        };
        requestAnimationFrame(count);
      }),
  );
  await page.getByTestId('pause').click();
  // Turning the switch at the end of the run: every panel and the timeline filter again.
  await showEnd(page);
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
  });
  await page.getByTestId('show-internals').setChecked(!internals);
  await page.waitForTimeout(500);
  const toggleTask = await longestMainThreadTask();
  const longest = await page.evaluate(() => window.longest);
  console.log(
    `${tasks} tasks, internals ${internals ? 'shown' : 'hidden'}: ${events} events; Run to first render ${runMs} ms; ` +
      `longest main-thread task during the run ${Math.round(longestTask)} ms ` +
      `(long tasks reported over the whole test: ${Math.round(longest)} ms, 0 meaning none over 50 ms); ` +
      `longest gap between frames during the run ${Math.round(runGap)} ms; ` +
      `playback at 16x ${fps.toFixed(1)} frames/s; ` +
      `turning the switch at the end: longest main-thread task ${Math.round(toggleTask)} ms`,
  );
  await close();
}

// The LLM batch capstone: its reference solution run and checked (1,000 prompts) in each of
// its worlds, one after another.
{
  const source = await readFile('tests/programs/093_capstone_llm_batch.py', 'utf8');
  const solution = source.split('# ---- your solution below ----\n')[1].split('# ---- checks below ----\n')[0];
  const { page, close } = await openApp(browser, `${server.url}#/capstones/llm-batch`);
  await page.getByTestId('capstone-editor').fill(solution);
  for (const attempt of ['first', 'second']) {
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    const started = Date.now();
    await page.getByTestId('capstone-run').click();
    await page.waitForFunction(() => document.querySelector('[data-testid=capstone-result] h2')?.textContent.includes('Every check passes in all'), null, { timeout: 120_000 });
    const ms = Date.now() - started;
    const longestTask = await longestMainThreadTask();
    console.log(`LLM batch capstone, ${attempt} check: result in ${ms} ms; longest main-thread task ${Math.round(longestTask)} ms`);
  }
  await close();
}
await browser.close();
await server.close();
