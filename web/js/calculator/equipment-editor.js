// The "Equipment and rounding" settings: a barbell's bar and plate inventory, or a
// dumbbell rack / machine stack's step, lightest and heaviest. It only edits and reads
// back the equipment object; the core validates it and rounds with it.
import { $, el } from '../lib/dom.js';
import { applyLimit } from '../lib/choices.js';
import { inputNumber } from '../lib/input-number.js';


function valueText(value) {
  return value === undefined || value === null ? '' : String(value);
}

export class EquipmentEditor {
  /**
   * @param {{onChange: () => void, limit: (name: string) => any}} options `limit` answers the
   *   core's limit of that name (px.describe().limits), the range each input takes.
   */
  constructor({ onChange, limit }) {
    this.onChange = onChange;
    this.limit = limit;
    const ranges = { bar: 'barWeight', increment: 'stepWeight', min: 'stackWeight', max: 'stackWeight' };
    for (const [id, name] of Object.entries(ranges)) applyLimit($(id), limit(name));
    this.rows = $('plate-rows');
    $('add-plate').addEventListener('click', () => {
      this.addPlateRow({ weight: undefined, count: 2 });
      this.rows.lastElementChild.querySelector('input').focus();
      this.onChange();
    });
    this.rows.addEventListener('click', (event) => {
      const button = event.target.closest('button.remove');
      if (!button) return;
      button.closest('.plate-row').remove();
      this.renumber();
      this.onChange();
    });
    for (const id of ['bar', 'increment', 'min', 'max']) $(id).addEventListener('input', () => this.onChange());
    this.rows.addEventListener('input', () => this.onChange());
  }

  /** Shows `equipment` ({type, bar, plates} or {type, increment, min, max}). */
  show(equipment) {
    const barbell = equipment.type === 'barbell';
    $('barbell-settings').hidden = !barbell;
    $('steps-settings').hidden = barbell;
    if (barbell) {
      $('bar').value = valueText(equipment.bar);
      this.rows.replaceChildren();
      for (const plate of equipment.plates ?? []) this.addPlateRow(plate);
    } else {
      $('increment').value = valueText(equipment.increment);
      $('min').value = valueText(equipment.min);
      $('max').value = valueText(equipment.max);
    }
  }

  /** The equipment as the inputs describe it now. */
  read(type) {
    if (type !== 'barbell') {
      const steps = { type, increment: inputNumber($('increment')), min: inputNumber($('min')) };
      const max = inputNumber($('max'));
      if (max !== undefined) steps.max = max;
      return steps;
    }
    const plates = [...this.rows.children].map((row) => ({
      weight: inputNumber(row.querySelector('[data-part="weight"]')),
      count: inputNumber(row.querySelector('[data-part="count"]')),
    }));
    return { type, bar: inputNumber($('bar')), plates };
  }

  addPlateRow({ weight, count }) {
    const field = (inputmode, limit, part) => el('div', { class: 'field' }, el('label'),
      applyLimit(el('input', { type: 'number', inputmode, dataset: { part } }), this.limit(limit)));
    const row = el('div', { class: 'plate-row' }, field('decimal', 'plateWeight', 'weight'), field('numeric', 'plateCount', 'count'),
      el('button', { type: 'button', class: 'button remove', text: '×' }), el('p', { class: 'field-error' }));
    row.querySelector('[data-part="weight"]').value = valueText(weight);
    row.querySelector('[data-part="count"]').value = valueText(count);
    this.rows.append(row);
    this.renumber();
  }

  // Ids follow the core's field paths: equipment.plates[i].weight -> plate-i-weight.
  renumber() {
    [...this.rows.children].forEach((row, i) => {
      const [weightField, countField] = row.querySelectorAll('.field');
      const error = row.querySelector('.field-error');
      error.id = `plate-${i}-error`;
      for (const [field, part, label] of [[weightField, 'weight', 'Plate'], [countField, 'count', 'How many']]) {
        const input = field.querySelector('input');
        input.id = `plate-${i}-${part}`;
        input.setAttribute('aria-describedby', error.id);
        const labelEl = field.querySelector('label');
        labelEl.htmlFor = input.id;
        labelEl.textContent = label;
        labelEl.classList.toggle('visually-hidden', i > 0);  // one visible heading row
      }
      row.querySelector('.remove').setAttribute('aria-label', `Remove plate size ${i + 1}`);
    });
  }
}
