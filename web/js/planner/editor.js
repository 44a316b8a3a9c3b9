// The editor: the week buttons, the week's label and phase, its sessions and their
// exercises. Each set row is drawn by set-row.js; where the core's answers go is kept in
// state.js's `drawn` maps, by address. A change goes to controller.js.
import { $, el } from '../lib/dom.js';
import { state, weekOf, drawn, clearDrawn, addressKey, errorField } from './state.js';
import { evaluateNow, scheduleEvaluate, selectWeek, weekReshaped } from './controller.js';
import { setRow, newSet } from './set-row.js';

export function renderWeekTabs() {
  const tabs = $('week-tabs');
  tabs.replaceChildren();
  state.plan.weeks.forEach((w, i) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'pl-tab';
    if (i === state.week) b.setAttribute('aria-current', 'true');
    b.setAttribute('aria-label', `Week ${i + 1}${w.label ? `: ${w.label}` : ''}`);
    b.textContent = w.phase === 'deload' ? `${i + 1} · deload` : String(i + 1);
    b.title = w.label || `Week ${i + 1}`;
    b.addEventListener('click', () => selectWeek(i));
    tabs.appendChild(b);
  });
  $('remove-week').disabled = state.plan.weeks.length <= 1;
  const shown = tabs.children[state.week];
  if (shown && tabs.scrollWidth > tabs.clientWidth) shown.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  $('week-tabs-more').hidden = tabs.scrollWidth <= tabs.clientWidth + 1;
}

export function renderWeek() {
  const week = weekOf();
  clearDrawn();
  $('week-label').value = week.label ?? '';
  drawn.inputs.set(errorField({ week: state.week }, 'label'), $('week-label'));
  $('week-phase').value = week.phase ?? 'normal';
  drawn.inputs.set(errorField({ week: state.week }, 'phase'), $('week-phase'));
  const container = $('sessions');
  container.replaceChildren();
  week.sessions.forEach((session, s) => container.appendChild(sessionElement(session, s)));
  if (!week.sessions.length) {
    const p = document.createElement('p');
    p.className = 'hint';
    p.textContent = 'No sessions this week (a rest week). Add one below.';
    container.appendChild(p);
  }
}

function sessionElement(session, s) {
  const address = { week: state.week, session: s };
  const el = $('session-template').content.firstElementChild.cloneNode(true);
  drawn.sessions.set(addressKey(address), el.querySelector('[data-role="cost"]'));
  const name = el.querySelector('[data-role="name"]');
  const nameId = `session-${s}-name`, dayId = `session-${s}-day`;
  name.id = nameId;
  el.querySelector('[data-role="name-label"]').htmlFor = nameId;
  el.querySelector('[data-role="name-label"]').textContent = `Session ${s + 1}`;
  name.value = session.name;
  drawn.inputs.set(errorField(address, 'name'), name);
  name.addEventListener('input', () => { session.name = name.value; scheduleEvaluate(); });
  const day = el.querySelector('[data-role="day"]');
  day.id = dayId;
  el.querySelector('[data-role="day-label"]').htmlFor = dayId;
  day.value = String(session.day ?? 0);
  day.addEventListener('change', () => {
    if (day.value === '0') delete session.day; else session.day = Number(day.value);
    evaluateNow();
  });
  const list = el.querySelector('[data-role="exercises"]');
  session.exercises.forEach((x, xi) => list.appendChild(exerciseElement(session, x, { ...address, exercise: xi })));
  el.querySelector('[data-action="add-exercise"]').addEventListener('click', () => {
    const last = session.exercises.at(-1);
    session.exercises.push({ exercise: last?.exercise ?? state.exercises[0].id, sets: [newSet(), newSet(), newSet()] });
    weekReshaped();
  });
  el.querySelector('[data-action="remove-session"]').addEventListener('click', () => {
    weekOf().sessions.splice(s, 1);
    weekReshaped();
  });
  return el;
}

let exerciseOptionsCache = null;

// The library's exercises grouped by their first primary muscle.
function exerciseOptions() {
  const fragment = document.createDocumentFragment();
  const groups = new Map();
  for (const e of state.exercises) {
    const muscle = e.primary[0];
    if (!groups.has(muscle)) groups.set(muscle, []);
    groups.get(muscle).push(e);
  }
  for (const [muscle, list] of groups) {
    const group = document.createElement('optgroup');
    group.label = state.muscleNames[muscle] ?? muscle;
    for (const e of list) group.appendChild(new Option(e.name, e.id));
    fragment.appendChild(group);
  }
  return fragment;
}

function exerciseElement(session, x, address) {
  const { session: s, exercise: xi } = address;
  const li = document.createElement('li');
  li.className = 'pl-exercise';
  const head = document.createElement('div');
  head.className = 'pl-ex-head';
  const select = document.createElement('select');
  select.id = `ex-${s}-${xi}`;
  select.setAttribute('aria-label', `Session ${s + 1}, exercise ${xi + 1}`);
  exerciseOptionsCache ??= exerciseOptions();
  select.appendChild(exerciseOptionsCache.cloneNode(true));
  select.value = x.exercise;
  drawn.inputs.set(errorField(address, 'exercise'), select);
  select.addEventListener('change', () => { x.exercise = select.value; evaluateNow(); });
  const cost = document.createElement('span');
  cost.className = 'pl-ex-cost';
  drawn.exercises.set(addressKey(address), cost);
  const removeWords = `Remove exercise ${xi + 1} of session ${s + 1}`;
  const remove = el('button', { type: 'button', class: 'pl-icon', title: removeWords, 'aria-label': removeWords, onclick: () => {
    session.exercises.splice(xi, 1);
    // The exercise that followed a superset's first one now starts the group (or stands alone).
    const after = session.exercises[xi];
    if (after && (xi === 0 || !x.supersetWithPrevious)) delete after.supersetWithPrevious;
    weekReshaped();
  } }, '✕');
  head.append(select, remove);
  const sets = document.createElement('ol');
  sets.className = 'pl-sets';
  x.sets.forEach((set, k) => sets.appendChild(setRow(x, set, { ...address, set: k })));
  const add = document.createElement('button');
  add.type = 'button';
  add.className = 'button pl-add-set';
  add.textContent = 'Add set';
  add.addEventListener('click', () => {
    x.sets.push(newSet(x.sets.at(-1)));
    weekReshaped();
  });
  const foot = document.createElement('div');
  foot.className = 'pl-ex-foot';
  foot.append(add, cost);
  li.classList.toggle('pl-superset', !!x.supersetWithPrevious);
  if (xi > 0) li.append(supersetToggle(x, address));
  li.append(head, sets, foot);
  return li;
}

// "In a superset with the exercise above": done in turn with it on Today, one rest per round.
function supersetToggle(x, { session: s, exercise: xi }) {
  const box = el('input', { type: 'checkbox', id: `ss-${s}-${xi}` });
  box.checked = !!x.supersetWithPrevious;
  drawn.inputs.set(errorField({ week: state.week, session: s, exercise: xi }, 'supersetWithPrevious'), box);
  box.addEventListener('change', () => {
    if (box.checked) x.supersetWithPrevious = true; else delete x.supersetWithPrevious;
    weekReshaped();
  });
  return el('label', { class: 'check pl-superset-toggle', for: box.id }, box, ' Superset with the exercise above (done in turn, one rest per round)');
}
