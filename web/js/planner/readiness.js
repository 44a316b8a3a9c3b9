// Readiness per day relative to the lifter's usual week, as the core reports it
// (simulation.days[].percent: 0 = as fresh as usual), week by week.
import { $, fmtPercent, svgEl, svgText } from './dom.js';

export function renderReadiness(ev) {
  const low = ev.simulation.lowest, end = ev.simulation.final;
  $('readiness-summary').textContent =
    `Lowest ${fmtPercent(low.percent)} on day ${low.day + 1} (week ${Math.floor(low.day / 7) + 1}); ` +
    `${fmtPercent(end.percent)} the morning after the block.`;
  renderReadinessChart($('readiness-chart'), ev);
}

function renderReadinessChart(container, evaluation) {
  container.replaceChildren();
  const days = evaluation.simulation.days;
  const W = 320, H = 170, top = 12, bottom = 22, left = 46, right = 6;
  const values = days.map((d) => d.percent);
  const lo = Math.min(-1, ...values), hi = Math.max(1, ...values);
  const x = (d) => left + (d / Math.max(1, days.length - 1)) * (W - left - right);
  const y = (v) => top + (1 - (v - lo) / (hi - lo)) * (H - top - bottom);
  const low = evaluation.simulation.lowest, end = evaluation.simulation.final;
  const svg = svgEl('svg', { viewBox: `0 0 ${W} ${H}`, class: 'pl-svg', role: 'img',
    'aria-label': `Readiness against a usual week across ${evaluation.weeks.length} weeks: lowest ${fmtPercent(low.percent)} on day ${low.day + 1}, ${fmtPercent(end.percent)} the morning after the block` }, container);
  evaluation.weeks.forEach((w, i) => {
    if (w.phase === 'deload') svgEl('rect', { x: x(i * 7), y: top, width: x((i + 1) * 7) - x(i * 7), height: H - top - bottom, class: 'pl-deload-shade' }, svg);
    svgEl('line', { x1: x(i * 7), x2: x(i * 7), y1: top, y2: H - bottom, class: 'pl-grid-line' }, svg);
    svgText(svg, x(i * 7 + 3.5), H - 6, w.phase === 'deload' ? 'D' : `W${i + 1}`, 'pl-svg-axis', 'middle');
  });
  svgEl('line', { x1: left, x2: W - right, y1: y(0), y2: y(0), class: 'pl-zero-line' }, svg);
  // Axis figures inside the plot's height (the top one below its edge, the bottom one above the week row).
  svgText(svg, left - 4, y(0) + 4, '0\u00a0%', 'pl-svg-axis', 'end');
  if (y(0) - top > 14) svgText(svg, left - 4, top + 8, fmtPercent(hi), 'pl-svg-axis', 'end');
  if (y(lo) - y(0) > 14) svgText(svg, left - 4, y(lo) - 1, fmtPercent(lo), 'pl-svg-axis', 'end');
  svgEl('polyline', { points: days.map((d, i) => `${x(i).toFixed(1)},${y(d.percent).toFixed(1)}`).join(' '), class: 'pl-line-readiness' }, svg);
  svgEl('circle', { cx: x(low.day), cy: y(low.percent), r: 3.5, class: 'pl-point-low' }, svg);
  svgEl('circle', { cx: x(end.day), cy: y(end.percent), r: 3.5, class: 'pl-point-end' }, svg);
}
