// Swapping an exercise on Today (the machine is taken): the core proposes the exercises with
// the same primary muscles (px.swapCandidates, closest first); the lifter picks one and says
// whether the plan changes too. The swap itself (its own e1RM and loads) is today-page.js's.

/** The swap form for exercise `x`: onSwap(id, keepInPlan) when chosen, onCancel otherwise. */
export function swapForm(px, x, { canKeep, onSwap, onCancel }) {
  const form = document.createElement('form');
  form.className = 'swap-form';
  const candidates = px.swapCandidates({ exercise: x.exercise });
  if (!candidates.length) {
    form.append(Object.assign(document.createElement('p'), { className: 'hint',
      textContent: 'No other exercise in the library trains the same main muscles.' }));
    form.append(button('Close', onCancel));
    return form;
  }
  const id = `swap-${x.exercise}`;
  const label = Object.assign(document.createElement('label'), { className: 'field-label', htmlFor: id,
    textContent: `Instead of ${x.name} (same main muscles; its own e1RM and loads)` });
  const select = Object.assign(document.createElement('select'), { id });
  select.append(...candidates.map((e) => new Option(e.name, e.id)));
  form.append(label, select);
  let keep = null;
  if (canKeep) {
    keep = Object.assign(document.createElement('input'), { type: 'checkbox', id: `${id}-keep` });
    const keepLabel = Object.assign(document.createElement('label'), { className: 'check', htmlFor: keep.id });
    keepLabel.append(keep, ' Change my plan too (this week and the weeks after)');
    form.append(keepLabel);
  }
  const actions = document.createElement('div');
  actions.className = 'swap-actions';
  const submit = Object.assign(document.createElement('button'), { type: 'submit', className: 'button primary', textContent: 'Swap' });
  actions.append(submit, button('Cancel', onCancel));
  form.append(actions);
  form.addEventListener('submit', (event) => { event.preventDefault(); onSwap(select.value, !!keep?.checked); });
  return form;
}

function button(text, onClick) {
  const b = Object.assign(document.createElement('button'), { type: 'button', className: 'button', textContent: text });
  b.addEventListener('click', onClick);
  return b;
}
