// The planner page: edits a plan document (the exchange format of px.importPlan /
// px.exportPlan), asks the core to evaluate it after every change, and draws what the
// core answers. Nothing here computes a training figure. The parts, in ./planner/:
//   state.js (the plan, the answers, where each set is drawn), controller.js (a change
//   evaluated by the core, then saved, then drawn, through the callbacks this page passes
//   it), storage.js (saving, drafts, other tabs), editor.js and set-row.js (the
//   weeks, sessions, exercises and sets), results.js (the answer drawn: volume.js,
//   fatigue.js, readiness.js, badges and advice), tabs.js (the summary bar), settings.js,
//   import-export.js, share.js; dom.js holds the DOM and number helpers.
import { loadProximity } from './proximity.js';
import { getStore } from './lib/store.js';
import { loadProfile } from './lib/profile.js';
import { lifterFormula } from './lib/lifter-formula.js';
import { planFromFragment } from './plan-link.js';
import { $ } from './lib/dom.js';
import { KEY } from './lib/store-keys.js';
import { state, weekOf } from './planner/state.js';
import { connect, evaluateNow, scheduleEvaluate, setPlan, generate, showError } from './planner/controller.js';
import { followChanges, loadSavedOrDefault, restoreDraft, resolveConflict, notice, save, keepDraft, setStatus, savedStatus } from './planner/storage.js';
import { renderWeekTabs, renderWeek } from './planner/editor.js';
import { newSet } from './planner/set-row.js';
import { renderResults } from './planner/results.js';
import { bindSettings, fillSettingsWords, renderSettings } from './planner/settings.js';
import { exportFile, importFile } from './planner/import-export.js';
import { shareLink, leaveShared } from './planner/share.js';
import { bindTabs } from './planner/tabs.js';
import { countingExplained } from './planner/volume.js';
import { loadLogFatigue } from './planner/log-fatigue.js';

function bindWeekControls() {
  $('week-label').addEventListener('input', () => {
    if ($('week-label').value.trim()) weekOf().label = $('week-label').value; else delete weekOf().label;
    renderWeekTabs();
    scheduleEvaluate();
  });
  $('week-phase').addEventListener('change', () => {
    weekOf().phase = $('week-phase').value;
    renderWeekTabs();
    evaluateNow();
  });
  $('add-week').addEventListener('click', () => {
    const copy = JSON.parse(JSON.stringify(weekOf()));
    delete copy.label;
    state.plan.weeks.splice(state.week + 1, 0, copy);
    state.week += 1;
    renderWeekTabs();
    renderWeek();
    evaluateNow();
  });
  $('remove-week').addEventListener('click', () => {
    if (state.plan.weeks.length <= 1) return;
    state.plan.weeks.splice(state.week, 1);
    state.week = Math.max(0, state.week - 1);
    renderWeekTabs();
    renderWeek();
    evaluateNow();
  });
  $('add-session').addEventListener('click', () => {
    const sessions = weekOf().sessions;
    sessions.push({ name: `Session ${sessions.length + 1}`, exercises: [{ exercise: 'cable-fly', sets: [newSet(), newSet(), newSet()] }] });
    renderWeek();
    evaluateNow();
  });
  addEventListener('resize', () => renderWeekTabs());
}

function bindPlanControls() {
  $('plan-name').addEventListener('input', () => {
    const name = $('plan-name').value.trim();
    if (name) state.plan.name = $('plan-name').value; else delete state.plan.name;
    scheduleEvaluate();
  });
  $('show-all-muscles').addEventListener('change', renderResults);
  $('export-file').addEventListener('click', exportFile);
  $('import-file').addEventListener('change', async (event) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) await importFile(file);
  });
  $('share-link').addEventListener('click', shareLink);
  $('undo').addEventListener('click', () => {
    if (!state.undo) return;
    const previous = JSON.parse(state.undo);
    state.undo = null;
    $('undo').hidden = true;
    setPlan(previous);
    setStatus('Undone.');
  });
  $('conflict-mine').addEventListener('click', () => resolveConflict(true));
  $('conflict-theirs').addEventListener('click', () => resolveConflict(false));
  $('shared-keep').addEventListener('click', async () => {
    leaveShared();
    state.rev = (await state.store.read(KEY.plan))?.rev ?? 0;  // the person chose this plan over the saved one
    save();
  });
  $('shared-discard').addEventListener('click', async () => {
    leaveShared();
    setPlan(await loadSavedOrDefault());
    setStatus('Back to your saved plan.');
  });
}

function bindGenerator() {
  const templateSelect = $('gen-template');
  for (const t of state.templates) templateSelect.appendChild(new Option(t.name, t.id));
  const describeTemplate = () => {
    $('gen-description').textContent = state.templates.find((t) => t.id === templateSelect.value)?.description ?? '';
  };
  templateSelect.addEventListener('change', describeTemplate);
  templateSelect.value = 'upperLower';
  describeTemplate();
  const [minWeeks, maxWeeks] = state.defaults.blockWeeks;
  const weeks = $('gen-weeks');
  for (let n = minWeeks; n <= maxWeeks; n += 1) weeks.appendChild(new Option(String(n), String(n)));
  weeks.value = String(Math.min(maxWeeks, Math.max(minWeeks, 4)));
  $('generate-form').addEventListener('submit', (event) => {
    event.preventDefault();
    try {
      const plan = generate({
        template: templateSelect.value,
        weeks: Number(weeks.value),
        status: $('gen-status').value,
        spotter: $('gen-spotter').checked,
        deload: $('gen-deload').checked,
      });
      leaveShared();
      setPlan(plan, { keepUndo: true });
      savedStatus(`Generated "${plan.name}" (${plan.weeks.length} weeks). Saved; Undo brings the previous plan back.`);
    } catch (error) {
      showError(error);
    }
  });
}

function bindControls() {
  // Name fields take as many characters as the core does (its limit, not a copy of it).
  const { nameLength } = state.defaults.limits;
  for (const input of [$('plan-name'), $('week-label'), $('session-template').content.querySelector('[data-role="name"]')]) {
    input.maxLength = nameLength;
  }
  fillSettingsWords();
  $('volume-explained').textContent = countingExplained(state.defaults.counting);
  bindPlanControls();
  bindWeekControls();
  bindGenerator();
  bindSettings();
  bindTabs();
}

connect({ renderWeekTabs, renderWeek, renderSettings, renderResults, save, keepDraft, setStatus });

async function start() {
  try {
    state.px = await loadProximity();
  } catch (error) {
    setStatus(`Proximity could not start: ${error.message}`);
    return;
  }
  const px = state.px;
  state.store = await getStore();
  state.store.subscribe(followChanges);
  state.exercises = px.exercises({});
  state.profile = (await loadProfile(state.store, px)).profile;
  state.formula = await lifterFormula(state.store);
  await loadLogFatigue();
  for (const m of px.muscles({})) state.muscleNames[m.id] = m.name;
  state.templates = px.planTemplates({});
  state.defaults = px.planDefaults({});
  bindControls();

  let plan = null;
  try {
    const text = await planFromFragment(location.hash, state.defaults.limits.fileBytes);
    if (text) {
      plan = px.importPlan({ text });
      state.shared = true;
      $('shared-banner').hidden = false;
    }
  } catch (error) {
    notice(`The link holds no readable plan (${error.message}). Showing your saved plan.`);
  }
  setPlan(plan ?? await restoreDraft(await loadSavedOrDefault()));
  if (state.shared) setStatus(`Opened "${plan.name ?? 'a shared plan'}" from a link; not saved yet.`);
  document.body.dataset.ready = 'true';
}

start();
