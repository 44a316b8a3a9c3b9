// The widget's "e1rm" and "table" modes: a set (load x reps at RIR or RPE) in, its
// estimated one-rep max out; "e1rm" adds the load for a target set, "table" the load table
// (reps x RIR). The core computes every number (px.estimateOneRepMax, px.loadForTarget,
// px.loadTable); this file only reads inputs and writes text.
import { numberField, widgetErrors } from './widget-ui.js';
import { inputNumber } from '../js/lib/input-number.js';
import { labelOf, limitOf } from '../js/lib/choices.js';
import { el as h } from '../js/lib/dom.js';
import { formatNumber, formatEstimate, plateText, plural } from '../js/lib/format.js';

export const requires = ['estimateOneRepMax', 'loadForTarget', 'loadTable'];

const TARGET_START = { reps: 8, rir: 2, rpe: 8 };  // first target shown; the reader edits it

export function mount(container, { px, options, signal, emit, fail, announce, attribute }) {
  const { mode, unit, effort, formula, calibration } = options;
  const effortLabel = labelOf(px, 'effortKind', effort, { short: true });
  const set = {
    load: numberField(`Load (${unit})`, { name: 'load', value: options.load, limit: limitOf(px, 'load') }),
    reps: numberField('Reps', { name: 'reps', value: options.reps, limit: limitOf(px, 'reps'), inputmode: 'numeric' }),
    effort: numberField(effortLabel, { name: effort, value: options.effortValue, limit: limitOf(px, effort) }),
  };
  const setInputs = [set.load.input, set.reps.input, set.effort.input];
  const title = mode === 'table' ? 'Load table from a set' : 'One-rep max from a set';
  const value = h('span', { class: 'value', part: 'value' });
  const detail = h('p', { class: 'detail', part: 'detail' });
  const warning = h('p', { class: 'warning', part: 'warning' });
  const error = h('p', { class: 'error', part: 'error' });
  const result = h('div', { class: 'result', part: 'result' },
    h('span', { class: 'detail', text: 'Estimated 1RM' }), value, detail, warning, error);
  container.append(
    h('p', { class: 'title', part: 'title', text: title }),
    h('fieldset', { class: 'fields' }, h('legend', { class: 'sr', text: 'Your set' }),
      set.load.label, set.reps.label, set.effort.label),
    result,
  );
  const errors = widgetErrors(error, { load: set.load, reps: set.reps, [effort]: set.effort });

  const extra = mode === 'table' ? tableView(container, effort, effortLabel, unit) : targetView(container, px, effort, effortLabel, unit);
  // Until the reader edits a field, an error is about the page's attributes: say which.
  let edited = false;
  const fromAttribute = (err) => {
    const name = String(err.field ?? '').split('.').pop();
    const raw = attribute(name);
    return !edited && raw !== null ? `. Check the ${name}="${raw}" attribute.` : '';
  };

  function compute() {
    const input = { load: inputNumber(set.load.input), reps: inputNumber(set.reps.input),
      [effort]: inputNumber(set.effort.input), unit, ...(formula ? { formula } : {}),
      ...(calibration ? { calibration } : {}) };
    let estimate;
    try {
      estimate = px.estimateOneRepMax(input);
    } catch (err) {
      errors.show(err, { suffix: fromAttribute(err) });
      value.textContent = '–';
      detail.textContent = warning.textContent = '';
      extra.clear();
      announce(error.textContent);
      fail(err);
      return;
    }
    errors.clear();
    value.replaceChildren(formatEstimate(estimate.e1rm), h('span', { class: 'unit', text: unit }));
    detail.textContent = `${labelOf(px, 'formula', estimate.formula, { short: true })} formula · ${plural(estimate.repsToFailure, 'rep')} to failure` +
      (estimate.calibration ? ' · corrected for your RIR calls' : '');
    warning.textContent = estimate.warnings.join(' ');
    const more = extra.update(px, estimate, { unit, formula, calibration });
    emit({ mode, input, result: estimate, ...more.detail });
    announce(`Estimated one-rep max ${formatEstimate(estimate.e1rm)} ${unit}. ${more.spoken ?? ''}`.trim());
  }

  container.addEventListener('input', (event) => {
    if (setInputs.includes(event.target)) edited = true;
    compute();
  }, { signal });
  compute();
  return { destroy() {} };
}

