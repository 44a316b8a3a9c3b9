// The calculator's saved settings: the last set (as typed, half-typed values too), choices and
// equipment, kept in this browser (record "calculator" of ../lib/store.js) so the page opens
// where the lifter left it between sets. A record that is not an object is set aside
// (quarantine) and the defaults are used; a bad field falls back to its default.
import { getStore } from '../lib/store.js';
import { KEY } from '../lib/store-keys.js';

const DEFAULTS = {
  load: '100', reps: '5', effort: '2', mode: 'rir', unit: 'kg', formula: 'epley',
  experience: 'intermediate', equipmentType: 'barbell', rounding: 'nearest',
  equipment: {},                   // per unit, per type: what the lifter set up
  selected: { row: 4, col: 2 },    // 5 reps @ RIR 2
  calibration: { sets: [], apply: true },  // failure test sets (px.calibrateRir)
};

// The settings the page builds its controls from, and the core's enum each takes its values from.
const CHOICES = { mode: 'effortKind', unit: 'unit', equipmentType: 'equipmentType', rounding: 'rounding' };


let protect = false;  // a saved value that could not be kept aside is never saved over

/** @param {(enumName: string) => string[]} valuesOf the core's values of an enum (px.describe()) */
export async function loadSettings(valuesOf) {
  const store = await getStore();
  const record = await store.read(KEY.calculator);
  const saved = {};
  const parsed = record?.value;
  if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) Object.assign(saved, parsed);
  else if (record && !(await store.setAside(KEY.calculator, 'The saved calculator settings could not be read.')).ok) {
    protect = true;
  }
  const settings = { ...structuredClone(DEFAULTS), ...saved };
  // Choices the page builds its controls from must be known values; the rest (numbers,
  // formula, experience, equipment) goes to the core, which names anything wrong.
  for (const [key, name] of Object.entries(CHOICES))
    if (!valuesOf(name).includes(settings[key])) settings[key] = DEFAULTS[key];
  for (const key of ['load', 'reps', 'effort', 'formula', 'experience'])
    if (typeof settings[key] !== 'string') settings[key] = DEFAULTS[key];
  if (!settings.equipment || typeof settings.equipment !== 'object' || Array.isArray(settings.equipment))
    settings.equipment = {};
  for (const unit of valuesOf('unit')) {
    const e = settings.equipment[unit];
    if (!e || typeof e !== 'object' || Array.isArray(e)) settings.equipment[unit] = {};
  }
  if (!settings.calibration || typeof settings.calibration !== 'object' || !Array.isArray(settings.calibration.sets))
    settings.calibration = structuredClone(DEFAULTS.calibration);
  const { row, col } = settings.selected ?? {};
  if (!Number.isInteger(row) || !Number.isInteger(col)) settings.selected = { ...DEFAULTS.selected };
  return settings;
}

let pending = Promise.resolve();
/** Saves (in order); resolves to null or a plain-words reason why nothing was saved. */
export function saveSettings(settings) {
  const value = JSON.parse(JSON.stringify(settings));
  pending = pending.then(async () => {
    if (protect) return 'your saved calculator settings could not be read or kept aside, so they stay as they are';
    const answer = await (await getStore()).write(KEY.calculator, value);
    return answer.ok ? null : answer.message;
  });
  return pending;
}
