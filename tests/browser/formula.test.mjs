// Every page computes with the lifter's chosen e1RM formula (issue 19: "every page passes the
// lifter's chosen formula"): the formula picked on the calculator (its saved record) goes with
// every core call that takes one, on the planner (its loads and the log's analysis), Progress,
// Today, the advisor's load and the iframe widget. Taken at the core itself: the test serves
// wrappers for both modules' glue that record each core call (method, input) a page makes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, serveWeb, openPage } from './support/browser.mjs';
import { writeHistory, writeRecord } from './support/store.mjs';

let browser, server;
before(async () => { server = await serveWeb(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

// The methods that take a formula (px.describe lists it in their input).
const TAKES_FORMULA = ['estimateOneRepMax', 'loadForTarget', 'loadTable', 'analyzeHistory', 'planLoads',
  'prepareSession', 'nextSetLoad'];

const recordingGlue = (file) => `
import createReal from './${file}.js?real';
export default async function createRecorded(options) {
  const core = await createReal(options);
  // The full module takes JSON text (core.call); the calculator module the value itself
  // (its typed path, core.answer): both are recorded as text.
  const entry = typeof core.answer === 'function' ? 'answer' : 'call';
  const real = core[entry].bind(core);
  core[entry] = (method, input) => {
    (globalThis.__coreCalls ??= []).push([method, typeof input === 'string' ? input : JSON.stringify(input)]);
    return real(method, input);
  };
  return core;
}`;

const kg = (load, reps, extra) => ({ load, unit: 'kg', reps, ...extra });
const PLAN = { version: 1, lifter: { status: 'intermediate', spotter: false, unit: 'kg' }, weeks: [{ label: 'Week 1', sessions: [
  { name: 'Legs', exercises: [{ exercise: 'back-squat', sets: [{ reps: 5, rir: 2 }, { reps: 5, rir: 2 }] }] }] }] };
const PROFILE = { version: 2, unit: 'kg', status: 'intermediate', safety: 'none',
  e1rm: { 'back-squat': { value: 140, date: '2026-11-30', source: 'typed' } } };
const HISTORY = { version: 1, workouts: ['2026-11-16', '2026-11-23'].map((d) => ({
  start: `${d}T18:00:00`, exercises: [{ exercise: 'back-squat', sets: [kg(120, 5, { rir: 2 }), kg(120, 5, { rir: 1 })] }] })) };

async function recordingContext() {
  // No service worker: once one controls the page it answers the glue from its precache
  // (ignoring the ?real query), the wrapper then imports itself, and the page never starts.
  const opened = await openPage(browser, `${server.url}history.html`, { serviceWorkers: 'block' });
  for (const file of ['proximity-core', 'proximity-calculator'])
    await opened.context.route(new RegExp(`/wasm/${file}\\.js$`), (route) =>
      route.fulfill({ contentType: 'text/javascript', body: recordingGlue(file) }));
  const { page } = opened;
  await page.waitForSelector('body[data-ready="true"]');
  await writeRecord(page, 'calculator', { formula: 'brzycki' });
  await writeRecord(page, 'plan', PLAN);
  await writeRecord(page, 'profile', PROFILE);
  await writeHistory(page, HISTORY);
  return opened;
}

// The page's calls and its history worker's (web/js/history/analysis-worker.js).
const calls = async (page) => (await Promise.all([page, ...page.workers()]
  .map((where) => where.evaluate(() => (globalThis.__coreCalls ?? []).splice(0))))).flat()
  .map(([method, input]) => [method, JSON.parse(input)]);

// Every call of a method that takes a formula carries the lifter's; `expected` were made.
function assertFormula(made, expected, where) {
  const taking = made.filter(([method]) => TAKES_FORMULA.includes(method));
  for (const method of expected)
    assert.ok(taking.some(([m]) => m === method), `${where}: ${method} was called (${made.map(([m]) => m).join(', ')})`);
  for (const [method, input] of taking)
    assert.equal(input.formula, 'brzycki', `${where}: ${method} without the lifter's formula`);
}

test('the planner, Progress, Today and the advisor pass the formula chosen on the calculator', async () => {
  const { page, errors, context } = await recordingContext();

  await page.goto(`${server.url}planner.html`);
  await page.waitForSelector('body[data-ready="true"]');
  await page.locator('.pl-load').first().filter({ hasText: /kg/ }).waitFor();
  assertFormula(await calls(page), ['planLoads', 'analyzeHistory'], 'planner');
  // The drawn load is Brzycki's: 5 @ RIR 2 from 140 is 140 x (37 - 7) / 36 = 116.7 -> the plates' 117.5 or 115.
  const brzycki = await page.evaluate(async (plan) => {
    const { loadProximity } = await import('./js/proximity.js');
    const px = await loadProximity();
    const profile = { version: 2, unit: 'kg', status: 'intermediate', safety: 'none',
      e1rm: { 'back-squat': { value: 140, date: '2026-11-30', source: 'typed' } } };
    const at = (formula) => px.planLoads({ plan, profile, ...(formula ? { formula } : {}) }).weeks[0].sessions[0].exercises[0].sets[0].load;
    return { brzycki: at('brzycki'), epley: at(undefined) };
  }, PLAN);
  assert.notEqual(brzycki.brzycki, brzycki.epley);
  assert.match(await page.locator('.pl-load').first().innerText(), new RegExp(`^${brzycki.brzycki} kg`));

  await page.goto(`${server.url}history.html`);
  await page.waitForSelector('body[data-ready="true"]');
  await page.locator('#calibration').waitFor();
  assertFormula(await calls(page), ['analyzeHistory'], 'Progress');

  await page.goto(`${server.url}today.html`);
  await page.waitForSelector('body[data-ready="true"]');
  await page.click('#start-plan');
  await page.locator('.exercise.current').waitFor();
  assertFormula(await calls(page), ['prepareSession'], 'Today');

  await page.goto(`${server.url}advisor.html`);
  await page.waitForSelector('body[data-ready="true"]');
  await page.fill('#exercise-filter', 'bench');
  await page.selectOption('#exercise', 'bench-press');
  await page.fill('#reps', '8');
  await page.click('details.more summary');
  await page.fill('#e1rm', '140');
  await page.waitForFunction(() => !document.querySelector('#load-row').hidden);
  assertFormula(await calls(page), ['loadForTarget'], 'advisor');

  assert.deepEqual(errors, []);
  await context.close();
});

test('the iframe widget computes with the lifter\'s formula unless the embed names one', async () => {
  const { page, errors, context } = await recordingContext();
  const result = async () => {
    await page.waitForFunction(() => document.querySelector('proximity-calculator')?.result?.result?.formula);
    return page.evaluate(() => document.querySelector('proximity-calculator').result.result.formula);
  };
  await page.goto(`${server.url}embed-frame.html?mode=e1rm`);
  await page.waitForFunction(() => document.querySelector('proximity-calculator')?.result?.result?.formula === 'brzycki');
  assert.equal(await result(), 'brzycki');
  await page.goto(`${server.url}embed-frame.html?mode=e1rm&formula=lander`);
  assert.equal(await result(), 'lander');  // the article's choice stands
  assert.deepEqual(errors, []);
  await context.close();
});

test('the iframe widget corrects for the lifter\'s RIR calibration, as the calculator does', async () => {
  const { page, errors, context } = await recordingContext();
  const sets = [{ reps: 8, predictedRir: 1, failureReps: 12 }, { reps: 6, predictedRir: 2, failureReps: 9 }];
  await writeRecord(page, 'calculator', { formula: 'brzycki', calibration: { sets, apply: true } });
  await page.goto(`${server.url}embed-frame.html?mode=e1rm&load=100&reps=5&rir=1`);
  await page.waitForFunction(() => document.querySelector('proximity-calculator')?.result?.input?.calibration);
  const { input, result } = await page.evaluate(() => document.querySelector('proximity-calculator').result);
  assert.deepEqual(input.calibration, { sets });
  assert.equal(result.calledRir, 1);
  assert.ok(result.rir > 1, `calls that run high are read as more in reserve (${result.rir})`);
  // The same set and calibration on the calculator's own path give the same e1RM.
  const direct = await page.evaluate(async (sets) => {
    const { loadProximity } = await import('./js/proximity.js');
    const px = await loadProximity({ module: 'calculator' });
    return px.estimateOneRepMax({ load: 100, reps: 5, rir: 1, formula: 'brzycki', calibration: { sets } }).e1rm;
  }, sets);
  assert.equal(result.e1rm, direct);
  const shown = await page.locator('proximity-calculator').evaluate((el) => el.shadowRoot.textContent);
  assert.match(shown, /corrected for your RIR calls/);
  // Reps to failure as the core answers them, to a tenth of a rep (not "7.47 reps").
  assert.equal(result.repsToFailure, Math.round((5 + result.rir) * 10) / 10);
  assert.match(shown, new RegExp(`· ${String(result.repsToFailure).replace('.', '\\.')} reps to failure`));
  assert.doesNotMatch(shown, /\d\.\d\d reps to failure/);
  // Switched off on the calculator: calls at face value again.
  await writeRecord(page, 'calculator', { formula: 'brzycki', calibration: { sets, apply: false } });
  await page.reload();
  await page.waitForFunction(() => document.querySelector('proximity-calculator')?.result?.result?.formula === 'brzycki');
  const plain = await page.evaluate(() => document.querySelector('proximity-calculator').result);
  assert.equal(plain.input.calibration, undefined);
  assert.equal(plain.result.rir, 1);
  assert.deepEqual(errors, []);
  await context.close();
});
