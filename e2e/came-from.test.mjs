// A program opened in the playground from the course says where it came from: a lesson's
// title, its "try this" edits and the way back; a capstone's and a question's way back too.
// Editing the program keeps all of it, and so do Back and a reload (it is in the address).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, runShown, SCREENSHOTS, siteInChromium } from './browser.mjs';

const site = siteInChromium();

test("a lesson's program in the playground: its title, its edits to try, and the way back", async () => {
  const { page, problems, close } = await openApp(site.browser, `${site.server.url}#/lessons/restaurant-waiter`);
  await page.getByTestId('lesson').waitFor();
  const title = await page.locator('.lesson h1').textContent();
  const edits = await page.getByTestId('try-this').locator('> p').allTextContents();
  assert.ok(edits.length >= 2, `${edits.length} edits to try`);
  await page.getByRole('link', { name: 'Open it in the playground ▶' }).click();
  await runShown(page);

  const bar = page.getByTestId('came-from');
  assert.equal(await page.getByTestId('came-from-title').textContent(), `Lesson 1: ${title}`);
  // The edits are folded (the panes keep the screen) until asked for, then all there.
  const tries = page.getByTestId('came-from-tries');
  assert.equal(await tries.locator('> summary').textContent(), `Try this: ${edits.length} edits to make here`);
  assert.equal(await page.getByTestId('came-from-try').first().isVisible(), false);
  await tries.locator('> summary').click();
  assert.deepEqual(await page.getByTestId('came-from-try').locator('> p').allTextContents(), edits);
  await page.screenshot({ path: `${SCREENSHOTS}/came-from-lesson.png` });
  await tries.locator('> summary').click();

  // An edit, as the lesson suggests, and a run: the lesson stays with the program.
  const editor = page.getByTestId('code-editor');
  await editor.fill((await editor.inputValue()).replace('import asyncio', 'import asyncio  # edited'));
  await page.getByTestId('run').click();
  await runShown(page);
  assert.equal(await page.getByTestId('came-from-title').textContent(), `Lesson 1: ${title}`);

  // Back to the lesson, and with the browser's Back to the program again, as it was left.
  await page.getByTestId('came-from-back').click();
  await page.getByTestId('lesson').waitFor();
  assert.equal(await page.locator('.lesson h1').textContent(), title);
  assert.ok(page.url().endsWith('#/lessons/restaurant-waiter'), page.url());
  await page.goBack();
  await bar.waitFor();
  assert.match(await editor.inputValue(), /# edited/);
  assert.equal(await page.getByTestId('came-from-title').textContent(), `Lesson 1: ${title}`);
  // A reload keeps it: it is in the address.
  await page.reload();
  await runShown(page);
  assert.equal(await page.getByTestId('came-from-title').textContent(), `Lesson 1: ${title}`);
  // The playground on its own says nothing of the kind.
  await page.goto(`${site.server.url}#/playground`);
  await page.getByTestId('playground').waitFor();
  assert.equal(await bar.count(), 0);
  assert.deepEqual(problems, []);
  await close();
});

test("a capstone's solution and a question's show-me lead back where they came from", async () => {
  const { page, problems, close } = await openApp(site.browser, `${site.server.url}#/capstones/crawler`);
  await page.getByTestId('capstone').waitFor();
  await page.getByRole('link', { name: 'Watch it in the playground ▶' }).click();
  await page.getByTestId('playground').waitFor();
  assert.equal(await page.getByTestId('came-from-title').textContent(), 'Capstone: an async web crawler');
  assert.equal(await page.getByTestId('came-from-back').textContent(), '← Back to the capstone');
  await page.getByTestId('came-from-back').click();
  await page.getByTestId('capstone').waitFor();

  // A question's answer, its show-me, and back to the question.
  await page.goto(`${site.server.url}#/interview`);
  const question = page.locator('[data-testid=question][data-question=threading-vs-asyncio]');
  await question.getByTestId('reveal-answer').click();
  const text = await question.locator('.question-text').textContent();
  await question.getByTestId('show-me').first().click();
  await runShown(page);
  assert.equal(await page.getByTestId('came-from-title').textContent(), `Interview question: ${text}`);
  assert.equal(await page.getByTestId('came-from-back').textContent(), '← Back to the question');
  await page.getByTestId('came-from-back').click();
  await page.getByTestId('questions').waitFor();
  assert.equal(await question.getByTestId('answer').count(), 1, 'its answer is open again');
  assert.deepEqual(problems, []);
  await close();
});

test('on a phone the bar fits the width, its edits open', async () => {
  const { page, problems, close } = await openApp(
    site.browser,
    `${site.server.url}#/run/019_restaurant_waiter?lesson=restaurant-waiter`,
    { viewport: { width: 390, height: 844 } },
  );
  await runShown(page);
  await page.getByTestId('came-from-tries').locator('> summary').click();
  const extent = await page.evaluate(() => ({ scrollWidth: document.scrollingElement.scrollWidth, innerWidth }));
  assert.ok(extent.scrollWidth <= extent.innerWidth, `the page scrolls sideways: ${JSON.stringify(extent)}`);
  const box = await page.getByTestId('came-from-try').first().boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 390, `the edits are within the width: ${JSON.stringify(box)}`);
  await page.screenshot({ path: `${SCREENSHOTS}/came-from-phone.png` });
  assert.deepEqual(problems, []);
  await close();
});
