// Warm-up settings per exercise on Today (issue 23, point 4): a "Warm-up settings"
// disclosure under each loaded exercise's sets. A compound lift starts on the usual ramp
// and can be switched off; an isolation lift starts with none and can be given the
// lifter's own steps; a step the core refuses is said beside its input and nothing is
// saved; the choice is one store record ("warmups") that survives a reload. Screenshots at
// 360 x 740 and desktop width (test-artifacts/today-warmup-settings*.png).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, serveWeb, openPage, screenshot } from './support/browser.mjs';
import { readRecord } from './support/store.mjs';
import { seriousViolations } from './support/axe.mjs';
import { startPlannedSession } from './support/today.mjs';

let browser, server;
before(async () => { server = await serveWeb(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const PLAN = {
  version: 1, lifter: { status: 'intermediate', spotter: false, unit: 'kg' },
  weeks: [{ label: 'Week 1', sessions: [{ name: 'Legs', exercises: [
    { exercise: 'back-squat', sets: [{ reps: 5, rir: 2 }, { reps: 5, rir: 2 }] },
    { exercise: 'leg-curl', sets: [{ reps: 10, rir: 2 }] }] }] }],
};
const PROFILE = { version: 2, unit: 'kg', status: 'intermediate', safety: 'pins',
  e1rm: { 'back-squat': { value: 150, date: '2026-11-30', source: 'typed' }, 'leg-curl': { value: 100, date: '2026-11-30', source: 'typed' } } };

async function started(viewport = { width: 360, height: 740 }) {
  const opened = await openPage(browser, `${server.url}today.html`, { viewport });
  const { page } = opened;
  await startPlannedSession(page, { plan: PLAN, profile: PROFILE });
  await page.locator('.exercise').nth(1).waitFor();
  return opened;
}

const card = (page, name) => page.locator('.exercise', { hasText: name });

test('warm-up settings: off for a squat, own steps for a leg curl, a refused step saves nothing, kept after a reload', async () => {
  const { page, context, errors } = await started();
  const squat = card(page, 'Back squat');
  const curl = card(page, 'Leg curl');
  assert.equal(await squat.locator('.warmup-ramp').count(), 4);  // the bar, then 40 / 60 / 80 %
  assert.equal(await curl.locator('.warmup-ramp').count(), 0);   // isolation: none by default

  // The squat: the usual ramp is the one in effect; switched off, its rows go.
  await squat.locator('.warmup-settings summary').click();
  assert.equal(await squat.locator('input[value="default"]').isChecked(), true);
  assert.equal(await squat.locator('.warmup-settings .hint').first().textContent(),
    'Without a choice: the usual ramp (about 40, 60 and 80 %; the empty bar first on a barbell).');
  await squat.locator('label', { hasText: 'No warm-up sets' }).click();
  await squat.locator('button', { hasText: 'Save warm-up' }).click();
  await page.waitForFunction(() => !document.querySelector('.exercise .warmup-ramp'));
  assert.deepEqual((await readRecord(page, 'warmups')).value, { version: 1, exercises: { 'back-squat': { mode: 'off' } } });

  // The leg curl: none in effect; the lifter's own steps start from the usual ramp's.
  await curl.locator('.warmup-settings summary').click();
  assert.equal(await curl.locator('input[value="off"]').isChecked(), true);
  await curl.locator('label', { hasText: 'My own steps' }).click();
  const percents = curl.locator('.warmup-steps input[id$="-p0"], .warmup-steps input[id$="-p1"], .warmup-steps input[id$="-p2"]');
  assert.deepEqual(await percents.evaluateAll((inputs) => inputs.map((i) => i.value)), ['40', '60', '80']);
  // 5 % is below the core's limit: said beside the input, nothing saved.
  const first = curl.locator('.warmup-steps input').first();
  assert.equal(await first.getAttribute('min'), '10');
  assert.equal(await first.getAttribute('max'), '95');
  await first.fill('5');
  await curl.locator('button', { hasText: 'Save warm-up' }).click();
  const problem = curl.locator('.warmup-settings .field-error');
  await problem.filter({ hasText: /Percent/ }).waitFor();
  assert.match(await problem.textContent(), /^Percent must be .*10.*95/);
  assert.equal(await first.getAttribute('aria-invalid'), 'true');
  assert.equal(Object.keys((await readRecord(page, 'warmups')).value.exercises).join(), 'back-squat');
  await screenshot(page, 'today-warmup-settings');
  // Two steps, 50 % x 8 then 75 % x 4: saved, and the ramp shows them. Leg curl 10 @ RIR 2
  // from 100 kg: 71.4 -> 70 kg on the 5 kg stack; 50 % is 35 kg, 75 % 52.5 -> 50 kg (71 %).
  await first.fill('50');
  await curl.locator('.warmup-steps input').nth(1).fill('8');
  await curl.locator('.warmup-steps input').nth(2).fill('75');
  await curl.locator('.warmup-steps input').nth(3).fill('4');
  assert.equal(await problem.textContent(), '');  // an edit clears the refusal
  await curl.locator('button[aria-label="Remove warm-up step 3"]').click();
  await curl.locator('button', { hasText: 'Save warm-up' }).click();
  await curl.locator('.warmup-ramp').first().waitFor();
  assert.deepEqual(await curl.locator('.warmup-ramp .set-head').allTextContents(),
    ['Warm-up · 8 reps · 50% of the working load', 'Warm-up · 4 reps · 71% of the working load']);
  assert.deepEqual((await readRecord(page, 'warmups')).value.exercises['leg-curl'],
    { mode: 'custom', steps: [{ percent: 50, reps: 8 }, { percent: 75, reps: 4 }] });
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 360);

  // After a reload the choices hold.
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  await card(page, 'Leg curl').locator('.warmup-ramp').first().waitFor();
  assert.equal(await card(page, 'Back squat').locator('.warmup-ramp').count(), 0);
  assert.equal(await card(page, 'Leg curl').locator('.warmup-ramp').count(), 2);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the warm-up settings at desktop width, open with own steps, axe clean', async () => {
  const { page, context, errors } = await started({ width: 1280, height: 900 });
  await card(page, 'Back squat').locator('.warmup-settings summary').click();
  await card(page, 'Leg curl').locator('.warmup-settings summary').click();
  await card(page, 'Leg curl').locator('label', { hasText: 'My own steps' }).click();
  assert.deepEqual(await seriousViolations(page), []);
  await screenshot(page, 'today-warmup-settings-desktop');
  assert.equal(await card(page, 'Back squat').locator('input[value="default"]').isChecked(), true);
  assert.deepEqual(errors, []);
  await context.close();
});
