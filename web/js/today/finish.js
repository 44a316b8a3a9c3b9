// Finishing a session: the workout as the history document holds it (source "proximity",
// its plan week and session), appended to the saved history as one new record
// (../lib/history-records.js appendWorkout: checked by the core, never overwriting).
// A superset's exercises share a number in the history, as Hevy's superset_id does.

export function workoutOf(session) {
  const workout = { start: session.start, name: session.name, source: 'proximity', exercises: [] };
  const started = Date.parse(session.start);
  if (Number.isFinite(started)) workout.duration = Math.max(0, Math.round((Date.now() - started) / 1000));
  if (session.plan) workout.plan = session.plan;
  let superset = 0;
  session.exercises.forEach((x, i) => {
    const joined = x.supersetWithPrevious || session.exercises[i + 1]?.supersetWithPrevious;
    if (joined && !x.supersetWithPrevious) superset += 1;
    if (!x.sets.length) return;
    workout.exercises.push({ exercise: x.exercise, name: x.name, ...(joined ? { superset } : {}), sets: x.sets });
  });
  return workout;
}
