// @ts-check
// A plan's field path as a lifter reads it: weeks[0].sessions[0].exercises[0].sets[0].reps
// in the plan being read becomes "Week 1, Push, Bench press, set 1: reps". The names come
// from the plan text itself; a path that cannot be read keeps its last word only.
const WORDS = { tau1: 'fitness decay', tau2: 'fatigue decay', k1: 'fitness gain', k2: 'fatigue gain',
  fatigueBudget: 'weekly fatigue budget', rir: 'RIR', reps: 'reps', maxRir: 'hard-set RIR limit' };

export function readablePath(path, planText, exerciseName = (id) => id) {
  if (!path) return '';
  let plan = null;
  try { plan = JSON.parse(planText); } catch { /* not JSON: no names to read */ }
  const parts = [];
  let node = plan;
  let last = path;
  for (const [, key, index] of path.matchAll(/([A-Za-z]+)(?:\[(\d+)\])?/g)) {
    last = key;
    node = node?.[key];
    if (index === undefined) continue;
    const i = Number(index);
    node = node?.[i];
    if (key === 'weeks') parts.push(`Week ${i + 1}`);
    else if (key === 'sessions') parts.push(node?.name ?? `session ${i + 1}`);
    else if (key === 'exercises') parts.push(exerciseName(node?.exercise ?? node?.id ?? `exercise ${i + 1}`));
    else if (key === 'sets') parts.push(`set ${i + 1}`);
    else parts.push(`${key} ${i + 1}`);
  }
  const word = WORDS[last] ?? last.replace(/([A-Z])/g, ' $1').toLowerCase();
  return parts.length ? `${parts.join(', ')}: ${word}` : word;
}

// The core's message with its path replaced: "Week 1, Push, Bench press, set 1: reps must be between 1 and 50".
export function readableError(error, planText, exerciseName) {
  const where = readablePath(error.field, planText, exerciseName);
  const message = error.field && error.message.startsWith(error.field) ? error.message.slice(error.field.length).trim() : error.message;
  return where ? `${where} ${message}` : message;
}
