// Today: the session view. Starts the plan's next session (store "plan", position
// "plan.position") or an empty one; the core prepares every set (px.prepareSession: load,
// plates, verdict and reason) and adapts the next load to the set just logged
// (px.nextSetLoad). The workout in progress is the record "session.current", written set
// by set; finishing appends it to the history (one new record per workout,
// ./lib/history-records.js) and moves the plan on. This file draws the session and starts
// the page; the parts, in ./today/, by concern: state.js (the page's state, its message
// lines, and how it draws itself, passed in here), session-record.js (the record written set
// by set), start.js (the plan's next session prepared by the core, or an empty one),
// exercise-card.js (an exercise's sets, log form, typed e1RM and swap), log-set.js (a set
// logged, the next load adapted), end-session.js (finish or discard), profile-form.js;
// and the smaller parts they use (format.js, rest-timer.js, superset.js, swap.js,
// warmup-rows.js, warmup-settings.js, feedback.js, body-weight.js, calibration.js, finish.js).
import { loadProximity } from './proximity.js';
import { $ } from './lib/dom.js';
import { getStore } from './lib/store.js';
import { loadProfile } from './lib/profile.js';
import { restTimer } from './today/rest-timer.js';
import { lifterFormula } from './lib/lifter-formula.js';
import { bodyWeightLog } from './today/body-weight.js';
import { groupedCards } from './today/superset.js';
import { warmupSettings } from './today/warmup-settings.js';
import { sessionFeedback } from './today/feedback.js';
import { KEY } from './lib/store-keys.js';
import { state, show, fail, view } from './today/state.js';
import { saveSession, adoptSession } from './today/session-record.js';
import { startPlanned, startEmpty, addExercise, renderStart } from './today/start.js';
import { finish, discard } from './today/end-session.js';
import { exerciseCard } from './today/exercise-card.js';
import { fillProfileForm, submitProfile } from './today/profile-form.js';

view.render = render;

function render() {
  const s = state.session;
  $('session').hidden = !s;
  $('start').hidden = !!s;
  if (s) state.feedback.hide();
  document.querySelectorAll('[data-unit]').forEach((e) => { e.textContent = s?.unit ?? state.profile.unit; });
  timer.set(s?.rest ?? null, { vibrate: state.vibrate });
  if (!s) { $('today-title').textContent = 'Today'; return; }
  $('today-title').textContent = s.name;
  $('today-sub').textContent = s.plan ? `Week ${s.plan.week + 1}, session ${s.plan.session + 1} of your plan` : 'A session of your own';
  $('exercises').replaceChildren(...groupedCards(s, s.exercises.map(exerciseCard)));
  document.querySelector('.exercise.current .log-form')?.scrollIntoView({ block: 'nearest' });
}

const timer = restTimer({
  bar: $('rest'), left: $('rest-left'),
  onChange: (rest) => { if (state.session) { state.session.rest = rest; saveSession(); } },
});

async function main() {
  state.px = await loadProximity();
  state.store = await getStore();
  state.defaults = state.px.sessionDefaults({});
  state.formula = await lifterFormula(state.store);
  ({ profile: state.profile, spotter: state.spotter, rev: state.profileRev } = await loadProfile(state.store, state.px));
  state.vibrate = (await state.store.read(KEY.todaySettings))?.value?.vibrate ?? true;
  state.warmups = await warmupSettings({ px: state.px, store: state.store, changed: () => render() });
  state.exercises = state.px.exercises({});
  $('add-exercise').replaceChildren(...state.exercises.map((e) => new Option(e.name, e.id)));
  fillProfileForm();
  state.feedback = sessionFeedback({ px: state.px, store: state.store, card: $('feedback'), profile: () => state.profile });
  bodyWeightLog({ px: state.px, store: state.store, profile: () => state.profile, rev: () => state.profileRev,
    saved: (profile, rev) => { state.profile = profile; state.profileRev = rev; } });
  $('start-plan').addEventListener('click', () => startPlanned().catch(() => fail('The saved plan cannot be used here: open it in the planner, which shows what to fix.')));
  $('start-empty').addEventListener('click', () => startEmpty());
  $('add-button').addEventListener('click', addExercise);
  $('finish').addEventListener('click', () => finish());
  $('discard').addEventListener('click', () => discard());
  $('rest-minus').addEventListener('click', () => timer.adjust(-15));
  $('rest-plus').addEventListener('click', () => timer.adjust(15));
  $('rest-skip').addEventListener('click', () => timer.stop());
  $('profile-form').addEventListener('submit', submitProfile);
  state.store.subscribe(async ({ key, local }) => {
    if (local) return;
    if (key === KEY.session) adoptSession(await state.store.read(KEY.session));
    if (key === KEY.profile) ({ profile: state.profile, spotter: state.spotter, rev: state.profileRev } = await loadProfile(state.store, state.px));
  });
  adoptSession(await state.store.read(KEY.session));
  if (state.session) show('Your workout in progress is back where you left it.');
  await renderStart();
  if (!state.session) await state.feedback.showLatest();
  document.body.dataset.ready = 'true';
}

main().catch((error) => fail(`Proximity could not start: ${error.message}`));
