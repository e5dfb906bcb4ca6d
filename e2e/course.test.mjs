// The course in the release build: a lesson's check is answered (wrong, then right) against
// the simulation and revealed on the timeline; the question bank drills three questions and
// keeps the progress across a reload; screenshots of a lesson and of the bank.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, runShown, SCREENSHOTS, siteInChromium } from './browser.mjs';

const site = siteInChromium();

const orderLines = (page) => page.getByTestId('order-line').locator('code').allTextContents();

test('a lesson: its check is graded by the simulation, revealed on the timeline, and remembered', async () => {
  const { page, problems, close } = await openApp(site.browser, `${site.server.url}#/lessons`);
  const items = page.getByTestId('lesson-item');
  assert.ok((await items.count()) >= 20, 'at least 20 lessons');
  assert.match(await page.getByTestId('lessons-progress').textContent(), /^0 of \d+ checks passed$/);
  // The first lesson whose check orders lines.
  let found = false;
  for (let i = 0; i < (await items.count()) && !found; i++) {
    await page.goto(`${site.server.url}#/lessons`);
    await items.nth(i).locator('a').click();
    await page.getByTestId('lesson').waitFor();
    found = (await page.getByTestId('order-line').count()) > 0;
  }
  assert.ok(found, 'some lesson has an order check');
  assert.ok((await page.getByTestId('try-this').count()) >= 2);
  // As shuffled, the order is wrong: the learner may try again, and is not told the answer.
  await page.getByTestId('check-answer').click();
  const verdict = page.getByTestId('check-result');
  assert.match(await verdict.textContent(), /Not yet\. \d of \d lines are in the right place\. Have another go: 1 more try/);
  assert.equal(await page.getByTestId('check-expected').count(), 0, 'no answer after one miss');
  // Asked for, the answer comes with why and the run's facts.
  await page.getByTestId('reveal-answer').click();
  assert.match(await verdict.textContent(), /Not quite/);
  const expected = await page.getByTestId('check-expected').locator('li code').allTextContents();
  assert.ok((await page.getByTestId('check-why').textContent()).length > 40);
  assert.equal(await page.getByTestId('check-facts').locator('li').count(), expected.length);
  assert.match(await page.getByTestId('check-facts').textContent(), /printed at t=[\d.]+ by /);
  const putInOrder = async () => {
    for (let target = 0; target < expected.length; target++) {
      let at = (await orderLines(page)).indexOf(expected[target]);
      while (at > target) {
        await page.getByTestId('order-line').nth(at).getByTestId('move-up').click();
        at -= 1;
      }
    }
    assert.deepEqual(await orderLines(page), expected);
    await page.getByTestId('check-answer').click();
  };
  // Right once shown: not counted as predicted.
  await putInOrder();
  assert.match(await verdict.textContent(), /Right.*does not count as predicted/);
  // A fresh visit, answered right at once, counts.
  await page.reload();
  await page.getByTestId('order-line').first().waitFor();
  await putInOrder();
  assert.match(await page.getByTestId('check-result').textContent(), /Right\. That is what the simulation does\./);
  await page.screenshot({ path: `${SCREENSHOTS}/lesson.png`, fullPage: true });
  // The reveal opens the program in the playground at that moment.
  const reveal = page.getByTestId('check-result').locator('a');
  const at = (await reveal.textContent()).match(/t=([\d.]+)/)[1];
  await reveal.click();
  await runShown(page);
  assert.equal(await page.getByTestId('clock').textContent(), `t = ${at}`);
  // Back on the list, after a reload: the check stays passed.
  await page.goto(`${site.server.url}#/lessons`);
  await page.reload();
  await page.getByTestId('lessons-progress').waitFor();
  assert.match(await page.getByTestId('lessons-progress').textContent(), /^1 of \d+ checks passed$/);
  assert.deepEqual(problems, []);
  await close();
});

async function seen(page, level) {
  const text = await page.locator(`[data-testid=level-progress][data-level=${level}]`).textContent();
  return Number(text.match(/(\d+) of \d+ seen/)[1]);
}

