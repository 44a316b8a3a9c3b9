// The failure advisor page in headless Chromium: pick an exercise and a context, read
// the verdict, RIR and reasons the core computed; load a bad rule set and see its JSON
// path while the rule set in force keeps answering; load a good one, then reset.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, serveWeb, openPage, screenshot } from './support/browser.mjs';

let browser, server;
before(async () => { server = await serveWeb(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const text = async (page, selector) => (await page.textContent(selector)).trim();

async function openAdvisor(viewport) {
  const opened = await openPage(browser, `${server.url}advisor.html`, viewport ? { viewport } : undefined);
  await opened.page.waitForSelector('body[data-ready="true"]');
  return opened;
}

async function pick(page, search, id) {
  await page.fill('#exercise-filter', search);
  await page.selectOption('#exercise', id);
}

test('an exercise and a context give the verdict, RIR, techniques and cited reasons', async () => {
  const { page, errors, context } = await openAdvisor({ width: 360, height: 800 });
  await pick(page, 'leg ext', 'leg-extension');
  assert.equal(await page.$$eval('#exercise option', (o) => o.length), 1, 'the search narrows the list');
  await page.fill('#set-index', '3');
  await page.fill('#set-of', '3');
  await page.fill('#reps', '15');
  await page.waitForFunction(() => document.querySelector('#verdict').dataset.verdict === 'failure');
  assert.equal(await text(page, '#verdict'), 'Go to failure');
  assert.equal(await text(page, '#rir'), 'RIR 0');
  assert.equal(await text(page, '#reasons li:first-child .reason-title'),
    'Isolation or machine, last set, 8-30 reps: to failure');
  const techniques = await page.$$eval('#techniques li', (items) => items.map((li) => `${li.className}:${li.querySelector('.name').textContent}`));
  assert.deepEqual(techniques, ['allowed:Drop set: ', 'allowed:Rest-pause: ', 'denied:Forced reps: ', 'allowed:Myo-reps: ']);
  await screenshot(page, 'advisor-360-failure');
  // Each input's range and the fatigue signs are the core's (px.describe()), set at start.
  const range = (id) => page.$eval(id, (i) => [i.min, i.max, i.step]);
  assert.deepEqual(await range('#set-of'), ['1', '20', '1']);
  assert.deepEqual(await range('#phase-week'), ['1', '52', '1']);
  assert.deepEqual(await range('#weekly-sets'), ['0', '200', 'any']);
  assert.deepEqual(await range('#frequency'), ['1', '14', '1']);
  assert.deepEqual(await range('#percent'), ['1', '120', 'any']);
  assert.deepEqual(await page.$$eval('input[name=fatigue]', (c) => c.map((x) => `${x.value}:${x.parentElement.textContent.trim()}`)),
    ['performanceDrop:Performance dropping', 'persistentSoreness:Soreness that lingers', 'poorReadiness:Poor sleep or readiness']);

  // A deload rules failure out; the reason cites its sources when expanded.
  await page.selectOption('#phase', 'deload');
  await page.waitForFunction(() => document.querySelector('#verdict').dataset.verdict === 'no-failure');
  assert.equal(await text(page, '#verdict'), 'No failure');
  assert.equal(await text(page, '#rir'), 'RIR 3–4');
  assert.equal(await text(page, '#rpe'), '6–7');
  await page.click('#reasons li:first-child summary');
  assert.equal(await page.$eval('#reasons li:first-child details', (d) => d.open), true);
  assert.equal(await text(page, '#reasons li:first-child .reason-title'), 'Deload week: never to failure');
  const sources = await page.$$eval('#reasons li:first-child .sources li', (li) => li.map((x) => x.textContent));
  assert.equal(sources.length, 3);
  // Authors (year). Title: no seed ids, no citation notes.
  assert.equal(sources[0], 'Anonymous (2026). Training to Failure: When It Helps and When It Hurts');
  assert.equal(sources[2], 'Moran-Navarro R, et al. (2017). Time course of recovery following resistance training leading or not to failure');
  // An expanded reason stays open when the advice is recomputed (the reps field's
  // change event fires when it loses focus; the advice may also change).
  await page.fill('#reps', '14');
  await page.waitForFunction(() => document.querySelector('#reasons li:first-child details')?.open === true);
  await screenshot(page, 'advisor-360-deload');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a heavy compound alone: no failure, with the load for the RIR range from the e1RM', async () => {
  const { page, errors, context } = await openAdvisor({ width: 1280, height: 900 });
  await pick(page, 'bench', 'bench-press');
  await page.fill('#reps', '8');
  await page.click('details.more summary');
  await page.fill('#e1rm', '100');
  await page.waitForFunction(() => !document.querySelector('#load-row').hidden);
  assert.equal(await text(page, '#verdict'), 'No failure');
  assert.equal(await text(page, '#rir'), 'RIR 1–3');
  // Epley: 100 / (1 + (8 + 3) / 30) = 73.2 and 100 / (1 + (8 + 1) / 30) = 76.9
  assert.equal(await text(page, '#load'), '73.2–76.9 kg');
  const chips = await page.$$eval('#exercise-facts .chip.risk', (c) => c.map((x) => x.textContent));
  assert.deepEqual(chips, ['Heavy compound', 'Needs a spotter to fail safely']);
  // With a spotter the verdict softens to stop-short, still RIR 1-3.
  await page.selectOption('#safety', 'spotter');
  await page.waitForFunction(() => document.querySelector('#verdict').dataset.verdict === 'stop-short');
  assert.equal(await text(page, '#verdict'), 'Stop short');
  // Every technique is ruled out by the same rule: said once.
  assert.deepEqual(await page.$$eval('#techniques li .name', (n) => n.map((x) => x.textContent)), ['None on this set: ']);
  assert.match(await text(page, '#techniques li .note'), /\(Squat, bench, deadlift, overhead press: RIR 1-3\)\.$/);
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, 'advisor-1280-bench');
  // Bad input is named and changes nothing.
  await page.fill('#set-index', '5');
  await page.locator('#set-index-error').waitFor();
  assert.match(await text(page, '#set-index-error'), /^The set number \(5\) must not exceed the number of sets \(3\)$/);
  assert.equal(await page.locator('#result').isVisible(), false);  // no stale verdict
  assert.equal(await page.locator('#verdict-bar').isVisible(), false);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a bad rule set shows its JSON path and the old verdicts still work; a good one applies; reset', async () => {
  const { page, errors, context } = await openAdvisor({ width: 390, height: 844 });
  await pick(page, 'cable fly', 'cable-fly');
  await page.fill('#set-index', '3');
  await page.fill('#set-of', '3');
  await page.fill('#reps', '12');
  await page.waitForFunction(() => document.querySelector('#verdict').dataset.verdict === 'failure');

  const custom = {
    format: 'proximity-rules', version: 1, name: 'Coach K', revision: '3',
    references: [{ id: 'coach', citation: "Coach K's judgement" }],
    rules: [{ id: 'always-short', title: 'Always two in the tank', priority: 5, condition: { all: [] },
      effect: { verdict: 'stop-short', rir: { min: 2, max: 2 } }, explanation: 'Every set ends two reps short.', sources: ['coach'] }],
  };
  const bad = structuredClone(custom);
  bad.rules[0].condition = { all: [{ fact: 'set.reps', gte: 8 }] };
  await page.fill('#rules-text', JSON.stringify(bad, null, 2));
  await page.click('#load-rules');
  await page.waitForSelector('#rules-error code.path');
  assert.equal(await text(page, '#rules-error code.path'), 'rules[0].condition.all[0].fact');
  assert.match(await text(page, '#rules-error'), /unknown fact "set\.reps"/);
  assert.equal(await text(page, '#ruleset-name'), 'Proximity default failure policy');
  assert.equal(await text(page, '#verdict'), 'Go to failure', 'the default rules still answer');
  await page.fill('#set-index', '2');
  await page.waitForFunction(() => document.querySelector('#verdict').dataset.verdict === 'near-failure');
  // Near failure stops a rep short: RIR 1-2, never a range that includes RIR 0.
  assert.equal(await text(page, '#rir'), 'RIR 1–2');
  await screenshot(page, 'advisor-390-bad-rules');

  await page.fill('#rules-text', JSON.stringify(custom));
  await page.click('#load-rules');
  await page.waitForFunction(() => document.querySelector('#verdict').dataset.verdict === 'stop-short');
  assert.equal(await text(page, '#rir'), 'RIR 2');
  assert.equal(await text(page, '#ruleset-name'), 'Coach K');
  assert.equal(await page.$eval('#rules-error', (e) => e.childElementCount), 0);
  assert.equal(await text(page, '#reasons li:first-child .reason-title'), 'Always two in the tank');

  // The loaded rule set survives a reload (saved locally), and reset brings back the default.
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  assert.equal(await text(page, '#ruleset-name'), 'Coach K');
  await page.click('#reset-rules');
  await page.waitForFunction(() => document.querySelector('#ruleset-name').textContent === 'Proximity default failure policy');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the downloadable default rule set is the one the core runs', async () => {
  const { page, errors, context } = await openAdvisor();
  const served = await page.evaluate(async () => (await fetch('data/rules.json')).json());
  const { loadProximity } = await import('../../web/js/proximity.js');
  const px = await loadProximity();
  assert.deepEqual(served, px.ruleSet());
  assert.deepEqual(errors, []);
  await context.close();
});
