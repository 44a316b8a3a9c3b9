// The RIR calibration's cost inside px.analyzeHistory (issue 19: at most +20 %), on one
// year of a lifter whose calls run about 2 reps high: 175 workouts x 5 exercises x 8 sets
// (2 warm-ups, 6 working sets) = 7,000 sets; now and then a failure test on an isolation or
// machine exercise, and sets followed by one to failure at the same load (inferences).
//   analysis:     px.benchHistoryAnalysis, the whole analysis in the core (no JSON)
//   calibration:  the same with part "calibration": observations, the model, the backtest
//                 and the trend alone; "without" = analysis - calibration (the corrected
//                 reading of each set is one more addition, inside both)
import { performance } from 'node:perf_hooks';
import { createBenchProximity } from '../lib/bench-module.mjs';

const REPEATS = 7;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function biasedYear() {
  let seed = 4242;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const days = [
    ['back-squat', 'leg-press', 'leg-extension', 'leg-curl', 'standing-calf-raise'],
    ['bench-press', 'barbell-row', 'lat-pulldown', 'lateral-raise', 'triceps-pushdown'],
  ];
  const workouts = [];
  const start = Date.UTC(2025, 0, 1);
  for (let w = 0; w < 175; w++) {
    const day = new Date(start + Math.floor(w * 365 / 175) * 86400000).toISOString().slice(0, 10);
    const exercises = days[w % 2].map((exercise, x) => {
      const top = 40 + 10 * x;
      const sets = [{ load: top / 2, unit: 'kg', reps: 8, type: 'warmup' }, { load: top * 0.75, unit: 'kg', reps: 5, type: 'warmup' }];
      for (let k = 0; k < 6; k++) {
        const reps = 8 + Math.floor(random() * 4);
        const rir = Math.floor(random() * 3);
        const set = { load: top, unit: 'kg', reps, rir };
        if (k === 5 && x >= 2 && random() < 0.1) set.failureReps = reps + rir + 2;  // a test: 2 reps more than called
        else if (k === 5 && random() < 0.2) { delete set.rir; set.failure = true; }  // after a called set: an inference
        sets.push(set);
      }
      return { exercise, name: exercise, sets };
    });
    workouts.push({ start: `${day}T18:00:00`, name: `Day ${w % 2 + 1}`, exercises });
  }
  return { version: 1, workouts };
}

const px = await createBenchProximity();
const { sets } = px.setHistory({ history: biasedYear() });
function perRun(input, n) {
  const t0 = performance.now();
  px.benchHistoryAnalysis({ ...input, iterations: 0 });
  const t1 = performance.now();
  px.benchHistoryAnalysis({ ...input, iterations: n });
  const t2 = performance.now();
  return ((t2 - t1) - (t1 - t0)) / n;
}
perRun({}, 2);  // warm-up
const whole = [], part = [];
for (let i = 0; i < REPEATS; i++) {
  whole.push(perRun({}, 3));
  part.push(perRun({ part: 'calibration' }, 3));
}
const analysis = median(whole), calibration = median(part), without = analysis - calibration;
const share = (calibration / without) * 100;
const { calibration: c } = px.analyzeHistory({ exercise: null });
console.log(`## RIR calibration in the history analysis (WASM, ${sets} sets, one year)`);
console.log(`analyzeHistory in the core: ${analysis.toFixed(2)} ms with the calibration, ${without.toFixed(2)} ms without (calibration work ${calibration.toFixed(2)} ms)`);
console.log(`observations ${c.fromHistory}; isolation/machine bias ${c.classes[1].bias.toFixed(2)} reps (built with +2); backtest raw MAE ${c.backtest.raw.mae?.toFixed(2)}, calibrated ${c.backtest.calibrated.mae?.toFixed(2)}`);
console.log(`target: calibration share of analyzeHistory <= 20 %  measured ${share.toFixed(2)} %  ${share <= 20 ? 'OK' : 'OVER'}`);