// "e1rm" mode: the load for a target set from the estimated 1RM.
function targetView(container, px, effort, effortLabel, unit) {
  const reps = numberField('Target reps', { name: 'target-reps', value: TARGET_START.reps, limit: limitOf(px, 'reps'), inputmode: 'numeric' });
  const eff = numberField(`Target ${effortLabel}`, { name: `target-${effort}`, value: TARGET_START[effort], limit: limitOf(px, effort) });
  const value = h('span', { class: 'value', part: 'target-value' });
  const detail = h('p', { class: 'detail', part: 'detail' });
  const loadable = h('p', { class: 'detail', part: 'loadable' });
  const error = h('p', { class: 'error', part: 'error' });
  container.append(h('div', { class: 'target', part: 'target' },
    h('fieldset', { class: 'fields' }, h('legend', { text: 'Load for a target set' }), reps.label, eff.label),
    h('div', { class: 'result' }, value, detail, loadable, error)));
  const errors = widgetErrors(error, { reps, [effort]: eff });
  const clear = () => { value.textContent = '–'; detail.textContent = loadable.textContent = ''; };
  return {
    clear,
    update(px, estimate, { formula, calibration }) {
      const input = { e1rm: estimate.e1rm, reps: inputNumber(reps.input), [effort]: inputNumber(eff.input),
        unit, ...(formula ? { formula } : {}), ...(calibration ? { calibration } : {}) };
      try {
        const target = px.loadForTarget(input);
        errors.clear();
        // The loadable weight is the headline, as on the calculator page; the exact figure is the detail.
        const headline = target.rounded ? target.rounded.load : target.load;
        value.replaceChildren(formatNumber(headline), h('span', { class: 'unit', text: unit }));
        const exact = formatNumber(target.load, 1) === formatNumber(headline) ? '' : `, exactly ${formatNumber(target.load, 1)} ${unit}`;
        detail.textContent = `${formatEstimate(target.percent)}% of 1RM${exact}` +
          `${target.warnings.length ? ' · ' + target.warnings.join(' ') : ''}`;
        loadable.textContent = target.rounded ? loadableText(target.rounded, unit) : '';
        return { detail: { target }, spoken: `Target set: ${formatNumber(headline)} ${unit}.` };
      } catch (err) {
        clear();
        errors.show(err);
        return { detail: { targetError: { field: err.field, message: err.message } }, spoken: err.message };
      }
    },
  };
}

// What to put on a standard barbell (the core's default equipment for the unit).
function loadableText(rounded, unit) {
  const load = `${formatNumber(rounded.load, 2)} ${unit}`;
  if (!rounded.plates) return `Loadable: ${load}`;
  const side = rounded.plates.length ? `per side ${plateText(rounded.plates)}` : 'the empty bar';
  return `On a ${formatNumber(rounded.bar, 2)} ${unit} bar: ${load}, ${side}`;
}

// "table" mode: loads for 1-12 reps at each RIR (or RPE) column the core returns.
function tableView(container, effort, scale, unit) {
  const head = h('tr');
  const body = h('tbody');
  const caption = h('caption', { text: `Load (${unit}): reps down, ${scale} across` });
  container.append(h('div', { class: 'table-wrap', part: 'table-wrap' },
    h('table', { part: 'table' }, caption, h('thead', {}, head), body)));
  const clear = () => { head.replaceChildren(); body.replaceChildren(); };
  // Column labels on the reader's scale, as the core gives them; the scale's name is in the
  // caption and, for screen readers, in each header.
  const columnHeader = (value) => h('th', { scope: 'col' }, h('span', { class: 'sr', text: `${scale} ` }), formatNumber(value));
  return {
    clear,
    update(px, estimate, { formula }) {
      const table = px.loadTable({ e1rm: estimate.e1rm, unit, ...(formula ? { formula } : {}) });
      head.replaceChildren(h('th', { scope: 'col', text: 'Reps' }),
        ...(effort === 'rpe' ? table.rpe : table.rir).map(columnHeader));
      body.replaceChildren(...table.rows.map((row) => h('tr', {},
        h('th', { scope: 'row', text: String(row.reps) }),
        ...row.cells.map((cell) => h('td', { text: formatEstimate(cell.load) })))));
      return { detail: { table }, spoken: '' };
    },
  };
}
