// The e1RM trend of one exercise as SVG, drawn from px.analyzeHistory's numbers (nothing is
// computed here but the geometry): each session's e1RM as a line, the band the lifter's
// RIR calibration puts around it as a shaded area, lower bounds (sets with no effort
// logged) as open dots, e1RM records as marked dots. The table next to it (renderTrendTable)
// is the same data for screen readers; the SVG itself is one labelled image.
import { formatEstimate } from '../lib/format.js';

const SVG = 'http://www.w3.org/2000/svg';

function el(name, attrs = {}, parent) {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  parent?.appendChild(node);
  return node;
}

function label(parent, x, y, content, cls, anchor = 'start') {
  el('text', { x, y, class: cls, 'text-anchor': anchor }, parent).textContent = content;
}

const DAY_MS = 86400e3;
const dayOf = (date) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
export const fmt = formatEstimate;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const shortDate = (date) => `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;

// Round axis steps: 1, 2, 5 x 10^n covering the range in about `count` ticks.
function ticks(lo, hi, count) {
  const raw = (hi - lo) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw);
  const out = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi; v += step) out.push(v);
  return out;
}

/**
 * Draws `sessions` ({date, e1rm, low, high, lowerBound}) with `records` (dates of e1RM
 * records) into `container`; `unit` labels the axis, `summary` is the image's label.
 */
export function renderTrendChart(container, { sessions, recordDates, unit, summary }) {
  container.replaceChildren();
  const points = sessions.filter((s) => s.e1rm != null);
  if (!points.length) return;
  // Drawn at the box's own width so that labels keep their size on a phone.
  const W = Math.round(container.clientWidth) || 640, H = W < 480 ? 220 : 260, left = 44, right = 10, top = 12, bottom = 26;
  const days = points.map((s) => dayOf(s.date));
  const d0 = days[0], d1 = Math.max(days[days.length - 1], d0 + 1);
  const lows = points.map((s) => s.low ?? s.e1rm), highs = points.map((s) => s.high ?? s.e1rm);
  let lo = Math.min(...lows), hi = Math.max(...highs);
  const pad = Math.max((hi - lo) * 0.08, 1);
  lo -= pad; hi += pad;
  const x = (d) => left + ((d - d0) / (d1 - d0)) * (W - left - right);
  const y = (v) => top + (1 - (v - lo) / (hi - lo)) * (H - top - bottom);
  const svg = el('svg', { viewBox: `0 0 ${W} ${H}`, class: 'hx-chart', role: 'img', 'aria-label': summary }, container);
  for (const v of ticks(lo, hi, 4)) {
    el('line', { x1: left, x2: W - right, y1: y(v), y2: y(v), class: 'hx-grid' }, svg);
    label(svg, left - 6, y(v) + 4, fmt(v), 'hx-axis', 'end');
  }
  label(svg, 4, top + 2, unit, 'hx-axis');
  // Month (or year) marks along the bottom.
  const spanDays = d1 - d0;
  const first = new Date(d0 * DAY_MS);
  const monthStep = Math.max(1, Math.ceil(spanDays / 30 / (W / 60)));
  for (let m = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 1)); m.getTime() / DAY_MS <= d1;
    m = new Date(Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + monthStep, 1))) {
    const d = m.getTime() / DAY_MS;
    el('line', { x1: x(d), x2: x(d), y1: H - bottom, y2: H - bottom + 4, class: 'hx-tick' }, svg);
    label(svg, x(d), H - 8, m.getUTCMonth() === 0 ? String(m.getUTCFullYear()) : MONTHS[m.getUTCMonth()], 'hx-axis', 'middle');
  }
  const band = points.map((s, i) => `${x(days[i]).toFixed(1)},${y(highs[i]).toFixed(1)}`)
    .concat(points.map((s, i) => `${x(days[i]).toFixed(1)},${y(lows[i]).toFixed(1)}`).reverse());
  el('polygon', { points: band.join(' '), class: 'hx-band' }, svg);
  el('polyline', { points: points.map((s, i) => `${x(days[i]).toFixed(1)},${y(s.e1rm).toFixed(1)}`).join(' '), class: 'hx-line' }, svg);
  const many = points.length > 60;
  points.forEach((s, i) => {
    if (recordDates.has(s.date)) {
      const r = many ? 3.5 : 6;
      el('path', { d: `M${x(days[i]).toFixed(1)},${(y(s.e1rm) - r * 1.1).toFixed(1)} l${r},${r * 1.7} h${-2 * r} z`, class: 'hx-record' }, svg);
    } else if (s.lowerBound) {
      el('circle', { cx: x(days[i]), cy: y(s.e1rm), r: 3, class: 'hx-dot hx-lower' }, svg);
    } else if (!many) {
      el('circle', { cx: x(days[i]), cy: y(s.e1rm), r: 2.5, class: 'hx-dot' }, svg);
    }
  });
}

/** The same sessions as a table (newest first), for screen readers and for reading numbers. */
export function renderTrendTable(table, { sessions, recordDates, unit, caption }) {
  const head = `<caption></caption><thead><tr><th scope="col">Date</th><th scope="col">e1RM (${unit})</th>` +
    '<th scope="col">Range</th><th scope="col">Hard sets</th><th scope="col">To failure</th><th scope="col">Note</th></tr></thead>';
  table.innerHTML = head;
  table.querySelector('caption').textContent = caption;
  const body = document.createElement('tbody');
  for (const s of [...sessions].reverse()) {
    const row = body.insertRow();
    const note = [recordDates.has(s.date) ? 'record' : '', s.lowerBound ? 'at least (no effort logged)' : ''].filter(Boolean).join(', ');
    for (const cell of [shortDate(s.date), s.e1rm == null ? '–' : fmt(s.e1rm),
      s.low == null ? '–' : `${fmt(s.low)}–${fmt(s.high)}`, s.hardSets, s.failureSets, note]) {
      row.insertCell().textContent = String(cell);
    }
  }
  table.appendChild(body);
}

/**
 * A small line of readiness values ({date, value}) with today's as a dot, then the
 * projection through the rest of the planned block ({date, value}, from the core) as a
 * dashed continuation; and the table of both (projected days marked as such).
 */
export function renderReadiness(container, table, { points, today, projection = [] }) {
  container.replaceChildren();
  table.replaceChildren();
  const ahead = today ? [today, ...projection] : projection;
  const all = [...points, ...ahead];
  if (all.length < 2) return;
  const W = Math.round(container.clientWidth) || 300, H = 56, pad = 6;
  const days = all.map((p) => dayOf(p.date)), values = all.map((p) => p.value);
  const lo = Math.min(...values), hi = Math.max(...values, lo + 1);
  const d0 = Math.min(...days), d1 = Math.max(...days);
  const x = (d) => pad + ((d - d0) / Math.max(d1 - d0, 1)) * (W - 2 * pad);
  const y = (v) => pad + (1 - (v - lo) / (hi - lo)) * (H - 2 * pad);
  const line = (list) => list.map((p) => `${x(dayOf(p.date)).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  const from = shortDate(all[0].date);
  const label = projection.length
    ? `Readiness on your training days since ${from}, from ${fmt(lo)} to ${fmt(hi)}, and as projected through the rest of your planned block to ${shortDate(projection.at(-1).date)} (dashed); the table has each day.`
    : `Readiness on your training days since ${from}, from ${fmt(lo)} to ${fmt(hi)}; the table has each day.`;
  const svg = el('svg', { viewBox: `0 0 ${W} ${H}`, class: 'hx-chart', role: 'img', 'aria-label': label }, container);
  if (points.length > 1) el('polyline', { points: line(points), class: 'hx-line' }, svg);
  if (projection.length) el('polyline', { points: line(ahead), class: 'hx-line hx-projection' }, svg);
  if (today) el('circle', { cx: x(dayOf(today.date)), cy: y(today.value), r: 4, class: 'hx-record' }, svg);
  table.innerHTML = '<caption>Readiness on your training days, and as projected through your plan</caption><thead><tr>' +
    '<th scope="col">Date</th><th scope="col">Readiness against your recent weeks, %</th><th scope="col">Kind</th></tr></thead><tbody></tbody>';
  const rows = [...points.map((p) => [p, 'logged']), ...(today && today.date !== points.at(-1)?.date ? [[today, 'today']] : []),
    ...projection.map((p) => [p, 'projected from your plan'])];
  for (const [p, kind] of rows.reverse()) {
    const row = table.tBodies[0].insertRow();
    row.insertCell().textContent = shortDate(p.date);
    row.insertCell().textContent = fmt(p.value);
    row.insertCell().textContent = kind;
  }
}
