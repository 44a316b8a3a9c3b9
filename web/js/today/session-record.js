// The workout in progress as the record "session.current": written set by set, each write on
// the revision it read; a workout changed in another tab is shown as that tab saved it.
import { KEY } from '../lib/store-keys.js';
import { state, fail, view } from './state.js';

export function saveSession() {
  const started = performance.now();
  const write = state.store.write(KEY.session, state.session, { baseRev: state.rev }).then((answer) => {
    if (answer.ok) {
      state.rev = answer.rev;
      document.dispatchEvent(new CustomEvent('session-saved', { detail: { ms: performance.now() - started } }));
    }
    else if (answer.reason === 'conflict') { adoptSession(answer.current); fail('This workout was changed in another tab; showing that version.'); }
    else fail(`Not saved: ${answer.message}.`);
    return answer;
  });
  state.pending = write;
  return write;
}

export function adoptSession(record) {
  state.session = record?.value ?? null;
  state.rev = record?.rev ?? 0;
  view.render();
}
