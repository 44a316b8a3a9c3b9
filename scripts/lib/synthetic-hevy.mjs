// A synthetic one-year Hevy export in Hevy's exact layout, for the benches and the browser
// tests: 52 weeks of 4 workouts, 7 exercises of 5 sets (a warm-up, three normal sets with
// RPE, a failure set): 7,280 data rows, about 1 MB; loads rise 0.5 kg a week, with float
// noise, quoted notes and supersets as the app writes them. syntheticHevyDecade() is the
// largest history Proximity keeps (describe().limits.historySets: 100,000 sets): the same
// workouts 6 days a week for about 9 years, about 13 MB.
//
//   import { syntheticHevyYear, syntheticHevyDecade } from '../lib/synthetic-hevy.mjs';
//   const text = syntheticHevyYear();  const big = syntheticHevyDecade(100000);
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

const HEADER = '"title","start_time","end_time","description","exercise_title","superset_id","exercise_notes","set_index","set_type","weight_kg","reps","distance_km","duration_seconds","rpe"';
const q = (s) => `"${String(s).replace(/"/g, '""')}"`;

// `weeks` weeks of the four sessions on the week's `days` (days from Monday, one session
// each, rotating), stopping after `sets` rows.
function hevyRows({ weeks, days, sets = Infinity }) {
  const rows = [HEADER];
  const first = Date.UTC(2024, 8, 2, 7, 30) - Math.max(0, weeks - 52) * 7 * 86400e3;
  let session = 0;
  for (let week = 0; week < weeks; week++) {
    for (const d of days) {
      const start = new Date(first + d * 86400e3 + week * 7 * 86400e3);
      const end = new Date(start.getTime() + 75 * 60e3);
      const [title, exercises] = SESSIONS[session++ % SESSIONS.length];
      const rise = (week % 52) * 0.5;  // a year's progress, then again (loads stay in range)
      exercises.forEach((name, x) => {
        for (let i = 0; i < 5; i++) {
          if (rows.length > sets) return;
          const load = 40 + x * 5 + rise + (i === 0 ? -20 : 0) + 0.000000000000034;
          const rpe = TYPES[i] === 'normal' ? (7 + (i % 3) * 0.5).toString() : '';
          rows.push([q(title), q(hevyTime(start)), q(hevyTime(end)), q(week % 4 === 3 ? 'Deload, easy' : ''), q(name),
            x === 4 ? '0' : '', q(i === 1 ? 'Seat 4, "slow" eccentric' : ''), i, q(TYPES[i]), load, 8 + (i % 3), '', '', rpe].join(','));
        }
      });
    }
  }
  return rows.join('\n') + '\n';
}

/** One year, 4 workouts a week: 7,280 rows, ending in 2025-08. */
export const syntheticHevyYear = () => hevyRows({ weeks: 52, days: [0, 1, 3, 4] });

/** `sets` rows (default 100,000), 6 workouts a week of 35 sets, ending where the year ends. */
export function syntheticHevyDecade(sets = 100000) {
  return hevyRows({ weeks: Math.ceil(sets / (6 * 35)), days: [0, 1, 2, 3, 4, 5], sets });
}
