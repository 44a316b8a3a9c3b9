// The RIR calibration in words (docs/calibration.md): Progress says how far the calls miss per
// kind of exercise and what the backtest found; Today shows the target to stop at by feel and
// proposes one safe test, with the field that logs it. Screenshots at 360 x 740.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ARTIFACTS, launchBrowser, openPage, serveWeb, screenshot } from './support/browser.mjs';
import { writeHistory, writeRecord } from './support/store.mjs';
import { syntheticHevyYear } from '../../scripts/lib/synthetic-hevy.mjs';

let browser, server;
before(async () => { server = await serveWeb(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const viewport = { width: 360, height: 740 };
const kg = (load, reps, extra) => ({ load, unit: 'kg', reps, ...extra });
// Six weekly leg-extension tests: called RIR 2 at 12 reps, failure at 16 (calls 2 reps high).
const HISTORY = { version: 1, workouts: ['2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26', '2026-11-02', '2026-11-09'].map((d) => ({
  start: `${d}T18:00:00`, exercises: [
    { exercise: 'back-squat', sets: [kg(100, 5, { rir: 2 }), kg(100, 5, { rir: 2 })] },
    { exercise: 'leg-extension', sets: [kg(50, 12, { rir: 2, failureReps: 16 })] }] })) };

test('Progress says per kind of exercise how far the calls miss, and what the backtest found', async () => {
  const { page, errors } = await openPage(browser, `${server.url}history.html`, { viewport });
  await page.waitForSelector('body[data-ready="true"]');
  await writeHistory(page, HISTORY);
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  const card = page.locator('#calibration');
  await card.getByText('Isolation and machine work: your calls run about 2 reps high').waitFor();
  const text = await card.innerText();
  assert.match(text, /Compound lifts: your calls run about 1\.5 reps high .*taken from your other lifts/);
  assert.match(text, /from 6 tests, last on 2026-11-09/);
  assert.match(text, /Over 6 failure tests, your calls missed by about 2 reps; corrected with what was logged before each, by about 0\.5 reps\./);
  assert.match(text, /never less than the 0\.7 rep/);
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'calibration-progress-360');
  assert.deepEqual(errors, []);
});

test('Today: a beginner whose calls run 2 reps high sees the true target and the felt one, and one safe test to log', async () => {
  const { page, errors } = await openPage(browser, `${server.url}today.html`, { viewport });
  await page.waitForSelector('body[data-ready="true"]');
  await writeRecord(page, 'plan', { version: 1, lifter: { status: 'beginner', spotter: false, unit: 'kg' }, weeks: [{ label: 'Week 1', sessions: [
    { name: 'Legs', exercises: [
      { exercise: 'leg-extension', sets: [{ reps: 12, rir: 1 }, { reps: 12, rir: 1 }] },
      { exercise: 'back-squat', sets: [{ reps: 8, rir: 2 }] }] }] }] });
  await writeRecord(page, 'profile', { version: 1, unit: 'kg', status: 'beginner', safety: 'none',
    calibration: { bias: 2, spread: 1.6, count: 2 }, e1rm: { 'leg-extension': { value: 80, date: '2026-11-30', source: 'typed' } } });
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  await page.click('#start-plan');
  const felt = page.locator('.felt').first();
  await felt.waitFor();
  assert.match(await felt.innerText(), /Stop when it feels like .*your calls run about 2 reps high/);
  const proposal = page.locator('.calibration-test');
  assert.equal(await proposal.count(), 1);  // one test per session: the leg extension's last set
  assert.match(await proposal.innerText(), /Test your calls on this set .*carry on to failure and enter the reps you reached/);
  assert.equal(await page.locator('.exercise.current [name=failureReps]').count(), 1);
  await proposal.scrollIntoViewIfNeeded();
  await screenshot(page, 'calibration-today-360');
  assert.deepEqual(errors, []);
});

// A real one-year export (the synthetic Hevy year: every exercise ends in a set to failure at
// the load of the set before it, called at RPE 7, so every inference says the same thing).
// The words never claim "about 0 reps": an inference is known within 1.5 reps, and without a
// failure test there is nothing to score the correction on.
test('Progress on a year-long export with sets to failure: honest scatter and backtest words, phone and desktop', async () => {
  for (const [name, size] of [['360', viewport], ['desktop', { width: 1280, height: 900 }]]) {
    const { page, errors, context } = await openPage(browser, `${server.url}history.html`, { viewport: size });
    await page.waitForSelector('body[data-ready="true"]');
    await page.setInputFiles('#import-file', { name: 'hevy.csv', mimeType: 'text/csv', buffer: Buffer.from(syntheticHevyYear()) });
    const card = page.locator('#calibration');
    await card.getByText(/No failure test yet/).waitFor({ timeout: 60000 });
    const text = await card.innerText();
    assert.doesNotMatch(text, /about 0 reps?\b/);
    assert.match(text, /Compound lifts: your calls run about 1 rep low \(you have less left than you call\), from [\d,]+ sets followed by one to failure, last on 2025-08-29; each call scatters by about 1\.5 reps \(a set followed by one to failure tells its reps to failure only within about 1\.5\)\. One failure test will check it\./);
    assert.match(text, /No failure test yet: your [\d,]+ sets followed by one to failure teach the correction, but only a test can check how well it works\./);
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, `calibration-progress-export-${name}`);
    await card.screenshot({ path: `${ARTIFACTS}calibration-card-export-${name}.png` });  // the card alone, to look at
    assert.deepEqual(errors, []);
    await context.close();
  }
});
