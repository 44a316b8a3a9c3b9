// Saved settings and data export for Proximity's pages (not the widget: an embedded
// widget never writes to its host's storage).
//
//   import { openStore } from './settings-store.js';
//   const store = openStore();              // localStorage, or memory if it is unavailable
//   store.read();                           // { unit, effort, theme, formula, equipment } — never throws
//   store.write({ unit: 'lb' });            // { ok: true, settings } | { ok: false, error }
//   store.exportData();                     // every "proximity.*" key, as one JSON document
//   store.importData(text);                 // all or nothing: { ok, keys } | { ok: false, error }
//
// Storage convention: each kind of data lives under its own versioned key "proximity.<what>.v<n>"
// (settings here; plans etc. by their pages). Export and import carry every such key.
// Reading never throws: unparsable or invalid data falls back to defaults field by field,
// and the original text is kept under BACKUP_KEY so nothing a user saved is lost.

export const PREFIX = 'proximity.';
export const SETTINGS_KEY = 'proximity.settings.v1';
export const BACKUP_KEY = 'proximity.settings.corrupt';
export const EXPORT_FORMAT = 1;
const MAX_EQUIPMENT_JSON = 4096;

export const DEFAULT_SETTINGS = Object.freeze({
  unit: 'kg',        // kg | lb
  effort: 'rir',     // rir | rpe: how sets are entered
  theme: 'auto',     // auto | light | dark
  formula: null,     // null = the core's default e1RM formula; else a core formula name
  equipment: null,   // null = the core's default equipment; else the core's equipment JSON (plates...)
});

const CHOICES = { unit: ['kg', 'lb'], effort: ['rir', 'rpe'], theme: ['auto', 'light', 'dark'] };

const isPlainObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

// Storage shape only: the core judges formulas and equipment when a page uses them.
function checkEquipment(value) {
  if (value === null) return null;
  if (!isPlainObject(value)) return 'equipment must be an object or null';
  const text = JSON.stringify(value);
  if (text.length > MAX_EQUIPMENT_JSON) return `equipment is larger than ${MAX_EQUIPMENT_JSON} characters`;
  return null;
}

/** Problems with one settings field, or null if it is fine. */
export function checkField(name, value) {
  if (name in CHOICES) {
    return CHOICES[name].includes(value) ? null : `${name} must be one of ${CHOICES[name].join(', ')}`;
  }
  if (name === 'formula') {
    return value === null || (typeof value === 'string' && /^[A-Za-z]{1,32}$/.test(value))
      ? null : 'formula must be a formula name or null';
  }
  if (name === 'equipment') return checkEquipment(value);
  return `${name} is not a setting`;
}

/** Settings from stored text: defaults for whatever is missing or invalid, plus what was wrong. */
export function parseSettings(text) {
  if (text === null || text === undefined) return { settings: { ...DEFAULT_SETTINGS }, problems: [] };
  let stored;
  try {
    stored = JSON.parse(text);
  } catch {
    return { settings: { ...DEFAULT_SETTINGS }, problems: ['saved settings are not valid JSON'] };
  }
  if (!isPlainObject(stored)) return { settings: { ...DEFAULT_SETTINGS }, problems: ['saved settings are not an object'] };
  const settings = { ...DEFAULT_SETTINGS };
  const problems = [];
  for (const name of Object.keys(DEFAULT_SETTINGS)) {
    if (!(name in stored)) continue;
    const problem = checkField(name, stored[name]);
    if (problem) problems.push(problem);
    else settings[name] = stored[name];
  }
  return { settings, problems };
}

class MemoryStorage {
  #map = new Map();
  get length() { return this.#map.size; }
  key(i) { return [...this.#map.keys()][i] ?? null; }
  getItem(k) { return this.#map.has(k) ? this.#map.get(k) : null; }
  setItem(k, v) { this.#map.set(k, String(v)); }
  removeItem(k) { this.#map.delete(k); }
}

// localStorage can be missing or throw (privacy modes, blocked storage): fall back to memory.
function browserStorage() {
  try {
    const s = globalThis.localStorage;
    const probe = `${PREFIX}probe`;
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch {
    return new MemoryStorage();
  }
}

function ownKeys(storage) {
  const keys = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  return keys.sort();
}

/** @param {Storage} [storage] */
export function openStore(storage = browserStorage()) {
  const safeGet = (key) => { try { return storage.getItem(key); } catch { return null; } };

  function read() {
    const text = safeGet(SETTINGS_KEY);
    const { settings, problems } = parseSettings(text);
    if (problems.length && safeGet(BACKUP_KEY) !== text) {
      try { storage.setItem(BACKUP_KEY, text); } catch { /* full storage: the original stays in place */ }
    }
    return settings;
  }

  function write(patch) {
    if (!isPlainObject(patch)) return { ok: false, error: 'settings must be an object' };
    for (const [name, value] of Object.entries(patch)) {
      const problem = checkField(name, value);
      if (problem) return { ok: false, error: problem };
    }
    const settings = { ...read(), ...patch };
    try {
      storage.setItem(SETTINGS_KEY, JSON.stringify({ version: 1, ...settings }));
    } catch (err) {
      return { ok: false, error: `could not save settings (${err.name === 'QuotaExceededError' ? 'storage is full' : err.message})` };
    }
    return { ok: true, settings };
  }

  function exportData(now = new Date()) {
    const data = {};
    const text = {};  // values that are not JSON (e.g. a corrupt copy) travel verbatim
    for (const key of ownKeys(storage)) {
      const value = safeGet(key);
      try { data[key] = JSON.parse(value); } catch { text[key] = value; }
    }
    return { app: 'proximity', format: EXPORT_FORMAT, exportedAt: now.toISOString(), data, text };
  }

  function importData(text) {
    let doc;
    try { doc = typeof text === 'string' ? JSON.parse(text) : text; } catch {
      return { ok: false, error: 'the file is not valid JSON' };
    }
    if (!isPlainObject(doc) || doc.app !== 'proximity') return { ok: false, error: 'the file is not a Proximity export' };
    if (doc.format !== EXPORT_FORMAT) return { ok: false, error: `export format ${doc.format} is not supported (expected ${EXPORT_FORMAT})` };
    if (!isPlainObject(doc.data)) return { ok: false, error: 'the export has no data object' };
    if (doc.text !== undefined && !(isPlainObject(doc.text) && Object.values(doc.text).every((v) => typeof v === 'string'))) {
      return { ok: false, error: 'the export\'s text entries must be strings' };
    }
    const entries = [...Object.entries(doc.data).map(([key, value]) => [key, JSON.stringify(value)]),
      ...Object.entries(doc.text ?? {})];
    for (const [key, value] of entries) {
      if (!key.startsWith(PREFIX)) return { ok: false, error: `data key "${key}" is not a Proximity key` };
      if (key === SETTINGS_KEY) {
        const { problems } = parseSettings(value);
        if (problems.length) return { ok: false, error: `settings: ${problems.join('; ')}` };
      }
    }
    // All or nothing: remember what was there and put it back if a write fails.
    const previous = entries.map(([key]) => [key, safeGet(key)]);
    try {
      for (const [key, value] of entries) storage.setItem(key, value);
    } catch (err) {
      for (const [key, old] of previous) {
        try { if (old === null) storage.removeItem(key); else storage.setItem(key, old); } catch { /* best effort */ }
      }
      return { ok: false, error: `could not save the import (${err.name === 'QuotaExceededError' ? 'storage is full' : err.message})` };
    }
    return { ok: true, keys: entries.map(([key]) => key) };
  }

  return { read, write, exportData, importData, storage };
}
