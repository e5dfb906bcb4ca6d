// Bugs found in the playground and the capstone editor, each pinned by a test that failed
// before its fix: long programs whose line numbers did not follow the code, a run left on
// screen after an edit with nothing saying it is out of date, Space on a focused button taken
// for play/pause, a run lost by going to another page and back, and a link's moment past the
// end of its run shown without a word.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, runProgram, runShown, SCREENSHOTS, siteInChromium } from './browser.mjs';

const site = siteInChromium();

const LONG_PROGRAM = Array.from({ length: 60 }, (_, i) => `print(${i + 1})`).join('\n');

/**
 * Where the editor `testid` shows what: the code line and the gutter's number at the middle of
 * the first line in view, and whether the caret's line is in view, with its gutter number.
 */
async function editorView(page, testid) {
  return page.evaluate((testid) => {
    const area = document.querySelector(`[data-testid=${testid}]`);
    const box = area.closest('.editor');
    box.scrollIntoView({ block: 'center' });
    const style = getComputedStyle(area);
    const lineHeight = parseFloat(style.lineHeight);
    const padding = parseFloat(style.paddingTop);
    const boxRect = box.getBoundingClientRect();
    const areaTop = area.getBoundingClientRect().top;
    const gutterRect = box.querySelector('.gutter').getBoundingClientRect();
    const gutterX = gutterRect.left + gutterRect.width / 2;
    // The code line at height y, from where the textarea's text is and how far it scrolled.
    const codeLineAt = (y) => Math.floor((y - areaTop - padding + area.scrollTop) / lineHeight) + 1;
    const numberAt = (y) => {
      const line = document.elementFromPoint(gutterX, y)?.closest('li');
      return line ? Number(line.textContent.match(/\d+/)[0]) : null;
    };
    const top = boxRect.top + padding + lineHeight / 2;
    const caretLine = area.value.slice(0, area.selectionStart).split('\n').length;
    const caretY = areaTop + padding + (caretLine - 0.5) * lineHeight - area.scrollTop;
    return {
      top: { code: codeLineAt(top), gutter: numberAt(top) },
      caret: {
        line: caretLine,
        inView: caretY > boxRect.top && caretY < boxRect.bottom,
        gutter: numberAt(caretY),
      },
    };
  }, testid);
}

async function checkLongProgramScrolls(page, testid, name) {
  const editor = page.getByTestId(testid);
  await editor.fill(LONG_PROGRAM);
  // Scrolled with the wheel over the code: the numbers beside it follow.
  const box = await editor.boundingBox();
  await page.mouse.move(box.x + 100, box.y + 100);
  await page.mouse.wheel(0, 400);
  await page.waitForTimeout(300);
  const wheeled = await editorView(page, testid);
  assert.ok(wheeled.top.code > 5, `${name}: the wheel scrolled the code (line ${wheeled.top.code} on top)`);
  assert.equal(wheeled.top.gutter, wheeled.top.code, `${name}: the gutter beside the top line after the wheel`);
  // The caret taken to the last line by keyboard: that line comes into view, numbered.
  await editor.focus();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+End');
  await page.waitForTimeout(300);
  const atEnd = await editorView(page, testid);
  assert.equal(atEnd.caret.line, 60);
  assert.ok(atEnd.caret.inView, `${name}: the caret's line is in view`);
  assert.equal(atEnd.caret.gutter, 60, `${name}: the gutter beside the caret's line`);
  assert.equal(atEnd.top.gutter, atEnd.top.code, `${name}: the gutter beside the top line after Ctrl+End`);
  await page.screenshot({ path: `${SCREENSHOTS}/bugs-long-program-${name}.png` });
}

test('the line numbers follow a long program however it scrolls, in the playground and a capstone', async () => {
  const { page, problems, close } = await openApp(site.browser, `${site.server.url}#/playground`);
  await page.getByTestId('code-editor').waitFor();
  await checkLongProgramScrolls(page, 'code-editor', 'playground');
  await page.goto(`${site.server.url}#/capstones/llm-batch`);
  await page.getByTestId('capstone-editor').waitFor();
  await checkLongProgramScrolls(page, 'capstone-editor', 'capstone');
  assert.deepEqual(problems, []);
  await close();
});

test('an edit after a run says the run shown is of the old version, until the next run', async () => {
  const { page, problems, close } = await openApp(site.browser, `${site.server.url}#/playground`);
  await runProgram(page);
  assert.equal(await page.getByTestId('stale-run').count(), 0, 'no notice for a fresh run');
  const consoleBefore = await page.getByTestId('console-text').allTextContents();
  await page.getByTestId('code-editor').focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('print("one more line")');
  const notice = page.getByTestId('stale-run');
  await notice.waitFor();
  assert.match(await notice.textContent(), /You changed the program after this run\..*Run \(Ctrl\+Enter\) to see yours/);
  // The old run stays, marked as old.
  assert.deepEqual(await page.getByTestId('console-text').allTextContents(), consoleBefore);
  const dimmed = await page.evaluate(() => Number(getComputedStyle(document.querySelector('[data-testid=clock]').closest('.pane-body')).opacity));
  assert.ok(dimmed < 1, `the old run's loop is dimmed (opacity ${dimmed})`);
  await page.screenshot({ path: `${SCREENSHOTS}/bugs-stale-run.png`, fullPage: true });
  await runProgram(page);
  assert.equal(await page.getByTestId('stale-run').count(), 0, 'the new run is of the text');
  assert.equal((await page.getByTestId('console-text').allTextContents()).at(-1), 'one more line');
  assert.deepEqual(problems, []);
  await close();
});

