// Finding the moment in the release build: the jump bar finds the next and previous event of
// each kind on corpus programs (a semaphore changing hands, a cancellation), the next time a
// task runs; a click on a line number finds the next time that line runs; `n` and `p` repeat
// a jump; "Go to event N"; bookmarks, carried by a share link into another browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openApp, runProgram, runShown, SCREENSHOTS, siteInChromium } from './browser.mjs';

const site = siteInChromium();

async function openWith(name, options) {
  const app = await openApp(site.browser, `${site.server.url}#/playground`, options);
  await app.page.getByTestId('code-editor').waitFor();
  const source = await readFile(`tests/programs/${name}.py`, 'utf8');
  await app.page.getByTestId('code-editor').fill(source);
  await runProgram(app.page, 30_000, { atStart: true });
  // Every event is a place to land with asyncio's internals shown (the native tests hold the
  // jumps with them hidden).
  await app.page.getByTestId('show-internals').check();
  return app;
}

const position = async (page) => Number(await page.getByTestId('scrubber').inputValue());
const status = (page) => page.getByTestId('jump-status').textContent();

/** Chooses what to find by the option's text (it ends with a count: "a print (18)"). */
async function choose(page, text) {
  const options = await page.getByTestId('jump-target').locator('option').allTextContents();
  const label = options.find((option) => option.startsWith(text));
  assert.ok(label, `an option "${text}…" among ${options}`);
  await page.getByTestId('jump-target').selectOption({ label });
}

test('each kind of moment, forward and back, on a semaphore and a cancellation', async () => {
  const { page, problems, close } = await openWith('040_semaphore');
  assert.equal(await position(page), 0);

  await choose(page, 'a print');
  await page.getByTestId('jump-next').click();
  assert.equal(await status(page), 'Task-2 prints at event 30.');
  assert.equal(await position(page), 30);
  assert.deepEqual(await page.getByTestId('console-text').allTextContents(), ['t=0.0 start /api/item/0 (active=1)']);
  // `n` repeats the jump; `p` goes back.
  await page.keyboard.press('n');
  assert.equal(await status(page), 'Task-3 prints at event 37.');
  await page.keyboard.press('p');
  assert.equal(await position(page), 30);
  await page.keyboard.press('p');
  assert.equal(await status(page), 'Nothing was printed before event 30.');
  assert.equal(await position(page), 30, 'nothing found: it stays');

  await choose(page, 'a Lock/Semaphore/Event/Queue changes');
  for (const expected of [36, 43, 83]) {
    await page.getByTestId('jump-next').click();
    assert.equal(await position(page), expected);
  }
  assert.equal(await status(page), 'semaphore changes hands at event 83.');
  await page.screenshot({ path: `${SCREENSHOTS}/moments-hand-off.png` });

  // The next time a task runs.
  await choose(page, 'Task-5 (safe_request) runs');
  await page.getByTestId('jump-next').click();
  assert.equal(await status(page), 'Task-5 (safe_request) runs at event 91.');
  await page.getByTestId('jump-next').click();
  assert.match(await status(page), /^Task-5 \(safe_request\) runs at event \d+\.$/);
  assert.deepEqual(problems, []);
  await close();

  const cancel = await openWith('033_cancel_and_cleanup');
  for (const [what, button, said] of [
    ['a cancel() call', 'jump-next', 'Task-1 cancels Task-2 at event 55.'],
    ['a task finishes', 'jump-next', 'Task-2 finishes cancelled at event 65.'],
    ['an exception', 'jump-next', 'No exception is raised in this run.'],
    ['a task starts', 'jump-previous', 'Task-2 starts at event 13.'],
    ['a task starts', 'jump-previous', 'Task-1 starts at event 5.'],
    ['a task starts', 'jump-previous', 'No task started before event 5.'],
  ]) {
    await choose(cancel.page, what);
    await cancel.page.getByTestId(button).click();
    assert.equal(await status(cancel.page), said, `${what}, ${button}`);
  }
  assert.deepEqual(cancel.problems, []);
  await cancel.close();
});

/** Scrolls the editor's code so that `line` is near the top of the box. */
async function scrollCodeTo(page, line) {
  await page.getByTestId('code-editor').evaluate((area, line) => {
    area.scrollTop = (line - 2) * parseFloat(getComputedStyle(area).lineHeight);
  }, line);
}

