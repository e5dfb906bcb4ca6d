// Measures the playground on big programs in Chromium, the LLM batch capstone's check, and the
// asyncio benchmark programs (benches/programs/) from Run to their end shown, against the same
// programs under Pyodide (CPython 3.12 in WebAssembly) in the same Chromium (not a test: it
// prints figures for the README). Run after `make build`:
// node e2e/measure-playground.mjs
// MEASURE=asyncio (or playground, capstone; comma-separated) measures only those parts;
// PROGRAMS=queue_pipeline,... only those asyncio programs.
import { access, readFile, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
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

const parts = new Set((process.env.MEASURE ?? 'playground,capstone,asyncio').split(','));
// LOOPLAB_DIST: another build of the site (one keeping the WebAssembly's function names, for
// the asyncio part's profile of the page).
const server = await serveDirectory(process.env.LOOPLAB_DIST ?? 'dist');
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
const sizes = [[1000, false], [1000, true], [10000, false], [10000, true]];
for (const [tasks, internals] of parts.has('playground') ? sizes : []) {
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
if (parts.has('capstone')) {
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

// ---- The asyncio benchmark programs: the playground against Pyodide ----
//
// Each program of benches/programs/ that `cargo bench --bench runtime` runs (it passes them no
// size: each runs at the size it states) is run twice in one playground page, timed from the
// click on Run to the run shown at its end: the worker's run, its events replayed into the
// page, End clicked as soon as it is enabled, the scrubber at the last event, the console
// complete and that frame drawn. The same program runs twice in Pyodide (CPython 3.12 in
// WebAssembly) in the same Chromium on the oracle's virtual-clock loop (tests/oracle/pyrun.py
// and vloop.py, as the bench runs CPython), timed from the run's start to its output returned.
// Then the slowest program for Looplab and the one furthest behind Pyodide run again under
// Chromium's tracing, and the time between the click and the end shown is split into its
// parts; and once more under V8's profiler, by Rust function, if the site's WebAssembly keeps
// its function names (LOOPLAB_DIST: a build made with data-wasm-opt-params="-g").
// Pyodide is installed on demand into target/pyodide (git-ignored), never into package.json.

const ASYNCIO_PROGRAMS = (process.env.PROGRAMS ?? 'gather_semaphore,queue_pipeline,many_sleepers,gather_tree,lock_event_condition').split(',');
/** Pyodide with CPython 3.12 (3.12.1, the version the oracle is tested with), from npm. */
const PYODIDE_VERSION = '0.26.4';
/** Installed on demand into git-ignored target/, not into package.json. */
const PYODIDE_CACHE = 'target/pyodide';
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'];

async function measureAsyncioPrograms() {
  const sources = Object.fromEntries(
    await Promise.all(ASYNCIO_PROGRAMS.map(async (name) => [name, await readFile(`benches/programs/${name}.py`, 'utf8')])),
  );
  const pyodide = await measurePyodide(sources);
  console.log(
    `Pyodide ${PYODIDE_VERSION} (Python ${pyodide.version}): loaded in ${ms(pyodide.loadMs)} ms ` +
      `(script, WebAssembly and standard library), the oracle's loop set up in ${ms(pyodide.setupMs)} ms`,
  );
  const rows = [];
  for (const name of ASYNCIO_PROGRAMS) {
    const expected = lines(pyodide.runs[name][0].out);
    const looplab = await measureLooplab(sources[name], expected);
    rows.push({ name, looplab: looplab.runs, pyodide: pyodide.runs[name] });
  }
  console.log('asyncio programs, Run to end shown (Looplab playground) and run to output (Pyodide), in ms:');
  console.log(
    `  ${'program'.padEnd(21)}${'events'.padStart(9)}${'Looplab 1st'.padStart(13)}${'repeat'.padStart(9)}` +
      `${'(worker done'.padStart(13)}${'repeat)'.padStart(9)}` +
      `${'Pyodide 1st'.padStart(13)}${'repeat'.padStart(9)}${'ratio 1st'.padStart(11)}${'repeat'.padStart(9)}`,
  );
  for (const { name, looplab, pyodide: py } of rows) {
    const [l1, l2] = looplab.map((run) => run.total);
    const [p1, p2] = py.map((run) => run.ms);
    console.log(
      `  ${name.padEnd(21)}${String(looplab[0].events).padStart(9)}${ms(l1).padStart(13)}${ms(l2).padStart(9)}` +
        `${ms(looplab[0].worker.done).padStart(13)}${ms(looplab[1].worker.done).padStart(9)}` +
        `${ms(p1).padStart(13)}${ms(p2).padStart(9)}${`${(l1 / p1).toFixed(1)}x`.padStart(11)}${`${(l2 / p2).toFixed(1)}x`.padStart(9)}`,
    );
  }
  console.log(
    "  ratio: Looplab (click to end shown) / Pyodide; worker done: of Looplab's time, until its worker had run the " +
      'program (recording every event) and posted its last reply (it posts the events in chunks as they are recorded, ' +
      'and the page replays them meanwhile); the rest is the replay of the last events and drawing.',
  );
  for (const { name, looplab, pyodide: py } of rows) {
    for (const [index, run] of looplab.entries()) {
      const same = run.lines.join('\n') === lines(py[index].out).join('\n');
      console.log(
        `  ${name} ${index ? 'repeat' : 'first '}: ${parts_(run)}` + (same ? '' : `; OUTPUT DIFFERS: ${JSON.stringify(run.lines)}`),
      );
    }
    console.log(`  ${name} DOM at the end: ${dom(looplab[1].counts)}`);
  }

  // The slowest program for Looplab, and the one furthest behind Pyodide, traced (and profiled
  // by function where the site's WebAssembly keeps its function names).
  const slowest = rows.reduce((a, b) => (b.looplab[1].total > a.looplab[1].total ? b : a));
  const ratio = (row) => (row.looplab[0].total + row.looplab[1].total) / (row.pyodide[0].ms + row.pyodide[1].ms);
  const furthest = rows.reduce((a, b) => (ratio(b) > ratio(a) ? b : a));
  const names = await wasmHasNames();
  for (const row of new Set([slowest, furthest])) {
    const expected = lines(row.pyodide[0].out);
    const traced = await measureLooplab(sources[row.name], expected, { trace: true });
    for (const [index, run] of traced.runs.entries()) {
      console.log(`Breakdown of ${row.name}, ${index ? 'repeat' : 'first'} run in the page, traced:`);
      for (const line of breakdown(run)) console.log(`  ${line}`);
    }
    console.log(`DOM at the end of ${row.name}: ${dom(traced.runs[1].counts)}`);
    if (!names) {
      console.log("  (the site's WebAssembly has no function names: LOOPLAB_DIST=<a build with them> adds a profile by function)");
      continue;
    }
    const profiled = await measureLooplab(sources[row.name], expected, { profile: true });
    for (const [index, run] of profiled.runs.entries()) {
      console.log(`Profile of ${row.name}, ${index ? 'repeat' : 'first'} run (total ${ms(run.total)} ms under the profiler), page main thread, click to ready:`);
      for (const line of run.profile) console.log(`  ${line}`);
    }
  }
}

/** The elements the page has at the end of a run, where they are. */
const dom = (counts) =>
  `${counts.all} elements in the page; timeline: ${counts.timeline} in its lanes' svg (${counts.lanes} lanes drawn of ` +
  `${counts.laneCount}, ${counts.segments} segments), ${counts.axis} in its axis; console: ${counts.console} ` +
  `(${counts.consoleLines} lines); event loop pane: ${counts.loop}; code pane: ${counts.code}`;

/** Whether the served site's WebAssembly has a name section (function names for profiles). */
async function wasmHasNames() {
  const dir = process.env.LOOPLAB_DIST ?? 'dist';
  const { readdir } = await import('node:fs/promises');
  const file = (await readdir(dir)).find((name) => name.endsWith('.wasm'));
  const module = new WebAssembly.Module(await readFile(`${dir}/${file}`));
  return WebAssembly.Module.customSections(module, 'name').length > 0;
}

const ms = (value) => String(Math.round(value));
const lines = (text) => text.split('\n').filter((line, index, all) => index < all.length - 1 || line !== '');

/** The parts of a run in a few words: where the page's time went. */
function parts_(run) {
  return (
    `total ${ms(run.total)} (worker's first reply after ${ms(run.worker.run)}, its last after ${ms(run.worker.done)}; ` +
    `shown at the start ${ms(run.shown)} after the click; End to ready ${ms(run.end)}); ` +
    `${run.page.messages} replies taken by the page in ${ms(run.page.messageMs)}; ${run.page.pumps} frames replaying ` +
    `(${ms(run.page.pumpMs)} in the replay, ${ms(run.page.pumpRenderMs)} in the renders after it)`
  );
}

// ---- Pyodide ----

/** Installs Pyodide into target/ unless it is there, and returns the directory to serve. */
async function pyodideFiles() {
  const dir = `${PYODIDE_CACHE}/node_modules/pyodide`;
  const installed = await readFile(`${dir}/package.json`, 'utf8').then((text) => JSON.parse(text).version, () => null);
  if (installed !== PYODIDE_VERSION) {
    console.log(`installing pyodide@${PYODIDE_VERSION} into ${PYODIDE_CACHE} (not into package.json) ...`);
    execFileSync('npm', ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--prefix', PYODIDE_CACHE, `pyodide@${PYODIDE_VERSION}`], { stdio: 'inherit' });
  }
  // A page of its own on the server of the cache, so that Pyodide's files are same-origin.
  const page = `${PYODIDE_CACHE}/measure.html`;
  await access(page).catch(() => writeFile(page, '<!doctype html><meta charset="utf-8"><title>Pyodide</title>\n'));
  return PYODIDE_CACHE;
}

/**
 * What Pyodide lacks for the oracle's loop, and only that. Its `time` has no tzset (pyrun.py
 * sets TZ=UTC; Pyodide's clock is UTC already); its sockets cannot make asyncio's self-pipe (a
 * socketpair), which only threads and signals use to wake the loop, and a selector can only
 * poll nothing (vloop.py polls it with timeout 0 and never really waits); no thread can be
 * started, and asyncio.Runner's close starts one to shut the default executor down (vloop's
 * VirtualExecutor, which has started no thread in these programs). Nothing in the programs'
 * path through the loop changes.
 */
const PYODIDE_SHIM = `
import asyncio, asyncio.base_events, asyncio.selector_events, selectors, time
if not hasattr(time, "tzset"):
    time.tzset = lambda: None
class _NoIOSelector(selectors.SelectSelector):
    def select(self, timeout=None):
        return []
selectors.DefaultSelector = _NoIOSelector
def _make_self_pipe(self):
    self._ssock = self._csock = None
asyncio.selector_events.BaseSelectorEventLoop._make_self_pipe = _make_self_pipe
asyncio.selector_events.BaseSelectorEventLoop._close_self_pipe = lambda self: None
async def _shutdown_default_executor(self, timeout=None):
    self._executor_shutdown_called = True
    if self._default_executor is not None:
        self._default_executor.shutdown(wait=True)
asyncio.base_events.BaseEventLoop.shutdown_default_executor = _shutdown_default_executor
`;

/** As benches/runtime.rs runs CPython: the oracle installed once, each run from virtual time 0. */
const PYODIDE_SETUP = `
import runpy, sys
sys.path.insert(0, "/oracle")
runpy.run_path("/oracle/pyrun.py", run_name="pyrun")  # installs the virtual-clock asyncio.run
`;
const pyodideRun = (path) => `
import asyncio, contextlib, io, runpy, sys
asyncio.events._set_running_loop(None)  # Pyodide's own loop counts as running between calls
sys.modules["vloop"].Clock.now = 0.0
_out = io.StringIO()
with contextlib.redirect_stdout(_out):
    runpy.run_path(${JSON.stringify(path)}, run_name="__main__")
_out.getvalue()
`;

/** Loads Pyodide in a page of its own and runs each program twice in it. */
async function measurePyodide(sources) {
  const files = await serveDirectory(await pyodideFiles());
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${files.url}measure.html`);
  const loadMs = await page.evaluate(async () => {
    const started = performance.now();
    await new Promise((loaded, failed) => {
      const script = document.createElement('script');
      script.src = 'node_modules/pyodide/pyodide.js';
      script.onload = loaded;
      script.onerror = failed;
      document.head.append(script);
    });
    window.pyodide = await loadPyodide({ indexURL: new URL('node_modules/pyodide/', location.href).href });
    return performance.now() - started;
  });
  const oracle = {};
  for (const file of ['pyrun.py', 'vloop.py']) oracle[file] = await readFile(`tests/oracle/${file}`, 'utf8');
  const { setupMs, version } = await page.evaluate(
    ({ oracle, setup }) => {
      pyodide.FS.mkdirTree('/oracle');
      pyodide.FS.mkdirTree('/programs');
      for (const [file, text] of Object.entries(oracle)) pyodide.FS.writeFile(`/oracle/${file}`, text);
      const started = performance.now();
      pyodide.runPython(setup);
      return { setupMs: performance.now() - started, version: pyodide.runPython('import sys; sys.version.split()[0]') };
    },
    { oracle, setup: PYODIDE_SHIM + PYODIDE_SETUP },
  );
  const runs = {};
  for (const [name, source] of Object.entries(sources)) {
    const path = `/programs/${name}.py`;
    await page.evaluate(({ path, source }) => pyodide.FS.writeFile(path, source), { path, source });
    runs[name] = [];
    for (let attempt = 0; attempt < 2; attempt++) {
      runs[name].push(
        await page.evaluate((code) => {
          const started = performance.now();
          const out = pyodide.runPython(code);
          return { ms: performance.now() - started, out };
        }, pyodideRun(path)),
      );
    }
  }
  await context.close();
  await files.close();
  return { loadMs, setupMs, version, runs };
}

// ---- Looplab ----

/**
 * Runs before the app's scripts in each playground page measured: records each reply of the
 * worker as the page takes it (its handler's time), each animation frame's callback (the
 * runner's replay of replies, `Runner::pump`) with the time to the end of the microtasks it
 * left (yew's render of it), and gives the page `__measureRun`, which clicks Run and times the
 * way to the end shown.
 */
function instrumentPage() {
  const now = () => performance.timeOrigin + performance.now();
  const log = (window.__looplab = { messages: [], frames: [] });
  const tag = (data) => (data?.byteLength >= 1 ? new DataView(data.buffer, data.byteOffset, 1).getUint8(0) : -1);
  const handler = Object.getOwnPropertyDescriptor(Worker.prototype, 'onmessage');
  if (!handler?.set) throw new Error("this Chromium's Worker has no onmessage on its prototype");
  Object.defineProperty(Worker.prototype, 'onmessage', {
    configurable: true,
    get() {
      return handler.get.call(this);
    },
    set(on) {
      handler.set.call(
        this,
        on &&
          function (event) {
            const entry = { start: now(), bytes: event.data?.byteLength ?? 0, tag: tag(event.data) };
            try {
              return on.call(this, event);
            } finally {
              entry.end = now();
              log.messages.push(entry);
            }
          },
      );
    },
  });
  const frame = window.requestAnimationFrame.bind(window);
  window.__rawFrame = frame;
  window.requestAnimationFrame = (callback) =>
    frame((time) => {
      const entry = { start: now() };
      try {
        return callback(time);
      } finally {
        entry.end = now();
        log.frames.push(entry);
        // Yew renders in a microtask after the callback; this one runs after it.
        queueMicrotask(() => (entry.rendered = now()));
      }
    });

  window.__measureRun = ({ expected, timeoutMs }) =>
    new Promise((resolve) => {
      const find = (id) => document.querySelector(`[data-testid="${id}"]`);
      const consoleLines = () => [...document.querySelectorAll('[data-testid="console-text"]')].map((e) => e.textContent);
      const marks = {};
      let stage = 'clicked';
      const mark = (name) => {
        marks[name] = now();
        console.timeStamp(`looplab-${name}`);
      };
      const done = (result) => {
        observer.disconnect();
        clearTimeout(timer);
        resolve({ marks, ...result });
      };
      const timer = setTimeout(() => done({ error: `timed out, ${stage}` }), timeoutMs);
      const check = () => {
        if (stage === 'clicked' && find('pending')) stage = 'pending';
        if (stage === 'pending' && !find('pending') && find('clock')) {
          // The run is shown at its start: End is clicked at once (in a task of its own, as
          // a click would come).
          stage = 'shown';
          mark('shown');
          setTimeout(() => {
            mark('endClick');
            find('end')?.click();
            marks.endClickReturned = now();
            queueMicrotask(() => (marks.endRendered = now()));
            stage = 'end';
            check();
          });
        }
        if (stage === 'end') {
          const scrubber = find('scrubber');
          const shown = consoleLines();
          if (!scrubber || Number(scrubber.max) === 0 || scrubber.value !== scrubber.max) return;
          if (shown.length < expected.length) return;
          stage = 'ready';
          mark('readyDom');
          // Ready once that frame is drawn.
          frame(() =>
            setTimeout(() => {
              mark('ready');
              const count = (selector) => document.querySelectorAll(selector).length;
              done({
                events: Number(scrubber.max),
                lines: shown,
                counts: {
                  all: count('*'),
                  timeline: count('[data-testid=timeline] *'),
                  lanes: count('[data-testid=timeline-lane]'),
                  segments: count('[data-testid=timeline] rect.seg'),
                  laneCount: Number(/of (\d+) tasks/.exec(find('timeline')?.getAttribute('aria-label') ?? '')?.[1] ?? 0),
                  axis: count('[data-testid=timeline-axis] *'),
                  console: count('[data-testid=console] *'),
                  consoleLines: count('[data-testid=console] > li'),
                  loop: count('[data-testid=pane-loop] *'),
                  code: count('[data-testid=pane-code] *'),
                },
              });
            }),
          );
        }
      };
      const observer = new MutationObserver(check);
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      mark('click');
      find('run').click();
      marks.clickReturned = now();
      queueMicrotask(() => (marks.clickRendered = now()));
      check();
    });
}

/** In the worker: records when each request arrives and when each reply is posted. */
function instrumentWorker() {
  const now = () => performance.timeOrigin + performance.now();
  const log = (self.__looplab = { requests: [], posts: [] });
  // The worker's own handler (which starts the run) is wrapped, whether it is set already or
  // not yet: a listener of ours could run after it, and after the run.
  let owner = self;
  while (owner && !Object.getOwnPropertyDescriptor(owner, 'onmessage')?.set) owner = Object.getPrototypeOf(owner);
  if (!owner) throw new Error("this Chromium's worker has no onmessage to wrap");
  const handler = Object.getOwnPropertyDescriptor(owner, 'onmessage');
  const wrap = (on) =>
    on &&
    function (event) {
      log.requests.push(now());
      return on.call(this, event);
    };
  Object.defineProperty(self, 'onmessage', {
    configurable: true,
    get: () => handler.get.call(self),
    set: (on) => handler.set.call(self, wrap(on)),
  });
  const current = handler.get.call(self);
  if (current) handler.set.call(self, wrap(current));
  const post = self.postMessage.bind(self);
  self.postMessage = (message, transfer) => {
    // Read before posting: the transfer empties the message.
    const bytes = message?.byteLength ?? 0;
    const tag = bytes >= 1 ? new DataView(message.buffer, message.byteOffset, 1).getUint8(0) : -1;
    const start = now();
    post(message, transfer);
    log.posts.push({ start, end: now(), bytes, tag });
  };
}

/** The reply tags (bincode's variant index of `worker::Reply`: its first byte, as a varint
 * and, in builds before varints, as the low byte of a little-endian u32). */
const READY = 0;
const EVENTS = 1;

/** Opens a playground page with `source` in its editor and runs it twice. */
async function measureLooplab(source, expected, { trace = false, profile = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.addInitScript(instrumentPage);
  const page = await context.newPage();
  const hooked = [];
  page.on('worker', (worker) => hooked.push(worker.evaluate(instrumentWorker).then(() => worker)));
  await page.goto(`${server.url}#/playground`);
  await page.locator('.shell').waitFor();
  await page.getByTestId('code-editor').fill(source);
  // The worker has started and listens (it loads while the learner types).
  await page.waitForFunction((ready) => window.__looplab.messages.some((m) => m.tag === ready), READY, { timeout: 60_000 });
  const workers = await Promise.all(hooked);
  const profiler = profile && (await context.newCDPSession(page));
  if (profiler) {
    await profiler.send('Profiler.enable');
    await profiler.send('Profiler.setSamplingInterval', { interval: 250 });
  }
  const runs = [];
  for (let attempt = 0; attempt < 2; attempt++) {
    await page.waitForTimeout(500);
    await page.evaluate(() => {
      window.__looplab.messages.length = 0;
      window.__looplab.frames.length = 0;
    });
    await Promise.all(workers.map((w) => w.evaluate(() => ((self.__looplab.requests.length = 0), (self.__looplab.posts.length = 0)))));
    if (trace) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    if (profiler) await profiler.send('Profiler.start');
    const result = await page.evaluate((options) => window.__measureRun(options), { expected, timeoutMs: 300_000 });
    const traced = trace ? JSON.parse((await browser.stopTracing()).toString()) : null;
    const profiled = profiler ? (await profiler.send('Profiler.stop')).profile : null;
    if (result.error) throw new Error(`Looplab's run: ${result.error}`);
    const pageLog = await page.evaluate(() => window.__looplab);
    const workerLog = (await Promise.all(workers.map((w) => w.evaluate(() => self.__looplab)))).find((log) => log.requests.length);
    const run = summarize(result, pageLog, workerLog, traced);
    if (profiled) run.profile = functionProfile(profiled);
    runs.push(run);
  }
  await context.close();
  return { runs };
}

/** The parts of one run, in ms, from the page's and the worker's records (and the trace). */
function summarize(result, pageLog, workerLog, traced) {
  const { marks } = result;
  const request = workerLog.requests[0];
  const posts = workerLog.posts;
  const firstEvents = posts.find((p) => p.tag === EVENTS) ?? posts[0];
  const during = (entry) => entry.start >= marks.click && entry.start <= marks.shown;
  const messages = pageLog.messages.filter((m) => m.start >= marks.click);
  const pumps = pageLog.frames.filter(during);
  const sum = (list, f) => list.reduce((total, item) => total + f(item), 0);
  return {
    events: result.events,
    lines: result.lines,
    counts: result.counts,
    marks,
    total: marks.ready - marks.click,
    shown: marks.shown - marks.click,
    end: marks.ready - marks.endClick,
    worker: {
      request,
      runEnd: posts[0].start,
      firstEvents: firstEvents.start,
      lastPost: posts.at(-1).end,
      run: posts[0].start - request,
      done: posts.at(-1).end - request,
      posting: posts.at(-1).end - posts[0].start,
      replies: posts.length,
      bytes: sum(posts, (p) => p.bytes),
      postMs: sum(posts, (p) => p.end - p.start),
    },
    page: {
      messages: messages.length,
      messageMs: sum(messages, (m) => m.end - m.start),
      firstMessage: messages[0]?.start,
      lastMessage: messages.at(-1)?.end,
      pumps: pumps.length,
      pumpMs: sum(pumps, (f) => f.end - f.start),
      pumpRenderMs: sum(pumps, (f) => (f.rendered ?? f.end) - f.end),
      firstPump: pumps[0]?.start,
      lastPump: pumps.at(-1),
      longestPump: Math.max(0, ...pumps.map((f) => (f.rendered ?? f.end) - f.start)),
    },
    trace: traced && traceProfile(traced, { ...marks, firstReply: messages[0]?.start }),
  };
}

// ---- The profile ----

/** What the page's time went to, by the Rust code on the stack (inclusive). */
const CODE = [
  ['Runner::pump (decode and replay)', /Runner::pump/],
  ['Reply::decode (bincode)', /Reply.*decode|bincode|[Dd]eserializ/],
  ['RunBuilder::push_events (replay)', /RunBuilder::push_events/],
  ['  TimelineBuilder::push', /TimelineBuilder::push|snapshot::.*apply|LoopState.*apply/],
  ['  LaneBuilder::observe', /LaneBuilder::observe/],
  ['  MomentsBuilder::observe', /MomentsBuilder::observe/],
  ['  LearnerPositions::observe', /LearnerPositions::observe/],
  ['RunBuilder::finish', /RunBuilder::finish/],
  ['Timeline::state_at', /state_at/],
  ['yew rendering (scheduler)', /yew::scheduler|run_scheduler|yew::dom_bundle|yew::html::component::lifecycle/],
  ['timeline view (TimelineView, Lanes, lane_view)', /timeline::(TimelineView|Lanes|lane_view)/],
  ['console view', /ConsoleView|console_line|Run::console/],
  ['memory: alloc/realloc/free', /dlmalloc|__rust_alloc|__rust_dealloc|__rust_realloc|\bmalloc\b|\bfree\b|realloc/],
  ['drop_in_place', /drop_in_place/],
  ['(garbage collector)', /^\(garbage collector\)$/],
  ['(idle)', /^\(idle\)$/],
  ['(program)', /^\(program\)$/],
];

/** From a V8 CPU profile of the page: inclusive time per part of CODE, and the top functions. */
function functionProfile(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const name = (node) => node.callFrame.functionName || node.callFrame.url.split('/').pop() || '(anonymous)';
  const inclusive = new Map();
  const self = new Map();
  let total = 0;
  // The whole profile: the profiler starts just before the click and stops just after ready.
  for (let i = 0; i < profile.samples.length; i++) {
    const weight = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    total += weight;
    let node = byId.get(profile.samples[i]);
    self.set(name(node), (self.get(name(node)) ?? 0) + weight);
    const seen = new Set();
    for (; node; node = byId.get(parent.get(node.id))) {
      for (const [part, pattern] of CODE) if (!seen.has(part) && pattern.test(name(node))) seen.add(part);
    }
    for (const part of seen) inclusive.set(part, (inclusive.get(part) ?? 0) + weight);
  }
  const out = [`${ms(total)} ms sampled; inclusive time by the code on the stack:`];
  for (const [part] of CODE) if (inclusive.get(part)) out.push(`  ${part}: ${ms(inclusive.get(part))}`);
  out.push('top functions by self time:');
  for (const [fn, time] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20)) out.push(`  ${ms(time)}  ${fn.slice(0, 140)}`);
  return out;
}

// ---- The trace ----

/** What each trace event name counts as. */
function kind(name) {
  if (/^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|ScheduleStyleRecalculation|InvalidateLayout)$/.test(name)) return 'style';
  if (/^(Layout|UpdateLayerTree|IntersectionObserverController::computeIntersections)$/.test(name)) return 'layout';
  if (/^(Paint|PrePaint|Layerize|UpdateLayer|Commit|PaintImage|CompositeLayers|RasterTask|Decode.*|PaintSetup|HitTest)$/.test(name)) return 'paint';
  if (/GC|Sweep|Mark|Scavenge|Finalize/i.test(name)) return 'gc';
  if (/^(RunTask|ThreadControllerImpl::RunTask)$/.test(name)) return 'task (other)';
  return 'script';
}

/**
 * From the trace: each thread's exclusive time per event name inside each phase of the run
 * (`marks`, page times since the epoch, placed on the trace's clock by the TimeStamp events
 * the page wrote at each mark).
 */
function traceProfile(trace, marks) {
  const events = trace.traceEvents ?? trace;
  const names = new Map();
  for (const e of events) if (e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name);
  const stamps = events.filter((e) => e.name === 'TimeStamp' && String(e.args?.data?.message).startsWith('looplab-'));
  const clickStamp = stamps.find((e) => e.args.data.message === 'looplab-click');
  // Trace microseconds from the page's epoch milliseconds.
  const toTrace = (epochMs) => clickStamp.ts + (epochMs - marks.click) * 1000;
  // Complete events per thread, as intervals.
  const byThread = new Map();
  const open = new Map();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph === 'X' && e.dur !== undefined) {
      if (!byThread.has(key)) byThread.set(key, []);
      byThread.get(key).push({ name: e.name, start: e.ts, end: e.ts + e.dur });
    } else if (e.ph === 'B') {
      if (!open.has(key)) open.set(key, []);
      open.get(key).push(e);
    } else if (e.ph === 'E') {
      const begun = open.get(key)?.pop();
      if (begun) {
        if (!byThread.has(key)) byThread.set(key, []);
        byThread.get(key).push({ name: begun.name, start: begun.ts, end: e.ts });
      }
    }
  }
  /** Exclusive (self) time per name of one thread's events, clipped to [from, to). */
  const selfTimes = (intervals, from, to) => {
    const sorted = intervals
      .filter((i) => i.end > from && i.start < to)
      .map((i) => ({ ...i, start: Math.max(i.start, from), end: Math.min(i.end, to) }))
      .sort((a, b) => a.start - b.start || b.end - a.end);
    const totals = new Map();
    const stack = [];
    let busy = 0;
    let cursor = from;
    const charge = (until) => {
      if (stack.length && until > cursor) totals.set(stack.at(-1).name, (totals.get(stack.at(-1).name) ?? 0) + (until - cursor));
      cursor = Math.max(cursor, until);
    };
    for (const i of sorted) {
      while (stack.length && stack.at(-1).end <= i.start) {
        charge(stack.at(-1).end);
        stack.pop();
      }
      charge(i.start);
      if (!stack.length) busy += i.end - i.start;
      if (stack.length && i.end > stack.at(-1).end) i.end = stack.at(-1).end;
      stack.push(i);
    }
    while (stack.length) {
      charge(stack.at(-1).end);
      stack.pop();
    }
    return { busy: busy / 1000, totals: new Map([...totals].map(([n, t]) => [n, t / 1000])) };
  };
  const thread = (wanted) => [...byThread.keys()].filter((key) => names.get(key) === wanted);
  const pageKey = thread('CrRendererMain').find((key) => key.startsWith(`${clickStamp.pid}:`)) ?? `${clickStamp.pid}:${clickStamp.tid}`;
  const workerKeys = thread('DedicatedWorker thread').filter((key) => key.startsWith(`${clickStamp.pid}:`));
  const phases = {
    'click to first reply': [marks.click, marks.firstReply ?? marks.click],
    'first reply to shown': [marks.firstReply ?? marks.click, marks.shown],
    'shown to End clicked': [marks.shown, marks.endClick],
    'End clicked to ready': [marks.endClick, marks.ready],
    'whole run': [marks.click, marks.ready],
  };
  const profile = {};
  for (const [phase, [from, to]] of Object.entries(phases)) {
    const [a, b] = [toTrace(from), toTrace(to)];
    const main = selfTimes(byThread.get(pageKey) ?? [], a, b);
    const byKind = {};
    for (const [name, t] of main.totals) byKind[kind(name)] = (byKind[kind(name)] ?? 0) + t;
    const workerBusy = workerKeys.reduce((total, key) => total + selfTimes(byThread.get(key), a, b).busy, 0);
    profile[phase] = {
      length: (b - a) / 1000,
      busy: main.busy,
      idle: (b - a) / 1000 - main.busy,
      byKind,
      top: [...main.totals].sort((x, y) => y[1] - x[1]).slice(0, 8),
      workerBusy,
    };
  }
  return profile;
}

