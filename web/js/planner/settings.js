// The plan's settings: lifter, counting, budget, the fitness-fatigue model and the
// landmarks. Labels, option lists and what the model's parameters mean come from the
// core (px.planDefaults().words); the defaults shown are the core's too.
import { $, el } from '../lib/dom.js';
import { inputNumber } from '../lib/input-number.js';
import { state } from './state.js';
import { evaluateNow } from './controller.js';

function setPath(obj, path, value) {
  const keys = path.split('.');
  let o = obj;
  for (const k of keys.slice(0, -1)) o = o[k] ??= {};
  if (value === undefined) delete o[keys.at(-1)];
  else o[keys.at(-1)] = value;
}

function getPath(obj, path) {
  return path.split('.').reduce((o, k) => (o == null ? undefined : o[k]), obj);
}

// Option lists and the model's words, once at start.
export function fillSettingsWords() {
  const { statuses, phases, model } = state.defaults.words;
  const options = (select, list) => select.replaceChildren(...list.map(({ id, label }) => new Option(label, id)));
  for (const select of [$('set-status'), $('gen-status')]) options(select, statuses);
  $('gen-status').value = 'intermediate';
  options($('week-phase'), phases);
  options($('set-unit'), state.px.describe({}).enums.unit.map((u) => ({ id: u.value, label: u.label })));
  // Each number's range is the one the core reads it in.
  for (const input of document.querySelectorAll('input[type="number"][data-setting]')) {
    const [min, max] = state.defaults.limits.fields[input.dataset.setting];
    Object.assign(input, { min: String(min), max: String(max) });
  }
  const list = $('model-explained');
  list.replaceChildren();
  for (const { key, label, description } of model) {
    $(`set-${key}-label`).textContent = label;
    const item = document.createElement('li');
    const name = document.createElement('strong');
    name.textContent = `${label}, by default ${state.defaults.model[key]}: `;
    item.append(name, description);
    list.appendChild(item);
  }
  const chest = state.defaults.landmarks.chest;
  $('landmarks-explained').textContent = `Defaults ${chest.min} / ${chest.max} / ${chest.ceiling} for every muscle ` +
    `(${chest.min}-${chest.max} is the range the sources give for trained lifters; ${chest.ceiling} is this model's own ceiling: past it, failure sets cost more recovery than they return). ` +
    'Change a row to override it.';
}

export function renderSettings() {
  const plan = state.plan;
  document.querySelectorAll('[data-setting]').forEach((el) => {
    const value = getPath(plan, el.dataset.setting);
    if (el.type === 'checkbox') el.checked = !!value;
    else el.value = value ?? '';
  });
  for (const key of Object.keys(state.defaults.model)) $(`set-${key}`).placeholder = String(state.defaults.model[key]);
  $('set-budget').placeholder = String(state.defaults.fatigueBudget[plan.lifter?.status ?? 'intermediate']);
  renderLandmarks(plan);
}

function renderLandmarks(plan) {
  const body = $('landmarks').tBodies[0];
  body.replaceChildren();
  const overrides = plan.settings?.landmarks ?? {};
  for (const id of Object.keys(state.muscleNames)) {
    const def = state.defaults.landmarks[id];
    const tr = document.createElement('tr');
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = state.muscleNames[id] ?? id;
    tr.appendChild(th);
    const current = overrides[id] ?? def;
    const inputs = {};
    for (const key of ['min', 'max', 'ceiling']) {
      const td = document.createElement('td');
      const [min, max] = state.defaults.limits.fields.landmark;
      const input = el('input', { type: 'number', inputmode: 'decimal', min, max, step: 0.5, value: current[key],
        'aria-label': `${th.textContent} ${key}` });
      input.dataset.field = `settings.landmarks.${id}.${key}`;
      if (overrides[id]) input.classList.add('pl-override');
      input.addEventListener('change', () => {
        const next = { ...(plan.settings.landmarks?.[id] ?? def) };
        next[key] = inputNumber(input) ?? def[key];
        plan.settings.landmarks ??= {};
        plan.settings.landmarks[id] = next;
        Object.values(inputs).forEach((i) => i.classList.add('pl-override'));
        evaluateNow();
      });
      inputs[key] = input;
      td.appendChild(input);
      tr.appendChild(td);
    }
    const td = document.createElement('td');
    const reset = `Reset ${th.textContent} to the defaults`;
    td.appendChild(el('button', { type: 'button', class: 'pl-icon', title: reset, 'aria-label': reset, onclick: () => {
      delete plan.settings.landmarks?.[id];
      renderSettings();
      evaluateNow();
    } }, '↺'));
    tr.appendChild(td);
    body.appendChild(tr);
  }
}

export function bindSettings() {
  document.querySelectorAll('[data-setting]').forEach((el) => {
    el.addEventListener('change', () => {
      let value;
      if (el.type === 'checkbox') value = el.checked;
      else if (el.type === 'number') value = inputNumber(el);
      else value = el.value;
      setPath(state.plan, el.dataset.setting, value);
      if (el.dataset.setting === 'lifter.status') renderSettings();
      evaluateNow();
    });
  });
}
