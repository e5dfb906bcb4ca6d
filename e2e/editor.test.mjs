// The code editor's keys, typed as a learner types them: Tab and Shift+Tab indent and dedent
// (a line or a selection), Enter keeps the indentation (one level more after a `:`), Escape
// then Tab leaves the editor, Ctrl+Enter runs; and Ctrl+Z takes back each of them in one step.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, runShown, siteInChromium } from './browser.mjs';

const site = siteInChromium();

async function openEditor(hash = '#/playground', testid = 'code-editor') {
  const app = await openApp(site.browser, `${site.server.url}${hash}`);
  const editor = app.page.getByTestId(testid);
  await editor.fill('');
  await editor.focus();
  return { ...app, editor };
}

/** Selects from `start` to `end` (offsets into the text) in the focused editor. */
async function select(editor, start, end = start) {
  await editor.evaluate((area, [start, end]) => area.setSelectionRange(start, end), [start, end]);
}

const selection = (editor) => editor.evaluate((area) => [area.selectionStart, area.selectionEnd]);

test('Enter keeps the indentation, and adds a level after a colon', async () => {
  const { page, problems, close, editor } = await openEditor();
  await page.keyboard.type('async def main():  # the entry point');
  await page.keyboard.press('Enter');
  await page.keyboard.type('for n in range(3):');
  await page.keyboard.press('Enter');
  await page.keyboard.type('print(n)');
  await page.keyboard.press('Enter');
  await page.keyboard.type('print("#:")');
  await page.keyboard.press('Enter');
  await page.keyboard.type('x');
  assert.equal(
    await editor.inputValue(),
    'async def main():  # the entry point\n    for n in range(3):\n        print(n)\n        print("#:")\n        x',
  );
  // One Ctrl+Z takes back the last thing typed, the next the new line and its indentation.
  await page.keyboard.press('Control+z');
  assert.equal((await editor.inputValue()).endsWith('print("#:")\n        '), true);
  await page.keyboard.press('Control+z');
  assert.equal((await editor.inputValue()).endsWith('print("#:")'), true);
  await page.keyboard.press('Control+Shift+z');
  assert.equal((await editor.inputValue()).endsWith('print("#:")\n        '), true);
  assert.deepEqual(problems, []);
  await close();
});

test('Tab and Shift+Tab indent and dedent a line or a selection, each undone in one step', async () => {
  const { page, problems, close, editor } = await openEditor();
  await page.keyboard.insertText('a = 1\nif a:\nprint(a)\nprint(2)\n');
  // Tab at the caret: four spaces.
  await select(editor, 'a = 1\nif a:\n'.length);
  await page.keyboard.press('Tab');
  assert.equal(await editor.inputValue(), 'a = 1\nif a:\n    print(a)\nprint(2)\n');
  assert.deepEqual(await selection(editor), [16, 16]);
  await page.keyboard.press('Control+z');
  assert.equal(await editor.inputValue(), 'a = 1\nif a:\nprint(a)\nprint(2)\n');
  // A selection over two lines: both indented, and still selected.
  const start = 'a = 1\nif a:\n'.length;
  const end = 'a = 1\nif a:\nprint(a)\nprint(2)'.length;
  await select(editor, start, end);
  await page.keyboard.press('Tab');
  assert.equal(await editor.inputValue(), 'a = 1\nif a:\n    print(a)\n    print(2)\n');
  assert.deepEqual(await selection(editor), [start, end + 8]);
  await page.keyboard.press('Tab');
  assert.equal(await editor.inputValue(), 'a = 1\nif a:\n        print(a)\n        print(2)\n');
  // Shift+Tab takes one level off each selected line, Ctrl+Z puts it back.
  await page.keyboard.press('Shift+Tab');
  assert.equal(await editor.inputValue(), 'a = 1\nif a:\n    print(a)\n    print(2)\n');
  await page.keyboard.press('Control+z');
  assert.equal(await editor.inputValue(), 'a = 1\nif a:\n        print(a)\n        print(2)\n');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  assert.equal(await editor.inputValue(), 'a = 1\nif a:\nprint(a)\nprint(2)\n');
  // Shift+Tab with the caret in a line: that line, by up to four spaces.
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText('      z = 0');
  await page.keyboard.press('Shift+Tab');
  assert.equal((await editor.inputValue()).split('\n').at(-1), '  z = 0');
  await page.keyboard.press('Shift+Tab');
  assert.equal((await editor.inputValue()).split('\n').at(-1), 'z = 0');
  assert.deepEqual(problems, []);
  await close();
});

test('Escape then Tab leaves the editor; Tab alone stays in it', async () => {
  const { page, problems, close, editor } = await openEditor();
  await page.keyboard.press('Tab');
  assert.equal(await editor.inputValue(), '    ');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'code-editor');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  assert.equal(await editor.inputValue(), '    ', 'the Tab after Escape did not type');
  assert.notEqual(await page.evaluate(() => document.activeElement.dataset.testid), 'code-editor');
  // Back in the editor, Tab indents again: Escape arms one Tab only.
  await page.keyboard.press('Shift+Tab');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'code-editor');
  await page.keyboard.press('Escape');
  await page.keyboard.type('x');
  await page.keyboard.press('Tab');
  assert.equal(await editor.inputValue(), '    x    ');
  // The editor says how, to the eye and to screen readers.
  const hint = await editor.getAttribute('aria-describedby');
  assert.match(await page.locator(`#${hint}`).textContent(), /Esc then Tab leaves the editor/);
  assert.deepEqual(problems, []);
  await close();
});

test('Ctrl+Enter runs the program, in the playground and in a capstone', async () => {
  const { page, problems, close, editor } = await openEditor();
  await page.keyboard.insertText('print("run by key")\n');
  await page.keyboard.press('Control+Enter');
  await runShown(page);
  assert.equal(await editor.inputValue(), 'print("run by key")\n', 'no new line typed');
  await page.getByTestId('end').click();
  assert.deepEqual(await page.getByTestId('console-text').allTextContents(), ['run by key']);

  await page.goto(`${site.server.url}#/capstones/llm-batch`);
  await page.getByTestId('capstone-editor').focus();
  await page.keyboard.press('Control+Enter');
  await page.getByTestId('capstone-result').waitFor();
  assert.deepEqual(problems, []);
  await close();
});
