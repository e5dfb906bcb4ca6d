// The standard library's modules in Python are not in the WebAssembly: the site serves them
// as files in stdlib/, and the worker downloads those a program imports before running it.
// Programs that import them print what `looplab run` prints; only what a program needs is
// downloaded; a download that fails is a located ModuleNotFoundError that says why; a module
// imported where the text does not show it (exec) is fetched and the run made again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { assertPrintsGoldens, launchChromium, openApp, runProgram, SCREENSHOTS } from './browser.mjs';
import { serveDirectory } from './static-server.mjs';

const PROGRAMS = [
  '201_re_link_scraper',
  '223_logging_from_executor_threads',
  '226_datetime_job_scheduler',
  '241_itertools_combinatorics',
  '250_pprint_state_dumps',
  '262_executor_cancel_and_timeout',
  '265_os_environ_config',
  '280_word_frequency_counter',
  '286_collections_abc_protocols',
];

let browser;
before(async () => {
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
});

/**
 * Serves dist/ (with `options`, see serveDirectory), opens the playground, runs `body` with
 * the page, the server and the console problems, and closes both however `body` ends.
 */
async function inPlayground(options, body) {
  const server = await serveDirectory('dist', options);
  const app = await openApp(browser, `${server.url}#/playground`);
  try {
    await app.page.getByTestId('code-editor').waitFor();
    await body(app.page, server, app.problems);
  } finally {
    await app.close();
    await server.close();
  }
}

const consoleLines = (page) => page.getByTestId('console-text').allTextContents();
const downloads = (server) => server.requested.filter((path) => path.startsWith('/stdlib/'));

test('the WebAssembly carries none of the downloaded modules\' Python', async () => {
  const names = (await readdir('dist')).filter((name) => name.endsWith('.wasm'));
  assert.equal(names.length, 1);
  const wasm = (await readFile(`dist/${names[0]}`)).toString('latin1');
  const longestLine = (text) => text.split('\n').reduce((a, b) => (b.length > a.length ? b : a));
  const modules = (await readdir('dist/stdlib')).filter((name) => name.endsWith('.py'));
  assert.ok(modules.length >= 25, `${modules.length} modules in dist/stdlib`);
  for (const name of modules) {
    const line = longestLine(await readFile(`dist/stdlib/${name}`, 'utf8'));
    assert.ok(line.length > 40);
    assert.ok(!wasm.includes(line), `${name}'s line ${JSON.stringify(line)} is in the wasm`);
  }
  // The modules the course needs are still built in (so this check can tell).
  const time = longestLine(await readFile('src/runtime/modules/time.py', 'utf8'));
  assert.ok(wasm.includes(time), 'time.py is built in');
});

test('programs that import the standard library print what looplab run prints', async () => {
  await inPlayground({}, async (page, server, problems) => {
    // A program of asyncio alone downloads nothing.
    await page.getByTestId('code-editor').fill('import asyncio\n\n\nasync def main():\n    await asyncio.sleep(1)\n    print("done")\n\n\nasyncio.run(main())\n');
    await runProgram(page);
    assert.deepEqual(await consoleLines(page), ['done']);
    assert.deepEqual(downloads(server), []);
    await assertPrintsGoldens(page, PROGRAMS);
    // Each module came once.
    const fetched = downloads(server);
    assert.ok(fetched.includes('/stdlib/logging.py') && fetched.includes('/stdlib/threading.py'), fetched.join(' '));
    assert.equal(new Set(fetched).size, fetched.length, `downloaded twice: ${fetched.join(' ')}`);
    assert.deepEqual(problems, []);
  });
});

test('a module that cannot be downloaded is a ModuleNotFoundError that says why', async () => {
  await inPlayground({ missing: ['/stdlib/textwrap.py'] }, async (page, server, problems) => {
    await page.getByTestId('code-editor').fill('print("before")\nimport textwrap\nprint(textwrap.shorten("a b c", 3))\n');
    await runProgram(page);
    assert.deepEqual(await consoleLines(page), ['before']);
    const error = await page.getByTestId('error').textContent();
    const expected = "Line 2: ModuleNotFoundError: Looplab could not download its 'textwrap' module from stdlib/textwrap.py: HTTP 404 Not Found (check the connection and run the program again)";
    assert.ok(error.startsWith(expected), error);
    // The browser reports the 404 itself; nothing else went wrong.
    assert.ok(problems.every((problem) => problem.includes('404')), problems.join('\n'));
  });
});

