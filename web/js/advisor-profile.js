// The advisor prefilled from the lifter profile (./lib/profile.js): training status, the
// safety setup (the same none / pins / spotter choices the policy reads), the unit, the RIR
// calibration, and the working e1RM of the chosen exercise. The person can still change
// any of them for this one question; nothing here is written back.
import { loadProfile } from './lib/profile.js';

export async function prefillFromProfile(px, store, form) {
  const { profile, rev } = await loadProfile(store, px);
  if (!rev) return;  // no saved profile: the page's own defaults
  const radio = form.querySelector(`input[name="status"][value="${profile.status}"]`);
  if (radio) radio.checked = true;
  form.elements.safety.value = profile.safety;
  form.elements.unit.value = profile.unit;
  if (profile.calibration) {
    form.elements['cal-bias'].value = profile.calibration.bias;
    form.elements['cal-spread'].value = profile.calibration.spread ?? '';
  }
  const fillMax = () => {
    const max = profile.e1rm[form.elements.exercise.value];
    form.elements.e1rm.value = max ? Math.round(max.value * 10) / 10 : '';
  };
  fillMax();
  form.elements.exercise.addEventListener('change', fillMax);
  document.body.dataset.profile = 'applied';
}
