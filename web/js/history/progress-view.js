// Renders px.analyzeHistory's answer on the history page: today's readiness, fatigue signs
// with their advice, the next session's loads, the e1RM trend of a chosen exercise (chart +
// table), weekly hard sets per muscle against the landmarks, weekly failure sets with the
// policy's audit, and the calibration card. Every figure and label comes from the core's
// answers (analysis, px.muscles, px.planDefaults' landmarks, the rules' titles).
import { renderTrendChart, renderTrendTable, renderReadiness, fmt, shortDate } from './trend-chart.js';
import { $ } from '../lib/dom.js';

const DAY_MS = 86400e3;
export const VOLUME_WORDS = { under: 'below the productive range', productive: 'in the productive range', high: 'above the productive range', excessive: 'past the ceiling' };

function item(list, text, cls) {
  const li = document.createElement('li');
  li.textContent = text;
  if (cls) li.className = cls;
  list.appendChild(li);
  return li;
}

export function progressView({ muscleNames, landmarks, exerciseNames, trendOf }) {
  let analysis = null;
  const nameOf = (id, fallback) => exerciseNames[id] ?? fallback ?? 'this exercise';
  const muscle = (id) => muscleNames[id] ?? id;

  function renderToday() {
    const t = analysis.today;
    $('readiness-value').textContent = t ? `${t.value > 0 ? '+' : ''}${fmt(t.value)} %` : '–';
    $('readiness-detail').textContent = t
      ? `${shortDate(t.date)}, against ${analysis.readinessBaseline}: 0 % is as fresh as then, below 0 more tired. ` +
        'It is a fatigue model\'s estimate from what you logged, not a measure of strength or a forecast of your lifts.'
      : 'Log or import a workout to see it.';
    const since = t ? new Date(Date.parse(`${t.date}T00:00:00Z`) - 91 * DAY_MS).toISOString().slice(0, 10) : '';
    renderReadiness($('readiness-chart'), $('readiness-table'),
      { points: analysis.readiness.filter((p) => p.date >= since), today: t, projection: analysis.projection ?? [] });
    const box = $('fatigue');
    box.replaceChildren();
    if (!analysis.fatigue.signs.length) {
      const p = document.createElement('p');
      p.textContent = 'None: no exercise has dropped below its trend in two sessions running.';
      box.appendChild(p);
    }
    for (const s of analysis.fatigue.signs) {
      const div = document.createElement('div');
      div.className = 'notice hx-sign';
      const head = document.createElement('p');
      head.className = 'hx-strong';
      head.textContent = `${nameOf(s.exercise, s.name)}: ${fmt(s.dropPercent)} % below its trend since ${shortDate(s.since)} (expected ${fmt(s.expected)}, lowest ${fmt(s.worst)} ${analysis.unit}).`;
      const advice = document.createElement('p');
      advice.textContent = s.advice;
      div.append(head, advice);
      if (s.deload?.muscles?.length) {
        const ul = document.createElement('ul');
        for (const m of s.deload.muscles) item(ul, `${muscle(m.muscle)}: ${fmt(m.hardSets)} → ${fmt(m.deloadSets)} hard sets a week`);
        div.appendChild(ul);
      }
      box.appendChild(div);
    }
  }

  function renderNext() {
    const box = $('next');
    box.replaceChildren();
    const n = analysis.nextSession;
    $('next-intro').textContent = n
      ? `Week ${n.week + 1}, session ${n.session + 1} of your plan, loaded from each exercise's trend.`
      : 'Make a plan in the Planner and the loads of its next session appear here, set from your trends.';
    if (!analysis.next.length) return;
    const table = document.createElement('table');
    table.innerHTML = '<thead><tr><th scope="col">Exercise</th><th scope="col">Target</th><th scope="col">Load</th></tr></thead><tbody></tbody>';
    for (const x of analysis.next) {
      const row = table.tBodies[0].insertRow();
      row.insertCell().textContent = nameOf(x.exercise);
      row.insertCell().textContent = `${x.reps} reps @ RIR ${fmt(x.rir)}`;
      const load = row.insertCell();
      load.textContent = x.load == null ? '–' : `${fmt(x.load)} ${analysis.unit}`;
      const why = document.createElement('div');
      why.className = 'hint';
      why.textContent = x.reason;
      load.appendChild(why);
    }
    box.appendChild(table);
  }

  // The chosen exercise's sessions, asked for when drawn (trendOf answers a promise: the
  // history's worker); the last answer is kept for a change of range.
  let asked = 0, lastTrend = null;
  async function trendFor(listed) {
    if (listed.sessions.length || !listed.sessionCount || !trendOf) return listed;
    if (lastTrend?.analysis !== analysis || lastTrend.exercise !== listed.exercise) {
      const ex = await trendOf(listed.exercise).catch(() => null);
      lastTrend = { analysis, exercise: listed.exercise, ex: ex ?? listed };
    }
    return lastTrend.ex;
  }

  async function renderTrend() {
    const listed = analysis.exercises.find((e) => e.exercise === $('exercise').value) ?? analysis.exercises[0];
    if (!listed) return;
    const mine = ++asked;
    const ex = await trendFor(listed);
    if (mine !== asked) return;  // another exercise or range was chosen meanwhile
    const range = document.querySelector('input[name="range"]:checked').value;
    const last = ex.sessions.at(-1)?.date;
    const from = range === 'all' || !last ? '' : new Date(Date.parse(`${last}T00:00:00Z`) - Number(range) * DAY_MS).toISOString().slice(0, 10);
    const sessions = ex.sessions.filter((s) => s.date >= from);
    const recordDates = new Set(ex.records.filter((r) => r.type === 'e1rm').map((r) => r.date));
    const name = nameOf(ex.exercise, ex.name);
    const unit = analysis.unit;
    const best = ex.best ? `best ${fmt(ex.best.e1rm)} ${unit} on ${shortDate(ex.best.date)}` : 'no working sets with reps yet';
    $('trend-summary').textContent = ex.trend == null ? `${name}: ${best}` : `${name}: ${fmt(ex.trend)} ${unit} now, ${best}`;
    renderTrendChart($('trend-chart'), { sessions, recordDates, unit,
      summary: `e1RM of ${name} over ${sessions.length} sessions; ${best}. The table below has every session.` });
    renderTrendTable($('trend-table'), { sessions, recordDates, unit, caption: `e1RM of ${name} per session` });
    const list = $('records');
    list.replaceChildren();
    const words = { e1rm: 'e1RM record', reps: 'rep record', repsAtLoad: 'more reps at the same load' };
    for (const r of ex.records.slice(-5).reverse()) {
      item(list, `${shortDate(r.date)} · ${words[r.type] ?? 'record'}: ${fmt(r.load)} ${unit} × ${r.reps}` +
        (r.e1rm != null ? ` (e1RM ${fmt(r.e1rm)})` : '') + (r.previous != null ? `, before ${fmt(r.previous)}` : ''));
    }
    if (!ex.records.length) item(list, 'No records yet.');
  }

  function renderVolume() {
    const week = analysis.weeks.find((w) => w.start === $('week').value) ?? analysis.weeks.at(-1);
    const box = $('volume');
    box.replaceChildren();
    if (!week) return;
    $('volume-hint').textContent = `${fmt(week.hardSetCount)} hard sets that week. The green band is each muscle's productive range, the mark its ceiling.`;
    const ids = Object.keys(muscleNames).filter((id) => week.hardSets[id]);
    const scale = Math.max(...ids.map((id) => Math.max(week.hardSets[id], landmarks[id].ceiling * 1.15)), 1);
    const pct = (v) => `${(Math.min(v, scale) / scale) * 100}%`;
    for (const id of ids) {
      const l = landmarks[id], n = week.hardSets[id], status = week.volume[id];
      const row = document.createElement('div');
      row.className = `hx-bar-row hx-${status}`;
      const label = document.createElement('p');
      label.className = 'hx-bar-label';
      label.textContent = `${muscle(id)}: ${fmt(n)} sets, ${VOLUME_WORDS[status] ?? status} (${l.min}–${l.max}, ceiling ${l.ceiling})`;
      const bar = document.createElement('div');
      bar.className = 'hx-bar';
      bar.setAttribute('aria-hidden', 'true');
      const band = document.createElement('span'); band.className = 'hx-bar-band';
      band.style.left = pct(l.min); band.style.width = `calc(${pct(l.max)} - ${pct(l.min)})`;
      const ceiling = document.createElement('span'); ceiling.className = 'hx-bar-ceiling'; ceiling.style.left = pct(l.ceiling);
      const fill = document.createElement('span'); fill.className = 'hx-bar-fill'; fill.style.width = pct(n);
      bar.append(band, ceiling, fill);
      row.append(label, bar);
      box.appendChild(row);
    }
  }

  function renderFailure() {
    const f = analysis.failure;
    $('failure-summary').textContent = `${f.sets} of ${f.hardSets} hard sets (${fmt(f.share * 100)} %) reached failure; the failure policy would have advised against ${f.advisedAgainst} of them.`;
    const weeks = analysis.weeks.slice(-26);
    const box = $('failure-chart');
    box.replaceChildren();
    const SVG = 'http://www.w3.org/2000/svg';
    const W = Math.round(box.clientWidth) || 640, H = 140, bottom = 20, top = 14;
    const max = Math.max(1, ...weeks.map((w) => w.failureSets.total));
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
    svg.setAttribute('class', 'hx-chart');
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', `Failure sets per week over the last ${weeks.length} weeks; the table has each week.`);
    const slot = W / Math.max(weeks.length, 1);
    weeks.forEach((w, i) => {
      const h = (w.failureSets.total / max) * (H - top - bottom);
      const a = (w.advisedAgainst / max) * (H - top - bottom);
      for (const [height, cls] of [[h, 'hx-fail'], [a, 'hx-fail-advised']]) {
        const r = document.createElementNS(SVG, 'rect');
        Object.entries({ x: i * slot + slot * 0.15, width: slot * 0.7, y: H - bottom - height, height, class: cls })
          .forEach(([k, v]) => r.setAttribute(k, String(v)));
        svg.appendChild(r);
      }
      if (i % (W < 480 ? 8 : 4) === 0) {
        const t = document.createElementNS(SVG, 'text');
        Object.entries({ x: i * slot + slot / 2, y: H - 5, class: 'hx-axis', 'text-anchor': 'middle' }).forEach(([k, v]) => t.setAttribute(k, v));
        t.textContent = shortDate(w.start).replace(/ \d{4}$/, '');
        svg.appendChild(t);
      }
    });
    box.appendChild(svg);
    const legend = document.createElement('p');
    legend.className = 'hint';
    legend.innerHTML = '<span class="hx-key hx-key-fail"></span> to failure <span class="hx-key hx-key-advised"></span> of them advised against';
    box.appendChild(legend);
    const table = $('failure-table');
    table.innerHTML = '<caption>Failure sets per week</caption><thead><tr><th scope="col">Week starting</th><th scope="col">To failure</th><th scope="col">Share of hard sets</th><th scope="col">Advised against</th></tr></thead><tbody></tbody>';
    for (const w of [...weeks].reverse()) {
      const row = table.tBodies[0].insertRow();
      for (const c of [shortDate(w.start), w.failureSets.total, `${fmt(w.failureShare * 100)} %`, w.advisedAgainst]) row.insertCell().textContent = String(c);
    }
    const reasons = $('failure-reasons');
    reasons.replaceChildren();
    for (const r of f.reasons) item(reasons, `${r.title}: ${r.sets} ${r.sets === 1 ? 'set' : 'sets'}`);
    if (!f.reasons.length) item(reasons, 'None: every failure set was one the policy allows.');
  }

  // The core says it in words (analysis.calibration: classes[].words, backtest.words, bandWords).
  function renderCalibration() {
    const c = analysis.calibration;
    const box = $('calibration');
    box.replaceChildren();
    const p = (text, cls) => { const e = document.createElement('p'); e.textContent = text; if (cls) e.className = cls; box.appendChild(e); };
    for (const k of c.classes) p(k.words, k.basis === 'log' ? 'hx-strong' : null);
    p(c.backtest.words);
    p(c.bandWords);
  }

  function fillSelects() {
    const exercise = $('exercise'), keep = exercise.value;
    exercise.replaceChildren(...analysis.exercises.filter((e) => e.best != null)
      .sort((a, b) => b.sessionCount - a.sessionCount)
      .map((e) => new Option(nameOf(e.exercise, e.name), e.exercise)));
    if ([...exercise.options].some((o) => o.value === keep)) exercise.value = keep;
    const week = $('week'), keepWeek = week.value;
    week.replaceChildren(...[...analysis.weeks].reverse().map((w) => new Option(shortDate(w.start), w.start)));
    if ([...week.options].some((o) => o.value === keepWeek)) week.value = keepWeek;
  }

  $('exercise').addEventListener('change', () => analysis && renderTrend());
  for (const r of document.querySelectorAll('input[name="range"]')) r.addEventListener('change', () => analysis && renderTrend());
  $('week').addEventListener('change', () => analysis && renderVolume());

  return {
    show(next) {
      analysis = next;
      fillSelects();
      renderToday();
      renderNext();
      renderTrend();
      renderVolume();
      renderFailure();
      renderCalibration();
    },
  };
}
