// The lifter profile form on Today: unit, status, safety, bar and machine steps, and the
// rest timer's vibration (the record "today.settings").
import { $ } from '../lib/dom.js';
import { applyLimit, choicesOf, fillSelect, limitOf } from '../lib/choices.js';
import { saveProfile } from '../lib/profile.js';
import { KEY } from '../lib/store-keys.js';
import { state, show, view } from './state.js';
import { renderStart } from './start.js';

export function fillProfileForm() {
  const p = state.profile;
  // The option lists and their words are the core's (px.describe()).
  fillSelect($('p-unit'), choicesOf(state.px, 'unit'), { short: true });
  fillSelect($('p-status'), choicesOf(state.px, 'experience'));
  fillSelect($('p-safety'), choicesOf(state.px, 'safety'));
  $('p-unit').value = p.unit;
  $('p-status').value = p.status;
  $('p-safety').value = p.safety;
  applyLimit($('p-bar'), limitOf(state.px, 'barWeight'));
  applyLimit($('p-machine'), limitOf(state.px, 'stepWeight'));
  $('p-bar').value = p.equipment.barbell.bar;
  $('p-machine').value = p.equipment.machine.increment;
  $('p-vibrate').value = state.vibrate ? 'on' : 'off';
}

export async function submitProfile(event) {
  event.preventDefault();
  const p = structuredClone(state.profile);
  const unitChanged = $('p-unit').value !== p.unit;
  p.unit = $('p-unit').value;
  p.status = $('p-status').value;
  p.safety = $('p-safety').value;
  if (unitChanged) delete p.equipment;  // the other unit's defaults
  else {
    p.equipment.barbell.bar = Number($('p-bar').value);
    p.equipment.machine.increment = Number($('p-machine').value);
  }
  const saved = await saveProfile(state.store, state.px, p, state.profileRev);
  state.vibrate = $('p-vibrate').value === 'on';
  await state.store.write(KEY.todaySettings, { vibrate: state.vibrate });
  if (!saved.ok) { $('profile-error').textContent = saved.reason === 'invalid' ? saved.message : `Not saved: ${saved.message}.`; return; }
  $('profile-error').textContent = '';
  ({ profile: state.profile, spotter: state.spotter } = state.px.readProfile({ profile: p }));
  state.profileRev = saved.rev;
  fillProfileForm();
  show('Profile saved.');
  if (!state.session) await renderStart();
  view.render();
}
