// The question bank keeps its place: filters and open answers live in the address, so Back
// (the browser's, or the playground's own link) and a shared link bring them back, at the
// question left. And the drill explains its words: what "due" and "learned" mean, and when a
// rated question comes back, in days.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, runShown, SCREENSHOTS, siteInChromium } from './browser.mjs';

const site = siteInChromium();

/** The bank's filters as the page shows them. */
const filters = async (page) => ({
  level: await page.getByTestId('filter-level').inputValue(),
  topic: await page.getByTestId('filter-topic').inputValue(),
  search: await page.getByTestId('search').inputValue(),
  shown: await page.getByTestId('shown-count').textContent(),
});

/** Whether the element is inside the window as it is scrolled now. */
const inView = (locator) =>
  locator.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.top < innerHeight && box.bottom > 0;
  });

test('back from a show-me, the bank has its filters, the answer open, and the question in view', async () => {
  const { page, problems, close } = await openApp(site.browser, `${site.server.url}#/interview`);
  await page.getByTestId('questions').waitFor();
  await page.getByTestId('filter-level').selectOption('senior');
  await page.getByTestId('filter-topic').selectOption('cancellation');
  // The last question shown with a show-me link: far enough down to need scrolling back to.
  const items = page.getByTestId('question');
  let chosen = null;
  for (let i = (await items.count()) - 1; i >= 0 && !chosen; i--) {
    await items.nth(i).getByTestId('reveal-answer').click();
    if ((await items.nth(i).locator('.show-me-link a').count()) > 0) chosen = items.nth(i);
    else await items.nth(i).getByTestId('reveal-answer').click();
  }
  assert.ok(chosen, 'a question shown has a show-me');
  const id = await chosen.getAttribute('data-question');
  const before = await filters(page);

  await chosen.locator('.show-me-link a').first().click();
  await runShown(page);
  // The browser's Back: the same filters, the answer still open, the question in view.
  await page.goBack();
  const again = page.locator(`[data-testid=question][data-question="${id}"]`);
  await again.getByTestId('answer').waitFor();
  assert.deepEqual(await filters(page), before);
  assert.ok(page.url().includes('level=senior'), `the address holds the filters: ${page.url()}`);
  await page.waitForFunction(
    (id) => {
      const box = document.querySelector(`[data-question="${id}"]`).getBoundingClientRect();
      return box.top < innerHeight && box.bottom > 0;
    },
    id,
  );
  assert.ok(await inView(again), 'the question left is in view');
  await page.screenshot({ path: `${SCREENSHOTS}/bank-back.png` });

  // The playground's own way back does the same.
  await again.locator('.show-me-link a').first().click();
  await runShown(page);
  await page.getByTestId('came-from-back').click();
  await again.getByTestId('answer').waitFor();
  assert.deepEqual(await filters(page), before);

  // A search is kept too, and the address is a link that opens the bank as it was.
  await page.getByTestId('search').fill('gather');
  // The address follows the page once it has drawn the search (an effect, after the input).
  await page.waitForFunction(() => location.hash.includes('search=gather'));
  const link = page.url();
  const other = await openApp(site.browser, link);
  await other.page.getByTestId('questions').waitFor();
  assert.deepEqual(await filters(other.page), await filters(page));
  await other.close();
  // Clearing the filters gives back the plain address.
  await page.getByTestId('search').fill('');
  await page.getByTestId('filter-level').selectOption('');
  await page.getByTestId('filter-topic').selectOption('');
  await again.getByTestId('reveal-answer').click();
  await page.waitForFunction(() => location.hash === '#/interview');
  assert.deepEqual(problems, []);
  await close();
});

test('the drill says what "due" and "learned" mean, and when a rated question comes back', async () => {
  const { page, problems, close } = await openApp(site.browser, `${site.server.url}#/interview`);
  await page.getByTestId('drill').waitFor();
  assert.match(await page.getByTestId('drill-meaning').textContent(), /A question is due when the wait the drill chose for it is over/);
  assert.match(
    await page.getByTestId('learned-meaning').textContent(),
    /^“Learned” means the drill will wait 21 days or more before asking the question again: five “Good” answers in a row get a new question there, or three “Easy” answers in a row\./,
  );
  const how = page.getByTestId('drill-how');
  await how.locator('summary').click();
  assert.match(await how.textContent(), /Good waits 1 day the first time, then 3 days, 7\.5 days, 19 days/);
  assert.match(await how.textContent(), /Again asks it again in 1 minute/);
  await how.locator('summary').click();
  // The rate buttons say when each answer brings the question back.
  await page.getByTestId('drill-reveal').click();
  assert.equal(await page.getByTestId('rate-again').textContent(), 'Again: asks again in 1 minute');
  assert.equal(await page.getByTestId('rate-good').textContent(), 'Good: asks again in 1 day');
  assert.equal(await page.getByTestId('rate-easy').textContent(), 'Easy: asks again in 4 days');
  const id = await page.getByTestId('drill-card').getAttribute('data-question');
  await page.getByTestId('rate-easy').click();
  assert.match(await page.getByTestId('drill-rated').textContent(), /” Easy: the drill asks it again in 4 days\.$/);
  // In the list, the question says when it is due.
  const item = page.locator(`[data-testid=question][data-question="${id}"]`);
  assert.equal(await item.getByTestId('question-due').textContent(), 'due again in 4 days');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SCREENSHOTS}/drill-explained.png`, fullPage: false });
  assert.deepEqual(problems, []);
  await close();
});
