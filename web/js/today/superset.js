// Supersets on Today: the core decides what follows a logged set (px.nextInSession: the
// next exercise of the round at once, one rest when the round ends); this file only asks it
// and draws a superset's exercises inside one frame.

/** What follows a set of exercise `logged` that earns `rest` seconds on its own: {exercise, rest, round, rounds}. */
export function nextStep(px, session, logged, rest) {
  const exercises = session.exercises.map((x) => ({
    planned: x.targets.length, done: x.sets.length, supersetWithPrevious: !!x.supersetWithPrevious, rest: Math.round(x.rest ?? 0),
  }));
  return px.nextInSession({ exercises, logged, rest: Math.round(rest) });
}

/** The session's exercise cards, a superset's cards wrapped in one frame that names the group. */
export function groupedCards(session, cards) {
  const out = [];
  session.exercises.forEach((x, i) => {
    if (!x.supersetWithPrevious || !out.length || !out.at(-1).classList.contains('superset')) {
      if (!session.exercises[i + 1]?.supersetWithPrevious) { out.push(cards[i]); return; }
      out.push(supersetFrame());
    }
    out.at(-1).querySelector('.superset-cards').append(cards[i]);
    const names = [...out.at(-1).querySelectorAll('.exercise-name')].map((h) => h.textContent);
    out.at(-1).querySelector('.superset-head').textContent = `Superset: ${names.join(' and ')}, in turn`;
    if (i === session.current && session.round) {
      out.at(-1).querySelector('.round-line').textContent = `Round ${session.round.round} of ${session.round.of}`;
    }
  });
  return out;
}

function supersetFrame() {
  const li = document.createElement('li');
  li.className = 'superset';
  const head = Object.assign(document.createElement('p'), { className: 'superset-head' });
  const hint = Object.assign(document.createElement('p'), {
    className: 'hint', textContent: 'One set of each, one after the other, then one rest before the next round.' });
  const round = Object.assign(document.createElement('p'), { className: 'round-line' });
  const list = Object.assign(document.createElement('ol'), { className: 'superset-cards' });
  li.append(head, hint, round, list);
  return li;
}
