// Measures the playground on big programs in Chromium (not a test: it prints figures for the
// README). Run after `make build`: node e2e/measure-playground.mjs
import { launchChromium, openApp, runProgram } from './browser.mjs';
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
for (const tasks of [1000, 10000]) {
  const { page, close } = await openApp(browser, `${server.url}#/playground`);
  await page.getByTestId('code-editor').fill(program(tasks));
  // Long tasks on the main thread (over 50 ms), as Chromium reports them.
  await page.evaluate(() => {
    window.longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.longest = Math.max(window.longest, entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  const started = Date.now();
  await runProgram(page, 120_000);
  const runMs = Date.now() - started;
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
  const longest = await page.evaluate(() => window.longest);
  console.log(
    `${tasks} tasks: ${events} events; Run to first render ${runMs} ms; ` +
      `longest main-thread task ${Math.round(longest)} ms; playback at 16x ${fps.toFixed(1)} frames/s`,
  );
  await close();
}
await browser.close();
await server.close();
