// @ts-check
// Today's warm-up ramp rows: for an exercise whose plan has no warm-up sets of its own, the
// core's ramp up to the first working set's load (px.warmupRamp with the lifter's choice for
// the exercise, ./warmup-settings.js: bar, then ~40/60/80 %, or their own steps, rounded to
// the lifter's equipment; by default none for isolation or bodyweight lifts). The rows
// guide; a warm-up is logged like any set, with the set type "Warm-up", and never counts
// as a hard set.
//
//   list.prepend(...warmupRows(ramp, unit));   // [] when there is no ramp
import { num, perSideText } from './format.js';

export function warmupRows(ramp, unit) {
  return (ramp?.sets ?? []).map((s) => {
    const li = document.createElement('li');
    li.className = 'warmup-ramp';  // not a ".set": a guide, not a set to log in turn
    const head = Object.assign(document.createElement('p'), { className: 'set-head',
      textContent: `Warm-up · ${s.reps} reps · ${s.bar ? 'empty bar' : `${Math.round(s.percent)}% of the working load`}` });
    const load = Object.assign(document.createElement('p'), { className: 'set-load', textContent: `${num(s.load)} ${unit}` });
    const side = perSideText(s.rounded);
    if (side) load.append(Object.assign(document.createElement('span'), { className: 'per-side', textContent: side }));
    li.append(head, load);
    return li;
  });
}
