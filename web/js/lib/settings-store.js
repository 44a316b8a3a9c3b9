// The app-wide settings (theme) in the store (./lib/store.js, record "settings"), and the
// checks that "Your data" applies to an import before anything is replaced.
//
//   const { settings, rev } = await readSettings(store);   // never throws; defaults field by field
//   await writeSettings(store, { theme: 'dark' });         // { ok, settings } | { ok: false, error }
//
// A saved value that is not a settings object is set aside (quarantine) before defaults are
// used, so nothing a person saved is lost. Page-specific choices (the calculator's unit,
// plates, RIR or RPE) are kept by their page under its own record.
import { KEY } from './store-keys.js';

export const DEFAULT_SETTINGS = Object.freeze({
  theme: 'auto',     // auto (follow the device) | light | dark
});

const CHOICES = { theme: ['auto', 'light', 'dark'] };
const isPlainObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Problems with one settings field, or null if it is fine. */
export function checkField(name, value) {
  if (name === 'version') return value === 1 ? null : 'the settings version is not supported';
  if (name in CHOICES) {
    return CHOICES[name].includes(value) ? null : `${name} must be one of ${CHOICES[name].join(', ')}`;
  }
  return `${name} is not a setting`;
}

/** Settings from a stored value: defaults for whatever is missing or invalid, plus what was wrong. */
export function parseSettings(stored) {
  if (stored === null || stored === undefined) return { settings: { ...DEFAULT_SETTINGS }, problems: [] };
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

/** What an import must not bring in (null when `value` is fine for `key`). */
export function checkImport(key, value) {
  if (key !== KEY.settings) return null;
  const { problems } = parseSettings(value);
  return problems.length ? `settings: ${problems.join('; ')}` : null;
}

/** { settings, protect }: `protect` when unusable saved settings could not be kept aside. */
export async function readSettings(store) {
  const record = await store.read(KEY.settings);
  const { settings, problems } = parseSettings(record?.value);
  let protect = false;
  if (problems.length) {
    protect = !(await store.setAside(KEY.settings, `The saved settings could not be used (${problems.join('; ')}).`)).ok;
  }
  return { settings, protect };
}

export async function writeSettings(store, patch) {
  if (!isPlainObject(patch)) return { ok: false, error: 'settings must be an object' };
  for (const [name, value] of Object.entries(patch)) {
    const problem = checkField(name, value);
    if (problem) return { ok: false, error: problem };
  }
  const current = await readSettings(store);
  if (current.protect) return { ok: false, error: 'Not saved: your saved settings could not be read or kept aside, so they stay as they are' };
  const settings = { ...current.settings, ...patch };
  const answer = await store.write(KEY.settings, { version: 1, ...settings });
  return answer.ok ? { ok: true, settings } : { ok: false, error: `Not saved: ${answer.message}` };
}
