// @ts-check
// The lifter profile every page reads: the store record "profile", one versioned document
// that the core validates (px.readProfile; shape in core/json/profile_reader.hpp).
//
//   const { profile, rev, spotter } = await loadProfile(store, px);  // defaults when none is saved
//   await saveProfile(store, px, profile, rev);   // validated first; { ok, rev } | { ok: false, message }
//   withMax(profile, exercise, value, source)     // a copy with a working e1RM dated today
//
// A stored profile the core refuses is set aside (quarantine), never overwritten silently.
import { KEY } from './store-keys.js';

export const localDate = (d = new Date()) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

export async function loadProfile(store, px) {
  const record = await store.read(KEY.profile);
  if (record) {
    try {
      const answer = px.readProfile({ profile: record.value });
      return { ...answer, rev: record.rev };
    } catch (/** @type {any} */ error) {
      await store.setAside(KEY.profile, `The saved profile could not be read: ${error.message}`);
    }
  }
  return { ...px.readProfile({ profile: { version: 1 } }), rev: 0 };
}

export async function saveProfile(store, px, profile, baseRev) {
  let normalized;
  try {
    normalized = px.readProfile({ profile }).profile;
  } catch (/** @type {any} */ error) {
    return { ok: false, reason: 'invalid', message: error.message, field: error.field };
  }
  return store.write(KEY.profile, normalized, { baseRev });
}

export function withMax(profile, exercise, value, source) {
  return { ...profile, e1rm: { ...profile.e1rm, [exercise]: { value, date: localDate(), source } } };
}
