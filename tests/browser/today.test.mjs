// Today, the session view (web/today.html): a whole planned session logged offline, a reload
// in the middle finds every set, finishing puts the workout in the stored history and moves
// the plan on; the next load adapts with its reason; the planner shows the profile's loads;
// the advisor is prefilled from the profile.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { launchBrowser, openPage, ARTIFACTS } from './support/browser.mjs';
import { serveWebCopy } from './support/web-copy.mjs';
import { readHistory, readRecord, writeHistory, writeRecord } from './support/store.mjs';

let browser, site;
before(async () => { browser = await launchBrowser(); site = await serveWebCopy(); });
after(async () => { await browser?.close(); await site?.close(); });

export const PLAN = {
  version: 1, lifter: { status: 'intermediate', spotter: false, unit: 'kg' },
  weeks: [{ label: 'Week 1', sessions: [
    { name: 'Push', exercises: [
      { exercise: 'bench-press', sets: [{ reps: 8, rir: 2 }, { reps: 8, rir: 2 }, { reps: 8, failure: true }] },
      { exercise: 'triceps-pushdown', sets: [{ reps: 12, rir: 1, load: 30 }, { reps: 12, rir: 1 }] }] },
    { name: 'Pull', exercises: [{ exercise: 'barbell-row', sets: [{ reps: 10, rir: 2 }] }] }] }],
};
export const PROFILE = {
  version: 1, unit: 'kg', status: 'intermediate', safety: 'pins',
  e1rm: { 'bench-press': { value: 120, date: '2026-11-30', source: 'calculator' },
    'triceps-pushdown': { value: 60, date: '2026-11-30', source: 'typed' } },
};

async function waitOfflineReady(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
  await page.locator('.pwa-banner', { hasText: 'Ready to work offline.' }).waitFor();
}

const ready = (page) => page.waitForSelector('body[data-ready="true"]');

async function logCurrent(page, { load, reps, rir, failure } = {}) {
  const form = page.locator('.exercise.current .log-form');
  if (load !== undefined) await form.locator('[name=load]').fill(String(load));
  if (reps !== undefined) await form.locator('[name=reps]').fill(String(reps));
  if (rir !== undefined) await form.locator('[name=effort]').fill(String(rir));
  if (failure) await form.locator('[name=failure]').check();
  const before = await page.locator('.set[data-state="done"]').count();
  await form.locator('.log-submit').click();
  await page.waitForFunction((n) => document.querySelectorAll('.set[data-state="done"]').length === n + 1, before);
}

async function shot(page, name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: `${ARTIFACTS}${name}.png` });
}

