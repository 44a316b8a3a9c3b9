// The calculator's saved settings: the last set, choices and equipment, kept in this
// browser (localStorage) so the page opens where the lifter left it between sets.
// A broken or old entry is ignored, never fatal.

export const SETTINGS_KEY = 'proximity.calculator.v1';

const DEFAULTS = {
  load: '100', reps: '5', effort: '2', mode: 'rir', unit: 'kg', formula: 'epley',
  experience: 'intermediate', equipmentType: 'barbell', rounding: 'nearest',
  equipment: { kg: {}, lb: {} },   // per unit, per type: what the lifter set up
  selected: { row: 4, col: 2 },    // 5 reps @ RIR 2
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
  for (const unit of ['kg', 'lb']) {
    const e = settings.equipment?.[unit];
    if (!e || typeof e !== 'object') settings.equipment = { ...settings.equipment, [unit]: {} };
  }
  return settings;
}

export function saveSettings(settings) {
  try { storage()?.setItem(SETTINGS_KEY, JSON.stringify(settings)); } catch { /* full or blocked */ }
}
