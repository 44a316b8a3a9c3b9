// <proximity-calculator>: Proximity as an embeddable custom element.
//
//   <script type="module" src="https://HOST/widget/proximity-widget.js"></script>
//   <proximity-calculator mode="e1rm" unit="kg"></proximity-calculator>
//
// Attributes: mode="e1rm|table|advisor" unit="kg|lb" effort="rir|rpe" load reps rir|rpe
// formula exercise theme="light|dark|auto". Every number comes from the shared WASM
// core (../js/proximity.js, loaded relative to this file, once per page and build). Results leave as
// a `proximity-result` CustomEvent; problems as `proximity-error` and as a readable
// message inside the widget. Defines nothing global but the element.
import { loadProximity } from '../js/proximity.js';
import { adoptStyles } from './widget-styles.js';
import { el as h } from '../js/lib/dom.js';
import { describeCore } from '../js/lib/choices.js';

const TAG = 'proximity-calculator';
// The widget's own choices; unit and effort are the core's (px.describe() enums), checked
// once the core is loaded.
const ENUMS = {
  mode: ['e1rm', 'table', 'advisor'],
  theme: ['light', 'dark', 'auto'],
};
const CORE_ENUMS = { unit: 'unit', effort: 'effortKind' };
const DEFAULTS = { mode: 'e1rm', unit: 'kg', theme: 'light' };
// Starting values of the inputs when the page gives none (UI defaults, not domain rules).
const START = { load: { kg: 100, lb: 225 }, reps: 5, rir: 2, rpe: 8 };
// Each mode's code is loaded only by widgets that use it, and with the smallest core
// build that has its methods (js/proximity.js: 'calculator' = load methods only, 'full').
// Widgets of the same build share one instance.
const MODES = {
  e1rm: { core: 'calculator', code: () => import('./mode-calculator.js') },
  table: { core: 'calculator', code: () => import('./mode-calculator.js') },
  advisor: { core: 'full', code: () => import('./mode-advisor.js') },
};
const ANNOUNCE_DELAY_MS = 700;  // screen readers hear the settled result, not each keystroke

/**
 * Reads and checks the attributes. The widget's own enumerations are checked here, the core's
 * against `coreEnums` (px.describe().enums) once it is loaded; numbers are only parsed
 * here, their ranges are the core's to judge.
 * @returns {{options: object, problems: string[]}}
 */
export function readOptions(el, coreEnums = null) {
  const problems = [];
  const options = {};
  const attr = (name) => {
    const raw = el.getAttribute(name);
    return raw === null || raw.trim() === '' ? null : raw.trim();
  };
  for (const [name, allowed] of Object.entries(ENUMS)) {
    const raw = attr(name);
    const value = raw?.toLowerCase();
    if (raw === null) options[name] = DEFAULTS[name];
    else if (allowed.includes(value)) options[name] = value;
    else problems.push(`${name}="${raw}" is not valid: use one of ${allowed.join(', ')}.`);
  }
  for (const [name, core] of Object.entries(CORE_ENUMS)) {
    const raw = attr(name);
    const allowed = coreEnums?.[core]?.map((c) => c.value);
    if (raw === null) options[name] = DEFAULTS[name];
    else if (!allowed || allowed.includes(raw.toLowerCase())) options[name] = raw.toLowerCase();
    else problems.push(`${name}="${raw}" is not valid: use one of ${allowed.join(', ')}.`);
  }
  const rir = attr('rir');
  const rpe = attr('rpe');
  if (rir !== null && rpe !== null) problems.push('Give either the rir or the rpe attribute, not both.');
  if (!options.effort && attr('effort') === null) options.effort = rpe !== null ? 'rpe' : 'rir';
  if (options.effort === 'rir' && rpe !== null) problems.push(`rpe="${rpe}" does not match effort="rir": use rir instead.`);
  if (options.effort === 'rpe' && rir !== null) problems.push(`rir="${rir}" does not match effort="rpe": use rpe instead.`);

  const number = (name, fallback) => {
    const raw = attr(name);
    if (raw === null) return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value)) problems.push(`${name}="${raw}" is not a number.`);
    return value;
  };
  options.load = number('load', START.load[options.unit ?? 'kg']);
  options.reps = number('reps', START.reps);
  options.effortValue = number(options.effort === 'rpe' ? 'rpe' : 'rir', START[options.effort] ?? START.rir);
  options.formula = attr('formula');      // checked by the core
  options.exercise = attr('exercise');    // checked by the core (advisor mode)
  return { options, problems };
}

export class ProximityCalculator extends HTMLElement {
  static observedAttributes = ['mode', 'unit', 'effort', 'load', 'reps', 'rir', 'rpe', 'formula', 'exercise', 'theme'];

