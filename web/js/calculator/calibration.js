// RIR calibration on the page: failure test sets the lifter logs (reps at the call, the
// RIR called, reps reached at failure), summarised by the core (px.calibrateRir) and,
// when applied, sent with every estimate so the core corrects the call and sizes the
// band from the lifter's own spread.
import { ProximityError } from '../proximity.js';
import { formatNumber } from './format.js';

const $ = (id) => document.getElementById(id);
const INPUTS = { reps: 'cal-reps', predictedRir: 'cal-rir', failureReps: 'cal-failure' };

function numberOrUndefined(id) {
  const text = $(id).value.trim();
  return text === '' ? undefined : Number(text);
}

function summaryText(result) {
  const bias = formatNumber(Math.abs(result.bias), 1);
  const direction = result.bias > 0 ? `You stop about ${bias} reps further from failure than you call`
    : result.bias < 0 ? `You stop about ${bias} reps closer to failure than you call`
      : 'Your calls are right on average';
  const band = result.misjudgement === null ? result.warnings.join(' ')
    : `spread ${formatNumber(result.spread, 1)} over ${result.count} sets, so estimates use ±${formatNumber(result.misjudgement)} reps.`;
  return `${direction}; ${band}`;
}

export class CalibrationPanel {
  /** @param {{px: object, settings: object, onChange: () => void}} options */
  constructor({ px, settings, onChange }) {
    this.px = px;
    this.settings = settings;
    this.onChange = onChange;
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

  /** What estimates should send as `calibration`, or undefined. */
  current() {
    const { sets, apply } = this.settings.calibration;
    return apply !== false && sets.length ? { sets } : undefined;
  }

  add() {
    for (const id of Object.values(INPUTS)) {
      $(id).removeAttribute('aria-invalid');
      $(`${id}-error`).textContent = '';
    }
    const candidate = Object.fromEntries(Object.entries(INPUTS).map(([key, id]) => [key, numberOrUndefined(id)]));
    try {
      this.px.calibrateRir({ sets: [candidate] });  // the core checks it; errors name sets[0].<field>
    } catch (err) {
      if (!(err instanceof ProximityError)) throw err;
      const key = /^sets\[0\]\.(\w+)$/.exec(err.field)?.[1];
      const id = INPUTS[key] ?? INPUTS.reps;
      $(id).setAttribute('aria-invalid', 'true');
      $(`${id}-error`).textContent = err.message.replace(/^sets\[0\]\.\w+ /, '').replace(/^./, (c) => c.toUpperCase());
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
    try {
      result = this.px.calibrateRir({ sets });
    } catch (err) {
      if (!(err instanceof ProximityError)) throw err;
      $('calibration-summary').textContent = err.message;  // a stored set the core now refuses
      return;
    }
    sets.forEach((set, i) => {
      const { actualRir, error } = result.sets[i];
      const item = document.createElement('li');
      const text = document.createElement('span');
      text.textContent = `${set.reps} reps, called RIR ${formatNumber(set.predictedRir)}, failed at ${set.failureReps}: ` +
        `true RIR ${formatNumber(actualRir)} (${error > 0 ? '+' : ''}${formatNumber(error)})`;
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'button';
      remove.dataset.index = String(i);
      remove.textContent = 'Remove';
      remove.setAttribute('aria-label', `Remove calibration set ${i + 1}`);
      item.append(text, remove);
      list.append(item);
    });
    $('calibration-summary').textContent = summaryText(result);
  }
}
