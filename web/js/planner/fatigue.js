// Each week's fatigue as a share of its budget: a column per week (click selects the
// week), the budget as a dashed line at 100 %, and what a unit of the budget is, in the
// core's own figures (px.planDefaults().fatigueCost).
import { $, fmt, fmtShare, svgEl, svgText } from './dom.js';
import { state } from './state.js';

const STATUS = { within: 'within the budget', near: 'close to the budget', over: 'over the budget' };

export function renderFatigue(ev, w, onSelect) {
  const week = ev.weeks[w];
  $('budget-summary').textContent =
    `Week ${w + 1} uses ${fmtShare(week.fatigue.ratio)} of its weekly fatigue budget: ${STATUS[week.fatigue.status] ?? week.fatigue.status}.`;
  $('budget-explained').textContent = costExplained(ev.budget);
  renderBudgetChart($('budget-chart'), ev, w, onSelect);
}

// "What counts": the cost of a set from the core's model figures, in a lifter's words.
function costExplained(budget) {
  const { failure, classFactor, techniqueFactor } = state.defaults.fatigueCost;
  return `Every working set uses some of the budget: an isolation set taken to failure costs ${fmt(failure)}, ` +
    `less the further it stops short of failure. A compound lift costs ${fmt(classFactor.compound)} times that, ` +
    `a heavy compound (squat, deadlift, barbell press) ${fmt(classFactor.heavyCompound)} times, and a drop set or ` +
    `rest-pause set ${fmt(techniqueFactor.dropSet)} times. This plan's weekly budget is ${fmt(budget)}: ` +
    `about ${Math.round(budget / failure)} isolation sets to failure.`;
}

function renderBudgetChart(container, evaluation, currentWeek, onSelect) {
  container.replaceChildren();
  const weeks = evaluation.weeks;
  const W = 320, H = 150, top = 18, bottom = 22, left = 4;
  const max = Math.max(1.2, ...weeks.map((w) => w.fatigue.ratio));
  const y = (v) => top + (1 - v / max) * (H - top - bottom);
  const slot = (W - left) / weeks.length;
  const svg = svgEl('svg', { viewBox: `0 0 ${W} ${H}`, class: 'pl-svg', role: 'img',
    'aria-label': weeks.map((w, i) => `week ${i + 1}: ${fmtShare(w.fatigue.ratio)} of its budget, ${STATUS[w.fatigue.status] ?? w.fatigue.status}`).join('; ') }, container);
  weeks.forEach((w, i) => {
    const x = left + i * slot + slot * 0.18;
    const bw = slot * 0.64;
    const g = svgEl('g', { class: `pl-col pl-budget-${w.fatigue.status}${i === currentWeek ? ' pl-current' : ''}` }, svg);
    svgEl('rect', { x, y: y(w.fatigue.ratio), width: bw, height: Math.max(0, H - bottom - y(w.fatigue.ratio)), rx: 3 }, g);
    svgText(g, x + bw / 2, y(w.fatigue.ratio) - 4, fmtShare(w.fatigue.ratio), 'pl-svg-value', 'middle');
    svgText(g, x + bw / 2, H - 6, w.phase === 'deload' ? 'D' : `W${i + 1}`, 'pl-svg-axis', 'middle');
    g.addEventListener('click', () => onSelect(i));
  });
  svgEl('line', { x1: 0, x2: W, y1: y(1), y2: y(1), class: 'pl-budget-line' }, svg);
  svgText(svg, W - 2, y(1) - 4, 'budget', 'pl-svg-axis', 'end');
}
