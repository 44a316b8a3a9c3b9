// The coach page: a coach signs in to the CouchDB server their athletes sync with, and sees
// every athlete whose database they may read (./coach/athletes.js), each analysed by the
// core (./coach/athlete-card.js). Read only: the page never writes to a database, and the
// server refuses a coach's writes anyway (the athlete's validation function). The coach's
// address and name are remembered in this browser (../sync/connection.js), the password too
// so the page opens straight to the athletes; "Sign out" forgets them.
import { loadProximity } from './proximity.js';
import { $, el, clear } from './lib/dom.js';
import { loadProfile } from './lib/profile.js';
import { lifterFormula, withFormula } from './lib/lifter-formula.js';
import { readConnection, saveConnection, checkAddress, COACH } from './sync/connection.js';
import { listDatabases, readAthlete, athleteName, eachInParallel } from './coach/athletes.js';
import { athleteCard } from './coach/athlete-card.js';
import { historyFromRecords } from './lib/history-records.js';

const pause = () => new Promise((ok) => setTimeout(ok, 0));
const status = $('coach-status');
const list = $('athletes');
const form = $('coach-form');
let pxReady = null;

/** The core's analysis of one athlete's records, as the Progress page asks it. */
async function analyse(px, records) {
  const history = historyFromRecords(records);
  if (!history?.workouts?.length) return null;
  const readOnly = { read: async (key) => (key in records ? { value: records[key], rev: 1 } : null), setAside: async () => ({ ok: true }) };
  const { profile } = await loadProfile(readOnly, px);
  const formula = await lifterFormula(readOnly);  // the athlete's own choice, when synced
  let plan;
  try { plan = records.plan ? px.importPlan(records.plan) : undefined; } catch { plan = undefined; }
  try { return px.analyzeHistory(withFormula({ history, profile, ...(plan ? { plan } : {}), exercise: null }, formula)); } catch {
    return px.analyzeHistory(withFormula({ history, profile, exercise: null }, formula));
  }
}

/** The card slot of athlete `name`, placed in name order. */
function slotFor(name) {
  const slot = el('article', { class: 'card coach-athlete', dataset: { athlete: name } }, el('h2', { text: name }), el('p', { class: 'hint', text: 'Analysing…' }));
  const after = [...list.children].find((c) => c.dataset.athlete > name);
  list.insertBefore(slot, after ?? null);
  return slot;
}

async function show(connection) {
  status.textContent = 'Looking for your athletes…';
  pxReady ??= loadProximity();  // compiled while the server answers
  let dbs;
  try { dbs = await listDatabases(connection); } catch (error) {
    status.textContent = `Could not list your athletes: ${error.message}.`;
    form.hidden = false;
    return;
  }
  form.hidden = true;
  $('coach-signed-in').hidden = false;
  clear(list);
  delete list.dataset.done;
  let px, names, landmarks;
  // Each athlete appears as soon as their training arrives; the analyses run one at a time,
  // once the core is ready.
  let analyses = pxReady.then((core) => {
    px = core;
    const muscleNames = Object.fromEntries(px.muscles({}).map((m) => [m.id, m.name]));
    const exerciseNames = Object.fromEntries(px.exercises({}).map((e) => [e.id, e.name]));
    names = { muscle: (id) => muscleNames[id] ?? id, exercise: (id, fallback) => exerciseNames[id] ?? fallback ?? 'an exercise' };
    landmarks = px.planDefaults({}).landmarks;
  });
  let shown = 0;
  await eachInParallel(dbs, async (db) => {
    const name = athleteName(db);
    let answer;
    try { answer = await readAthlete(connection, db); } catch (error) { answer = { error }; }
    if (answer.refused) return;
    shown++;
    status.textContent = `${shown} ${shown === 1 ? 'athlete shares' : 'athletes share'} their training with you.`;
    const slot = slotFor(name);
    analyses = analyses.then(async () => {
      try {
        if (answer.error) throw answer.error;
        slot.replaceWith(athleteCard({ name, analysis: await analyse(px, answer.records), names, landmarks }));
      } catch (error) {
        clear(slot, el('h2', { text: name }), el('p', { text: `Not shown: ${error.message}.` }));
      }
      await pause();  // each card is painted as soon as it is ready
    });
  });
  await analyses;
  list.dataset.done = 'true';  // every athlete read and analysed (tests and the bench wait for it)
  if (!shown) status.textContent = 'No athlete shares their training with you yet. An athlete adds your user name under "Your data" → "Who else reads your training".';
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const checked = checkAddress($('coach-url').value);
  const user = $('coach-user').value.trim();
  const password = $('coach-password').value;
  if (checked.problem) { status.textContent = checked.problem; return; }
  if (!user || !password) { status.textContent = 'Enter your user name and password on the server.'; return; }
  const connection = { url: checked.url, user, password };
  await saveConnection(connection, COACH).catch(() => {});
  $('coach-password').value = '';
  await show(connection);
});

$('coach-sign-out').addEventListener('click', async () => {
  await saveConnection(null, COACH).catch(() => {});
  clear(list);
  form.hidden = false;
  $('coach-signed-in').hidden = true;
  status.textContent = 'Signed out: this browser no longer keeps your coach sign-in.';
});

const saved = await readConnection(COACH);
if (saved) await show(saved);
else { form.hidden = false; status.textContent = 'Sign in to the server your athletes sync with.'; }
