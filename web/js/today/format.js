// Words and numbers for the session view (presentation only; every value comes from the core).
import { formatNumber as num, plateText } from '../lib/format.js';

export const SET_TYPE_LABELS = {
  warmup: 'Warm-up', working: 'Working', failure: 'Failure', drop: 'Drop set',
  restPause: 'Rest-pause', myo: 'Myo-reps', forced: 'Forced reps',
};

export { num, plateText };

// "25 + 10 a side", "Empty bar", or '' for dumbbells and machines.
export function perSideText(rounded) {
  if (!rounded || rounded.plates === undefined) return '';
  return rounded.plates.length ? `${plateText(rounded.plates)} a side` : 'Empty bar';
}

export function effortText(set, mode) {
  if (set.failure) return 'to failure';
  return mode === 'rpe' ? `RPE ${num(set.rpe)}` : `RIR ${num(set.rir)}`;
}

export function loggedText(set, unit) {
  const effort = set.failure ? 'failure' : set.rir !== undefined ? `RIR ${num(set.rir)}` : set.rpe !== undefined ? `RPE ${num(set.rpe)}` : '';
  const type = set.type && set.type !== 'working' ? ` · ${SET_TYPE_LABELS[set.type]}` : '';
  return `${num(set.load)} ${unit} × ${set.reps}${effort ? ` · ${effort}` : ''}${type}`;
}

export const clock = (seconds) => {
  const s = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

// ISO 8601 local time without a zone, as the history keeps it ("2026-12-01T18:30:05").
export function localTime(d = new Date()) {
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}
