// The calculator's saved settings: the last set, choices and equipment, kept in this
// browser (localStorage) so the page opens where the lifter left it between sets.
// A broken or old entry is ignored, never fatal.

export const SETTINGS_KEY = 'proximity.calculator.v1';

const DEFAULTS = {
  load: '100', reps: '5', effort: '2', mode: 'rir', unit: 'kg', formula: 'epley',
  experience: 'intermediate', equipmentType: 'barbell', rounding: 'nearest',
  equipment: { kg: {}, lb: {} },   // per unit, per type: what the lifter set up
  selected: { row: 4, col: 2 },    // 5 reps @ RIR 2
  calibration: { sets: [], apply: true },  // failure test sets (px.calibrateRir)
};

const CHOICES = {
  mode: ['rir', 'rpe'], unit: ['kg', 'lb'], equipmentType: ['barbell', 'dumbbell', 'machine'],
  rounding: ['nearest', 'down'],
};

function storage() {
  try { return globalThis.localStorage ?? null; } catch { return null; }  // blocked storage
}

export function loadSettings() {
  const saved = {};
  try {
    const parsed = JSON.parse(storage()?.getItem(SETTINGS_KEY) ?? '{}');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) Object.assign(saved, parsed);
  } catch { /* corrupt entry: start from the defaults */ }
  const settings = { ...structuredClone(DEFAULTS), ...saved };
  // Choices the page builds its controls from must be known values; the rest (numbers,
  // formula, experience, equipment) goes to the core, which names anything wrong.
  for (const [key, allowed] of Object.entries(CHOICES))
    if (!allowed.includes(settings[key])) settings[key] = DEFAULTS[key];
  for (const key of ['load', 'reps', 'effort', 'formula', 'experience'])
    if (typeof settings[key] !== 'string') settings[key] = DEFAULTS[key];
  if (!settings.equipment || typeof settings.equipment !== 'object' || Array.isArray(settings.equipment))
    settings.equipment = {};
  for (const unit of ['kg', 'lb']) {
    const e = settings.equipment[unit];
    if (!e || typeof e !== 'object' || Array.isArray(e)) settings.equipment[unit] = {};
  }
  if (!settings.calibration || typeof settings.calibration !== 'object' || !Array.isArray(settings.calibration.sets))
    settings.calibration = structuredClone(DEFAULTS.calibration);
  const { row, col } = settings.selected ?? {};
  if (!Number.isInteger(row) || !Number.isInteger(col)) settings.selected = { ...DEFAULTS.selected };
  return settings;
}

export function saveSettings(settings) {
  try { storage()?.setItem(SETTINGS_KEY, JSON.stringify(settings)); } catch { /* full or blocked */ }
}
