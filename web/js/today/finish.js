// Finishing a session: the workout as the history document holds it (source "proximity",
// its plan week and session), appended to the record "history" - validated by the core
// (px.readHistory) and written with its baseRev, so another tab's change (an import) is read
// again and kept, never overwritten.
import { HISTORY_KEY } from '../history/history-record.js';

export function workoutOf(session) {
  const workout = { start: session.start, name: session.name, source: 'proximity', exercises: [] };
  const started = Date.parse(session.start);
  if (Number.isFinite(started)) workout.duration = Math.max(0, Math.round((Date.now() - started) / 1000));
  if (session.plan) workout.plan = session.plan;
  for (const x of session.exercises) {
    if (!x.sets.length) continue;
    workout.exercises.push({ exercise: x.exercise, name: x.name, sets: x.sets });
  }
  return workout;
}

export async function appendToHistory(store, px, workout) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const record = await store.read(HISTORY_KEY);
    const value = record?.value ?? null, rev = record?.rev ?? 0;
    const base = value ?? { version: 1, workouts: [] };
    const history = px.readHistory({ history: { ...base, workouts: [...base.workouts, workout] } }).history;
    const answer = await store.write(HISTORY_KEY, history, { baseRev: rev });
    if (answer.ok || answer.reason !== 'conflict') return answer;
  }
  return { ok: false, message: 'the history kept changing in another tab' };
}