test('Space and Enter on a focused Run or Share press it, not play/pause', async () => {
  const { page, problems, close } = await openApp(site.browser, `${site.server.url}#/playground`);
  await page.getByTestId('code-editor').waitFor();
  await page.getByTestId('run').focus();
  await page.keyboard.press('Space');
  await runShown(page, 10_000);
  assert.equal(await page.getByTestId('pause').count(), 0, 'Space ran the program, it did not start playing');
  await page.getByTestId('share').focus();
  await page.keyboard.press('Space');
  await page.getByTestId('share-link').waitFor({ timeout: 5_000 });
  assert.equal(await page.getByTestId('share').getAttribute('aria-expanded'), 'true');
  assert.equal(await page.getByTestId('pause').count(), 0, 'Space on Share did not start playing');
  await page.keyboard.press('Enter');
  assert.equal(await page.getByTestId('share').getAttribute('aria-expanded'), 'false');
  // With nothing focused, Space still plays.
  await page.evaluate(() => document.activeElement.blur());
  await page.keyboard.press('Space');
  await page.getByTestId('pause').waitFor({ timeout: 5_000 });
  assert.deepEqual(problems, []);
  await close();
});

/** What the playground shows: the program, the position, the clock and the console. */
async function shown(page) {
  return {
    program: await page.getByTestId('code-editor').inputValue(),
    scrubber: await page.getByTestId('scrubber').inputValue(),
    clock: await page.getByTestId('clock').textContent(),
    console: await page.getByTestId('console-text').allTextContents(),
  };
}

async function awayAndBack(page, back) {
  await page.locator('.site-nav a', { hasText: 'Lessons' }).click();
  await page.getByRole('heading', { level: 1, name: 'Lessons' }).waitFor();
  await back();
  await page.getByTestId('code-editor').waitFor();
}

test('going to Lessons and back keeps the run and the moment shown, without running again', async () => {
  const { page, problems, close } = await openApp(site.browser, `${site.server.url}#/playground`);
  await page.getByTestId('code-editor').fill(`import asyncio


async def main():
    for n in range(3):
        print("tick", n)
        await asyncio.sleep(0.5)


asyncio.run(main())
`);
  await runProgram(page, 30_000, { atStart: true });
  for (let i = 0; i < 9; i++) await page.getByTestId('step').click();
  const before = await shown(page);
  // Nine steps of the program's own events (asyncio's internals are hidden: more events pass).
  assert.ok(Number(before.scrubber) >= 9, `at event ${before.scrubber}`);
  assert.ok(before.console.length > 0, 'something printed by event 9');
  await awayAndBack(page, () => page.locator('.site-nav a', { hasText: 'Playground' }).click());
  assert.equal(await page.getByTestId('pending').count(), 0, 'nothing runs again');
  assert.deepEqual(await shown(page), before);
  assert.equal(await page.getByTestId('pause').count(), 0, 'shown paused');

  // A lesson's program keeps its own, and the browser's Back button comes back to it.
  await page.goto(`${site.server.url}#/run/020_sequential_vs_gather`);
  await runShown(page);
  for (let i = 0; i < 4; i++) await page.getByTestId('step').click();
  const lesson = await shown(page);
  await awayAndBack(page, () => page.goBack());
  assert.deepEqual(await shown(page), lesson);
  assert.deepEqual(problems, []);
  await close();
});

test('a moment past the end of the run is shown at the end, and said so', async () => {
  const { page, problems, close } = await openApp(site.browser, `${site.server.url}#/playground`);
  await page.getByTestId('code-editor').waitFor();
  await page.getByTestId('share').click();
  const link = await page.getByTestId('share-link').inputValue();
  await page.goto(`${link}/event/999999`);
  await runShown(page);
  const events = await page.getByTestId('scrubber').getAttribute('max');
  assert.equal(await page.getByTestId('scrubber').inputValue(), events, 'shown at its end');
  assert.equal(
    await page.getByTestId('moment-notice').textContent(),
    `This link asks for event 999,999, but this run has ${events} events: showing its last one.`,
  );
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SCREENSHOTS}/bugs-moment-notice.png` });
  await runProgram(page);
  assert.equal(await page.getByTestId('moment-notice').count(), 0, 'gone at the next run');

  // A lesson's moment in time after its run ends.
  await page.goto(`${site.server.url}#/run/020_sequential_vs_gather/at/99.0`);
  await runShown(page);
  const clock = (await page.getByTestId('clock').textContent()).replace('t = ', '');
  assert.equal(
    await page.getByTestId('moment-notice').textContent(),
    `This link asks for the moment t=99.0, but the run ends at t=${clock}: showing its end.`,
  );
  assert.deepEqual(problems, []);
  await close();
});
