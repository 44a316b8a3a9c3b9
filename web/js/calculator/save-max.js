// "Save to my profile": the calculator's e1RM becomes the working e1RM of an exercise in the
// lifter profile (source "calculator"), and its RIR calibration (failure test sets, which the
// core turns into bias and spread) the profile's calibration. The exercise list and the
// profile check need the full core, loaded only when the person opens the control.
import { loadProfile, saveProfile, withMax } from '../lib/profile.js';
import { $ } from '../lib/dom.js';

export function saveMaxControl({ store, currentEstimate, currentCalibration, calculator }) {
  let full = null;
  $('save-max').addEventListener('toggle', async () => {
    if (!$('save-max').open || full) return;
    const { loadProximity } = await import('../proximity.js');
    full = await loadProximity();
    $('save-max-exercise').replaceChildren(...full.exercises({}).map((e) => new Option(e.name, e.id)));
  });
  $('save-max-button').addEventListener('click', async () => {
    const est = currentEstimate();
    if (!full || !est) { $('save-max-status').textContent = 'Enter a set first.'; return; }
    const { profile, rev } = await loadProfile(store, full);
    const value = est.unit === profile.unit ? est.e1rm
      : calculator.convertUnit({ value: est.e1rm, from: est.unit, to: profile.unit }).value;
    const exercise = $('save-max-exercise');
    const next = withMax(profile, exercise.value, value, 'calculator');
    const calibration = currentCalibration();
    if (calibration) next.calibration = calibration;
    const answer = await saveProfile(store, full, next, rev);
    $('save-max-status').textContent = answer.ok
      ? `Saved: ${exercise.selectedOptions[0].text}, e1RM ${Math.round(value * 10) / 10} ${profile.unit}.${calibration ? ' Your RIR calibration too.' : ''} Today, the advisor and the planner use it.`
      : `Not saved: ${answer.message}.`;
  });
}
