// Keeping the plan on this device (../lib/store.js). The last valid plan is the record
// "plan", written only after the core accepted it, so a bad import, a bad shared link or
// a half-typed number never replaces it; an edit the core refuses is kept as the draft
// "plan.draft" and comes back on the next visit. Each write names the revision it was
// based on: when another tab (or an import) changed the plan meanwhile, the person
// chooses which version to keep.
import { markUnsaved, clearUnsaved } from '../lib/unsaved.js';
import { $ } from '../lib/dom.js';
import { KEY } from '../lib/store-keys.js';
import { state } from './state.js';
import { setPlan, generate } from './controller.js';

let saving = Promise.resolve();  // writes run one after the other, each on the last revision
let savedMessage = 'Saved on this device.';
const queue = (job) => { saving = saving.then(job, job); return saving; };

export function setStatus(message) { $('status').textContent = message; }

// Messages about loading a plan (import, link, storage); they stay until the next one.
export function notice(message) { $('notice').textContent = message; }

// Says `message` once the pending save has succeeded (a failed save says why instead).
export function savedStatus(message) {
  savedMessage = message;
  queue(() => { savedMessage = 'Saved on this device.'; });
}

export function save() {
  if (state.shared) return;
  const text = JSON.stringify(state.plan);
  queue(async () => {
    if (state.protect) { setStatus('Not saved: your unreadable saved plan is protected until it can be kept aside.'); return; }
    if (text === state.savedText) { if (state.draft) await dropDraft(); setStatus(savedMessage); return; }
    const answer = await state.store.write(KEY.plan, JSON.parse(text), { baseRev: state.rev });
    if (answer.ok) {
      state.rev = answer.rev;
      state.savedText = text;
      await dropDraft();
      setStatus(savedMessage);
    } else if (answer.reason === 'conflict') {
      askWhichVersion(answer.current);
    } else {
      keepDraft();
      setStatus(`Not saved: ${answer.message}. Your plan as last saved is unchanged.`);
    }
  });
}

// An edit that cannot be saved yet stays in the store as a draft (and the page counts as unsaved).
export function keepDraft() {
  if (state.shared) return;
  state.dirty = true;
  const draft = { plan: JSON.parse(JSON.stringify(state.plan)), baseRev: state.rev };
  const written = queue(async () => { if ((await state.store.write(KEY.planDraft, draft)).ok) state.draft = true; });
  markUnsaved(KEY.plan, () => written);
}

async function dropDraft() {
  state.dirty = false;
  clearUnsaved(KEY.plan);
  if (!state.draft) return;
  if ((await state.store.remove(KEY.planDraft)).ok) state.draft = false;
}

// The saved plan changed under this tab: the person picks which version stays.
function askWhichVersion(current) {
  state.conflict = current;
  markUnsaved(KEY.plan);
  $('conflict').hidden = false;
  setStatus('Not saved yet: choose which version to keep.');
}

export function resolveConflict(keepMine) {
  const current = state.conflict;
  state.conflict = null;
  $('conflict').hidden = true;
  if (keepMine || !current) {
    state.rev = current?.rev ?? 0;
    state.savedText = null;
    save();
  } else {
    adoptSaved(current);
    setStatus('Showing the other version; it is the saved plan.');
  }
}

// Shows the saved record (another tab's or an import's) instead of this tab's plan.
function adoptSaved(record) {
  clearUnsaved(KEY.plan);
  state.dirty = false;
  queue(() => dropDraft());
  setPlan(planFromRecord(record) ?? generate({ template: 'upperLower', weeks: 4, name: 'My block' }), { week: state.week });
}

function planFromRecord(record) {
  if (!record) { state.rev = 0; state.savedText = null; return null; }
  const plan = state.px.importPlan({ text: JSON.stringify(record.value) });
  state.rev = record.rev;
  state.savedText = JSON.stringify(plan);
  return plan;
}

export async function followChanges({ key, cause, local }) {
  if (state.shared || (cause !== 'import' && (key !== KEY.plan || local))) return;
  const record = await state.store.read(KEY.plan);
  if ((record?.rev ?? 0) === state.rev && cause !== 'import') return;
  if (state.dirty || state.conflict) { askWhichVersion(record); return; }
  try {
    adoptSaved(record);
    notice(cause === 'import' ? 'The imported plan is shown.' : 'This plan was changed in another tab; it now shows that version.');
  } catch (error) {
    notice(`The plan saved elsewhere could not be read (${error.message}); this tab keeps its own.`);
  }
}

export async function loadSavedOrDefault() {
  const record = await state.store.read(KEY.plan);
  try {
    const plan = planFromRecord(record);
    if (plan) return plan;
  } catch (error) {
    // Kept aside (listed under "Your data", in the export), never overwritten by the next save.
    const kept = await state.store.setAside(KEY.plan, `The saved plan could not be read: ${error.message}`);
    state.rev = 0;
    state.savedText = null;
    if (kept.ok) {
      notice(`Your saved plan could not be read (${error.message}). It is kept aside unchanged (see "Your data" below); starting a new block.`);
    } else {
      state.protect = true;
      notice(`Your saved plan could not be read (${error.message}) and could not be kept aside (${kept.message}). It stays saved as it is: this page will not save over it.`);
    }
  }
  return generate({ template: 'upperLower', weeks: 4, name: 'My block' });
}

// Edits that were not saved last time (refused by the core, or storage full) come back.
export async function restoreDraft(plan) {
  const draft = await state.store.read(KEY.planDraft);
  if (!draft?.value?.plan?.weeks?.length) return plan;
  state.draft = true;
  state.dirty = true;
  state.rev = draft.value.baseRev ?? state.rev;  // a plan saved since then makes the next save ask
  notice('Your unsaved changes from last time are back.');
  return draft.value.plan;
}