test('the question bank: filter, reveal, drill three questions, progress kept across a reload', async () => {
  const { page, problems, close } = await openApp(site.browser, `${site.server.url}#/interview`);
  const questions = page.getByTestId('question');
  const total = await questions.count();
  assert.ok(total >= 30, `${total} questions`);
  for (const level of ['mid', 'senior', 'principal']) {
    await page.getByTestId('filter-level').selectOption(level);
    assert.ok((await questions.count()) >= 8, `at least 8 ${level} questions`);
  }
  await page.getByTestId('filter-level').selectOption('');
  await page.getByTestId('search').fill('semaphore');
  const matching = await questions.count();
  assert.ok(matching > 0 && matching < total, `${matching} about semaphores`);
  // An answer, with a "show me" that opens its program in the visualizer.
  await questions.first().getByTestId('reveal-answer').click();
  const answer = questions.first().getByTestId('answer');
  assert.ok((await answer.textContent()).length > 100);
  await page.getByTestId('search').fill('');
  // Drill three mid questions.
  await page.getByTestId('filter-level').selectOption('mid');
  const drilled = [];
  for (let i = 0; i < 3; i++) {
    const card = page.getByTestId('drill-card');
    drilled.push(await card.getAttribute('data-question'));
    await page.getByTestId('drill-reveal').click();
    await page.getByTestId(i === 1 ? 'rate-easy' : 'rate-good').click();
  }
  assert.equal(new Set(drilled).size, 3, `three different questions: ${drilled}`);
  assert.equal(await seen(page, 'mid'), 3);
  assert.match(await page.getByTestId('drill-due').textContent(), /^0 due now/);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SCREENSHOTS}/question-bank.png`, fullPage: false });
  // A reload keeps the progress; export carries it; reset takes two presses.
  await page.reload();
  await page.getByTestId('drill').waitFor();
  assert.equal(await seen(page, 'mid'), 3);
  const href = await page.getByTestId('export-progress').getAttribute('href');
  const exported = JSON.parse(decodeURIComponent(href.slice(href.indexOf(',') + 1)));
  assert.deepEqual(Object.keys(exported.cards).sort(), [...drilled].sort());
  await page.getByTestId('reset-progress').click();
  assert.equal(await seen(page, 'mid'), 3, 'one press does not erase');
  await page.getByTestId('reset-progress').click();
  assert.equal(await seen(page, 'mid'), 0);
  await page.reload();
  await page.getByTestId('drill').waitFor();
  assert.equal(await seen(page, 'mid'), 0);
  assert.deepEqual(problems, []);
  await close();
});

test('a missed check: another try, then the answer with why; a step question paused at its moment', async () => {
  const { page, problems, close } = await openApp(site.browser, `${site.server.url}#/lessons/semaphore`);
  await page.getByTestId('lesson').waitFor();
  const verdict = page.getByTestId('check-result');
  // Lesson 14 asks when Task-5 gets into the semaphore: two wrong picks.
  await page.getByTestId('resume-option').nth(0).check();
  await page.getByTestId('check-answer').click();
  assert.match(await verdict.textContent(), /Not yet\. Have another go: 1 more try before the simulation shows its answer\./);
  assert.equal(await page.getByTestId('check-why').count(), 0);
  await page.getByTestId('resume-option').nth(2).check();
  assert.equal(await verdict.count(), 0, 'a new pick clears the verdict');
  await page.getByTestId('check-answer').click();
  assert.match(await verdict.textContent(), /Not quite/);
  assert.equal(await page.getByTestId('check-expected').textContent(), 't=0.5');
  assert.match(await page.getByTestId('check-why').textContent(), /releases its slot first, at t=0\.5/);
  assert.match(await page.getByTestId('check-facts').textContent(), /Task-5 \(safe_request\) paused at line 15 \(async with semaphore:\) at t=0\.0/);
  // The step questions: the run paused just after Task-5 stopped at line 15.
  const question = page.getByTestId('step-question').first();
  assert.ok((await page.getByTestId('step-question').count()) >= 2);
  assert.match(await question.getByTestId('step-moment').textContent(), /Paused at t=0\.0, just after Task-5 \(safe_request\) stopped at line 15/);
  assert.match(await question.locator('.excerpt-line.paused').textContent(), /15\s+async with semaphore:/);
  await question.getByTestId('step-option').nth(3).check();
  await question.getByTestId('step-answer').click();
  assert.match(await question.getByTestId('check-result').textContent(), /Not yet/);
  await question.getByTestId('reveal-answer').click();
  assert.equal(await question.getByTestId('check-expected').textContent(), '0');
  assert.match(await question.getByTestId('check-facts').textContent(), /semaphore: 0 of 3 slots free; held by Task-2 \(safe_request\), Task-3 \(safe_request\), Task-4 \(safe_request\); waiting: Task-5 \(safe_request\)\./);
  await question.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOTS}/lesson-step-question.png`, fullPage: true });
  // The second question, answered right at once.
  const second = page.getByTestId('step-question').nth(1);
  await second.getByTestId('step-option').nth(2).check();
  await second.getByTestId('step-answer').click();
  assert.match(await second.getByTestId('check-result').textContent(), /Right\. That is what the simulation does\./);
  // "See this moment" opens the playground just after Task-5 stopped.
  await question.getByTestId('check-result').locator('a').click();
  await runShown(page);
  assert.equal(await page.getByTestId('clock').textContent(), 't = 0.0');
  assert.match(await page.getByTestId('narration').textContent(), /Task-5/);
  // And leads back to the lesson.
  assert.match(await page.getByTestId('came-from-title').textContent(), /Lesson 14/);
  await page.getByTestId('came-from-back').click();
  await page.getByTestId('step-question').first().waitFor();
  assert.deepEqual(problems, []);
  await close();
});

test('a link from far down a lesson opens the playground at its top (1280x720 at 150%)', async () => {
  const { page, problems, close } = await openApp(site.browser, `${site.server.url}#/lessons/semaphore`, {
    viewport: { width: 853, height: 480 },
    deviceScaleFactor: 1.5,
  });
  const question = page.getByTestId('step-question').first();
  await question.getByTestId('step-option').nth(3).check();
  await question.getByTestId('step-answer').click();
  await question.getByTestId('reveal-answer').click();
  const link = question.getByTestId('check-result').locator('a');
  await link.scrollIntoViewIfNeeded();
  assert.ok((await page.evaluate(() => scrollY)) > 1000, 'the link is far down the lesson');
  await link.click();
  await runShown(page);
  assert.equal(await page.evaluate(() => scrollY), 0, 'the playground starts at its top');
  assert.ok(await page.getByTestId('came-from').isVisible());
  assert.deepEqual(problems, []);
  await close();
});

