// "What to load" for the chosen cell of the load table: the rounded load, how it was
// reached, and for a barbell the plates per side drawn on a bar.
import { formatNumber, formatEstimate, plateText, plural } from '../lib/format.js';
import { el } from '../lib/dom.js';

function barbellDrawing(plates, unit) {
  const heaviest = Math.max(...plates.map((p) => p.weight), 1);
  const bar = el('div', { class: 'barbell', role: 'img', 'aria-label': 'Plates on one side of the bar' });
  bar.append(el('div', { class: 'shaft' }), el('div', { class: 'collar' }));
  for (const { weight, count } of plates) {
    for (let i = 0; i < count; i++) {
      const plate = el('div', { class: 'plate', text: formatNumber(weight) });
      if (unit === 'kg') plate.dataset.kg = formatNumber(weight);
      // Bigger plates are taller: 35 % of the bar height for the smallest, 100 % for the largest.
      plate.style.height = `${Math.round(35 + 65 * Math.sqrt(weight / heaviest))}%`;
      bar.append(plate);
    }
  }
  bar.append(el('div', { class: 'sleeve' }));
  return bar;
}

/**
 * @param {HTMLElement} container
 * @param {{reps:number, effortLabel:string, cell:object, table:object, unit:string, roughBeyond?:number}} view
 */
export function renderBreakdown(container, { reps, effortLabel, cell, table, unit, roughBeyond }) {
  container.replaceChildren();
  if (!cell || cell.load === null) return;
  const equipment = table.equipment;
  container.append(
    el('h3', { text: `${plural(reps, 'rep')} @ ${effortLabel}` }),
    el('p', { class: 'big', text: `${formatNumber(cell.rounded)} ${unit}` }),
  );
  const how = el('p', { class: 'hint', text: `${formatEstimate(cell.percent)} % of your e1RM: ${formatEstimate(cell.load)} ${unit}, rounded to ${formatNumber(cell.rounded)} ${unit}, the nearest load your equipment makes` });
  if (equipment.type === 'barbell') {
    container.append(el('p', {
      class: 'per-side',
      text: cell.plates.length ? `Each side: ${plateText(cell.plates)} ${unit}` : 'The empty bar, no plates',
    }), how);
    container.append(el('p', { class: 'hint', text: `On a ${formatNumber(equipment.bar)} ${unit} bar` }));
    if (cell.plates.length) container.append(barbellDrawing(cell.plates, unit));
  } else {
    const text = equipment.type === 'dumbbell'
      ? `One ${formatNumber(cell.rounded)} ${unit} dumbbell in each hand (the load is per hand)`
      : `Set the stack to ${formatNumber(cell.rounded)} ${unit}`;
    container.append(el('p', { class: 'per-side', text }), how);
  }
  if (cell.note) container.append(el('p', { class: 'notice', text: cell.note }));
  if (cell.rough) container.append(el('p', { class: 'notice', text: `More than ${plural(roughBeyond, 'rep')} from failure: the formulas disagree here, treat it as a rough guide.` }));
}
