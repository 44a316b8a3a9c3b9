// Import -> export -> import gives the same history, on the WASM build: the twin of
// tests/core/history_roundtrip_test.cpp, on the same shared vectors (the ones of
// tests/vectors/history_import.json whose name starts with "round trip:").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadAllVectors } from './vector_matcher.mjs';
import { createProximity } from '../../web/js/proximity.js';

const fixtures = loadAllVectors().filter(({ spec }) => spec.name.startsWith('round trip:')).map(({ spec }) => spec);

// What a Strong CSV cannot say: the workout's source, and a RIR call (written as RPE).
function asStrongSays(history) {
  const h = structuredClone(history);
  for (const w of h.workouts) {
    delete w.source;
    for (const x of w.exercises) for (const s of x.sets) if ('rir' in s) { s.rpe = 10 - s.rir; delete s.rir; }
  }
  return h;
}

test('there are round-trip vectors', () => assert.ok(fixtures.length >= 2));

for (const spec of fixtures) {
  test(`a Proximity file gives the same history: ${spec.name}`, async () => {
    const px = await createProximity();
    const first = px.importHistory({ text: spec.input.text }).history;
    assert.ok(first.workouts.length > 0);
    const file = px.exportHistory({ history: first, format: 'proximity' });
    assert.deepEqual(px.importHistory({ text: file.text }).history, first);
  });

  test(`a Strong file keeps supersets, bodyweight and assisted sets: ${spec.name}`, async () => {
    const px = await createProximity();
    const first = px.importHistory({ text: spec.input.text }).history;
    const file = px.exportHistory({ history: first, format: 'strong' });
    const again = px.importHistory({ text: file.text });
    assert.equal(again.report.format, 'strong');
    assert.equal(again.report.imported, first.workouts.flatMap((w) => w.exercises).flatMap((x) => x.sets).length);
    assert.deepEqual(asStrongSays(again.history), asStrongSays(first));
  });
}
