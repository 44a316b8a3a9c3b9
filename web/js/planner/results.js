// Draws the core's last answer (px.evaluatePlan) for the week shown: the bars, the
// fatigue and readiness charts, the advice lists, and on each set of the editor its
// failure-advice badge, load and cost. Sets are found by their address in state.drawn.
import { $, clear, el } from '../lib/dom.js';
import { formatEstimate } from '../lib/format.js';
import { state, drawn, addressKey } from './state.js';
import { renderMuscleBars } from './volume.js';
import { renderFatigue } from './fatigue.js';
import { renderReadiness } from './readiness.js';
import { renderTabSummaries } from './tabs.js';
import { selectWeek } from './controller.js';

const VERDICT_SHORT = { failure: 'to failure', 'near-failure': 'near failure', 'stop-short': 'stop short', 'no-failure': 'no failure' };
const LOAD_CLASS = { isolation: 'isolation', compound: 'compound', heavyCompound: 'heavy compound' };

export function renderResults() {
  const ev = state.evaluation;
  if (!ev) return;
  const w = Math.min(state.week, ev.weeks.length - 1);
  renderMuscleBars($('muscle-bars'), ev.weeks[w], ev.landmarks, state.muscleNames, $('show-all-muscles').checked);
  renderFatigue(ev, w, selectWeek);
  renderReadiness(ev);
  renderWeekSets(ev, w);
  listItems($('contradictions'), ev.contradictions, 'None: every set is within the failure advice.');
  listItems($('warnings'), ev.warnings, 'None.');
  listItems($('suggestions'), ev.suggestions, 'None needed: every week is within its fatigue budget.');
  renderTabSummaries(ev, w);
}

// The core's findings as list items, or one item saying there are none.
function listItems(list, findings, none) {
  clear(list, findings.length ? findings.map((f) => el('li', { text: f.text })) : el('li', { class: 'pl-none', text: none }));
}

// Session and exercise figures, and per set: the badge and the load.
function renderWeekSets(ev, w) {
  const contradictions = new Map(ev.contradictions.map((c) => [addressKey(c), c]));
  const loads = state.loads?.weeks[w]?.sessions ?? [];
  ev.weeks[w].sessions.forEach((se, s) => {
    const direct = Object.keys(state.muscleNames).filter((m) => se.hardSets[m])
      .map((m) => `${state.muscleNames[m]} ${formatEstimate(se.hardSets[m])}`).join(', ');
    const cost = drawn.sessions.get(addressKey({ week: w, session: s }));
    if (cost) cost.textContent = `${se.dayName} · fatigue ${se.cost.toFixed(1)}${direct ? ` · hard sets: ${direct}` : ''}`;
    se.exercises.forEach((xe, x) => {
      const el = drawn.exercises.get(addressKey({ week: w, session: s, exercise: x }));
      if (el) el.textContent = `fatigue ${xe.cost.toFixed(1)} (${LOAD_CLASS[xe.loadClass] ?? xe.loadClass})`;
      xe.sets.forEach((set, k) => {
        const key = addressKey({ week: w, session: s, exercise: x, set: k });
        const cell = drawn.sets.get(key);
        if (!cell) return;
        renderBadge(cell.badge, set, contradictions.get(key));
        const l = loads[s]?.exercises[x]?.sets[k];
        cell.load.textContent = l ? `${l.load} ${state.loads.unit}${l.percent ? ` · ${Math.round(l.percent)}%` : ''}` : '';
      });
    });
  });
}

function renderBadge(el, set, conflict) {
  el.className = 'pl-badge';
  el.removeAttribute('title');
  el.removeAttribute('aria-label');
  if (!set.verdict) {
    el.textContent = 'warm-up';
    el.classList.add('pl-badge-warmup');
    return;
  }
  const [min, max] = set.targetRir;
  const range = min === max ? `${min}` : `${min}-${max}`;
  el.textContent = `${VERDICT_SHORT[set.verdict]} · RIR ${range}`;
  el.classList.add(`pl-verdict-${set.verdict}`);
  const differs = !conflict && set.followsAdvice === false;
  if (conflict) {
    el.classList.add('pl-conflict');
    el.textContent = `⚠ ${el.textContent}`;
    el.title = conflict.text;
  } else if (differs) {
    el.classList.add('pl-differs');
    el.textContent = `advice: ${el.textContent}`;
    el.title = 'The plan stops further from failure than the advice for this set.';
  }
  const what = conflict ? `. The plan goes against it: ${conflict.text}`
    : differs ? '. The plan stops further from failure than this.' : '. Planned as advised.';
  el.setAttribute('aria-label', `Failure advice: ${VERDICT_SHORT[set.verdict]}, RIR ${range}${what}`);
}
