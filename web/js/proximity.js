// @ts-check
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
// Each module is created once per page (or Node process) and shared by every caller.
//
// Two builds of the same core (wasm/CMakeLists.txt), chosen with { module }:
//   'full' (default)  every method: advisor, planner, exercise library, rule sets
//   'calculator'      only the load methods (px.describe().methods lists them, with
//                     the builds of each): a much smaller download, for the calculator
//                     page and anything that only estimates loads. It takes and answers
//                     JS objects (core.answer, wasm/bindings_typed.cpp): no JSON text
//                     either way, and no JSON parser in the module
// Types: web/js/proximity.d.ts (generated from px.describe() by scripts/lib/gen-dts.mjs).

const WASM_DIR = new URL('../wasm/', import.meta.url);
// Module name -> file name (without .js/.wasm) in web/wasm/.
export const MODULE_FILES = Object.freeze({ full: 'proximity-core', calculator: 'proximity-calculator' });

// kind: 'input' (the input was refused; field names it) or 'internal' (the core's own
// fault). The core's answer says which in its own field, never through the message's words.
export class ProximityError extends Error {
  constructor({ kind = 'input', field = '', message = 'unknown error' } = {}) {
    super(message);
    this.name = 'ProximityError';
    this.kind = kind === 'internal' ? 'internal' : 'input';
    this.field = field;
  }
}

const instancePromises = new Map();  // module name -> promise of its shared api

const nodeProcess = /** @type {any} */ (globalThis).process;
const isNode = typeof nodeProcess === 'object' && !!nodeProcess.versions?.node &&
  typeof window === 'undefined';

function moduleFile(module = 'full') {
  if (!Object.hasOwn(MODULE_FILES, module)) {
    throw new ProximityError({
      field: 'module',
      message: `unknown module ${JSON.stringify(module)}: expected one of ${Object.keys(MODULE_FILES).join(', ')}`,
    });
  }
  return MODULE_FILES[module];
}

/** @param {URL} url */
async function nodeWasmBinary(url) {
  const { readFile } = await import('node:fs/promises');
  return readFile(url);
}

