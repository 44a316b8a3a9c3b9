// The planner's charts, drawn as SVG from px.evaluatePlan's numbers (nothing is computed
// here but the geometry): weekly hard sets per muscle against the landmark bands, each
// week's fatigue cost against the budget, and readiness across the block.

const SVG = 'http://www.w3.org/2000/svg';

function svgEl(name, attrs = {}, parent) {
  const el = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (parent) parent.appendChild(el);
  return el;
}

function text(parent, x, y, content, cls, anchor = 'start') {
  const t = svgEl('text', { x, y, class: cls, 'text-anchor': anchor }, parent);
  t.textContent = content;
  return t;
}

const fmt = (v) => (Math.round(v * 10) / 10).toString();

/**
 * One row per muscle: its name, hard sets and status, and a bar over the four bands
 * (under / productive / high / excessive) of its landmarks.
 */
export function renderMuscleBars(container, week, landmarks, muscleNames, showAll) {
  container.replaceChildren();
  // In the library's order (head to toe, push then pull), not the answer's key order.
  const rows = Object.keys(muscleNames).filter((id) => week.muscles[id])
    .map((id) => [id, week.muscles[id]]).filter(([, m]) => showAll || m.hardSets > 0 || m.directSets > 0);
  if (!rows.length) {
    container.textContent = 'No hard sets this week.';
    return;
  }
  const scale = Math.max(...rows.map(([id, m]) => Math.max(m.hardSets, landmarks[id].ceiling * 1.2)));
  const W = 300, H = 14;
  const x = (v) => (Math.min(v, scale) / scale) * W;
  for (const [id, m] of rows) {
    const l = landmarks[id];
    const row = document.createElement('div');
    row.className = `pl-bar-row pl-status-${m.status}`;
    const label = document.createElement('div');
    label.className = 'pl-bar-label';
    const name = document.createElement('span');
    name.textContent = muscleNames[id] ?? id;
    const value = document.createElement('span');
    value.className = 'pl-bar-value';
    value.textContent = `${fmt(m.hardSets)} · ${m.status}`;
    label.append(name, value);
    const svg = svgEl('svg', { viewBox: `0 0 ${W} ${H}`, preserveAspectRatio: 'none', class: 'pl-bar', role: 'img',
      'aria-label': `${muscleNames[id] ?? id}: ${fmt(m.hardSets)} hard sets, ${m.status}; productive ${l.min}-${l.max}, ceiling ${l.ceiling}` });
    svgEl('rect', { x: 0, y: 0, width: x(l.min), height: H, class: 'pl-band-under' }, svg);
    svgEl('rect', { x: x(l.min), y: 0, width: x(l.max) - x(l.min), height: H, class: 'pl-band-productive' }, svg);
    svgEl('rect', { x: x(l.max), y: 0, width: x(l.ceiling) - x(l.max), height: H, class: 'pl-band-high' }, svg);
    svgEl('rect', { x: x(l.ceiling), y: 0, width: W - x(l.ceiling), height: H, class: 'pl-band-excessive' }, svg);
    svgEl('rect', { x: 0, y: H * 0.3, width: Math.max(x(m.hardSets), m.hardSets > 0 ? 1.5 : 0), height: H * 0.4, class: 'pl-bar-fill' }, svg);
    row.append(label, svg);
    container.appendChild(row);
  }
}

/** A column per week: its fatigue cost, the budget as a dashed line; click selects the week. */
export function renderBudgetChart(container, evaluation, currentWeek, onSelect) {
  container.replaceChildren();
  const weeks = evaluation.weeks;
  const W = 320, H = 150, top = 18, bottom = 22, left = 4;
  const max = Math.max(evaluation.budget * 1.2, ...weeks.map((w) => w.fatigue.cost)) || 1;
  const y = (v) => top + (1 - v / max) * (H - top - bottom);
  const slot = (W - left) / weeks.length;
  const svg = svgEl('svg', { viewBox: `0 0 ${W} ${H}`, class: 'pl-svg', role: 'img',
    'aria-label': weeks.map((w, i) => `week ${i + 1}: ${fmt(w.fatigue.cost)} of ${fmt(w.fatigue.budget)}, ${w.fatigue.status}`).join('; ') }, container);
  weeks.forEach((w, i) => {
    const x = left + i * slot + slot * 0.18;
    const bw = slot * 0.64;
    const g = svgEl('g', { class: `pl-col pl-budget-${w.fatigue.status}${i === currentWeek ? ' pl-current' : ''}` }, svg);
    svgEl('rect', { x, y: y(w.fatigue.cost), width: bw, height: Math.max(0, H - bottom - y(w.fatigue.cost)), rx: 3 }, g);
    text(g, x + bw / 2, y(w.fatigue.cost) - 4, fmt(w.fatigue.cost), 'pl-svg-value', 'middle');
    text(g, x + bw / 2, H - 6, w.phase === 'deload' ? 'D' : `W${i + 1}`, 'pl-svg-axis', 'middle');
    g.addEventListener('click', () => onSelect(i));
  });
  svgEl('line', { x1: 0, x2: W, y1: y(evaluation.budget), y2: y(evaluation.budget), class: 'pl-budget-line' }, svg);
  text(svg, W - 2, y(evaluation.budget) - 4, 'budget (100\u00a0%)', 'pl-svg-axis', 'end');
}

/** Signed percent, e.g. "+3 %", "-12 %", "0 %". */
export function fmtPercent(v) {
  const r = Math.round(v);
  return `${r > 0 ? '+' : r < 0 ? '\u2212' : ''}${Math.abs(r)}\u00a0%`;
}

/**
 * Readiness per day relative to the lifter's usual week, as the core reports it
 * (simulation.days[].percent: 0 = as fresh as usual), week by week.
 */
export function renderReadinessChart(container, evaluation) {
  container.replaceChildren();
  const days = evaluation.simulation.days;
  const W = 320, H = 170, top = 10, bottom = 22, left = 46, right = 6;
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
    text(svg, x(i * 7 + 3.5), H - 6, w.phase === 'deload' ? 'D' : `W${i + 1}`, 'pl-svg-axis', 'middle');
  });
  svgEl('line', { x1: left, x2: W - right, y1: y(0), y2: y(0), class: 'pl-zero-line' }, svg);
  text(svg, left - 3, y(0) + 3, '0\u00a0%', 'pl-svg-axis', 'end');
  if (y(0) - top > 12) text(svg, left - 3, top + 8, fmtPercent(hi), 'pl-svg-axis', 'end');
  if (y(lo) - y(0) > 12) text(svg, left - 3, y(lo), fmtPercent(lo), 'pl-svg-axis', 'end');
  svgEl('polyline', { points: days.map((d, i) => `${x(i).toFixed(1)},${y(d.percent).toFixed(1)}`).join(' '), class: 'pl-line-readiness' }, svg);
  svgEl('circle', { cx: x(low.day), cy: y(low.percent), r: 3.5, class: 'pl-point-low' }, svg);
  svgEl('circle', { cx: x(end.day), cy: y(end.percent), r: 3.5, class: 'pl-point-end' }, svg);
}
