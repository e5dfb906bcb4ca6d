// The learner's words and objects: the "Show asyncio's internals" switch (off by default,
// remembered), asyncio's own tasks and primitives hidden from the panels and the timeline, the
// program's names in the narration, and who cancelled a task.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SCREENSHOTS, openApp, runProgram, siteInChromium } from './browser.mjs';

const site = siteInChromium();

const QUEUE = `import asyncio


async def worker(name, jobs, sem):
    while True:
        item = await jobs.get()
        async with sem:
            await asyncio.sleep(item)
        jobs.task_done()


async def main():
    jobs = asyncio.Queue()
    sem = asyncio.Semaphore(2)
    for item in [0.3, 0.1, 0.2]:
        jobs.put_nowait(item)
    workers = [asyncio.create_task(worker(n, jobs, sem)) for n in range(3)]
    await jobs.join()
    print("all done")


asyncio.run(main())
`;

async function openPlayground() {
  return openApp(site.browser, `${site.server.url}#/playground`);
}

const texts = (locator) => locator.allTextContents();
const laneCount = async (page) =>
  Number((await page.getByTestId('timeline').getAttribute('aria-label')).match(/Timeline of (\d+) tasks/)[1]);

test("asyncio's internals are hidden until the switch shows them, and the choice is kept", async () => {
  const { page, problems, close } = await openPlayground();
  await page.getByTestId('code-editor').fill(QUEUE);
  const internals = page.getByTestId('show-internals');
  assert.equal(await internals.isChecked(), false, 'off by default');
  await runProgram(page);

  // Hidden: the program's queue and semaphore by their names, not the Queue's own Event; no
  // shutdown task of asyncio.run in the tasks table or the timeline.
  const primitives = page.getByTestId('primitive').locator('.primitive-title strong');
  assert.deepEqual(await texts(primitives), ['jobs', 'sem']);
  const tasks = (await page.getByTestId('tasks').textContent());
  assert.doesNotMatch(tasks, /shutdown_asyncgens|shutdown_default_executor/);
  // The workers left waiting on the queue are cancelled by asyncio.run at exit, and say so.
  assert.match(tasks, /cancelled by asyncio\.run at exit/);
  const hiddenLanes = await laneCount(page);
  assert.equal(hiddenLanes, 4, 'main and its three workers');

  await internals.check();
  assert.deepEqual(await texts(primitives), ['Event 1', 'jobs', 'sem']);
  assert.match(await page.getByTestId('tasks').textContent(), /BaseEventLoop\.shutdown_asyncgens/);
  assert.equal(await laneCount(page), hiddenLanes + 2);
  await page.screenshot({ path: `${SCREENSHOTS}/learner-internals-shown.png`, fullPage: true });

  // A reload keeps the choice.
  await page.reload();
  await page.locator('.shell').waitFor();
  assert.equal(await page.getByTestId('show-internals').isChecked(), true);
  assert.deepEqual(problems, []);
  await close();
});

test('stepping with the internals hidden tells the program in its own names', async () => {
  const { page, problems, close } = await openPlayground();
  await page.getByTestId('code-editor').fill(QUEUE);
  await runProgram(page, 30_000, { atStart: true });
  const narration = page.getByTestId('narration');
  const said = [];
  for (let i = 0; i < 200 && !(await page.getByTestId('step').isDisabled()); i++) {
    await page.getByTestId('step').click();
    said.push(await narration.textContent());
  }
  const all = said.join('\n');
  assert.match(all, /Task-1 \(main\) creates `jobs` at line 13/);
  assert.match(all, /Task-2 \(worker\) takes 0\.3 from `jobs` at line 6/);
  assert.match(all, /takes a slot of `sem` at line 7 .*: 1 of 2 free/);
  assert.match(all, /is asked to cancel, by asyncio\.run's clean-up at exit/);
  // Nothing of asyncio's own is narrated: its Event, its shutdown tasks, its callbacks.
  assert.doesNotMatch(all, /Event 1|Event\.wait|shutdown_asyncgens|stops the loop|asyncio's own/);
  assert.match(said.at(-1), /^The program is over: asyncio\.run cleans up after it/);
  // Every step says something new: no two steps in a row say the same.
  assert.ok(said.every((sentence, i) => i === 0 || sentence !== said[i - 1]));

  // Shown, the same run takes many more steps.
  await page.getByTestId('show-internals').check();
  await page.getByTestId('reset').click();
  let steps = 0;
  while (!(await page.getByTestId('step').isDisabled()) && steps < 2000) {
    await page.keyboard.press('ArrowRight');
    steps += 1;
  }
  assert.ok(steps > said.length * 1.5, `${steps} steps shown against ${said.length} hidden`);
  await page.getByTestId('show-internals').uncheck();
  await page.getByTestId('reset').click();
  for (let i = 0; i < 12; i++) await page.getByTestId('step').click();
  await page.getByTestId('narration').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOTS}/learner-narration.png`, fullPage: true });
  assert.deepEqual(problems, []);
  await close();
});

test("a gather's cancelled child says asyncio.run's clean-up cancelled it", async () => {
  const { page, problems, close } = await openPlayground();
  await page.getByTestId('code-editor').fill(`import asyncio


async def fail():
    await asyncio.sleep(1)
    raise ValueError("no")


async def slow():
    await asyncio.sleep(5)


async def main():
    await asyncio.gather(fail(), slow())


asyncio.run(main())
`);
  await runProgram(page);
  const child = page.getByTestId('group-child').filter({ hasText: 'slow' });
  assert.match(await child.textContent(), /⊘ cancelled by asyncio\.run at exit/);
  await page.getByTestId('groups').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOTS}/learner-cancelled-by.png`, fullPage: true });
  assert.deepEqual(problems.filter((p) => !p.includes('ValueError')), []);
  await close();
});
