// History import: a synthetic one-year Hevy export (52 weeks of 4 workouts, 7 exercises
// of 5 sets: 7,280 rows and 1 MB, generated here in Hevy's exact layout) imported by
// px.importHistory in WASM: CSV parsing, the name mapping, grouping and the history
// document back as JSON, as the page calls it; and the same file again into the
// resulting history (deduplication: nothing added).
import { performance } from 'node:perf_hooks';
import { createProximity } from '../../web/js/proximity.js';

const REPEATS = 7;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const target = (what, limit, unit, value) =>
  console.log(`target: ${what} <= ${limit} ${unit}  measured ${value.toFixed(1)} ${unit}  ${value <= limit ? 'OK' : 'OVER'}`);

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const hevyTime = (d) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ` +
  `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
const SESSIONS = [
  ['Upper A', ['Bench Press (Barbell)', 'Bent Over Row (Barbell)', 'Overhead Press (Barbell)', 'Lat Pulldown (Cable)', 'Lateral Raise (Dumbbell)', 'Triceps Pushdown', 'Hammer Curl (Dumbbell)']],
  ['Lower A', ['Squat (Barbell)', 'Romanian Deadlift (Barbell)', 'Leg Press', 'Seated Leg Curl (Machine)', 'Standing Calf Raise (Machine)', 'Cable Crunch', 'Hip Adductor (Machine)']],
  ['Upper B', ['Incline Bench Press (Dumbbell)', 'Pull Up', 'Seated Row (Cable)', 'Chest Fly (Dumbbell)', 'Bicep Curl (Barbell)', 'Face Pull', 'Chest Dip']],
  ['Lower B', ['Deadlift (Barbell)', 'Front Squat (Barbell)', 'Bulgarian Split Squat', 'Leg Extension (Machine)', 'Hip Thrust (Barbell)', 'Zercher Squat (Barbell)', 'Hanging Leg Raise']],
];
const TYPES = ['warmup', 'normal', 'normal', 'normal', 'failure'];

function syntheticHevyYear() {
  const rows = ['"title","start_time","end_time","description","exercise_title","superset_id","exercise_notes","set_index","set_type","weight_kg","reps","distance_km","duration_seconds","rpe"'];
  const q = (s) => `"${String(s).replace(/"/g, '""')}"`;
  let day = Date.UTC(2024, 8, 2, 7, 30);
  for (let week = 0; week < 52; week++) {
    for (let s = 0; s < 4; s++) {
      const start = new Date(day + [0, 1, 3, 4][s] * 86400e3 + week * 7 * 86400e3);
      const end = new Date(start.getTime() + 75 * 60e3);
      const [title, exercises] = SESSIONS[s];
      exercises.forEach((name, x) => {
        for (let i = 0; i < 5; i++) {
          const load = 40 + x * 5 + week * 0.5 + (i === 0 ? -20 : 0) + 0.000000000000034;
          const rpe = TYPES[i] === 'normal' ? (7 + (i % 3) * 0.5).toString() : '';
          rows.push([q(title), q(hevyTime(start)), q(hevyTime(end)), q(week % 4 === 3 ? 'Deload, easy' : ''), q(name),
            x === 4 ? '0' : '', q(i === 1 ? 'Seat 4, "slow" eccentric' : ''), i, q(TYPES[i]), load, 8 + (i % 3), '', '', rpe].join(','));
        }
      });
    }
  }
  return rows.join('\n') + '\n';
}

const px = await createProximity();
const text = syntheticHevyYear();
const rows = text.split('\n').length - 2;
console.log('## History import (WASM, px.importHistory)');
console.log(`synthetic Hevy export: ${rows} rows, ${(text.length / 1e6).toFixed(2)} MB`);

let first = px.importHistory({ text });  // warm-up, and a check of the result
if (first.report.imported !== rows || first.report.skipped.length !== 0) throw new Error('the synthetic export did not import fully');
const once = [], again = [];
for (let r = 0; r < REPEATS; r++) {
  const t0 = performance.now();
  first = px.importHistory({ text });
  const t1 = performance.now();
  const second = px.importHistory({ text, history: first.history });
  const t2 = performance.now();
  if (second.report.imported !== 0) throw new Error('importing twice added sets');
  once.push(t1 - t0);
  again.push(t2 - t1);
}
console.log(`workouts ${first.report.workouts}, sets ${first.report.sets}, exercises ${first.report.exercises.length} names`);
console.log(`import: ${median(once).toFixed(1)} ms (median of ${REPEATS})`);
console.log(`the same file again into that history (all skipped): ${median(again).toFixed(1)} ms`);
target('import of a one-year Hevy export in WASM', 300, 'ms', median(once));
