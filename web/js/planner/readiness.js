// Readiness per day relative to the lifter's usual week, as the core reports it
// (simulation.days[].percent: 0 = as fresh as usual), week by week.
import { $, svgEl } from '../lib/dom.js';
import { formatChange } from '../lib/format.js';

const axis = (x, y, anchor, words) => svgEl('text', { x, y, class: 'pl-svg-axis', 'text-anchor': anchor }, words);

export function renderReadiness(ev) {
  const low = ev.simulation.lowest, end = ev.simulation.final;
  $('readiness-summary').textContent =
    `Lowest ${formatChange(low.percent)} on day ${low.day + 1} (week ${Math.floor(low.day / 7) + 1}); ` +
    `${formatChange(end.percent)} the morning after the block.`;
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
  const weeks = evaluation.weeks.map((w, i) => [
    w.phase === 'deload' && svgEl('rect', { x: x(i * 7), y: top, width: x((i + 1) * 7) - x(i * 7), height: H - top - bottom, class: 'pl-deload-shade' }),
    svgEl('line', { x1: x(i * 7), x2: x(i * 7), y1: top, y2: H - bottom, class: 'pl-grid-line' }),
    axis(x(i * 7 + 3.5), H - 6, 'middle', w.phase === 'deload' ? 'D' : `W${i + 1}`),
  ]);
  container.append(svgEl('svg', { viewBox: `0 0 ${W} ${H}`, class: 'pl-svg', role: 'img',
    'aria-label': `Readiness against a usual week across ${evaluation.weeks.length} weeks: lowest ${formatChange(low.percent)} on day ${low.day + 1}, ${formatChange(end.percent)} the morning after the block` },
  weeks,
  svgEl('line', { x1: left, x2: W - right, y1: y(0), y2: y(0), class: 'pl-zero-line' }),
  // Axis figures inside the plot's height (the top one below its edge, the bottom one above the week row).
  axis(left - 4, y(0) + 4, 'end', '0\u00a0%'),
  y(0) - top > 14 && axis(left - 4, top + 8, 'end', formatChange(hi)),
  y(lo) - y(0) > 14 && axis(left - 4, y(lo) - 1, 'end', formatChange(lo)),
  svgEl('polyline', { points: days.map((d, i) => `${x(i).toFixed(1)},${y(d.percent).toFixed(1)}`).join(' '), class: 'pl-line-readiness' }),
  svgEl('circle', { cx: x(low.day), cy: y(low.percent), r: 3.5, class: 'pl-point-low' }),
  svgEl('circle', { cx: x(end.day), cy: y(end.percent), r: 3.5, class: 'pl-point-end' })));
}
