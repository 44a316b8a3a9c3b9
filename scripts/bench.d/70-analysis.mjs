// History analysis speed on a synthetic year of training: 250 workouts x 5 exercises x
// 8 sets (2 warm-ups, 6 working sets with RIR, RPE, failure or no effort, now and then a
// calibration test) = 10,000 sets, generated here with a fixed seed.
//   in-core:      px.benchHistoryAnalysis analyzes the kept history N times inside the
//                 module (no JSON); a run of 0 is subtracted
//   as the page:  px.analyzeHistory({history}) with the history as JSON in and the full
//                 analysis as JSON out, JSON.parse included; on the kept history right
//                 after px.setHistory (nothing to start from), with the full answer (the
//                 page before) and as the history page now asks (exercise: null, then the
//                 chosen exercise's sessions: what it draws)
//   after a set:  px.logSet (one set into the kept history) then px.analyzeHistory({from})
//                 with from = this week's Monday (the lists a session page shows): the
//                 engine starts from its last analysis and reads and judges only the
//                 changed workout; and the same with that reuse defeated (setHistory
//                 again first: the full recompute it replaced)
import { performance } from 'node:perf_hooks';
import { createBenchProximity } from '../lib/bench-module.mjs';

const REPEATS = 7;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const target = (what, limit, unit, value) =>
  console.log(`target: ${what} <= ${limit} ${unit}  measured ${value.toFixed(2)} ${unit}  ${value <= limit ? 'OK' : 'OVER'}`);

function syntheticHistory() {
  let seed = 12345;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const days = [
    ['back-squat', 'romanian-deadlift', 'leg-press', 'leg-curl', 'standing-calf-raise'],
    ['bench-press', 'barbell-row', 'overhead-press', 'lat-pulldown', 'triceps-pushdown'],
    ['deadlift', 'front-squat', 'leg-extension', 'seated-leg-curl', 'cable-crunch'],
    ['incline-db-press', 'seated-cable-row', 'lateral-raise', 'db-curl', 'face-pull'],
  ];
  const base = { 'back-squat': 120, deadlift: 150, 'bench-press': 90, 'overhead-press': 55 };
  const workouts = [];
  const start = Date.UTC(2024, 0, 1);
  for (let w = 0; w < 250; w++) {
    const day = new Date(start + Math.floor(w * 7 / 4.8) * 86400000).toISOString().slice(0, 10);
    const exercises = days[w % 4].map((exercise) => {
      const top = Math.round(((base[exercise] ?? 40) * (1 + w / 1000) * (0.97 + 0.06 * random())) / 2.5) * 2.5;
      const sets = [
        { load: Math.round(top * 0.5), unit: 'kg', reps: 8, type: 'warmup' },
        { load: Math.round(top * 0.75), unit: 'kg', reps: 5, type: 'warmup' },
      ];
      for (let k = 0; k < 6; k++) {
        const reps = 6 + Math.floor(random() * 5);
        const kind = random();
        const set = { load: top, unit: 'kg', reps };
        if (kind < 0.45) set.rir = Math.floor(random() * 4);
        else if (kind < 0.7) set.rpe = 7 + Math.floor(random() * 6) / 2;
        else if (kind < 0.85) set.failure = true;
        if (kind >= 0.85 && kind < 0.87) Object.assign(set, { rir: 2, failureReps: reps + 1 + Math.floor(random() * 3) });
        sets.push(set);
      }
      return { exercise, name: exercise, sets };
    });
    workouts.push({ start: `${day}T18:${String(w % 60).padStart(2, '0')}:00`, name: `Day ${w % 4 + 1}`, exercises });
  }
  return { version: 1, workouts };
}

const px = await createBenchProximity();  // the measurement methods: build/wasm-bench
const history = syntheticHistory();
const { sets } = px.setHistory({ history });

function inCore(n) {
  const t0 = performance.now();
  px.benchHistoryAnalysis({ iterations: 0 });
  const t1 = performance.now();
  px.benchHistoryAnalysis({ iterations: n });
  const t2 = performance.now();
  return ((t2 - t1) - (t1 - t0)) / n;
}

inCore(3);  // warm-up
px.analyzeHistory({ history });
// The session page after a set: this week's lists (the whole history is still analyzed).
const last = history.workouts[history.workouts.length - 1].start.slice(0, 10);
const thisWeek = px.analyzeHistory({ from: last }).weeks[0].start;
const core = [], page = [], kept = [], asked = [], logged = [], full = [];
let askedBytes = 0;
let answerBytes = 0, historyBytes = JSON.stringify(history).length;
for (let r = 0; r < REPEATS; r++) {
  core.push(inCore(10));
  let t = performance.now();
  answerBytes = JSON.stringify(px.analyzeHistory({ history })).length;
  page.push(performance.now() - t);
  px.setHistory({ history });
  t = performance.now();
  JSON.stringify(px.analyzeHistory({}));
  kept.push(performance.now() - t);
  px.setHistory({ history });
  t = performance.now();
  const first = px.analyzeHistory({ exercise: null });
  const top = [...first.exercises].sort((a, b) => b.sessionCount - a.sessionCount)[0].exercise;
  const chart = px.analyzeHistory({ exercise: top });
  asked.push(performance.now() - t);
  askedBytes = JSON.stringify(first).length + JSON.stringify(chart).length;
  px.analyzeHistory({ from: thisWeek });
  t = performance.now();
  px.logSet({ exercise: 'face-pull', set: { load: 30, unit: 'kg', reps: 15, rir: 2 } });
  px.analyzeHistory({ from: thisWeek });
  logged.push(performance.now() - t);
  px.setHistory({ history });
  t = performance.now();
  px.logSet({ exercise: 'face-pull', set: { load: 30, unit: 'kg', reps: 15, rir: 2 } });
  px.analyzeHistory({ from: thisWeek });
  full.push(performance.now() - t);
}

console.log('## History analysis (10,000-set synthetic year)');
console.log(`history: ${sets} sets, ${history.workouts.length} workouts, ${(historyBytes / 1024).toFixed(0)} KB of JSON; ` +
  `answer ${(answerBytes / 1024).toFixed(0)} KB of JSON`);
console.log(`analyzeHistory in-core (WASM, no JSON):           ${median(core).toFixed(2)} ms`);
console.log(`analyzeHistory({history}) as a page (JSON both ways): ${median(page).toFixed(2)} ms`);
console.log(`before: analyzeHistory({}) on the kept history, full answer:  ${median(kept).toFixed(2)} ms`);
console.log(`after:  as the history page asks (exercise: null, then one exercise's sessions; ${(askedBytes / 1024).toFixed(0)} KB of JSON): ${median(asked).toFixed(2)} ms`);
console.log(`before: logSet + analyzeHistory({from: this week}), full recompute: ${median(full).toFixed(2)} ms`);
console.log(`after:  logSet + analyzeHistory({from: this week}), from the last analysis: ${median(logged).toFixed(2)} ms`);
target('analyzeHistory in WASM', 20, 'ms', median(core));
// The history page keeps the history in the engine (setHistory once, on import or load)
// and asks for what it draws; re-sending the whole history each time is printed above.
target('analyzeHistory as the page calls it (kept history, JSON out)', 100, 'ms', median(asked));
target('updated analysis after logging one set', 5, 'ms', median(logged));
