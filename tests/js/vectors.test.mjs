// Every shared vector (tests/vectors/*.json) through the WASM build, via the same JS
// entry point the pages use. tests/core/vectors_test.cpp runs them natively.
// Every vector of the calculator module's methods (whatever its file) also runs through
// that module's typed path (JS objects in and out, no JSON text: wasm/bindings_typed.cpp),
// which must answer it as expected and byte for byte like the full module's JSON path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadAllVectors, mismatch } from './vector_matcher.mjs';
import { createProximity, loadProximity, ProximityError } from '../../web/js/proximity.js';

const vectors = loadAllVectors();
const isLoadVector = ({ file }) => file.startsWith('load_');
// The calculator module's methods, as it lists them itself.
const calculatorMethods = new Set((await createProximity({ module: 'calculator' })).methods);
const isCalculatorVector = ({ spec }) =>
  [spec, ...(spec.setup ?? [])].every((step) => calculatorMethods.has(step.method));

test('there are shared vectors to run', () => {
  assert.ok(vectors.length >= 20, `only ${vectors.length} vectors found`);
  assert.ok(vectors.filter(isLoadVector).length >= 140, 'the load vector files are missing');
  // The typed path meets every vector of its methods: the load files' and the others'
  // (model corrections), except the unknown method the load file also tries.
  const typed = vectors.filter(isCalculatorVector);
  assert.ok(typed.length >= 160, `only ${typed.length} vectors run through the calculator module`);
  assert.ok(typed.some(({ file }) => !isLoadVector({ file })), 'vectors outside the load files are left out');
  for (const method of calculatorMethods)
    assert.ok(typed.some(({ spec }) => spec.method === method) || method === 'describe', `no vector for ${method}`);
});

// The answer's JSON text, or the error as {field, message}.
function answer(px, method, input) {
  try { return { result: px.call(method, input ?? {}) }; } catch (e) {
    if (e.name !== 'ProximityError') throw e;
    return { error: { field: e.field, message: e.message } };
  }
}

function check(px, spec) {
  for (const step of spec.setup ?? []) px.call(step.method, step.input ?? {});
  const tolerance = spec.tolerance ?? 1e-6;
  const got = answer(px, spec.method, spec.input);
  if (spec.error) {
    assert.ok(got.error, `expected an error, got ${JSON.stringify(got.result)}`);
    assert.equal(mismatch(spec.error, got.error, tolerance, 'error'), '');
  } else {
    assert.ok(got.result !== undefined, `unexpected error ${JSON.stringify(got.error)}`);
    assert.equal(mismatch(spec.expect, got.result, tolerance), '');
  }
  return got;
}

for (const vector of vectors) {
  const { file, spec } = vector;
  test(`${file}: ${spec.name}`, async () => {
    // A fresh instance per vector, like the native side's fresh Engine, so setup steps
    // (e.g. a loaded rule set) never leak into the next vector.
    const full = check(await createProximity(), spec);
    if (!isCalculatorVector(vector)) return;
    const calculator = check(await createProximity({ module: 'calculator' }), spec);
    assert.equal(JSON.stringify(calculator), JSON.stringify(full), 'calculator and full modules differ');
  });
}

test('the calculator module offers exactly the load methods', async () => {
  const calc = await loadProximity({ module: 'calculator' });
  assert.deepEqual(calc.methods, ['describe', 'estimateOneRepMax', 'loadForTarget', 'loadTable', 'calibrateRir',
    'roundLoad', 'defaultEquipment', 'convertUnit']);
  const full = await loadProximity();
  for (const name of calc.methods) assert.ok(full.methods.includes(name), name);
  assert.ok(full.methods.includes('adviseSet') && full.methods.includes('exercises'));
  assert.equal(calc.adviseSet, undefined);
  assert.throws(() => calc.call('adviseSet', {}), (e) => e.field === 'method' && /unknown method "adviseSet"/.test(e.message));
});

test('one shared instance per module', async () => {
  const [a, b, c] = await Promise.all([
    loadProximity({ module: 'calculator' }), loadProximity({ module: 'calculator' }), loadProximity({ module: 'full' })]);
  assert.equal(a, b);
  assert.notEqual(a, c);
  assert.equal(c, await loadProximity());
});

test('an unknown module name is a clear error', async () => {
  for (const load of [loadProximity, createProximity]) {
    await assert.rejects(load({ module: 'planner' }), (e) =>
      e instanceof ProximityError && e.field === 'module' && e.message === 'unknown module "planner": expected one of full, calculator');
  }
});

test('the shared module stays usable after an error', async () => {
  for (const module of ['full', 'calculator']) {
    const px = await loadProximity({ module });
    assert.throws(() => px.estimateOneRepMax({ load: -1, reps: 5 }), (e) => e.field === 'load');
    assert.equal(px.estimateOneRepMax({ load: 100, reps: 1, rir: 0 }).e1rm, 100);
  }
});
