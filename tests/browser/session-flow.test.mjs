// Today's session flow at 360 x 740 from a fresh browser (issue 23, points 3 and 5): a plan
// with a superset is run as a group (the next exercise's set after each set, one rest per
// round, the round shown); an exercise is swapped for one with the same primary muscles,
// with its own e1RM and loads, for today only (the saved plan unchanged) or in the plan too;
// and the planner joins two exercises into a superset and saves it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ARTIFACTS, launchBrowser, openPage, screenshot, serveWeb } from './support/browser.mjs';
import { seriousViolations } from './support/axe.mjs';
import { readHistory, readRecord, waitRecord, writeRecord } from './support/store.mjs';
import { startPlannedSession } from './support/today.mjs';

let browser, server;
before(async () => { server = await serveWeb(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const set = { reps: 10, rir: 2 };
const PLAN = {
  version: 2, name: 'Arms', lifter: { status: 'intermediate', spotter: false, unit: 'kg' },
  weeks: [1, 2].map((n) => ({ label: `Week ${n}`, sessions: [{ name: 'Arms', exercises: [
    { exercise: 'bench-press', sets: [set, set] },
    { exercise: 'barbell-curl', sets: [set, set, set] },
    { exercise: 'triceps-pushdown', supersetWithPrevious: true, sets: [set, set, set] }] }] })),
};
const PROFILE = {
  version: 1, unit: 'kg', status: 'intermediate', safety: 'pins',
  e1rm: { 'bench-press': { value: 100, date: '2026-11-30', source: 'typed' },
    'db-bench-press': { value: 40, date: '2026-11-30', source: 'typed' },
    'barbell-curl': { value: 50, date: '2026-11-30', source: 'typed' },
    'triceps-pushdown': { value: 60, date: '2026-11-30', source: 'typed' } },
};
const PHONE = { viewport: { width: 360, height: 740 } };

async function logCurrent(page) {
  const before = await page.locator('.set[data-state="done"]').count();
  await page.locator('.exercise.current .log-submit').click();
  await page.waitForFunction((n) => document.querySelectorAll('.set[data-state="done"]').length === n + 1, before);
}
const currentName = (page) => page.locator('.exercise.current .exercise-name').textContent();
const visibleText = (page) => page.evaluate(() => document.body.innerText);

// Today on a phone with the plan and profile saved, the plan's session started.
async function startedSession() {
  const opened = await openPage(browser, `${server.url}today.html`, PHONE);
  await startPlannedSession(opened.page, { plan: PLAN, profile: PROFILE });
  return opened;
}

test('a superset runs as a group: the next exercise after each set, one rest per round', async () => {
  const { page, context, errors } = await startedSession();
  const group = page.locator('.superset');
  assert.equal(await group.count(), 1);
  assert.equal(await group.locator('.superset-head').textContent(), 'Superset: Barbell curl and Triceps pushdown (cable), in turn');
  assert.equal(await group.locator('.exercise').count(), 2);
  // Bench on its own: a rest after its set, then bench again; after its last, the curl.
  await logCurrent(page);
  assert.equal(await page.locator('#rest').isHidden(), false);
  assert.equal(await currentName(page), 'Bench press (barbell)');
  await page.click('#rest-skip');
  await logCurrent(page);
  await page.click('#rest-skip');
  assert.equal(await currentName(page), 'Barbell curl');
  // Curl set 1: the pushdown at once, no rest.
  await logCurrent(page);
  assert.equal(await currentName(page), 'Triceps pushdown (cable)');
  assert.equal(await page.locator('#rest').isHidden(), true);
  assert.equal(await group.locator('.round-line').textContent(), 'Round 1 of 3');
  await screenshot(page, 'today-superset-360');
  assert.deepEqual(await seriousViolations(page), []);
  // Pushdown set 1 ends the round: one rest (the curl's, the longer), then curl set 2.
  await logCurrent(page);
  assert.equal(await page.locator('#rest').isHidden(), false);
  assert.equal(await currentName(page), 'Barbell curl');
  assert.equal(await group.locator('.round-line').textContent(), 'Round 2 of 3');
  const rest = await page.locator('#rest-left').textContent();
  assert.match(rest, /^[12]:\d\d$/, rest);
  await screenshot(page, 'today-superset-rest-360');
  await page.setViewportSize({ width: 1280, height: 900 });
  await screenshot(page, 'today-superset-desktop');
  await page.setViewportSize(PHONE.viewport);
  const text = await visibleText(page);
  assert.doesNotMatch(text, /supersetWithPrevious|nextInSession|undefined|NaN|\[object/);
  // Finished: the history keeps the pair as one superset (a shared number, as Hevy's superset_id).
  await page.click('#finish');
  await page.waitForFunction(() => /Saved to your history/.test(document.querySelector('#status').textContent));
  const [workout] = (await readHistory(page)).workouts;
  assert.deepEqual(workout.exercises.map((x) => [x.exercise, x.superset ?? null]),
    [['bench-press', null], ['barbell-curl', 1], ['triceps-pushdown', 1]]);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a swap keeps its own e1RM and loads; the plan stays unless the lifter changes it too', async () => {
  const { page, context, errors } = await startedSession();
  const bench = page.locator('.exercise').first();
  const benchLoad = await bench.locator('.set-load').first().textContent();
  await bench.getByRole('button', { name: 'Swap exercise: Bench press (barbell)' }).click();
  const form = bench.locator('.swap-form');
  const options = await form.locator('select option').allTextContents();
  assert.equal(options[0], 'Decline bench press (barbell)');
  assert.ok(options.includes('Dumbbell bench press') && !options.includes('Incline bench press (barbell)'), options.join(', '));
  await screenshot(page, 'today-swap-360');
  assert.deepEqual(await seriousViolations(page), []);
  await form.locator('select').selectOption('db-bench-press');
  await form.getByRole('button', { name: 'Swap', exact: true }).click();
  const swapped = page.locator('.exercise').first();
  await page.waitForFunction(() => document.querySelector('.exercise .exercise-name')?.textContent === 'Dumbbell bench press');
  // Its own e1RM (40 kg), so its own load: far under the bench's.
  assert.match(await swapped.locator('.exercise-max').textContent(), /^e1RM 40 kg/);
  const dbLoad = await swapped.locator('.set-load').first().textContent();
  assert.notEqual(dbLoad, benchLoad);
  assert.ok(parseFloat(dbLoad) < 40, dbLoad);
  assert.match(await page.locator('#status').textContent(), /for today; your plan stays as it was/);
  assert.equal((await readRecord(page, 'plan')).value.weeks[0].sessions[0].exercises[0].exercise, 'bench-press');
  await screenshot(page, 'today-swapped-360');
  // The curl swapped in the plan too: this week and the next change.
  const curl = page.locator('.exercise').nth(1);
  await curl.getByRole('button', { name: 'Swap exercise: Barbell curl' }).click();
  await curl.locator('.swap-form select').selectOption('cable-curl');
  await curl.locator('.swap-form input[type=checkbox]').check();
  await curl.locator('.swap-form').getByRole('button', { name: 'Swap', exact: true }).click();
  const plan = (await waitRecord(page, 'plan', (p) => p.weeks[0].sessions[0].exercises[1].exercise === 'cable-curl')).value;
  assert.equal(plan.weeks[1].sessions[0].exercises[1].exercise, 'cable-curl');
  assert.equal(plan.weeks[0].sessions[0].exercises[0].exercise, 'bench-press');
  assert.equal(plan.weeks[0].sessions[0].exercises[2].supersetWithPrevious, true);
  // The swapped exercise is prepared in the history's worker after the plan is written.
  await page.locator('#status', { hasText: /in your plan too/ }).waitFor();
  // Still a superset, named by the new exercise.
  assert.equal(await page.locator('.superset-head').textContent(), 'Superset: Cable curl and Triceps pushdown (cable), in turn');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the planner joins an exercise to the one above it as a superset, and saves it', async () => {
  const { page, context, errors } = await openPage(browser, `${server.url}planner.html`, { viewport: { width: 360, height: 800 } });
  await page.waitForSelector('#muscle-bars');
  const unjoined = structuredClone(PLAN);
  delete unjoined.weeks[0].sessions[0].exercises[2].supersetWithPrevious;
  await writeRecord(page, 'plan', unjoined);
  await page.reload();
  await page.waitForSelector('#sessions .pl-badge:not(:empty)');
  const toggle = page.locator('#sessions .pl-exercise').nth(2).locator('.pl-superset-toggle input');
  assert.equal(await toggle.isChecked(), false);
  await toggle.check();
  const saved = await waitRecord(page, 'plan', (p) => p.weeks[0].sessions[0].exercises[2].supersetWithPrevious === true);
  assert.equal(saved.value.version, 2);
  assert.equal(await page.locator('#sessions .pl-exercise.pl-superset').count(), 1);
  await screenshot(page, 'planner-superset-360');
  // The joined pair, close up (the whole page is too tall to read at phone width).
  await page.locator('#sessions .pl-exercise').nth(2).screenshot({ path: `${ARTIFACTS}planner-superset-pair-360.png` });
  assert.deepEqual(errors, []);
  await context.close();
});
