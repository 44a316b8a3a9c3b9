// Epley e1RM (reps to failure = reps + RIR) and its 12 x 5 table (RIR 0-4), rounded to
// 2.5 kg, on every keystroke. Marks 'first-result' in the frame that paints the first one,
// as the calculator page does.
const $ = (id) => document.getElementById(id);
const COLUMNS = [0, 1, 2, 3, 4];
const epley = (load, toFailure) => (toFailure <= 1 ? load : load * (1 + toFailure / 30));
const round = (load) => Math.round(load / 2.5) * 2.5;

const head = $('table').tHead.rows[0];
for (const rir of COLUMNS) head.append(Object.assign(document.createElement('th'), { textContent: `RIR ${rir}` }));
const body = $('table').tBodies[0];
for (let reps = 1; reps <= 12; reps++) {
  const row = body.insertRow();
  row.append(Object.assign(document.createElement('th'), { textContent: String(reps) }));
  for (const _rir of COLUMNS) row.insertCell();
}

let marked = false;
function recompute() {
  const load = Number($('load').value), reps = Number($('reps').value), rir = Number($('rir').value);
  if (!(load > 0 && reps >= 1 && rir >= 0)) { $('e1rm').textContent = '–'; return; }
  const e1rm = epley(load, reps + rir);
  $('e1rm').textContent = (Math.round(e1rm * 10) / 10).toString();
  for (let r = 0; r < 12; r++)
    COLUMNS.forEach((rir, c) => { body.rows[r].cells[c + 1].textContent = String(round(e1rm / (1 + (r + 1 + rir) / 30))); });
  if (!marked) { marked = true; requestAnimationFrame(() => performance.mark('first-result')); }
}
$('set').addEventListener('input', recompute);
recompute();