test('a show-me link opens the visualizer at its moment', async () => {
  const { page, problems, close } = await openApp(site.browser, `${site.server.url}#/interview`);
  // The first link that names a moment (t=...).
  const questions = page.getByTestId('question');
  let showMe = null;
  for (let i = 0; i < (await questions.count()) && !showMe; i++) {
    await questions.nth(i).getByTestId('reveal-answer').click();
    const timed = questions.nth(i).locator('.show-me-link a', { hasText: '(t=' });
    if ((await timed.count()) > 0) showMe = timed.first();
  }
  assert.ok(showMe, 'some answer links to a moment of a run');
  const at = Number((await showMe.textContent()).match(/\(t=([\d.]+)\)/)[1]);
  await showMe.click();
  await runShown(page);
  // The program is in the editor, shown at the first event at or after that time, not at its end.
  assert.match(await page.getByTestId('code-editor').inputValue(), /import asyncio/);
  const clock = Number((await page.getByTestId('clock').textContent()).replace('t = ', ''));
  assert.ok(clock >= at, `clock ${clock} at or after ${at}`);
  // One event earlier is before that moment.
  await page.getByTestId('step-back').click();
  const before = Number((await page.getByTestId('clock').textContent()).replace('t = ', ''));
  assert.ok(before < at || before === 0, `one event back, t = ${before} is before ${at}`);
  assert.deepEqual(problems, []);
  await close();
});

