// @ts-check
// Before the IndexedDB store, pages kept their data in localStorage under "proximity.*" keys
// (and an export file of format 1 carried those keys). This maps each such key and its text
// to a record of the store, or to a quarantine entry when the text cannot be read, so the
// one-time move (store.js, schema version 1) and an old export file lose nothing.
import { KEY } from './store-keys.js';

export const LEGACY_PREFIX = 'proximity.';
const BACKUP_PREFIX = 'proximity.backup.';

// Old key -> record key, and whether the value is plain text (the advisor kept the rule set
// exactly as pasted) rather than JSON.
export const LEGACY_KEYS = {
  'proximity.settings.v1': { key: KEY.settings },
  'proximity.calculator.v1': { key: KEY.calculator },
  'proximity.plan.v1': { key: KEY.plan },
  'proximity.advisor.ruleSet': { key: KEY.advisorRuleSet, text: true },
};

const recordKey = (oldKey) => LEGACY_KEYS[oldKey]?.key ?? oldKey.slice(LEGACY_PREFIX.length);

/** One old key and its text -> { key, value } (a record) or { key, value, aside } (quarantine); null if not ours. */
export function recordFromExportKey(oldKey, text) {
  if (typeof oldKey !== 'string' || !oldKey.startsWith(LEGACY_PREFIX) || typeof text !== 'string') return null;
  if (oldKey.startsWith(BACKUP_PREFIX)) {
    return { key: recordKey(LEGACY_PREFIX + oldKey.slice(BACKUP_PREFIX.length)), value: text,
      aside: 'An earlier version could not read this and kept a copy.' };
  }
  const key = recordKey(oldKey);
  if (LEGACY_KEYS[oldKey]?.text) return { key, value: text };
  try {
    return { key, value: JSON.parse(text) };
  } catch {
    return { key, value: text, aside: 'This could not be read when it was moved to the new storage.' };
  }
}

/** Every "proximity.*" item of `storage` (localStorage), mapped; [] when it cannot be read. */
export function legacyEntries(storage) {
  const entries = [];
  try {
    for (let i = 0; i < storage.length; i++) {
      const oldKey = storage.key(i);
      const entry = recordFromExportKey(oldKey, storage.getItem(oldKey));
      if (entry) entries.push(entry);
    }
  } catch { /* no localStorage (blocked): nothing to move */ }
  return entries;
}
