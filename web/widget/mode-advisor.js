// The widget's "advisor" mode: should this set go to failure? Exercise, set position,
// reps, lifter status and spotter in; the core's verdict, target RIR range and reasons out
// (px.exercises, px.adviseSet). Nothing here decides anything: it only shows the answer.
import { numberField, selectField, widgetErrors } from './widget-ui.js';
import { inputNumber } from '../js/lib/input-number.js';
import { el as h } from '../js/lib/dom.js';
import { formatRange, sourceParts } from '../js/lib/format.js';
import { adoptVerdictPalette } from './widget-styles.js';
import { SAFETY_LABEL } from '../js/lib/safety-options.js';
import { choicesOf, limitOf } from '../js/lib/choices.js';

export const requires = ['exercises', 'adviseSet'];

const DEFAULT_REPS = 8;  // a typical hypertrophy set; the reader edits it
const START = { status: 'intermediate', phase: 'normal', safety: 'none' };  // first choices shown
// The core's choices as [value, label]; a phase that needs a week number the widget does not ask.
const pairs = (list) => list.map((c) => [c.value, c.label]);
const BLOCK_PHASE = 'failure-block';

export function mount(container, { px, options, signal, emit, fail, announce, attribute }) {
  adoptVerdictPalette(container.getRootNode());
  const exercises = px.exercises({});
  const list = Array.isArray(exercises) ? exercises : exercises.exercises ?? [];
  const exercise = selectField('Exercise', {
    name: 'exercise', value: options.exercise ?? list[0]?.id,
    options: list.map((x) => [x.id, x.name]),
  });
  if (options.exercise && !list.some((x) => x.id === options.exercise)) {
    // An unknown id stays selectable so the core can name the problem.
    exercise.select.prepend(h('option', { value: options.exercise, text: options.exercise, selected: true }));
  }
  const status = selectField('Training experience', { name: 'status', value: START.status, options: pairs(choicesOf(px, 'status')) });
  const phase = selectField('Phase', { name: 'phase', value: START.phase,
    options: pairs(choicesOf(px, 'phase').filter((c) => c.value !== BLOCK_PHASE)) });
  const sets = limitOf(px, 'setsPerExercise');
  const index = numberField('Set', { name: 'index', value: 1, limit: sets, inputmode: 'numeric' });
  const of = numberField('of sets', { name: 'of', value: 3, limit: sets, inputmode: 'numeric' });
  const reps = numberField('Target reps', { name: 'reps', value: attribute('reps') === null ? DEFAULT_REPS : options.reps,
    limit: limitOf(px, 'plannedReps'), inputmode: 'numeric' });
  const spotter = selectField(SAFETY_LABEL, { name: 'safety', value: START.safety, options: pairs(choicesOf(px, 'safety')) });

  const badge = h('span', { class: 'badge', part: 'verdict' });
  const range = h('p', { class: 'detail', part: 'detail' });
  const techniques = h('p', { class: 'detail', part: 'techniques' });
  const reasons = h('ol', { part: 'reasons' });
  const why = h('details', { part: 'reasons-details' }, h('summary', { text: 'Why' }), reasons);
  const error = h('p', { class: 'error', part: 'error' });
  const result = h('div', { class: 'result', part: 'result' }, badge, range, techniques, why);
  container.append(
    h('p', { class: 'title', part: 'title', text: 'Should this set go to failure?' }),
    h('div', { class: 'fields' }, exercise.label),
    h('div', { class: 'fields' }, status.label, phase.label),
    h('fieldset', { class: 'fields' }, h('legend', { class: 'sr', text: 'The set' }), index.label, of.label, reps.label),
    h('div', { class: 'fields' }, spotter.label),
    result, error,
  );
  const field = ({ select, text }) => ({ input: select, text });
  const errors = widgetErrors(error, { exercise: field(exercise), status: field(status), phase: field(phase),
    index, of, reps, safety: field(spotter) }, { 'set.of': 'the number of sets' });

  let edited = false;
  function compute() {
    const input = {
      exercise: exercise.select.value,
      lifter: { status: status.select.value },
      set: { index: inputNumber(index.input), of: inputNumber(of.input), reps: inputNumber(reps.input) },
      session: { safety: spotter.select.value },
      phase: phase.select.value,
    };
    let advice;
    try {
      advice = px.adviseSet(input);
    } catch (err) {
      const name = String(err.field ?? '').split('.').pop();
      const raw = attribute(name);
      errors.show(err, { suffix: !edited && raw !== null ? `. Check the ${name}="${raw}" attribute.` : '' });
      result.hidden = true;
      announce(error.textContent);
      fail(err);
      return;
    }
    errors.clear();
    result.hidden = false;
    badge.dataset.verdict = advice.verdict;
    badge.textContent = advice.verdictLabel ?? advice.verdict;
    const { min, max } = advice.targetRir ?? {};
    range.textContent = `Target: ${formatRange(min, max)} reps in reserve`;
    const allowed = advice.techniques.filter((t) => t.allowed).map((t) => (t.limit ? `${t.name} (${t.limit})` : t.name));
    techniques.textContent = allowed.length ? `Allowed: ${allowed.join(', ')}` : 'No intensity techniques (drop sets, rest-pause…) for this set.';
    reasons.replaceChildren(...advice.reasons.map(reasonItem));
    emit({ mode: 'advisor', input, result: advice });
    announce(`${badge.textContent}. ${range.textContent}.`);
  }

  container.addEventListener('input', () => { edited = true; compute(); }, { signal });
  compute();
  return { destroy() {} };
}

// A reason: the rule's title, its explanation, and the sources it rests on.
function reasonItem(reason) {
  // "Grgic J, et al. (2022)": who and when; the advisor page has the titles and links.
  const sources = reason.sources.map((s) => sourceParts(s).who || s.citation).filter(Boolean);
  return h('li', {}, h('strong', { text: reason.title }), ` ${reason.explanation}`,
    sources.length ? h('span', { class: 'cite', text: ` (${sources.join('; ')})` }) : null);
}
