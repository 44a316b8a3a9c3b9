// @ts-check
// The rows an import skipped, each with its line and reason, in a closed disclosure (the
// first 500; the count of the rest).
//
//   box.append(skippedRows(report.skipped));   // null when none was skipped
const SHOWN = 500;

export function skippedRows(skipped) {
  if (!skipped.length) return null;
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  summary.textContent = `Skipped rows (${skipped.length.toLocaleString('en')})`;
  const list = document.createElement('ul');
  list.className = 'hx-list hx-skipped';
  for (const s of skipped.slice(0, SHOWN)) {
    const li = document.createElement('li');
    li.textContent = `Line ${s.line}: ${s.reason}`;
    list.appendChild(li);
  }
  if (skipped.length > SHOWN) {
    const li = document.createElement('li');
    li.textContent = `… and ${(skipped.length - SHOWN).toLocaleString('en')} more.`;
    list.appendChild(li);
  }
  details.append(summary, list);
  return details;
}
