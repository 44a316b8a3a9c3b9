// Today's side of the RIR calibration: the calibration refreshed by the core after a test
// set is logged (px.analyzeHistory over the saved history plus this workout, with the
// lifter's formula, in the history's worker: the page never waits on the whole history),
// so the next set's load uses it at once. The numbers and words are the core's.
import { workoutOf } from './finish.js';
import { historyAnalysis } from '../history-analysis.js';

/** Each class's applied bias after this session's sets: {compound: n, isolationMachine: n}, or null. */
export async function refreshedBiases(session, profile, formula) {
  try {
    const analysis = await historyAnalysis().run('analyzeWith', { workout: workoutOf(session), profile, formula, exercise: null });
    return Object.fromEntries(analysis.calibration.classes.map((c) => [c.class, c.applied]));
  } catch {
    return null;
  }
}
