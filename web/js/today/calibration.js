// Today's side of the RIR calibration: the calibration refreshed by the core after a test
// set is logged (px.analyzeHistory over the history plus this workout, with the lifter's
// formula), so the next set's load uses it at once. The numbers and words are the core's.
import { workoutOf } from './finish.js';

/** Each class's applied bias after this session's sets: {compound: n, isolationMachine: n}, or null. */
export function refreshedBiases(px, history, session, profile, formula) {
  const base = history ?? { version: 1, workouts: [] };
  try {
    const analysis = px.analyzeHistory({ history: { ...base, workouts: [...base.workouts, workoutOf(session)] },
      profile, formula, exercise: null });
    return Object.fromEntries(analysis.calibration.classes.map((c) => [c.class, c.applied]));
  } catch {
    return null;
  }
}
