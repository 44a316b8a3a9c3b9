// @ts-check
// The body-weight log of the lifter profile (profile.bodyWeight: dated weighings, kept in
// date order by the core): add a weighing, see the latest, edit or remove one. Every change
// is one profile write, checked by the core first (px.readProfile through saveProfile); a
// refused value is said beside its input, naming it, and nothing is saved.
//
//   bodyWeightLog({ px, store, profile: () => state.profile, rev: () => state.profileRev,
//                   saved: (profile, rev) => { ... } });   // returns { render }
import { $ } from '../lib/dom.js';
import { applyLimit, limitOf } from '../lib/choices.js';
import { fieldErrors } from '../lib/field-errors.js';
import { localDate, saveProfile } from '../lib/profile.js';
import { num } from './format.js';

export function bodyWeightLog({ px, store, profile, rev, saved }) {
  const form = $('bw-form'), date = $('bw-date'), value = $('bw-value'), button = $('bw-save');
  const errors = fieldErrors({
    inputs: {
      'profile.bodyWeight.value': { input: value, note: $('bw-error'), label: 'Body weight' },
      'profile.bodyWeight.date': { input: date, note: $('bw-error'), label: 'Date' },
    },
    fallback: $('bw-error'),
  });
  /** @type {string|null} */
  let editing = null;  // the date of the weighing being edited

  async function write(weighings, done) {
    const next = { ...profile(), bodyWeight: weighings };
    const answer = await saveProfile(store, px, next, rev());
    if (!answer.ok) {
      errors.show(answer.reason === 'invalid' ? { field: answer.field, message: answer.message }
        : { field: '', message: `Not saved: ${answer.message}.` });
      return;
    }
    errors.clear();
    saved(px.readProfile({ profile: next }).profile, answer.rev);
    done?.();
    render();
  }

  function startEdit(entry) {
    editing = entry.date;
    date.value = entry.date;
    value.value = String(entry.value);
    button.textContent = 'Save weighing';
    value.focus();
  }

  // Nothing to add until a weight is typed: the button waits for it (no error on a first visit).
  const sync = () => { button.disabled = value.value.trim() === ''; };
  value.addEventListener('input', sync);

  function render() {
    const log = profile().bodyWeight ?? [];
    const unit = profile().unit;
    const latest = log.at(-1);
    $('bw-latest').textContent = latest ? `Latest: ${num(latest.value)} ${unit} on ${latest.date}.` : 'No weighing yet.';
    applyLimit(value, limitOf(px, 'bodyWeight'));
    if (!editing) { date.value ||= localDate(); button.textContent = 'Add weighing'; }
    sync();
    $('bw-list').replaceChildren(...log.slice().reverse().map((entry) => {
      const li = document.createElement('li');
      const text = Object.assign(document.createElement('span'), { textContent: `${entry.date}: ${num(entry.value)} ${unit}` });
      const edit = Object.assign(document.createElement('button'), { type: 'button', className: 'button', textContent: 'Edit' });
      edit.setAttribute('aria-label', `Edit the weighing of ${entry.date}`);
      edit.addEventListener('click', () => startEdit(entry));
      const remove = Object.assign(document.createElement('button'), { type: 'button', className: 'button', textContent: 'Remove' });
      remove.setAttribute('aria-label', `Remove the weighing of ${entry.date}`);
      remove.addEventListener('click', () => write(log.filter((e) => e.date !== entry.date)));
      li.append(text, edit, remove);
      return li;
    }));
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (value.value.trim() === '') { errors.show({ field: 'profile.bodyWeight.value', message: `profile.bodyWeight.value is required: your body weight in ${profile().unit}` }); return; }
    if (!date.value) { errors.show({ field: 'profile.bodyWeight.date', message: 'profile.bodyWeight.date is required: the day you weighed yourself' }); return; }
    const entry = { date: date.value, value: Number(value.value) };
    // One weighing per day: a new one on a day already logged replaces it, as an edit does.
    const rest = (profile().bodyWeight ?? []).filter((e) => e.date !== entry.date && e.date !== editing);
    write([...rest, entry], () => { editing = null; value.value = ''; date.value = localDate(); sync(); });
  });

  render();
  return { render };
}