test('a click on a line number finds the next time that line runs', async () => {
  const { page, problems, close } = await openWith('040_semaphore');
  const line19 = page.getByTestId('gutter-line-19');
  assert.equal(await line19.getAttribute('aria-label'), 'Jump to the next time line 19 runs');
  // The code pane shows a dozen lines: scroll the code (the gutter follows) to bring 19 in view.
  await scrollCodeTo(page, 19);
  await line19.click();
  assert.equal(await status(page), 'Line 19 runs at event 31, in Task-2.');
  assert.equal(await position(page), 31);
  // The line the event shown happens at stands out in the gutter.
  assert.equal(await page.locator('.gutter li.shown-line').count(), 1);
  assert.match(await page.locator('.gutter li.shown-line').textContent(), /19$/);
  // The picker now looks for line 19: Next goes on to its next run.
  assert.match(await page.getByTestId('jump-target').locator('option:checked').textContent(), /^line 19 runs \(16\)$/);
  await page.getByTestId('jump-next').click();
  assert.equal(await status(page), 'Line 19 runs at event 38, in Task-3.');
  await page.screenshot({ path: `${SCREENSHOTS}/moments-line.png` });
  // The picker offers every line that runs, for the keyboard.
  await choose(page, 'line 18 runs');
  await page.getByTestId('jump-previous').click();
  assert.equal(await status(page), 'Line 18 runs at event 37, in Task-3.');
  // A comment never runs.
  await scrollCodeTo(page, 1);
  await page.getByTestId('gutter-line-1').click();
  assert.equal(await status(page), 'Line 1 does not run in this run (no event happens there).');
  assert.equal(await position(page), 37, 'nothing found: it stays');
  // Tasks still mark their lines.
  assert.ok((await page.getByTestId('task-line').count()) > 0);
  assert.deepEqual(problems, []);
  await close();
});

test('go to an event by number, and past the end', async () => {
  const { page, problems, close } = await openWith('040_semaphore');
  const input = page.getByTestId('jump-event');
  await input.fill('57');
  await input.press('Enter');
  assert.equal(await position(page), 57);
  await input.fill('100000');
  await page.getByTestId('jump-event-go').click();
  const length = Number(await page.getByTestId('scrubber').getAttribute('max'));
  assert.equal(await position(page), length);
  assert.equal(await status(page), `The run has ${length} events: this is its end.`);
  assert.deepEqual(problems, []);
  await close();
});

test('bookmarks: added, visited, removed, and carried by a share link', async () => {
  const { page, problems, close } = await openWith('040_semaphore', { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.getByTestId('scrubber').fill('57');
  await page.getByTestId('bookmark-label').fill('three hold it');
  await page.getByTestId('bookmark-add').click();
  await page.getByTestId('scrubber').fill('12');
  await page.getByTestId('bookmark-add').click();
  await page.getByTestId('scrubber').fill('200');
  await page.getByTestId('bookmark-add').click();
  assert.deepEqual(await page.getByTestId('bookmarks').locator('button.bookmark').allTextContents(), [
    'Event 12, t = 0.0',
    'Event 57, t = 0.0: three hold it',
    'Event 200, t = 2.0',
  ]);
  await page.getByTestId('bookmark-remove-200').click();
  await page.getByTestId('bookmark-57').click();
  assert.equal(await position(page), 57);
  await page.screenshot({ path: `${SCREENSHOTS}/moments-bookmarks.png` });

  await page.getByTestId('share').click();
  assert.match(await page.getByTestId('share-box').textContent(), /and your 2 bookmarks\./);
  await page.getByTestId('share-at-moment').check();
  await page.getByTestId('share-box').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOTS}/moments-share.png` });
  const link = await page.getByTestId('share-link').inputValue();
  assert.match(link, /#\/shared\/z[A-Za-z0-9_-]+\/event\/57\/marks\/12~57\.[A-Za-z0-9_-]+$/);

  const other = await openApp(site.browser, link);
  await runShown(other.page);
  assert.equal(await position(other.page), 57);
  assert.deepEqual(await other.page.getByTestId('bookmarks').locator('button.bookmark').allTextContents(), [
    'Event 12, t = 0.0',
    'Event 57, t = 0.0: three hold it',
  ]);
  await other.page.getByTestId('bookmark-12').click();
  assert.equal(await position(other.page), 12);
  assert.deepEqual(other.problems, []);
  await other.close();
  assert.deepEqual(problems, []);
  await close();
});
