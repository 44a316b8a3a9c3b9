// The planner page's state: the plan being edited, the core's last answers, and where
// each set of the week shown is drawn (by its address, {week, session, exercise, set}).

export const state = {
  px: null,
  plan: null,          // the plan being edited (a plan document)
  week: 0,             // the week shown
  evaluation: null,    // the core's last answer for `plan`
  loads: null,         // px.planLoads for `plan`, when there is a lifter profile
  fatigue: null,       // {signs, week?}: the saved training log's fatigue signs (log-fatigue.js)
  shared: false,       // opened from a link and not saved yet
  undo: null,          // the plan before the last generate/import
  exercises: [],
  muscleNames: {},
  templates: [],
  defaults: null,      // px.planDefaults(): figures, limits and words of the planner
  store: null,
  formula: undefined,  // the lifter's chosen e1RM formula (lib/lifter-formula.js)
  rev: 0,              // revision of the saved plan this tab's edits build on
  savedText: null,     // the plan as saved (JSON), to skip writes that change nothing
  dirty: false,        // an edit not saved yet (refused by the core, or the write failed)
  draft: false,        // a draft is in the store
  protect: false,      // an unreadable saved plan could not be set aside: never write over it
  conflict: null,
};

export const weekOf = () => state.plan.weeks[state.week];

// Where the core's answers are drawn in the editor, filled as the week is rendered:
// sets: addressKey -> {badge, load}; exercises: addressKey (no set) -> cost element;
// inputs: the core's error field for an input -> the input (to mark it invalid).
export const drawn = { sets: new Map(), exercises: new Map(), sessions: new Map(), inputs: new Map() };

export function clearDrawn() {
  for (const map of Object.values(drawn)) map.clear();
}

/** The key of an address in the maps above: {week, session, exercise, set} -> "0/1/2/3". */
export const addressKey = ({ week, session, exercise, set }) =>
  [week, session, exercise, set].filter((i) => i !== undefined).join('/');

/**
 * The field the core names when it refuses an input (its place in the plan document),
 * used only as the key that finds that input again; the page never reads it back.
 */
export function errorField({ week, session, exercise, set }, name) {
  let field = `weeks[${week}]`;
  if (session !== undefined) field += `.sessions[${session}]`;
  if (exercise !== undefined) field += `.exercises[${exercise}]`;
  if (set !== undefined) field += `.sets[${set}]`;
  return `${field}.${name}`;
}
