// Weekly hard sets per muscle: one row per muscle, its name, hard sets and status, and a
// bar over the four bands (under / productive / high / excessive) of its landmarks.
// Nothing is computed here but the geometry.
import { svgEl } from '../lib/dom.js';
import { formatEstimate } from '../lib/format.js';

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
    value.textContent = `${formatEstimate(m.hardSets)} · ${m.status}`;
    label.append(name, value);
    const svg = svgEl('svg', { viewBox: `0 0 ${W} ${H}`, preserveAspectRatio: 'none', class: 'pl-bar', role: 'img',
      'aria-label': `${muscleNames[id] ?? id}: ${formatEstimate(m.hardSets)} hard sets, ${m.status}; productive ${l.min}-${l.max}, ceiling ${l.ceiling}` },
    svgEl('rect', { x: 0, y: 0, width: x(l.min), height: H, class: 'pl-band-under' }),
    svgEl('rect', { x: x(l.min), y: 0, width: x(l.max) - x(l.min), height: H, class: 'pl-band-productive' }),
    svgEl('rect', { x: x(l.max), y: 0, width: x(l.ceiling) - x(l.max), height: H, class: 'pl-band-high' }),
    svgEl('rect', { x: x(l.ceiling), y: 0, width: W - x(l.ceiling), height: H, class: 'pl-band-excessive' }),
    svgEl('rect', { x: 0, y: H * 0.3, width: Math.max(x(m.hardSets), m.hardSets > 0 ? 1.5 : 0), height: H * 0.4, class: 'pl-bar-fill' }));
    row.append(label, svg);
    container.appendChild(row);
  }
}

/** What the bars count, in the core's counting figures (px.planDefaults().counting). */
export function countingExplained({ primary, secondary, maxRir }) {
  return `Bars show this week's hard sets against each muscle's landmarks. A hard set counts ${formatEstimate(primary)} for ` +
    `each muscle it mainly trains and ${formatEstimate(secondary)} for each muscle it also works; warm-ups and sets stopped ` +
    `more than ${formatEstimate(maxRir)} reps short of failure do not count.`;
}
