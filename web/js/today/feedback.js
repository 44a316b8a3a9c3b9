// Session feedback (issue 23 point 6): after Finish, a few taps per muscle the session
// trained (pump, soreness since last time, joint pain) and how hard the session felt; the
// core turns them into next week's sets per muscle with a reason (px.nextWeekVolume:
// core/plan/feedback_volume.hpp). The questions, their choices and labels, the muscles to
// ask about and every number come from the core. One record per workout,
// "feedback/<the workout's id>", written in one transaction; skipping writes nothing. On
// a later visit the answers and next week's sets are shown again while that session is the
// last one of the history.
import { el } from '../lib/dom.js';
import { choicesOf, labelOf, radios } from '../lib/choices.js';
import { workoutKey } from '../lib/history-records.js';
import { KEY } from '../lib/store-keys.js';
import { historyAnalysis } from '../history-analysis.js';

const feedbackKey = (workout) => KEY.feedback + workoutKey(workout).slice(KEY.workout.length);

/**
 * @param {{px: any, store: any, card: HTMLElement, profile: () => any}} deps  `card`: the
 *   section it fills; `profile`: the lifter's profile now.
 */
export function sessionFeedback({ px, store, card, profile }) {
  // The core's questions: each value names the record's field and the enum of its choices.
  const muscleQuestions = choicesOf(px, 'muscleQuestion');
  const [sessionQuestion] = choicesOf(px, 'sessionQuestion');

  // A segmented group of the core's choices for one answer.
  function group(name, enumName, legend, checked) {
    const options = radios(el('div', { class: 'options' }), name, choicesOf(px, enumName), { checked });
    return el('fieldset', { class: 'segmented feedback-question' }, el('legend', { text: legend }), options);
  }

  const picked = (form, name) => form.querySelector(`input[name="${name}"]:checked`)?.value;

  // Next week's sets from the saved history (kept in the history's worker, off the page's
  // thread); with `latest`, only while the feedback's workout is still the last one of it.
  async function nextWeek(feedback, { latest = false } = {}) {
    const worker = historyAnalysis();
    const last = (await worker.run('loadHistory'))?.last;
    if (!last || (latest && (last.start !== feedback.workout.start || last.name !== feedback.workout.name))) return null;
    // A planned session starts from the plan's week (the core checks the workout ran it).
    const plan = (await store.read(KEY.plan))?.value;
    const input = { feedback, profile: profile() };
    try {
      return await worker.run('nextWeekVolume', plan ? { ...input, plan } : input);
    } catch (error) {
      if (!plan || !/^plan([.[]|$)/.test(String(error.field ?? ''))) throw error;  // the plan's own field
      return worker.run('nextWeekVolume', input);  // a saved plan this page cannot read: the log's week
    }
  }

  function showResult(feedback, rev, answer, { heading }) {
    const answers = new Map(feedback.muscles.map((m) => [m.muscle, m]));
    const rows = answer.muscles.map((m) => {
      const given = answers.get(m.muscle);
      const said = muscleQuestions.map((q) => `${q.short}: ${labelOf(px, q.value, given[q.value], { short: true })}`).join(' · ');
      return el('li', { class: `feedback-muscle action-${m.action}`, dataset: { muscle: m.muscle } },
        el('p', { class: 'feedback-sets' }, el('strong', { text: m.name }), ` ${m.thisWeek} → `, el('strong', { class: 'next-sets', text: String(m.nextWeek) }), m.nextWeek === 1 ? ' set next week' : ' sets next week'),
        el('p', { class: 'feedback-reason', text: m.reason }),
        el('p', { class: 'hint feedback-answers', text: `Your answers: ${said}` }));
    });
    const change = el('button', { type: 'button', class: 'button', text: 'Change answers', onclick: () => ask(null, feedback, rev) });
    card.replaceChildren(
      el('h2', { text: heading }),
      el('p', { class: 'hint', text: `${answer.basisText} ${sessionQuestion.label}: ${labelOf(px, sessionQuestion.value, feedback[sessionQuestion.value])}.` }),
      el('ol', { class: 'feedback-list' }, rows),
      el('p', { class: 'hint feedback-about', text: answer.about }),
      el('div', { class: 'feedback-actions' }, change));
    card.hidden = false;
  }

  /**
   * The questions for a finished workout ({start, name, exercises}), or, with `previous`
   * (a saved record at revision `rev`), the same questions with its answers to change them.
   */
  async function ask(workout, previous = null, rev = 0) {
    const target = workout ?? previous?.workout;
    const ids = workout ? [...new Set(workout.exercises.map((x) => x.exercise))] : null;
    let muscles;
    try {
      muscles = ids ? px.feedbackMuscles({ exercises: ids }) : previous.muscles.map((m) => ({ id: m.muscle, name: labelMuscle(m.muscle) }));
    } catch {
      card.hidden = true;  // an exercise outside the library: nothing to ask about
      return;
    }
    if (!muscles.length) { card.hidden = true; return; }
    const given = new Map((previous?.muscles ?? []).map((m) => [m.muscle, m]));
    const error = el('p', { class: 'field-error', role: 'alert' });
    const form = el('form', { class: 'feedback-form', novalidate: true },
      group(`fb-${sessionQuestion.value}`, sessionQuestion.value, sessionQuestion.label, previous?.[sessionQuestion.value]),
      muscles.map((m) => el('fieldset', { class: 'feedback-muscle-questions', dataset: { muscle: m.id } },
        el('legend', { text: m.name }),
        muscleQuestions.map((q) => group(`fb-${m.id}-${q.value}`, q.value, q.label, given.get(m.id)?.[q.value])))),
      error,
      el('div', { class: 'feedback-actions' },
        el('button', { type: 'submit', class: 'button primary', text: 'Save answers' }),
        el('button', { type: 'button', class: 'button', text: 'Skip', onclick: () => { card.hidden = true; } })));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const overall = picked(form, `fb-${sessionQuestion.value}`);
      if (!overall) { error.textContent = `Answer "${sessionQuestion.label}", or skip.`; return; }
      const answers = [];
      for (const m of muscles) {
        const one = { muscle: m.id };
        for (const q of muscleQuestions) one[q.value] = picked(form, `fb-${m.id}-${q.value}`);
        const missing = muscleQuestions.find((q) => !one[q.value]);
        if (missing) { error.textContent = `Answer "${missing.label}" for ${m.name}, or skip.`; return; }
        answers.push(one);
      }
      const asked = { workout: { start: target.start, name: target.name ?? '' },
        [sessionQuestion.value]: overall, muscles: answers };
      let answer;
      try {
        answer = await nextWeek(asked);  // the core checks the answers; its record is kept
      } catch {
        error.textContent = 'Not saved: next week’s sets could not be worked out from your saved history; nothing was changed.';
        return;
      }
      if (!answer) { error.textContent = 'Not saved: the workout is not in your saved history.'; return; }
      const { feedback } = answer;
      const saved = await store.write(feedbackKey(feedback.workout), feedback, { baseRev: rev });
      if (!saved.ok) { error.textContent = `Not saved: ${saved.message}.`; return; }
      showResult(feedback, saved.rev, answer, { heading: "Next week's sets" });
    });
    card.replaceChildren(
      el('h2', { text: 'How did the session go?' }),
      el('p', { class: 'hint', text: 'A few taps per muscle set next week’s sets. You can skip this.' }),
      form);
    card.hidden = false;
    card.scrollIntoView({ block: 'start' });
  }

  function labelMuscle(id) {
    return px.muscles({}).find((m) => m.id === id)?.name ?? id;
  }

  /** The last saved feedback with next week's sets (nothing when there is none). */
  async function showLatest() {
    const record = (await store.list(KEY.feedback)).at(-1);
    if (!record) return;
    const last = record.value;
    let answer;
    try { answer = await nextWeek(last, { latest: true }); } catch { return; }  // its workout is no longer in the history
    const day = new Date(last.workout.start).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
    if (answer) showResult(last, record.rev, answer, { heading: `After ${last.workout.name || 'your last session'} on ${day}: next week's sets` });
  }

  return { ask, showLatest, hide: () => { card.hidden = true; } };
}
