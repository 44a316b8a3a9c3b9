// Finishing a session (appended to the history, one new record per workout, the plan moved
// on, the maxes kept in the profile) or discarding it.
import { saveProfile, withMax } from '../lib/profile.js';
import { workoutOf } from './finish.js';
import { appendWorkout } from '../lib/history-records.js';
import { KEY } from '../lib/store-keys.js';
import { state, show, fail, view } from './state.js';
import { renderStart } from './start.js';

export async function finish() {
  const session = state.session;
  const workout = workoutOf(session);
  if (!workout.exercises.length) { fail('Log at least one set before finishing, or discard the session.'); return; }
  let answer;
  try {
    answer = await appendWorkout(state.store, state.px, workout);
  } catch {
    fail('Not saved: one of the logged sets cannot go into the history as it is; check its load and reps.');
    return;
  }
  if (!answer.ok) { fail(`Not saved: ${answer.message}.`); return; }
  let profile = state.profile;
  for (const x of session.exercises) if (x.sets.length && x.e1rm) profile = withMax(profile, x.exercise, x.e1rm, 'history');
  const saved = await saveProfile(state.store, state.px, profile, state.profileRev);
  if (saved.ok) { state.profile = profile; state.profileRev = saved.rev; }
  if (session.plan) await state.store.write(KEY.planPosition, session.next ?? { week: 0, session: 0 });
  await state.store.remove(KEY.session);
  state.session = null;
  state.rev = 0;
  const sets = workout.exercises.reduce((n, x) => n + x.sets.length, 0);
  show(`Saved to your history: ${workout.name}, ${sets} ${sets === 1 ? 'set' : 'sets'}.${session.plan && !session.next ? ' That was the last session of the plan.' : ''}`);
  await renderStart();
  view.render();
  await state.feedback.ask(workout);
}

export async function discard() {
  await state.store.remove(KEY.session);
  state.session = null;
  state.rev = 0;
  show('Session discarded.');
  await renderStart();
  view.render();
}
