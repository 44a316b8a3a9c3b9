// The summary bar (sticky at phone widths): Edit / Volume / Fatigue / Readiness, each
// with its figure from the core's last answer, so editing a set shows its effect where
// the eye is. A tap jumps to that part; Edit jumps back to the exercise last edited.
import { $ } from '../lib/dom.js';
import { formatChange, formatEstimate, formatShare } from '../lib/format.js';
import { state } from './state.js';

const JUMPS = { edit: 'weeks-heading', volume: 'volume-heading', fatigue: 'budget-heading', readiness: 'readiness-heading' };

export function bindTabs() {
  for (const button of $('pl-tabbar').querySelectorAll('[data-tab]')) {
    button.addEventListener('click', () => {
      const target = button.dataset.tab === 'edit' && state.focus?.element?.isConnected ? state.focus.element : $(JUMPS[button.dataset.tab]);
      target.scrollIntoView({ block: 'start', behavior: 'smooth' });
    });
  }
  // The exercise being edited: its muscle is the one the Volume figure follows.
  // (Captured, so it is known before the edit's own listener asks the core.)
  const follow = (event) => {
    const element = event.target.closest('.pl-exercise');
    if (element) state.focus = { element, exercise: () => element.querySelector('select')?.value };
  };
  for (const type of ['focusin', 'input', 'change']) $('sessions').addEventListener(type, follow, true);
}

function figure(name, text) {
  $('pl-tabbar').querySelector(`[data-tab="${name}"] [data-figure]`).textContent = text;
}

export function renderTabSummaries(ev, w) {
  const week = ev.weeks[w];
  figure('edit', `Week ${w + 1}`);
  const muscle = focusMuscle(week);
  figure('volume', muscle ? `${state.muscleNames[muscle]} ${formatEstimate(week.muscles[muscle].hardSets)} · ${week.muscles[muscle].status}` : 'no hard sets');
  figure('fatigue', `${formatShare(week.fatigue.ratio)} of budget`);
  figure('readiness', `lowest ${formatChange(ev.simulation.lowest.percent)}`);
}

// The primary muscle of the exercise last edited, else the week's most trained muscle.
function focusMuscle(week) {
  const id = state.focus?.element?.isConnected ? state.focus.exercise() : null;
  const primary = state.exercises.find((e) => e.id === id)?.primary[0];
  if (primary && week.muscles[primary]) return primary;
  const trained = Object.keys(state.muscleNames).filter((m) => week.muscles[m]?.hardSets > 0);
  return trained.sort((a, b) => week.muscles[b].hardSets - week.muscles[a].hardSets)[0];
}
