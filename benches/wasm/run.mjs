// Times the worker's and the page's halves of a run (benches/wasm/worker.rs) under V8, two
// builds in one process, alternated, each program run `rounds` times by each build.
// Usage: node benches/wasm/run.mjs DIR_A DIR_B ROUNDS program.py...
// (DIR_A, DIR_B: wasm-bindgen's output for Node, as scripts/bench-wasm makes them.)
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const [dirA, dirB, roundsText, ...programs] = process.argv.slice(2);
const builds = [
  ['A', require(resolve(dirA, 'looplab_wasm_bench.js'))],
  ['B', require(resolve(dirB, 'looplab_wasm_bench.js'))],
];
const rounds = Number(roundsText);
const median = (xs) => {
  const sorted = [...xs].sort((x, y) => x - y);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (since) => Number(process.hrtime.bigint() - since) / 1e6;

console.log(`A: ${dirA}\nB: ${dirB}\n${rounds} runs of each program by each build, alternated; ms`);
for (const program of programs) {
  const source = readFileSync(program, 'utf8');
  const times = { A: { worker: [], page: [] }, B: { worker: [], page: [] } };
  let sent = {};
  // A first run of each, untimed: V8 compiles WebAssembly lazily, then optimizes what runs.
  for (const [, build] of builds) {
    build.worker_run(source);
    build.page_take(source);
  }
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 ? [...builds].reverse() : builds;
    for (const [name, build] of order) {
      let since = process.hrtime.bigint();
      sent[name] = build.worker_run(source);
      times[name].worker.push(ms(since));
      since = process.hrtime.bigint();
      build.page_take(source);
      times[name].page.push(ms(since));
    }
  }
  console.log(`${basename(program, '.py')} (bytes sent: A ${sent.A}, B ${sent.B})`);
  for (const half of ['worker', 'page']) {
    const [a, b] = [median(times.A[half]), median(times.B[half])];
    const runs = (name) => times[name][half].map((t) => t.toFixed(0)).join(' ');
    console.log(
      `  ${half.padEnd(6)} A ${a.toFixed(0).padStart(5)}  B ${b.toFixed(0).padStart(5)}  B/A ${(b / a).toFixed(3)}   (A: ${runs('A')}; B: ${runs('B')})`,
    );
  }
}
