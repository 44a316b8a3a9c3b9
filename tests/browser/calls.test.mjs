// The calculator page's call pattern (issue 10, item 7): every keystroke makes exactly one
// core call, which answers everything the page shows (the estimate and its load table),
// and an edit is saved once, when typing pauses, not once per keystroke.
// The count is taken at the core itself: the test serves a wrapper for the calculator
// module's glue that records each core call (core.answer(method, input)) the page makes, and counts
// the IndexedDB writes of the calculator's saved record.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, serveWeb, openPage } from './support/browser.mjs';
import { readRecord } from './support/store.mjs';

let browser, server;
before(async () => { server = await serveWeb(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

// Stands in for web/wasm/proximity-calculator.js: the real glue, each instance's call wrapped.
const COUNTING_GLUE = `
import createReal from './proximity-calculator.js?real';
export default async function createCounted(options) {
  const core = await createReal(options);
  // The calculator module answers through its typed path (core.answer); the full one
  // through core.call.
  const entry = typeof core.answer === 'function' ? 'answer' : 'call';
  const real = core[entry].bind(core);
  core[entry] = (method, input) => { globalThis.__coreCalls.push(method); return real(method, input); };
  return core;
}`;

function countWrites() {
  globalThis.__coreCalls = [];
  globalThis.__saves = 0;
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function countedPut(value, ...rest) {
    if (value?.key === 'calculator') globalThis.__saves += 1;
    return put.call(this, value, ...rest);
  };
}

async function countingPage() {
  const opened = await openPage(browser, 'about:blank');
  const { context, page } = opened;
  await context.route(/\/wasm\/proximity-calculator\.js$/, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: COUNTING_GLUE }));
  await context.addInitScript(countWrites);
  await page.goto(server.url);
  await page.waitForFunction(() => document.querySelector('#e1rm-value')?.textContent.trim() !== '–');
  return opened;
}

const calls = (page) => page.evaluate(() => globalThis.__coreCalls.splice(0));
const saves = (page) => page.evaluate(() => globalThis.__saves);
const text = async (page, selector) => (await page.textContent(selector)).trim();

// Presses each key in the focused field; after each one, exactly one core call was made.
async function pressEach(page, keys, label) {
  for (const key of keys) {
    await page.keyboard.press(key);
    assert.deepEqual(await calls(page), ['estimateOneRepMax'], `${label}: one call for the key ${key}`);
  }
}

test('opening the page makes one core call, and its table needs no other', async () => {
  const { page, errors, context } = await countingPage();
  // The page's option lists, labels and limits come from one describe() at start (read
  // once, not per keystroke); then one computation. No defaultEquipment round trip: the
  // core defaults the barbell itself.
  assert.deepEqual(await calls(page), ['describe', 'estimateOneRepMax']);
  assert.equal(await page.locator('#load-table button.cell').count(), 60);
  assert.deepEqual(errors, []);
  await context.close();
});

test('each keystroke in the set is one core call answering the e1RM and the table', async () => {
  const { page, errors, context } = await countingPage();
  await page.waitForFunction(() => globalThis.__saves >= 1);  // the opening's own save
  await calls(page);
  const savesBefore = await saves(page);

  await page.click('#load');
  await page.keyboard.press('ControlOrMeta+a');
  await pressEach(page, ['Backspace', '1', '2', '0'], 'load');
  await page.click('#reps');
  await page.keyboard.press('ControlOrMeta+a');
  await pressEach(page, ['5'], 'reps');
  await page.click('#effort');
  await page.keyboard.press('ControlOrMeta+a');
  await pressEach(page, ['2'], 'effort');
  // 120 x 5 @ RIR 2, Epley: 7 reps to failure, 120 * 37/30 = 148; the table from that one
  // answer: 5 @ RIR 2 is the set itself, 120 kg.
  assert.equal(await text(page, '#e1rm-value'), '148');
  assert.equal(await text(page, '#load-table button.cell[data-row="4"][data-col="2"]'), '120');

  // The edit is saved once when typing pauses, with what was typed last.
  await page.waitForFunction((n) => globalThis.__saves > n, savesBefore);
  await page.waitForTimeout(800);  // longer than the pause: no second save follows
  assert.equal(await saves(page) - savesBefore, 1);
  const saved = (await readRecord(page, 'calculator')).value;
  assert.deepEqual([saved.load, saved.reps, saved.effort], ['120', '5', '2']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('equipment edits are one call each, and another type shows its defaults without asking', async () => {
  const { page, errors, context } = await countingPage();
  await calls(page);
  await page.click('#equipment-details summary');
  await page.selectOption('#equipment-type', 'dumbbell');
  assert.deepEqual(await calls(page), ['estimateOneRepMax']);
  // The core's default kg dumbbells (2.5 kg steps), from the answer's table.
  assert.equal(await page.inputValue('#increment'), '2.5');
  await page.selectOption('#equipment-type', 'barbell');
  assert.deepEqual(await calls(page), ['estimateOneRepMax']);
  assert.equal(await page.inputValue('#bar'), '20');
  await page.click('#bar');
  await page.keyboard.press('ControlOrMeta+a');
  await pressEach(page, ['1', '5'], 'bar');
  assert.equal(await page.inputValue('#bar'), '15');
  // A bar the core refuses: still one call, the error at the bar, the e1RM still shown
  // (a second call only in that case, for the estimate alone).
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('-');
  await page.keyboard.press('5');
  await page.waitForFunction(() => document.querySelector('#bar-error')?.textContent !== '');
  assert.notEqual(await text(page, '#e1rm-value'), '–');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a save still waiting for typing to pause is written before an update reloads the page', async () => {
  const { page, errors, context } = await countingPage();
  await page.click('#load');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('97');
  // What the update banner does before it reloads (web/js/pwa.js): ask, then flush.
  const pending = await page.evaluate(async () => {
    const unsaved = await import('./js/lib/unsaved.js');
    const waiting = unsaved.hasUnsaved();
    await unsaved.flushDrafts();
    return { waiting, after: unsaved.hasUnsaved() };
  });
  assert.deepEqual(pending, { waiting: true, after: false });
  assert.equal((await readRecord(page, 'calculator')).value.load, '97');
  assert.deepEqual(errors, []);
  await context.close();
});
