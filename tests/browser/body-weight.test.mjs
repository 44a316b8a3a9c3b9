// Body weight and warm-up ramps on Today (issue 23): the profile card's body-weight log
// (add a weighing, see the latest, edit and remove one, a refused value said beside its
// input and nothing saved), a weighted pull-up's next load on body weight plus the belt,
// and the warm-up ramp above a barbell lift's first working set. Screenshots at 360 x 740
// (test-artifacts/today-body-weight.png, today-warmup-ramp.png).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, serveWeb, openPage, screenshot } from './support/browser.mjs';
import { readRecord, writeRecord } from './support/store.mjs';

let browser, server;
before(async () => { server = await serveWeb(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const PLAN = {
  version: 1, lifter: { status: 'intermediate', spotter: false, unit: 'kg' },
  weeks: [{ label: 'Week 1', sessions: [{ name: 'Pull', exercises: [
    { exercise: 'deadlift', sets: [{ reps: 5, rir: 2 }] },
    { exercise: 'pull-up', sets: [{ reps: 8, rir: 2 }, { reps: 6, rir: 2 }] }] }] }],
};
const PROFILE = { version: 2, unit: 'kg', status: 'intermediate', safety: 'pins',
  e1rm: { deadlift: { value: 200, date: '2026-11-30', source: 'typed' } } };

async function open() {
  const opened = await openPage(browser, `${server.url}today.html`, { viewport: { width: 360, height: 740 } });
  await opened.page.waitForSelector('body[data-ready="true"]');
  return opened;
}

const weighings = async (page) => (await readRecord(page, 'profile'))?.value?.bodyWeight ?? [];

test('the body-weight log: add, latest, edit, remove, and a refused value names its field', async () => {
  const { page, context, errors } = await open();
  await page.click('#profile summary');
  assert.equal(await page.locator('#bw-latest').textContent(), 'No weighing yet.');
  assert.equal(await page.locator('#bw-save').isDisabled(), true);
  await page.fill('#bw-date', '2026-11-01');
  await page.fill('#bw-value', '81.5');
  await page.click('#bw-save');
  await page.locator('#bw-latest', { hasText: 'Latest: 81.5 kg on 2026-11-01.' }).waitFor();
  await page.fill('#bw-date', '2026-12-01');
  await page.fill('#bw-value', '80');
  await page.click('#bw-save');
  await page.locator('#bw-latest', { hasText: 'Latest: 80 kg on 2026-12-01.' }).waitFor();
  assert.deepEqual(await weighings(page), [{ date: '2026-11-01', value: 81.5 }, { date: '2026-12-01', value: 80 }]);
  assert.deepEqual(await page.locator('#bw-list li span').allTextContents(), ['2026-12-01: 80 kg', '2026-11-01: 81.5 kg']);

  // A typo: refused by the core, said beside the input, nothing saved.
  await page.fill('#bw-value', '8');
  await page.click('#bw-save');
  const error = await page.locator('#bw-error').textContent();
  assert.match(error, /^Body weight must be .*20.*400/, error);
  assert.equal(await page.locator('#bw-value').getAttribute('aria-invalid'), 'true');
  assert.equal((await weighings(page)).length, 2);
  await page.fill('#bw-value', '');
  assert.equal(await page.locator('#bw-save').isDisabled(), true);  // nothing typed: nothing to add
  await screenshot(page, 'today-body-weight');

  // Edit the latest, then remove the first.
  await page.click('button[aria-label="Edit the weighing of 2026-12-01"]');
  assert.equal(await page.locator('#bw-save').textContent(), 'Save weighing');
  await page.fill('#bw-value', '79');
  await page.click('#bw-save');
  await page.locator('#bw-latest', { hasText: 'Latest: 79 kg on 2026-12-01.' }).waitFor();
  await page.click('button[aria-label="Remove the weighing of 2026-11-01"]');
  await page.locator('#bw-list li').first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll('#bw-list li').length === 1);
  assert.deepEqual(await weighings(page), [{ date: '2026-12-01', value: 79 }]);
  assert.equal(await page.locator('#bw-error').textContent(), '');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a planned session: a warm-up ramp above the deadlift, and a weighted pull-up loaded on body weight plus the belt', async () => {
  const { page, context, errors } = await open();
  await writeRecord(page, 'plan', PLAN);
  await writeRecord(page, 'profile', { ...PROFILE, bodyWeight: [{ date: '2026-12-01', value: 80 }] });
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  await page.click('#start-plan');
  // Deadlift 5 @ RIR 2 from 200 kg: 200 / (1 + 7/30) = 162.2 -> 162.5 kg; the ramp: the bar,
  // then 40 / 60 / 80 % of 162.5 (65, 97.5, 130), rounded to the plates.
  const ramp = page.locator('.exercise.current .warmup-ramp');
  await ramp.first().waitFor();
  assert.equal(await ramp.count(), 4);
  assert.deepEqual(await ramp.locator('.set-head').allTextContents(), [
    'Warm-up · 10 reps · empty bar', 'Warm-up · 5 reps · 40% of the working load',
    'Warm-up · 3 reps · 60% of the working load', 'Warm-up · 2 reps · 80% of the working load']);
  assert.match(await ramp.nth(1).locator('.set-load').textContent(), /^65 kg/);
  assert.match(await ramp.nth(3).locator('.set-load').textContent(), /^130 kg/);
  await screenshot(page, 'today-warmup-ramp');

  // The pull-up: body weight 80 kg + 10 kg x 8 at RIR 2 -> e1RM 120; 6 at RIR 2 -> 15 kg on the belt.
  await page.locator('.exercise', { hasText: 'Pull' }).last().locator('.pick').click();
  const form = page.locator('.exercise.current .log-form');
  await form.locator('[name=load]').fill('10');
  await form.locator('[name=reps]').fill('8');
  await form.locator('[name=effort]').fill('2');
  await form.locator('.log-submit').click();
  const adapt = page.locator('.exercise.current .adapt');
  await adapt.waitFor();
  assert.match(await adapt.textContent(), /body weight \+ 10 kg x 8 at RIR 2.*the next load is body weight \+ 15 kg/);
  assert.equal(await page.locator('.exercise.current .warmup-ramp').count(), 0);  // none for a bodyweight lift
  assert.deepEqual(errors, []);
  await context.close();
});