test('a capstone: the starter fails its checks, the reference solution passes, results.jsonl is offered', async () => {
  const { readFile } = await import('node:fs/promises');
  const source = await readFile('tests/programs/093_capstone_llm_batch.py', 'utf8');
  const solution = source.split('# ---- your solution below ----\n')[1].split('# ---- checks below ----\n')[0];
  const { page, problems, close } = await openApp(site.browser, `${site.server.url}#/lessons`);
  assert.equal(await page.getByTestId('capstone-item').count(), 3);
  await page.getByTestId('capstone-item').nth(1).locator('a').click();
  await page.getByTestId('capstone').waitFor();
  // The starter runs, and breaks rules.
  await page.getByTestId('capstone-run').click();
  const checks = page.getByTestId('capstone-check');
  await checks.first().waitFor();
  const passed = async () => (await checks.evaluateAll((items) => items.map((li) => li.dataset.passed)));
  assert.ok((await passed()).includes('false'), 'the starter fails some check');
  assert.match(await page.getByTestId('capstone-result').locator('h2').textContent(), /of \d+ checks pass/);
  // The reference solution passes every check and writes 1,000 JSON lines.
  await page.getByTestId('capstone-editor').fill(solution);
  await page.getByTestId('capstone-run').click();
  await page.waitForFunction(() => document.querySelector('[data-testid=capstone-result] h2')?.textContent.includes('Every check passes in all 3 worlds'), null, { timeout: 60_000 });
  assert.ok((await passed()).every((p) => p === 'true'));
  assert.deepEqual(await page.getByTestId('capstone-world-result').evaluateAll((items) => items.map((li) => li.dataset.state)), ['passed', 'passed', 'passed']);
  assert.match(await page.getByTestId('capstone-result').textContent(), /results\.jsonl: 1000 lines/);
  const href = await page.getByTestId('download-jsonl').getAttribute('href');
  const lines = decodeURIComponent(href.slice(href.indexOf(',') + 1)).trim().split('\n');
  assert.equal(lines.length, 1000);
  assert.equal(JSON.parse(lines[0]).index, 0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SCREENSHOTS}/capstone.png`, fullPage: true });
  // The solution is kept across a reload.
  await page.reload();
  await page.getByTestId('capstone-editor').waitFor();
  await page.waitForFunction((text) => document.querySelector('[data-testid=capstone-editor]').value === text, solution);
  assert.deepEqual(problems, []);
  await close();
});

/** The reference solution of a capstone's corpus program. */
async function referenceOf(program) {
  const { readFile } = await import('node:fs/promises');
  const source = await readFile(`tests/programs/${program}.py`, 'utf8');
  return source.split('# ---- your solution below ----\n')[1].split('# ---- checks below ----\n')[0];
}

/** Puts `solution` in the capstone's editor, runs it, and waits until every world is graded. */
async function checkSolution(page, solution) {
  await page.getByTestId('capstone-editor').fill(solution);
  await page.getByTestId('capstone-run').click();
  await page.getByTestId('capstone-result').waitFor();
  await page.getByTestId('capstone-pending').waitFor({ state: 'detached', timeout: 60_000 });
}

test('a crawler that forgets task_done(): the deadlock in the learner\'s own lines and calls, with a hint', async () => {
  const reference = await referenceOf('092_capstone_crawler');
  const solution = reference.replace('        finally:\n            queue.task_done()\n', '');
  assert.notEqual(solution, reference);
  const lineOf = (code) => solution.split('\n').findIndex((line) => line.includes(code)) + 1;
  const { page, problems, close } = await openApp(site.browser, `${site.server.url}#/capstones/crawler`);
  await page.getByTestId('capstone-editor').waitFor();
  await checkSolution(page, solution);
  const result = page.getByTestId('capstone-result');
  assert.match(await result.locator('h2').textContent(), /^Fails in world 'calm' \(seed 0\): 0 of 6 checks pass$/);
  assert.equal(await page.getByTestId('capstone-error').textContent(), 'DeadlockError: every task is blocked and no timer is pending');
  // Who waits, at the learner's lines and calls: not asyncio's futures, not the world's lines.
  const waits = await page.getByTestId('capstone-waits').locator('li').allTextContents();
  assert.equal(waits[0], `Task-1 (main) waits in queue.join() at line ${lineOf('await queue.join()')} of your solution`);
  assert.ok(waits.slice(1).every((w) => w.endsWith(`(worker) waits in queue.get() at line ${lineOf('await queue.get()')} of your solution`)), waits.join('\n'));
  assert.match(await page.getByTestId('capstone-hint').textContent(), /^Every queue\.get\(\) needs a queue\.task_done\(\), or queue\.join\(\) waits forever/);
  // The editor marks the lines named, with why.
  const marked = page.getByTestId('capstone-marked-line');
  assert.deepEqual(await marked.allTextContents(), [String(lineOf('await queue.get()')), String(lineOf('await queue.join()'))]);
  assert.equal(await marked.nth(1).getAttribute('title'), `Task-1 (main) waits in queue.join() at line ${lineOf('await queue.join()')} of your solution`);
  // Every check says why it was not checked (what happened is said once, above).
  const details = await page.getByTestId('capstone-check').locator('.hint').allTextContents();
  assert.equal(details.length, 6);
  for (const detail of details) {
    assert.equal(detail, ' — not checked: the run deadlocked before its report');
  }
  const text = await result.textContent();
  for (const internal of ['Event.wait', 'Queue.get()', 'a future', 'line 1']) {
    assert.ok(!text.includes(internal), `${internal} is not shown`);
  }
  await page.getByTestId('capstone-result').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOTS}/capstone-deadlock.png`, fullPage: true });
  // Once the text changes, the marks are no longer its lines.
  await page.getByTestId('capstone-editor').press('End');
  await page.keyboard.type(' ');
  assert.equal(await marked.count(), 0);
  assert.deepEqual(problems, []);
  await close();
});

test('a crawler that waits a fixed 7 s passes the first world and fails the others, named', async () => {
  const solution = (await referenceOf('092_capstone_crawler')).replace('await queue.join()', 'await asyncio.sleep(7)');
  const { page, problems, close } = await openApp(site.browser, `${site.server.url}#/capstones/crawler`);
  await page.getByTestId('capstone-editor').waitFor();
  assert.equal(await page.getByTestId('capstone-world-list').locator('li').count(), 3);
  await checkSolution(page, solution);
  const result = page.getByTestId('capstone-result');
  assert.match(await result.locator('h2').textContent(), /^Fails in world 'slow-and-flaky' \(seed 7\): \d of 6 checks pass$/);
  const worlds = page.getByTestId('capstone-world-result');
  assert.deepEqual(await worlds.evaluateAll((items) => items.map((li) => li.dataset.state)), ['passed', 'failed', 'failed']);
  // The failing world is the one shown, with the check it breaks and what to do.
  assert.match(await page.getByTestId('capstone-world-shown').textContent(), /^In world 'slow-and-flaky' \(seed 7\)/);
  const fetched = page.getByTestId('capstone-check').filter({ hasText: 'Every page reachable' });
  assert.equal(await fetched.getAttribute('data-passed'), 'false');
  assert.match(await fetched.getByTestId('capstone-check-hint').textContent(), /queue\.join\(\) returns, not after a fixed time/);
  await page.screenshot({ path: `${SCREENSHOTS}/capstone-worlds.png`, fullPage: true });
  // The first world passes: picking it shows its checks, all passed.
  await worlds.first().locator('button').click();
  assert.match(await page.getByTestId('capstone-world-shown').textContent(), /^In world 'calm' \(seed 0\)/);
  const passed = await page.getByTestId('capstone-check').evaluateAll((items) => items.map((li) => li.dataset.passed));
  assert.ok(passed.every((p) => p === 'true'), passed.join());
  // A failing world's run opens in the playground, in that world.
  await worlds.nth(1).locator('button').click();
  await page.getByTestId('capstone-watch-world').locator('a').click();
  await page.getByTestId('code-editor').waitFor();
  assert.ok(page.url().endsWith('#/capstones/crawler/run/slow-and-flaky'), page.url());
  assert.match(await page.getByTestId('code-editor').inputValue(), /^WORLD = \{"name": "slow-and-flaky", /m);
  assert.match(await page.getByTestId('code-editor').inputValue(), /await asyncio\.sleep\(7\)/);
  // And leads back to the capstone.
  assert.equal(await page.getByTestId('came-from-back').textContent(), '← Back to the capstone');
  await page.getByTestId('came-from-back').click();
  await page.getByTestId('capstone').waitFor();
  assert.deepEqual(problems, []);
  await close();
});