test('a module imported out of sight is downloaded and the run made again', async () => {
  await inPlayground({}, async (page, server, problems) => {
    const source = 'print("before")\nexec("import textwrap")\nprint(textwrap.fill("one two three", 7))\n';
    await page.getByTestId('code-editor').fill(source);
    await runProgram(page);
    assert.deepEqual(await consoleLines(page), ['before', 'one two', 'three']);
    assert.equal(await page.getByTestId('error').count(), 0);
    assert.deepEqual(downloads(server).sort(), ['/stdlib/re.py', '/stdlib/textwrap.py']);
    assert.deepEqual(problems, []);
  });
});

test('log lines and writes show in the console when they happened, stderr marked', async () => {
  await inPlayground({}, async (page, server, problems) => {
    const source = [
      'import asyncio',
      'import logging',
      'import sys',
      '',
      'logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")',
      '',
      '',
      'async def fetch(n):',
      '    await asyncio.sleep(n)',
      '    logging.info("fetched %d", n)',
      '    sys.stdout.write(f"page {n}\\n")',
      '',
      '',
      'async def main():',
      '    print("start")',
      '    await asyncio.gather(fetch(1), fetch(2))',
      '    logging.warning("all done")',
      '',
      '',
      'asyncio.run(main())',
      '',
    ].join('\n');
    await page.getByTestId('code-editor').fill(source);
    await runProgram(page);
    const lines = await page.locator('[data-testid=console] > li').evaluateAll((items) =>
      items.map((item) => [...item.children].map((part) => part.textContent).join(' ')));
    assert.deepEqual(lines, [
      't=0.0 Task-1 start',
      't=1.0 Task-2 stderr INFO fetched 1',
      't=1.0 Task-2 page 1',
      't=2.0 Task-3 stderr INFO fetched 2',
      't=2.0 Task-3 page 2',
      't=2.0 Task-1 stderr WARNING all done',
    ]);
    assert.equal(await page.getByTestId('console-stderr').count(), 0, 'no traceback');
    await page.screenshot({ path: `${SCREENSHOTS}/console-log-lines.png` });
    // Back at the second log line, the console has nothing after it.
    await page.getByTestId('reset').click();
    for (let step = 0; step < 200 && (await page.getByTestId('console-err-text').count()) < 2; step += 1) {
      await page.getByTestId('step').click();
    }
    assert.deepEqual(await page.getByTestId('console-err-text').allTextContents(), ['INFO fetched 1', 'INFO fetched 2']);
    assert.deepEqual(await page.getByTestId('console-text').allTextContents(), ['start', 'page 1']);
    assert.deepEqual(problems, []);
  });
});

test('a character named with \\N{...} downloads the name table, only then, and runs', async () => {
  await inPlayground({}, async (page, server, problems) => {
    await page.getByTestId('code-editor').fill('print("plain")\n');
    await runProgram(page);
    assert.deepEqual(downloads(server), []);
    await page.getByTestId('code-editor').fill('print("done \\N{HEAVY CHECK MARK} \\N{bullet}")\n');
    await runProgram(page);
    assert.deepEqual(await consoleLines(page), ['done ✔ •']);
    assert.equal(await page.getByTestId('error').count(), 0);
    assert.deepEqual(downloads(server), ['/stdlib/unicodedata.py']);
    assert.deepEqual(problems, []);
  });
});

test('programs on the simulated network run in the browser as they run natively', async () => {
  await inPlayground({}, async (page, server, problems) => {
    await assertPrintsGoldens(page, [
      '320_aiohttp_gather_api_json',
      '325_httpx_async_client',
      '328_openai_streaming',
      '333_aiohttp_requests_as_tasks',
    ]);
    // The stand-ins come from stdlib/site-packages/, each once; the note is on stderr.
    const fetched = downloads(server);
    for (const module of ['aiohttp', 'httpx', 'openai', '_networld']) {
      assert.ok(fetched.includes(`/stdlib/site-packages/${module}.py`), fetched.join(' '));
    }
    assert.equal(new Set(fetched).size, fetched.length, `downloaded twice: ${fetched.join(' ')}`);
    const notes = await page.getByTestId('console-err-text').allTextContents();
    assert.ok(notes.some((line) => line.startsWith('looplab: the network is simulated')), notes.join('\n'));
    assert.deepEqual(problems, []);
  });
});