test('a whole planned session offline: loads and plates shown, a reload keeps every set, finishing saves it to the history', async () => {
  const { page, context, errors } = await openPage(browser, `${site.url}today.html`, { viewport: { width: 360, height: 740 } });
  await waitOfflineReady(page);
  await writeRecord(page, 'plan', PLAN);
  await writeRecord(page, 'profile', PROFILE);
  await context.setOffline(true);
  await page.reload();
  await ready(page);
  assert.match(await page.locator('#plan-label').textContent(), /week 1, session 1 \(Push\)/);
  await page.click('#start-plan');
  const first = page.locator('.exercise.current .set[data-state="next"]');
  // Bench 8 @ RIR 2 from an e1RM of 120: 90 kg, 25 + 10 a side; alone with pins: no failure.
  assert.match(await first.locator('.set-load').textContent(), /^90 kg25 \+ 10 a side$/);
  assert.match(await first.locator('.set-head').textContent(), /Set 1 of 3 · 8 reps · RIR 2/);
  const last = page.locator('.exercise.current .set').nth(2);
  assert.match(await last.locator('.verdict').textContent(), /No failure — Needs a spotter, none present: never to failure/);
  await shot(page, 'today-phone');

  // Set 1 as prescribed, set 2 heavier than expected: 90 x 10 @ 2 -> the e1RM rises.
  await logCurrent(page);
  await logCurrent(page, { reps: 10 });
  const adapt = await page.locator('.exercise.current .adapt').textContent();
  assert.match(adapt, /126 kg/, adapt);
  assert.match(adapt, /100 kg/, adapt);
  assert.equal(await page.locator('.exercise.current .log-form [name=load]').inputValue(), '100');
  // Planned to failure, but the policy holds bench press alone short: prefilled at the advised RIR 1.
  assert.equal(await page.locator('.exercise.current .log-form [name=failure]').isChecked(), false);
  assert.equal(await page.locator('.exercise.current .log-form [name=effort]').inputValue(), '1');
  // On the RPE scale the same advice is the core's RPE 9 (its targetRpe), in the RPE scale's range.
  const effort = page.locator('.exercise.current .log-form [name=effort]');
  await page.click('.exercise.current label[for="mode-0-rpe"]');
  await page.waitForFunction(() => document.querySelector('.exercise.current .effort-label')?.textContent === 'RPE');
  assert.equal(await effort.inputValue(), '9');
  assert.deepEqual(await effort.evaluate((i) => [i.min, i.max, i.step]), ['5', '10', '0.5']);
  await effort.scrollIntoViewIfNeeded();
  await shot(page, 'today-phone-rpe');
  await page.click('.exercise.current label[for="mode-0-rir"]');
  await page.waitForFunction(() => document.querySelector('.exercise.current .effort-label')?.textContent === 'RIR');
  assert.equal(await effort.inputValue(), '1');
  // The logged set's reps and load take the history's ranges (px.describe().limits).
  assert.deepEqual(await page.locator('.exercise.current .log-form [name=reps]').evaluate((i) => [i.min, i.max]), ['0', '1000']);
  assert.match(await page.locator('#rest-left').textContent(), /^[23]:\d\d$/);
  await shot(page, 'today-phone-logged');

  // Reload in the middle: both sets are there, and the rest timer still runs.
  await page.reload();
  await ready(page);
  assert.equal(await page.locator('.set[data-state="done"]').count(), 2);
  assert.match(await page.locator('.set[data-state="done"]').nth(1).textContent(), /90 kg × 10 · RIR 2/);
  assert.equal(await page.locator('#rest').isHidden(), false);
  const stored = await readRecord(page, 'session.current');
  assert.equal(stored.value.exercises[0].sets.length, 2);

  await logCurrent(page, { failure: true, reps: 9 });
  // The pushdown is current now: a fixed 30 kg from the plan, on the stack.
  assert.match(await page.locator('.exercise.current .exercise-name').textContent(), /pushdown/i);
  await logCurrent(page, { load: 30, reps: 12, rir: 1 });
  await logCurrent(page, { load: 30, reps: 12, rir: 0 });
  await page.click('#finish');
  await page.locator('#status', { hasText: 'Saved to your history' }).waitFor();

  const history = await readHistory(page);
  assert.equal(history.version, 1);
  assert.equal(history.workouts.length, 1);
  const w = history.workouts[0];
  assert.equal(w.name, 'Push');
  assert.deepEqual(w.plan, { week: 0, session: 0 });
  assert.deepEqual(w.exercises.map((x) => x.exercise), ['bench-press', 'triceps-pushdown']);
  assert.deepEqual(w.exercises[0].sets.map((s) => [s.load, s.reps, s.failure]), [[90, 8, false], [90, 10, false], [100, 9, true]]);
  assert.equal(w.exercises[0].sets[0].rir, 2);
  assert.equal(await readRecord(page, 'session.current'), null);
  assert.deepEqual((await readRecord(page, 'plan.position')).value, { week: 0, session: 1 });
  // Set 3 was prefilled with the adapted load: 90 x 10 @ 2 = e1RM 90 (1 + 12/30) = 126 -> 8 to
  // failure = 126 / (1 + 8/30) = 99.5 -> 100 kg. The working e1RM learnt: 100 x 9 to failure = 130.
  const profile = (await readRecord(page, 'profile')).value;
  assert.equal(profile.e1rm['bench-press'].source, 'history');
  assert.equal(Math.round(profile.e1rm['bench-press'].value * 100) / 100, 130);
  assert.match(await page.locator('#plan-label').textContent(), /week 1, session 2 \(Pull\)/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the finished workout lands after what another tab saved (baseRev), and an empty session logs too', async () => {
  const { page, context, errors } = await openPage(browser, `${site.url}today.html`);
  await ready(page);
  const other = { version: 1, workouts: [{ start: '2026-11-01T10:00:00', name: 'Imported', source: 'hevy',
    exercises: [{ exercise: 'back-squat', name: 'Squat (Barbell)', sets: [{ load: 100, unit: 'kg', reps: 5, rir: 2 }] }] }] };
  await page.click('#start-empty');
  await page.selectOption('#add-exercise', 'back-squat');
  await page.click('#add-button');
  await logCurrent(page, { load: 100, reps: 5, rir: 2 });
  await writeHistory(page, other);  // another tab imports meanwhile
  await page.click('#finish');
  await page.locator('#status', { hasText: 'Saved to your history' }).waitFor();
  const history = await readHistory(page);
  assert.deepEqual(history.workouts.map((w) => w.name), ['Imported', 'Workout']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the planner shows each set\'s load from the profile; the advisor is prefilled from it', async () => {
  const { page, context, errors } = await openPage(browser, `${site.url}today.html`, { viewport: { width: 1280, height: 900 } });
  await ready(page);
  await writeRecord(page, 'plan', PLAN);
  await writeRecord(page, 'profile', { ...PROFILE, status: 'advanced', safety: 'spotter', calibration: { bias: 1, spread: 1, count: 4 } });
  await page.reload();
  await ready(page);
  await page.click('#start-plan');
  await shot(page, 'today-wide');
  await page.goto(`${site.url}planner.html`);
  await page.waitForSelector('.pl-load');
  const loads = await page.locator('.pl-load').allTextContents();
  assert.ok(loads.some((t) => /90 kg/.test(t) && /75%/.test(t)), loads.join(' | '));
  // A fixed load typed on a set is the set's load, and its percent of the e1RM follows: 100 / 120.
  const firstFixed = page.locator('.pl-fixed').first();
  await firstFixed.fill('100');
  await page.waitForFunction(() => /100 kg · 83%/.test(document.querySelector('.pl-load')?.textContent ?? ''));
  assert.equal((await readRecord(page, 'plan')).value.weeks[0].sessions[0].exercises[0].sets[0].load, 100);
  await page.goto(`${site.url}advisor.html`);
  await page.waitForFunction(() => document.body.dataset.profile === 'applied');
  assert.equal(await page.locator('input[name=status]:checked').inputValue(), 'advanced');
  assert.equal(await page.locator('#safety').inputValue(), 'spotter');
  assert.equal(await page.locator('#cal-bias').inputValue(), '1');
  await page.selectOption('#exercise', 'bench-press');
  assert.equal(await page.locator('#e1rm').inputValue(), '120');
  await page.goto(`${site.url}today.html`);
  await ready(page);
  await page.locator('#profile summary').click();
  await page.selectOption('#p-safety', 'pins');
  await page.click('#profile-save');
  await page.locator('#status', { hasText: 'Profile saved.' }).waitFor();
  await page.goto(`${site.url}advisor.html`);
  await page.waitForFunction(() => document.body.dataset.profile === 'applied');
  assert.equal(await page.locator('#safety').inputValue(), 'pins', 'pins are pins, not a spotter');
  // The calculator saves its e1RM to an exercise: 100 x 5 @ RIR 2 = 100 (1 + 7/30) = 123.3 kg.
  await page.goto(`${site.url}index.html`);
  await page.fill('#load', '100');
  await page.fill('#reps', '5');
  await page.fill('#effort', '2');
  await page.locator('#save-max summary').click();
  await page.waitForSelector('#save-max-exercise option[value="back-squat"]', { state: 'attached' });
  await page.selectOption('#save-max-exercise', 'back-squat');
  await page.click('#save-max-button');
  await page.locator('#save-max-status', { hasText: 'Saved' }).waitFor();
  const max = (await readRecord(page, 'profile')).value.e1rm['back-squat'];
  assert.equal(max.source, 'calculator');
  assert.equal(Math.round(max.value * 10) / 10, 123.3);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the session learns from the history: the load steps up from the trend, with its reason on the card', async () => {
  const { page, context, errors } = await openPage(browser, `${site.url}today.html`, { viewport: { width: 360, height: 740 } });
  await ready(page);
  const plan = { version: 1, weeks: [{ sessions: [{ name: 'Legs', exercises: [
    { exercise: 'back-squat', sets: [{ reps: 5, rir: 2 }, { reps: 5, rir: 2 }] }] }] }] };
  // Last time 5 @ RIR 3 at 100 kg beat the target of 5 @ RIR 2 (double progression).
  const set = { load: 100, unit: 'kg', reps: 5, rir: 3 };
  const history = { version: 1, workouts: [{ start: '2024-12-02T18:00:00', plan: { week: 0, session: 0 },
    exercises: [{ exercise: 'back-squat', sets: [set, set] }] }] };
  await writeRecord(page, 'plan', plan);
  await writeHistory(page, history);
  await writeRecord(page, 'profile', { version: 1, unit: 'kg', status: 'intermediate', safety: 'pins' });
  await page.reload();
  await ready(page);
  await page.click('#start-plan');
  const card = page.locator('.exercise.current');
  assert.equal(await card.locator('.exercise-why').textContent(),
    'Last time 5 reps at RIR 3 at 100 kg beat the target of 5 reps at RIR 2: up to 102.5 kg.');
  assert.match(await card.locator('.set').first().locator('.set-load').textContent(), /^102\.5 kg/);
  assert.equal(await card.locator('.exercise-fatigue').isHidden(), true);
  assert.deepEqual(errors, []);
  await context.close();
});