test('grading stops between worlds on Stop, and says which worlds it checked', async () => {
  // Right in the first world; in the others it spins until stopped.
  const solution = (await referenceOf('092_capstone_crawler')).replace(
    'async def main():\n',
    'async def main():\n    while WORLD["name"] != "calm":\n        await asyncio.sleep(0)\n',
  );
  const { page, problems, close } = await openApp(site.browser, `${site.server.url}#/capstones/crawler`);
  await page.getByTestId('capstone-editor').waitFor();
  await page.getByTestId('capstone-editor').fill(solution);
  await page.getByTestId('capstone-run').click();
  await page.waitForFunction(() => document.querySelector('[data-testid=capstone-pending]')?.textContent.includes("world 2 of 3, 'slow-and-flaky' (seed 7)"));
  assert.match(await page.getByTestId('capstone-result').locator('h2').textContent(), /^Passes in 1 of 3 worlds so far/);
  await page.getByTestId('capstone-stop').click();
  await page.getByTestId('capstone-pending').waitFor({ state: 'detached' });
  assert.equal(await page.getByTestId('capstone-result').locator('h2').textContent(), 'Stopped: passes in 1 of 3 worlds; run it again to check the rest');
  const worlds = page.getByTestId('capstone-world-result');
  assert.deepEqual(await worlds.evaluateAll((items) => items.map((li) => li.dataset.state)), ['passed', 'waiting', 'waiting']);
  assert.match(await worlds.nth(1).textContent(), /not run$/);
  assert.equal(await page.getByTestId('capstone-stop').count(), 0);
  assert.deepEqual(problems, []);
  await close();
});