/** Lines telling where one traced run's time went. */
function breakdown(run) {
  const { marks, worker, page } = run;
  const at = (epochMs) => ms(epochMs - marks.click);
  const out = [
    `total ${ms(run.total)} ms from the click on Run to the end shown (${run.events} events); times below are ms after the click`,
    `the click's handler ${ms(marks.clickReturned - marks.click)} ms, the render after it (the last run let go, Running… shown) ${ms(marks.clickRendered - marks.clickReturned)} ms`,
    `worker (its postMessage and onmessage, patched): request in at ${at(worker.request)}, ` +
      `program run until ${at(worker.runEnd)} (${ms(worker.run)} ms), ${worker.replies} replies ` +
      `(${(worker.bytes / 1e6).toFixed(1)} MB) encoded and posted until ${at(worker.lastPost)} (${ms(worker.posting)} ms, of it ${ms(worker.postMs)} in postMessage)`,
    `page, replies taken (Worker onmessage, patched): ${page.messages} from ${at(page.firstMessage)} to ${at(page.lastMessage)}, ${ms(page.messageMs)} ms in the handler`,
    `page, replay (requestAnimationFrame callbacks, patched: Runner::pump decoding and replaying chunks, 8 ms budget a frame): ` +
      `${page.pumps} frames from ${at(page.firstPump)} to ${at(page.lastPump.end)}, ${ms(page.pumpMs)} ms in the callbacks, ` +
      `${ms(page.pumpRenderMs)} ms in the microtasks after them (yew's renders of the progress; the last: RunBuilder::finish and the first render of the run, ` +
      `${ms(page.lastPump.end - page.lastPump.start)} + ${ms((page.lastPump.rendered ?? page.lastPump.end) - page.lastPump.end)} ms)`,
    `shown at the start at ${at(marks.shown)}; End clicked at ${at(marks.endClick)}: its handler ${ms(marks.endClickReturned - marks.endClick)} ms, ` +
      `its render ${ms(marks.endRendered - marks.endClickReturned)} ms; DOM at the end at ${at(marks.readyDom)}; that frame drawn at ${at(marks.ready)}`,
  ];
  if (run.trace) {
    out.push("Chromium's trace, page main thread (exclusive time per kind of trace event; idle = no task running):");
    for (const [phase, p] of Object.entries(run.trace)) {
      const kinds = Object.entries(p.byKind)
        .sort((a, b) => b[1] - a[1])
        .map(([k, t]) => `${k} ${ms(t)}`)
        .join(', ');
      out.push(
        `  ${phase}: ${ms(p.length)} ms: busy ${ms(p.busy)} (${kinds}), idle ${ms(p.idle)}; worker thread busy ${ms(p.workerBusy)}`,
      );
      out.push(`    top: ${p.top.map(([n, t]) => `${n} ${ms(t)}`).join(', ')}`);
    }
  }
  return out;
}

// Run last: the constants and functions above are defined by now.
if (parts.has('asyncio')) await measureAsyncioPrograms();
await browser.close();
await server.close();
