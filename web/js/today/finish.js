// Finishing a session: the workout as the history document holds it (source "proximity",
// its plan week and session), appended to the saved history as one new record
// (../history/history-records.js appendWorkout: checked by the core, never overwriting).

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
