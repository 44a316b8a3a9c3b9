// The one JS entry point to Proximity's core, for pages, the widget and the tests.
// Works unchanged in browsers and in Node 20:
//
//   import { loadProximity } from './js/proximity.js';
//   const px = await loadProximity();
//   px.estimateOneRepMax({ load: 100, reps: 5, rir: 2 });
//
// Every core method is exposed as px.<name>(input) -> result. Inputs are plain objects
// (or JSON text); results are plain objects. A core error becomes a thrown
// ProximityError whose `field` names the bad input (e.g. "reps", "rules[2].effect").
// The module is created once per page (or Node process) and shared by every caller.

const WASM_DIR = new URL('../wasm/', import.meta.url);

export class ProximityError extends Error {
  constructor({ field = '', message = 'unknown error' } = {}) {
    super(message);
    this.name = 'ProximityError';
    this.field = field;
  }
}

let instancePromise = null;

const isNode = typeof process === 'object' && !!process.versions?.node &&
  typeof window === 'undefined';

async function nodeWasmBinary() {
  const { readFile } = await import('node:fs/promises');
  return readFile(new URL('proximity-core.wasm', WASM_DIR));
}

async function browserWasmBinary() {
  const url = new URL('proximity-core.wasm', WASM_DIR);
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url.href}: HTTP ${response.status}`);
  return response.arrayBuffer();
}

// NaN and Infinity would silently become null in JSON; send them as text so the core
// can say "must be a finite number" about the right field.
function encodeInput(input) {
  if (typeof input === 'string') return input;
  return JSON.stringify(input ?? {}, (_key, value) =>
    (typeof value === 'number' && !Number.isFinite(value) ? String(value) : value));
}

function makeApi(core) {
  const call = (method, input) => {
    const answer = JSON.parse(core.call(method, encodeInput(input)));
    if (!answer.ok) throw new ProximityError(answer.error);
    return answer.result;
  };
  const names = core.methods();
  const api = { call, methods: [] };
  for (let i = 0; i < names.size(); i++) {
    const name = names.get(i);
    api.methods.push(name);
    api[name] = (input) => call(name, input);
  }
  names.delete();
  return Object.freeze(api);
}

/**
 * A new, separate instance with its own engine state. Pages and the widget should use
 * loadProximity() instead; this is for tests and tools that need isolation.
 */
export async function createProximity(options = {}) {
  // In browsers the .wasm download starts now, alongside the glue's, instead of after the
  // glue has loaded: one round trip fewer before the first result (pages and widget alike).
  const wasmBytes = options.wasmBinary || isNode ? null : browserWasmBinary();
  wasmBytes?.catch(() => {});  // reported below, after the glue, if it is still needed
  const { default: createProximityCore } = await import(new URL('proximity-core.js', WASM_DIR).href);
  const moduleOptions = {
    locateFile: (file) => new URL(file, WASM_DIR).href,
    printErr: () => {},
  };
  if (options.wasmBinary) moduleOptions.wasmBinary = options.wasmBinary;
  else if (isNode) moduleOptions.wasmBinary = await nodeWasmBinary();
  else moduleOptions.wasmBinary = await wasmBytes;
  return makeApi(await createProximityCore(moduleOptions));
}

/**
 * Loads (once) and returns the Proximity API.
 * @param {{wasmBinary?: ArrayBuffer|Uint8Array}} [options]
 */
export async function loadProximity(options = {}) {
  if (!instancePromise) {
    instancePromise = createProximity(options).catch((err) => {
      instancePromise = null;  // let a later call retry (e.g. after a network hiccup)
      throw err;
    });
  }
  return instancePromise;
}