/** @param {URL} url */
async function browserWasmBinary(url) {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url.href}: HTTP ${response.status}`);
  return response.arrayBuffer();
}

// NaN and Infinity would silently become null in JSON; send them as text so the core
// can say "must be a finite number" about the right field. An input JSON cannot carry
// (a cycle, a BigInt, nesting deeper than JS can walk) is refused here, as the core
// would refuse it.
function encodeInput(input) {
  if (typeof input === 'string') return input;
  try {
    // Plain JSON first (a replacer costs about 1 us per value): only when it holds a null
    // can a NaN or an Infinity have been written as one.
    const plain = JSON.stringify(input ?? {});
    if (!plain.includes('null')) return plain;
    return JSON.stringify(input ?? {}, (_key, value) =>
      (typeof value === 'number' && !Number.isFinite(value) ? String(value) : value));
  } catch {
    throw new ProximityError({ message: 'the input cannot be read: it refers to itself, holds a BigInt or is nested far too deep' });
  }
}

const LARGE_INPUT = 1 << 20;  // characters of JSON text

// How a module is asked: the full one takes and answers JSON text; the calculator one
// (typed: core.answer) takes the JS value itself and answers {ok, result | error} as
// objects. Text given to the calculator module is read here (the browser's parser), so
// both take the same inputs. An input that cannot be sent is refused before the call.
function requestOf(typed, input) {
  if (!typed) {
    const text = encodeInput(input);
    // A large input (an import's file) goes as UTF-8 bytes, which the module copies once
    // and frees once read (wasm/bindings.cpp callBytes): its memory never shrinks.
    if (text.length > LARGE_INPUT) return (core, method) => JSON.parse(core.callBytes(method, new TextEncoder().encode(text)));
    return (core, method) => JSON.parse(core.call(method, text));
  }
  let value = input ?? {};
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      throw new ProximityError({ message: 'the input is not valid JSON' });
    }
  }
  return (core, method) => core.answer(method, value);
}

const INTERNAL_ERROR = 'internal error: the calculation was stopped and the calculator restarted; please try again';
const RESTARTING = 'the calculator is restarting after an internal error; please try again in a moment';

// Defense in depth: the core answers every input with a value (core/api/engine.hpp), so
// a throw from inside the module (a WASM trap, an answer that is not JSON) means it may be
// damaged. That instance is dropped, a fresh one is built from the same bytes, and the
// caller gets a ProximityError. The fresh instance starts from the core's defaults (a
// rule set or custom exercises loaded into the old one are not carried over).
function makeApi(firstCore, createCore) {
  let core = firstCore;
  let restart = null;
  const replace = () => {
    core = null;
    restart ??= createCore().then((fresh) => { core = fresh; }).finally(() => { restart = null; });
    restart.catch(() => {});  // a failed rebuild is retried by the next call
  };
  const typed = typeof firstCore.answer === 'function';
  const call = (method, input) => {
    const send = requestOf(typed, input);
    if (!core) {
      replace();
      throw new ProximityError({ kind: 'internal', message: RESTARTING });
    }
    let answer;
    try {
      answer = send(core, method);
    } catch {
      replace();
      throw new ProximityError({ kind: 'internal', message: INTERNAL_ERROR });
    }
    // A fault the core caught itself (kind 'internal') left its state as it was: no restart.
    if (!answer.ok) throw new ProximityError(answer.error);
    return answer.result;
  };
  /** @type {{[name: string]: any, call: typeof call, methods: string[], ready: () => Promise<void>}} */
  const api = {
    call,
    methods: [],
    // Resolves once the instance can answer (at once, unless it is restarting).
    ready: () => (restart ?? Promise.resolve()).then(() => {}, () => {}),
  };
  for (const name of firstCore.methods()) {
    api.methods.push(name);
    api[name] = (input) => call(name, input);
  }
  return Object.freeze(api);
}

/**
 * @typedef {object} ProximityOptions
 * @property {'full'|'calculator'} [module]
 * @property {ArrayBuffer|Uint8Array} [wasmBinary]
 * @property {string|URL} [moduleUrl]  tools only: another build's glue (build/wasm-bench)
 * @property {(core: any) => any} [wrapCore]  tests only: wraps each raw instance
 */

/**
 * A new, separate instance with its own engine state. Pages and the widget should use
 * loadProximity() instead; this is for tests and tools that need isolation.
 * @param {ProximityOptions} [options]
 */
export async function createProximity(options = {}) {
  const file = moduleFile(options.module);
  // options.moduleUrl (tools only: scripts/bench's build/wasm-bench module) is the glue's
  // URL; its .wasm lies beside it.
  const glueUrl = options.moduleUrl ? new URL(options.moduleUrl) : new URL(`${file}.js`, WASM_DIR);
  const wasmUrl = new URL(glueUrl.href.replace(/\.js$/, '.wasm'));
  const baseUrl = new URL('./', glueUrl);
  // In browsers the .wasm download starts now, alongside the glue's, instead of after the
  // glue has loaded: one round trip fewer before the first result where nothing preloads
  // it (the widget on someone else's page). A page's <link rel="preload"> is reused.
  const wasmBytes = options.wasmBinary || isNode ? null : browserWasmBinary(wasmUrl);
  wasmBytes?.catch(() => {});  // reported below, after the glue, if it is still needed
  const { default: createModule } = await import(glueUrl.href);
  const moduleOptions = {
    locateFile: (name) => new URL(name, baseUrl).href,
    printErr: () => {},
  };
  if (options.wasmBinary) moduleOptions.wasmBinary = options.wasmBinary;
  else if (isNode) moduleOptions.wasmBinary = await nodeWasmBinary(wasmUrl);
  else moduleOptions.wasmBinary = await wasmBytes;
  // options.wrapCore is for tests only: it wraps each raw instance (to simulate a trap).
  const wrap = options.wrapCore ?? ((core) => core);
  const createCore = async () => wrap(await createModule({ ...moduleOptions }));
  return makeApi(await createCore(), createCore);
}

/**
 * Loads (once per module) and returns the Proximity API; every caller asking for the
 * same module gets the same instance.
 * @param {ProximityOptions} [options]
 */
export async function loadProximity(options = {}) {
  const module = options.module ?? 'full';
  moduleFile(module);  // an unknown name fails here, before anything is cached
  if (!instancePromises.has(module)) {
    instancePromises.set(module, createProximity({ ...options, module }).catch((err) => {
      instancePromises.delete(module);  // let a later call retry (e.g. after a network hiccup)
      throw err;
    }));
  }
  return instancePromises.get(module);
}