test('the rate-limited API client: the starter breaks the limit, the reference passes every world', async () => {
  const { page, problems, close } = await openApp(site.browser, `${site.server.url}#/capstones`);
  await page.getByTestId('capstone-item').nth(2).locator('a').click();
  await page.locator('.capstone h1', { hasText: 'a rate-limited API client' }).waitFor();
  await page.getByTestId('capstone-run').click();
  await page.getByTestId('capstone-result').waitFor();
  await page.getByTestId('capstone-pending').waitFor({ state: 'detached', timeout: 60_000 });
  const checks = page.getByTestId('capstone-check');
  const states = async () => checks.evaluateAll((items) => items.map((li) => li.dataset.passed));
  // At most RATE_LIMIT a second, and no retry before retry_after: the two rules it breaks.
  assert.deepEqual(await states(), ['false', 'false', 'true', 'true', 'true', 'true']);
  assert.match(await page.getByTestId('capstone-result').locator('h2').textContent(), /^Fails in world 'steady' \(seed 0\)/);
  await page.screenshot({ path: `${SCREENSHOTS}/capstone-rate-limited.png`, fullPage: true });
  await checkSolution(page, await referenceOf('335_capstone_rate_limited'));
  assert.equal(await page.getByTestId('capstone-result').locator('h2').textContent(), '✓ Every check passes in all 3 worlds');
  assert.ok((await states()).every((p) => p === 'true'));
  assert.deepEqual(problems, []);
  await close();
});

