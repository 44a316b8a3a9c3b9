// Saved data for Proximity's pages (not the widget: an embedded widget never writes to
// its host's storage): the app-wide settings, a guard that keeps a copy of anything saved
// that has become unreadable, and export / import of everything.
//
//   import { openStore } from './settings-store.js';
//   const store = openStore();              // localStorage, or memory if it is unavailable
//   store.read();                           // { theme } — never throws
//   store.write({ theme: 'dark' });         // { ok: true, settings } | { ok: false, error }
//   store.exportData();                     // every "proximity.*" key, as one JSON document
//   store.importData(text);                 // all or nothing: { ok, keys } | { ok: false, error }
//
// Storage convention: each kind of data lives under its own versioned key
// "proximity.<what>.v<n>" (these settings; the calculator's units, plates and RIR/RPE in
// proximity.calculator.v1; plans...). Export and import carry every such key. Opening the
// store copies any value that is no longer valid JSON to "proximity.backup.<what>.v<n>"
// before a page can overwrite it, so nothing a user saved is lost; reading the settings
// never throws and falls back to defaults field by field (the original kept the same way).

export const PREFIX = 'proximity.';
export const SETTINGS_KEY = 'proximity.settings.v1';
export const BACKUP_PREFIX = 'proximity.backup.';
export const backupKey = (key) => BACKUP_PREFIX + key.slice(PREFIX.length);
export const BACKUP_KEY = backupKey(SETTINGS_KEY);
export const EXPORT_FORMAT = 1;
// App-wide settings. Page-specific choices (the calculator's unit, plates, RIR or RPE)
// are saved by their page under its own key.
export const DEFAULT_SETTINGS = Object.freeze({
  theme: 'auto',     // auto (follow the device) | light | dark
});

const CHOICES = { theme: ['auto', 'light', 'dark'] };

const isPlainObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Problems with one settings field, or null if it is fine. */
export function checkField(name, value) {
  if (name in CHOICES) {
    return CHOICES[name].includes(value) ? null : `${name} must be one of ${CHOICES[name].join(', ')}`;
  }
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

const parses = (text) => { try { JSON.parse(text); return true; } catch { return false; } };

/** @param {Storage} [storage] */
export function openStore(storage = browserStorage()) {
  const safeGet = (key) => { try { return storage.getItem(key); } catch { return null; } };
  const keepCopy = (key, text) => {
    if (text === null || safeGet(backupKey(key)) === text) return;
    try { storage.setItem(backupKey(key), text); } catch { /* full storage: the original stays in place */ }
  };
  // Any saved value that is no longer JSON is copied aside before a page can replace it.
  let keys = [];
  try { keys = ownKeys(storage); } catch { /* unreadable storage: nothing to guard */ }
  for (const key of keys) {
    if (key.startsWith(BACKUP_PREFIX)) continue;
    const text = safeGet(key);
    if (text !== null && !parses(text)) keepCopy(key, text);
  }

  function read() {
    const text = safeGet(SETTINGS_KEY);
    const { settings, problems } = parseSettings(text);
    if (problems.length) keepCopy(SETTINGS_KEY, text);
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
