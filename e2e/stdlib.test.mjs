// The standard library's modules in Python are not in the WebAssembly: the site serves them
// as files in stdlib/, and the worker downloads those a program imports before running it.
// Programs that import them print what `looplab run` prints; only what a program needs is
// downloaded; a download that fails is a located ModuleNotFoundError that says why; a module
// imported where the text does not show it (exec) is fetched and the run made again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { assertPrintsGoldens, launchChromium, openApp, runProgram } from './browser.mjs';
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

async function openPlayground(server) {
  const app = await openApp(browser, `${server.url}#/playground`);
  await app.page.getByTestId('code-editor').waitFor();
  return app;
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
  const server = await serveDirectory('dist');
  const { page, problems, close } = await openPlayground(server);
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
  await close();
  await server.close();
});

test('a module that cannot be downloaded is a ModuleNotFoundError that says why', async () => {
  const server = await serveDirectory('dist', { missing: ['/stdlib/textwrap.py'] });
  const { page, problems, close } = await openPlayground(server);
  await page.getByTestId('code-editor').fill('print("before")\nimport textwrap\nprint(textwrap.shorten("a b c", 3))\n');
  await runProgram(page);
  assert.deepEqual(await consoleLines(page), ['before']);
  const error = await page.getByTestId('error').textContent();
  const expected = "Line 2: ModuleNotFoundError: Looplab could not download its 'textwrap' module from stdlib/textwrap.py: HTTP 404 Not Found (check the connection and run the program again)";
  assert.ok(error.startsWith(expected), error);
  // The browser reports the 404 itself; nothing else went wrong.
  assert.ok(problems.every((problem) => problem.includes('404')), problems.join('\n'));
  await close();
  await server.close();
});

test('a module imported out of sight is downloaded and the run made again', async () => {
  const server = await serveDirectory('dist');
  const { page, problems, close } = await openPlayground(server);
  const source = 'print("before")\nexec("import textwrap")\nprint(textwrap.fill("one two three", 7))\n';
  await page.getByTestId('code-editor').fill(source);
  await runProgram(page);
  assert.deepEqual(await consoleLines(page), ['before', 'one two', 'three']);
  assert.equal(await page.getByTestId('error').count(), 0);
  assert.deepEqual(downloads(server).sort(), ['/stdlib/re.py', '/stdlib/textwrap.py']);
  assert.deepEqual(problems, []);
  await close();
  await server.close();
});
