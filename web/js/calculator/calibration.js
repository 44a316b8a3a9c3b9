// RIR calibration on the page: failure test sets the lifter logs (reps at the call, the
// RIR called, reps reached at failure), fitted by the core's one calibration model
// (px.calibrateRir: the same model that learns from the log on Progress and Today, weighed
// against the published prior for the chosen experience) and, when applied, sent with every
// estimate so the core corrects the call and sizes the band from the lifter's own spread.
// The summary is the core's sentence.
import { ProximityError } from '../proximity.js';
import { formatNumber, plural } from '../lib/format.js';
import { $, el } from '../lib/dom.js';
import { fieldErrors } from '../lib/field-errors.js';
import { inputNumber } from '../lib/input-number.js';

const INPUTS = { reps: 'cal-reps', predictedRir: 'cal-rir', failureReps: 'cal-failure' };


export class CalibrationPanel {
  /** @param {{px: object, settings: object, onChange: () => void}} options */
  constructor({ px, settings, onChange }) {
    this.px = px;
    this.settings = settings;
    this.onChange = onChange;
    // Errors name sets[0].<field>; one without a known field goes next to the reps.
    this.errors = fieldErrors({
      find: (field) => {
        const id = INPUTS[field.split('.').pop()] ?? INPUTS.reps;
        return { input: $(id), note: $(`${id}-error`) };
      },
    });
    settings.calibration ??= { sets: [], apply: true };
    if (!Array.isArray(settings.calibration.sets)) settings.calibration.sets = [];
    $('calibration-apply').checked = settings.calibration.apply !== false;
    $('calibration-apply').addEventListener('change', () => {
      settings.calibration.apply = $('calibration-apply').checked;
      onChange();
    });
    $('calibration-form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.add();
    });
    $('calibration-sets').addEventListener('click', (event) => {
      const button = event.target.closest('button[data-index]');
      if (!button) return;
      settings.calibration.sets.splice(Number(button.dataset.index), 1);
      this.render();
      onChange();
    });
    this.render();
  }

  add() {
    this.errors.clear();
    const candidate = Object.fromEntries(Object.entries(INPUTS).map(([key, id]) => [key, inputNumber($(id))]));
    try {
      this.px.calibrateRir({ sets: [candidate] });  // the core checks it; errors name sets[0].<field>
    } catch (err) {
      if (!(err instanceof ProximityError)) throw err;
      this.errors.show(err);
      return;
    }
    this.settings.calibration.sets.push(candidate);
    for (const id of Object.values(INPUTS)) $(id).value = '';
    this.render();
    this.onChange();
  }

  render() {
    const { sets } = this.settings.calibration;
    const list = $('calibration-sets');
    list.replaceChildren();
    $('calibration-summary').textContent = '';
    if (!sets.length) return;
    let result;
    const { experience } = this.settings;
    try {
      result = this.px.calibrateRir({ sets, ...(experience ? { experience } : {}) });
    } catch (err) {
      if (!(err instanceof ProximityError)) throw err;
      $('calibration-summary').textContent = err.message;  // a stored set the core now refuses
      return;
    }
    list.append(...sets.map((set, i) => {
      const { actualRir, error } = result.sets[i];
      return el('li', {},
        el('span', { text: `${plural(set.reps, 'rep')}, called RIR ${formatNumber(set.predictedRir)}, failed at ${set.failureReps}: ` +
          `true RIR ${formatNumber(actualRir)} (${error > 0 ? '+' : ''}${formatNumber(error)})` }),
        el('button', { type: 'button', class: 'button', dataset: { index: String(i) }, text: 'Remove',
          'aria-label': `Remove calibration set ${i + 1}` }));
    }));
    $('calibration-summary').textContent = result.words;
  }
}
