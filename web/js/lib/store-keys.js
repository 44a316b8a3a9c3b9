// @ts-check
// Every kind of record Proximity keeps in this browser (./store.js): its key, and what it is
// called on screen ("Your data": items kept aside, sync choices). Pages read and write records
// only under the keys named here (tests/js/store-keys.test.mjs finds key strings written
// anywhere else). A new kind of record is one more line below.

/** name in code: [store key, what a person calls it]; a key ending in "/" is a prefix, one record per item. */
const KINDS = {
  settings: ['settings', 'Settings'],
  calculator: ['calculator', 'Calculator settings'],
  profile: ['profile', 'Lifter profile'],
  plan: ['plan', 'Training plan'],
  planDraft: ['plan.draft', 'Unsaved plan changes'],
  planPosition: ['plan.position', 'Next session of the plan'],
  session: ['session.current', 'Workout in progress'],
  todaySettings: ['today.settings', 'Today settings'],
  advisorRuleSet: ['advisor.ruleSet', 'Advisor rule set'],
  advisorDraft: ['advisor.ruleSet.draft', 'Unsaved advisor rule text'],
  // Until schema version 2 the whole history was this one record (see ./history-records.js).
  history: ['history', 'Training history'],
  historyDocument: ['history.document', 'Training history (exercises and mapping)'],
  workout: ['workout/', 'Logged workout'],
  warmups: ['warmups', 'Warm-up settings'],
  feedback: ['feedback/', 'Session feedback'],
};

/** The store key of each kind, by its name in code: KEY.plan === 'plan'. */
export const KEY = /** @type {{[name in keyof typeof KINDS]: string}} */ (
  Object.fromEntries(Object.entries(KINDS).map(([name, [key]]) => [name, key])));

/** Every kind: [{key, name}], in the order above. */
export const RECORD_KINDS = Object.values(KINDS).map(([key, name]) => ({ key, name }));

/** The kind of the record `key` ({key, name}), or undefined for a key of no known kind. @param {unknown} key */
export const kindOf = (key) => (typeof key !== 'string' ? undefined
  : RECORD_KINDS.find((k) => (k.key.endsWith('/') ? key.startsWith(k.key) : k.key === key)));

/** What the record `key` is called on screen. */
export const itemName = (key) => kindOf(key)?.name ?? 'Saved item';