test('each lesson starts its check afresh: nothing carries over to the next lesson', async () => {
  const { page, problems, close } = await openApp(site.browser, `${site.server.url}#/lessons/semaphore`);
  await page.getByTestId('lesson').waitFor();
  const title = await page.locator('.lesson h1').textContent();
  // Answer lesson 14's check (a virtual time to pick), wrongly or not: a verdict shows.
  await page.getByTestId('resume-option').first().check();
  await page.getByTestId('check-answer').click();
  await page.getByTestId('check-result').waitFor();
  // Follow the link to the next lesson, whose check orders printed lines.
  await page.locator('.lesson-nav a.next').click();
  await page.waitForFunction((before) => document.querySelector('.lesson h1')?.textContent !== before, title);
  assert.equal(await page.getByTestId('check-result').count(), 0, 'no verdict carried over');
  assert.deepEqual(
    (await orderLines(page)).sort(),
    [
      'limit 1: peak=1 took 3.0s',
      'right: [0, 2, 4, 6, 8, 10] peak=2 took 1.5s',
      'wrong: [0, 2, 4, 6, 8, 10] peak=6 took 0.5s',
    ],
  );
  // And back: lesson 14's check is unanswered again.
  await page.locator('.lesson-nav a').first().click();
  await page.waitForFunction((before) => document.querySelector('.lesson h1')?.textContent === before, title);
  assert.equal(await page.getByTestId('check-result').count(), 0);
  assert.equal(await page.locator('[data-testid=resume-option]:checked').count(), 0);
  assert.deepEqual(problems, []);
  await close();
});

test('the capstones have their own page, in the navigation and on the home page', async () => {
  const { page, problems, close } = await openApp(site.browser, site.server.url);
  const nav = page.getByRole('navigation', { name: 'Sections' });
  // From the home page's card.
  await page.locator('.section-card a', { hasText: 'Capstones' }).click();
  await page.locator('h1', { hasText: 'Capstone projects' }).waitFor();
  assert.ok(page.url().endsWith('#/capstones'), page.url());
  assert.equal(await page.getByTestId('capstone-item').count(), 3);
  assert.equal(await nav.locator('[aria-current="page"]').textContent(), 'Capstones');
  // A capstone belongs to the section, and its crumbs lead back to the list.
  await page.getByTestId('capstone-item').first().locator('a').click();
  await page.getByTestId('capstone').waitFor();
  assert.equal(await nav.locator('[aria-current="page"]').textContent(), 'Capstones');
  await page.locator('.crumbs a', { hasText: 'Capstone projects' }).click();
  await page.locator('h1', { hasText: 'Capstone projects' }).waitFor();
  assert.deepEqual(problems, []);
  await close();
});

test('the home page says where to start, and where a returning learner is', async () => {
  const { page, problems, close } = await openApp(site.browser, site.server.url);
  const start = page.getByTestId('start-here');
  assert.match(await start.textContent(), /Start with lesson 1: One waiter, two ways of working/);
  await start.locator('a').click();
  await page.locator('.lesson h1', { hasText: 'One waiter, two ways of working' }).waitFor();
  // A returning learner: lesson 1's check passed, one drilled question due again.
  await page.evaluate(() => {
    localStorage.setItem('looplab.lessons.passed', JSON.stringify(['restaurant-waiter']));
    const card = { due_ms: Date.now() - 1000, interval_days: 1, ease: 2.5, streak: 1, lapses: 0 };
    localStorage.setItem('looplab.interview.progress', JSON.stringify({ cards: { 'await-three-calls': card } }));
  });
  await page.goto(site.server.url);
  await page.reload();
  const progress = page.getByTestId('home-progress');
  await progress.waitFor();
  const lessons = (await progress.textContent()).match(/of (\d+) lesson checks/)[1];
  assert.equal(
    await progress.textContent(),
    `Welcome back: 1 of ${lessons} lesson checks passed; 1 of the interview questions you drilled is due again now.`,
  );
  assert.match(await start.textContent(), /Go on with lesson 2: Coroutines: calling is not running/);
  await page.screenshot({ path: `${SCREENSHOTS}/home-returning.png` });
  await start.locator('a', { hasText: 'Drill the question due' }).click();
  await page.locator('h1', { hasText: 'Interview questions' }).waitFor();
  assert.deepEqual(problems, []);
  await close();
});
