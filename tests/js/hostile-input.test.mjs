// Hostile input through the WASM build, for every method the module lists: nesting far
// past the core's limit (as objects and as text), huge arrays, 10 MB strings and the
// classic bad numbers. Every call must end in a value or a ProximityError in words (never
// a trap, a RangeError or "internal error"), and afterwards the same instance must still
// answer a known vector correctly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadAllVectors } from './vector_matcher.mjs';
import { createProximity, ProximityError } from '../../web/js/proximity.js';

const px = await createProximity();
const limits = px.planDefaults().limits;  // the core's own figures (core/common/input_limits.hpp)

// A vector's input per method, to spoil one number at a time.
const sampleInput = new Map();
for (const { spec } of loadAllVectors()) {
  if (spec.expect && spec.input && !sampleInput.has(spec.method)) sampleInput.set(spec.method, spec.input);
}

function nestedObject(depth) {
  let inner = 1;
  for (let i = 0; i < depth; i++) inner = { a: inner };
  return { name: inner };
}
const nestedText = (depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

// Calls and returns the ProximityError, or null when the call answered.
function attempt(method, input) {
  try {
    px.call(method, input);
    return null;
  } catch (err) {
    assert.ok(err instanceof ProximityError, `${method}: ${err?.name}: ${err?.message}`);
    assert.equal(err.kind, 'input', `${method}: ${err.message}`);
    assert.ok(err.message.length > 0 && !/json\.exception/.test(err.message), `${method}: ${err.message}`);
    return err;
  }
}

function refused(method, input, pattern) {
  const err = attempt(method, input);
  assert.ok(err, `${method} accepted hostile input`);
  assert.match(err.message, pattern, method);
}

function assertStillAnswers() {
  const r = px.estimateOneRepMax({ load: 100, reps: 5, rir: 0 });
  assert.ok(Math.abs(r.e1rm - 116.6667) < 1e-4, `e1rm ${r.e1rm}`);
  assert.equal(px.exercises({ ids: ['back-squat'] })[0].id, 'back-squat');
}

test('the core states its limits', () => {
  assert.equal(limits.nesting, 64);
  assert.ok(limits.fileBytes > 0 && limits.inputBytes >= limits.fileBytes);
});

test('every method refuses nesting past the limit, as objects and as text', () => {
  for (const method of px.methods) {
    for (const depth of [limits.nesting + 1, 3850]) {
      refused(method, nestedObject(depth), /nested more than 64 levels deep/);
      refused(method, nestedText(depth), /nested more than 64 levels deep/);
    }
    refused(method, nestedText(100000), /nested more than 64 levels deep/);
    refused(method, nestedObject(100000), /nested|cannot be read/);  // JS itself may give up first
  }
  // A plan file inside the input is held to the same limit.
  refused('importPlan', { text: nestedText(5000) }, /nested more than 64 levels deep/);
  assertStillAnswers();
});

test('every method refuses huge arrays and 10 MB strings', () => {
  const million = new Array(1e6).fill(1);
  const big = 'x'.repeat(10 * 1024 * 1024);
  // As text once (building it per method would time JSON.stringify, not the core) ...
  const millionText = JSON.stringify(million);
  const idsText = JSON.stringify({ ids: million });
  const bigText = JSON.stringify({ text: big });
  for (const method of px.methods) {
    refused(method, millionText, /too many values/);
    refused(method, idsText, /too many values/);
    refused(method, bigText, /too large \(over 8 MB\)/);
  }
  // ... and as objects through the facade.
  refused('importPlan', million, /too many values/);
  refused('exercises', { ids: million }, /too many values/);
  refused('exportPlan', { name: big }, /too large \(over 8 MB\)/);
  refused('exercises', { ids: new Array(5000).fill('back-squat') }, /at most 1000/);
  refused('importPlan', { text: ' '.repeat(limits.fileBytes + 1) }, /too large \(over 4 MB\)/);
  assertStillAnswers();
});

test('every method answers broken text (lone surrogates, control bytes) in words', () => {
  for (const method of px.methods) {
    attempt(method, { name: '\uD800', text: 'a\uDFFFb' });  // JSON.stringify escapes them
    refused(method, '{"name": "\uD800"}', /not valid JSON/);  // raw: not UTF-8 once in the module
    refused(method, '{"name": "\u0000\u0001"}', /not valid JSON/);
  }
  assertStillAnswers();
});

const BAD_NUMBERS = [NaN, Infinity, -Infinity, 1e308, -1e308, 5e-324, -0, 2 ** 53 + 1, 1e-7, -1];

test('the classic bad numbers in every numeric field of a sample input are answered or refused in words', () => {
  let spoiled = 0;
  for (const method of px.methods) {
    const input = sampleInput.get(method);
    if (!input || typeof input !== 'object') continue;
    for (const [key, value] of Object.entries(input)) {
      if (typeof value !== 'number') continue;
      for (const bad of BAD_NUMBERS) {
        if (method.startsWith('bench') && key === 'iterations' && bad > 1000) continue;  // a workload, by design
        const err = attempt(method, { ...input, [key]: bad });
        if (!Number.isFinite(bad)) assert.ok(err, `${method}.${key} = ${bad} was accepted`);
        spoiled++;
      }
      // Out of the double range as text: a field error, not a parser's exception.
      const text = JSON.stringify({ ...input, [key]: 12345 }).replace('12345', '1e400');
      const err = attempt(method, text);
      assert.ok(err, `${method}.${key} = 1e400 was accepted`);
      assert.equal(err.field, key);
      assert.match(err.message, /too large to be a number \(got 1e400\)/);
    }
  }
  assert.ok(spoiled > 100, `only ${spoiled} spoiled inputs`);
  assertStillAnswers();
});

test('huge numbers print compactly in messages', () => {
  const err = attempt('estimateOneRepMax', { load: 1e308, reps: 5, rir: 0 });
  assert.equal(err.message, 'load must be between 0.1 and 10000 (got 1e308)');
});

test('a module that throws anything but a ProximityError is replaced by a fresh one', async () => {
  let trapOnce = true;
  const wrapped = await createProximity({
    wrapCore: (core) => ({
      methods: () => core.methods(),
      call: (method, text) => {
        if (trapOnce && method === 'loadTable') {
          trapOnce = false;
          throw new WebAssembly.RuntimeError('memory access out of bounds');
        }
        return core.call(method, text);
      },
    }),
  });
  assert.throws(() => wrapped.loadTable({ e1rm: 100 }),
    (e) => e instanceof ProximityError && e.kind === 'internal' && e.field === '' && /internal error/.test(e.message));
  await wrapped.ready();
  assert.equal(wrapped.loadTable({ e1rm: 100 }).rows.length, 12);
  assert.ok(Math.abs(wrapped.estimateOneRepMax({ load: 100, reps: 5, rir: 0 }).e1rm - 116.6667) < 1e-4);
});

test('an input key that reads "internal error" is refused as an input error, quoted', () => {
  const err = attempt('estimateOneRepMax', { 'internal error: forged': 1 });
  assert.ok(err.message.startsWith('"internal error: forged" is not a known field'), err.message);
  const nested = attempt('readProfile', { profile: { version: 1, e1rm: { 'internal error\n': { value: 100 } } } });
  assert.equal(nested.field, 'profile.e1rm["internal error\\u000a"]');
});
