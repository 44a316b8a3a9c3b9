// The largest history the limits allow (describe().limits.historySets: a decade of
// training), through the WASM build: imported from a Hevy export of exactly that many sets,
// then passed whole, as a JS object, to every method that takes a history (the list comes
// from describe(), so a new such method fails here until it is added), and kept in the
// engine for the methods that read the kept one. The native twin is
// tests/core/history_scale_test.cpp; this one checks that the JS boundary's own limits
// (bytes and values of an input) let the same history through, and that an import's new
// workouts come out a page at a time (px.importedWorkouts) within describe()'s limits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createProximity } from '../../web/js/proximity.js';
import { syntheticHevyDecade } from '../../scripts/lib/synthetic-hevy.mjs';
import { importedWorkouts } from '../../web/js/lib/history-records.js';

const px = await createProximity();
const { limits, methods } = px.describe({});
const maxSets = limits.historySets.max;
const setCount = (history) => history.workouts.reduce((n, w) => n + w.exercises.reduce((m, x) => m + x.sets.length, 0), 0);

test('the largest history the limits allow passes every method that takes a history', () => {
  const imported = px.importToHistory({ text: syntheticHevyDecade(maxSets) });
  assert.equal(imported.report.skipped.length, 0);
  assert.equal(imported.sets, maxSets);
  assert.ok(imported.workouts <= limits.historyWorkouts.max);
  const largest = JSON.parse(px.exportHistory({ format: 'proximity' }).text);
  assert.equal(setCount(largest), maxSets);
  const last = largest.workouts.at(-1);
  const first = largest.workouts[0].exercises[0];  // remapped by the name the file gave it
  const plan = px.generateMesocycle({ template: 'fullBody' });

  // What each method needs besides the history.
  const others = {
    importHistory: { text: '{"version": 1, "workouts": []}' },
    exportHistory: { format: 'proximity' },
    readHistory: {},
    remapExercise: { name: first.name ?? first.exercise, to: 'incline-bench-press' },
    setHistory: {},
    analyzeHistory: { exercise: null },
    prepareSession: { plan },
    planLoads: { plan },
    nextWeekVolume: {
      feedback: {
        workout: { start: last.start, name: last.name ?? '' }, difficulty: 'ok',
        muscles: [{ muscle: 'chest', pump: 'some', soreness: 'healedOnTime', jointPain: 'none' }],
      },
    },
  };
  const taking = methods.filter((m) => m.input.some((f) => f.name === 'history')).map((m) => m.name).sort();
  assert.deepEqual(taking, Object.keys(others).sort());

  for (const [method, extra] of Object.entries(others)) {
    const answer = px[method]({ ...extra, history: largest });
    if (method === 'readHistory' || method === 'setHistory') assert.equal(answer.sets, maxSets, method);
    if (method === 'importHistory') assert.equal(setCount(answer.history), maxSets);
    if (method === 'analyzeHistory') assert.ok(answer.calibration, 'the analysis answers its calibration');
    if (method === 'exportHistory') assert.equal(px.importHistory({ text: answer.text }).report.sets, maxSets);
    if (method === 'nextWeekVolume') assert.equal(answer.muscles[0].muscle, 'chest');
  }
  // The kept history (setHistory above) answers without being sent again.
  const strong = px.exportHistory({ format: 'strong' }).text;
  assert.equal(px.importHistory({ text: strong }).report.sets, maxSets);
  const bench = px.analyzeHistory({ exercise: 'bench-press' }).exercises.find((x) => x.exercise === 'bench-press');
  assert.ok(bench?.sessions.length > 100, 'the bench press has its sessions of the decade');
});

test('an import of the largest history hands its new workouts out in pages within the limits', () => {
  px.clearHistory({});
  const imported = px.importToHistory({ text: syntheticHevyDecade(maxSets) });
  assert.equal(imported.added, imported.workouts);
  let pages = 0;
  let sets = 0;
  for (let from = 0; from < imported.added; pages++) {
    const page = px.importedWorkouts({ from });
    assert.ok(page.workouts.length >= 1 && page.workouts.length <= limits.importedPage.max);
    const inPage = page.workouts.reduce((n, w) => n + w.exercises.reduce((m, x) => m + x.sets.length, 0), 0);
    assert.ok(inPage <= limits.importedPageSets.max, `page ${pages}: ${inPage} sets`);
    assert.equal(page.next, from + page.workouts.length);
    sets += inPage;
    from = page.next;
  }
  assert.equal(sets, maxSets);
  assert.ok(pages >= Math.ceil(imported.added / limits.importedPage.max));
  // The generator the history's worker saves from gives the same workouts, in start order.
  const starts = [...importedWorkouts(px)].map((w) => w.start);
  assert.equal(starts.length, imported.added);
  assert.deepEqual(starts, [...starts].sort());
});
