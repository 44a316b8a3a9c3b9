// @ts-check
// One athlete on the coach page, from the core's analysis of their synced history
// (px.analyzeHistory, as the Progress page asks it): this week's hard sets per muscle against
// the landmarks, sets to failure and those the policy advised against, fatigue signs, the RIR
// calibration, and the plan's next session. Nothing is computed here but the wording.
import { el } from '../lib/dom.js';
import { fmt, shortDate } from '../history/trend-chart.js';
import { VOLUME_WORDS } from '../history/progress-view.js';

/**
 * @param {{name: string, analysis: any, names: {muscle: (id: string) => string, exercise: (id: string, fallback?: string) => string}, landmarks: any}} input
 */
export function athleteCard({ name, analysis, names, landmarks }) {
  const week = analysis?.weeks?.at(-1);
  const card = el('article', { class: 'card coach-athlete', dataset: { athlete: name } }, el('h2', { text: name }));
  if (!week) return card.appendChild(el('p', { text: 'No training synced yet.' })) && card;
  const unit = analysis.unit;

  const muscles = Object.keys(week.hardSets).filter((id) => week.hardSets[id]);
  card.append(el('h3', { text: `Week of ${shortDate(week.start)}: ${fmt(week.hardSetCount)} hard sets` }),
    el('ul', { class: 'coach-volume' }, muscles.map((id) => {
      const l = landmarks[id];
      const range = l ? ` (${l.min}–${l.max}, ceiling ${l.ceiling})` : '';
      return el('li', { class: `hx-${week.volume[id]}`, text: `${names.muscle(id)}: ${fmt(week.hardSets[id])} sets, ${VOLUME_WORDS[week.volume[id]] ?? ''}${range}` });
    })));

  card.append(el('h3', { text: 'Sets to failure' }),
    el('p', { text: `This week ${week.failureSets.total} of ${fmt(week.hardSetCount)} hard sets; the failure policy advised against ${week.advisedAgainst} of them.` }),
    el('ul', {}, analysis.failure.reasons.map((r) => el('li', { text: `${r.title}: ${r.sets} ${r.sets === 1 ? 'set' : 'sets'} (whole history)` }))));

  const signs = analysis.fatigue.signs;
  card.append(el('h3', { text: 'Fatigue signs' }),
    signs.length
      ? el('ul', {}, signs.map((s) => el('li', { text: `${names.exercise(s.exercise, s.name)}: ${fmt(s.dropPercent)} % below its trend since ${shortDate(s.since)}. ${s.advice}` })))
      : el('p', { text: 'None: no exercise has dropped below its trend in two sessions running.' }));

  const c = analysis.calibration;
  const direction = c.bias > 0 ? 'more in reserve than called' : c.bias < 0 ? 'less in reserve than called' : 'what was called';
  card.append(el('h3', { text: 'Effort calibration' }), el('p', {
    text: c.sets ? `From ${c.sets} ${c.sets === 1 ? 'test' : 'tests'}: on average ${fmt(Math.abs(c.bias))} reps ${direction}, give or take ${fmt(c.spread ?? 0)}.`
      : `No calibration tests yet: calls are read as up to ${fmt(c.misjudgement)} reps off.` }));

  const n = analysis.nextSession;
  card.append(el('h3', { text: 'Next session' }), n
    ? el('div', {}, el('p', { text: `Week ${n.week + 1}, session ${n.session + 1} of the plan.` }),
      el('ul', {}, analysis.next.map((x) => el('li', { text: `${names.exercise(x.exercise)}: ${x.reps} reps @ RIR ${fmt(x.rir)}, ${x.load == null ? 'load to be found' : `${fmt(x.load)} ${unit}`}` }))))
    : el('p', { text: 'No plan synced.' }));
  return card;
}
