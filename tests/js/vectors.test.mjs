// Every shared vector (tests/vectors/*.json) through the WASM build, via the same JS
// entry point the pages use. tests/core/vectors_test.cpp runs them natively.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadAllVectors, mismatch } from './vector_matcher.mjs';
import { createProximity, loadProximity } from '../../web/js/proximity.js';

const vectors = loadAllVectors();

test('there are shared vectors to run', () => {
  assert.ok(vectors.length >= 20, `only ${vectors.length} vectors found`);
});

for (const { file, spec } of vectors) {
  test(`${file}: ${spec.name}`, async () => {
    // A fresh instance per vector, like the native side's fresh Engine, so setup steps
    // (e.g. a loaded rule set) never leak into the next vector.
    const px = await createProximity();
    for (const step of spec.setup ?? []) px.call(step.method, step.input ?? {});
    const tolerance = spec.tolerance ?? 1e-6;
    if (spec.error) {
      let error;
      try { px.call(spec.method, spec.input ?? {}); } catch (e) { error = e; }
      assert.ok(error, 'expected an error');
      assert.equal(error.name, 'ProximityError');
      assert.equal(mismatch(spec.error, { field: error.field, message: error.message }, tolerance, 'error'), '');
    } else {
      const result = px.call(spec.method, spec.input ?? {});
      assert.equal(mismatch(spec.expect, result, tolerance), '');
    }
  });
}

test('the shared module stays usable after an error', async () => {
  const px = await loadProximity();
  assert.throws(() => px.estimateOneRepMax({ load: -1, reps: 5 }), (e) => e.field === 'load');
  assert.equal(px.estimateOneRepMax({ load: 100, reps: 1 }).e1rm, 100);
});