  #root;
  #body;
  #status;
  #generation = 0;      // bumps on every (re)render and disconnect: stale async work stops
  #view = null;         // the mounted mode: { destroy() }
  #abort = null;        // removes the mode's listeners
  #announceTimer = 0;
  #renderQueued = false;
  #lastResult = null;
  #calibration = undefined;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    adoptStyles(this.#root);
    this.#body = h('div', { class: 'body' });
    this.#status = h('p', { class: 'sr', role: 'status', 'aria-live': 'polite', part: 'status' });
    this.#root.append(h('div', { class: 'box', part: 'container' }, this.#body, this.#status));
  }

  /** The last result the widget computed ({mode, input, result}), or null. */
  get result() { return this.#lastResult; }

  /**
   * The reader's RIR calibration, as estimates take it ({sets} of failure tests, or a saved
   * {bias, spread, count}); undefined takes every call at face value. A property, not an
   * attribute: the embed frame sets it from the lifter's saved calibration. The core checks it.
   */
  get calibration() { return this.#calibration; }
  set calibration(value) {
    this.#calibration = value ?? undefined;
    this.#queueRender();
  }

  connectedCallback() { this.#queueRender(); }

  disconnectedCallback() {
    this.#generation++;
    this.#teardown();
    clearTimeout(this.#announceTimer);
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue || !this.isConnected) return;
    if (name === 'theme' && !readOptions(this).problems.length && this.#view) return;  // CSS follows the attribute
    this.#queueRender();
  }

  // Several attributes set in a row render once.
  #queueRender() {
    if (this.#renderQueued) return;
    this.#renderQueued = true;
    queueMicrotask(() => {
      this.#renderQueued = false;
      if (this.isConnected) this.#render();
    });
  }

  #teardown() {
    this.#abort?.abort();
    this.#abort = null;
    this.#view?.destroy?.();
    this.#view = null;
    this.#body.replaceChildren();
  }

  #message(text, kind = 'error') {
    const el = h('p', { class: kind, part: kind, role: kind === 'error' ? 'alert' : null, text });
    this.#body.replaceChildren(el);
    return el;
  }

  async #render() {
    const generation = ++this.#generation;
    let { options, problems } = readOptions(this);
    if (problems.length) {
      this.#teardown();
      this.#message(`This calculator cannot start: ${problems.join(' ')}`);
      this.#emitError({ field: 'attributes', message: problems.join(' ') });
      return;
    }
    // A re-render keeps the current view on screen until the new one is ready (no flash).
    if (!this.#view) this.#message('Loading the calculator…', 'loading');
    let px, mode;
    try {
      const { core, code } = MODES[options.mode];
      [px, mode] = await Promise.all([loadProximity({ module: core }), code()]);
    } catch (err) {
      if (generation !== this.#generation) return;
      this.#teardown();
      this.#message(`The calculator could not load (${err.message}). If this page is on another site, ` +
        'the server hosting the widget must send Access-Control-Allow-Origin for its .js and .wasm files.');
      this.#emitError({ field: 'load', message: err.message });
      return;
    }
    if (generation !== this.#generation) return;
    ({ options, problems } = readOptions(this, describeCore(px).enums));
    if (problems.length) {
      this.#teardown();
      this.#message(`This calculator cannot start: ${problems.join(' ')}`);
      this.#emitError({ field: 'attributes', message: problems.join(' ') });
      return;
    }
    this.#teardown();
    const missing = (mode.requires ?? []).filter((name) => !px.methods.includes(name));
    if (missing.length) {
      this.#message(`The ${options.mode} mode needs a newer Proximity core (missing: ${missing.join(', ')}).`);
      this.#emitError({ field: 'mode', message: `missing core methods: ${missing.join(', ')}` });
      return;
    }
    this.#abort = new AbortController();
    this.#view = mode.mount(this.#body, {
      px,
      options: { ...options, calibration: this.#calibration },
      signal: this.#abort.signal,
      attribute: (name) => this.getAttribute(name),
      emit: (detail) => this.#emitResult(detail),
      fail: (error) => this.#emitError(error),
      announce: (text) => this.#announce(text),
    });
  }

  #emitResult(detail) {
    this.#lastResult = detail;
    this.dispatchEvent(new CustomEvent('proximity-result', { detail, bubbles: true, composed: true }));
  }

  #emitError({ field = '', message = '' }) {
    this.dispatchEvent(new CustomEvent('proximity-error', { detail: { field, message }, bubbles: true, composed: true }));
  }

  #announce(text) {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => { this.#status.textContent = text; }, ANNOUNCE_DELAY_MS);
  }
}

if (!customElements.get(TAG)) customElements.define(TAG, ProximityCalculator);
