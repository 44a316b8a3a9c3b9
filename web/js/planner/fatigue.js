// Each week's fatigue as a share of its budget: a column per week (click selects the
// week), the budget as a dashed line at 100 %, and what a unit of the budget is, in the
// core's own figures (px.planDefaults().fatigueCost).
import { $, svgEl } from '../lib/dom.js';
import { formatEstimate, formatShare } from '../lib/format.js';
import { state } from './state.js';

const STATUS = { within: 'within the budget', near: 'close to the budget', over: 'over the budget' };

export function renderFatigue(ev, w, onSelect) {
  const week = ev.weeks[w];
  $('budget-summary').textContent =
    `Week ${w + 1} uses ${formatShare(week.fatigue.ratio)} of its weekly fatigue budget: ${STATUS[week.fatigue.status] ?? week.fatigue.status}.`;
  $('budget-explained').textContent = costExplained(ev.budget);
  renderBudgetChart($('budget-chart'), ev, w, onSelect);
}

// "What counts": the cost of a set from the core's model figures, in a lifter's words, and
// where they come from (the core's words: the model's own choices).
function costExplained(budget) {
  const { failure, classFactor, techniqueFactor } = state.defaults.fatigueCost;
  return `Every working set uses some of the budget: an isolation set taken to failure costs ${formatEstimate(failure)}, ` +
    `less the further it stops short of failure. A compound lift costs ${formatEstimate(classFactor.compound)} times that, ` +
    `a heavy compound (squat, deadlift, barbell press) ${formatEstimate(classFactor.heavyCompound)} times, and a drop set or ` +
    `rest-pause set ${formatEstimate(techniqueFactor.dropSet)} times. This plan's weekly budget is ${formatEstimate(budget)}: ` +
    `about ${Math.round(budget / failure)} isolation sets to failure. ${state.defaults.words.fatigueCostBasis}`;
}

function renderBudgetChart(container, evaluation, currentWeek, onSelect) {
  container.replaceChildren();
  const weeks = evaluation.weeks;
  const W = 320, H = 150, top = 18, bottom = 22, left = 4;
  const max = Math.max(1.2, ...weeks.map((w) => w.fatigue.ratio));
  const y = (v) => top + (1 - v / max) * (H - top - bottom);
  const slot = (W - left) / weeks.length;
  const columns = weeks.map((w, i) => {
    const x = left + i * slot + slot * 0.18;
    const bw = slot * 0.64;
    return svgEl('g', { class: `pl-col pl-budget-${w.fatigue.status}${i === currentWeek ? ' pl-current' : ''}`, onclick: () => onSelect(i) },
      svgEl('rect', { x, y: y(w.fatigue.ratio), width: bw, height: Math.max(0, H - bottom - y(w.fatigue.ratio)), rx: 3 }),
      svgEl('text', { x: x + bw / 2, y: y(w.fatigue.ratio) - 4, class: 'pl-svg-value', 'text-anchor': 'middle' }, formatShare(w.fatigue.ratio)),
      svgEl('text', { x: x + bw / 2, y: H - 6, class: 'pl-svg-axis', 'text-anchor': 'middle' }, w.phase === 'deload' ? 'D' : `W${i + 1}`));
  });
  container.append(svgEl('svg', { viewBox: `0 0 ${W} ${H}`, class: 'pl-svg', role: 'img',
    'aria-label': weeks.map((w, i) => `week ${i + 1}: ${formatShare(w.fatigue.ratio)} of its budget, ${STATUS[w.fatigue.status] ?? w.fatigue.status}`).join('; ') },
  columns,
  svgEl('line', { x1: 0, x2: W, y1: y(1), y2: y(1), class: 'pl-budget-line' }),
  svgEl('text', { x: W - 2, y: y(1) - 4, class: 'pl-svg-axis', 'text-anchor': 'end' }, 'budget')));
}
