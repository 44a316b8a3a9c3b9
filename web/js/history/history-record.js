// The training history as the pages keep it: ONE store record under key "history" holding
// the history document exactly as the core writes it (px.importHistory / px.appendWorkout's
// document shape). The session page appends finished workouts to the same record. Every
// write carries the revision this page read (baseRev): a stale write changes nothing, a
// failed one leaves the old value in place, and both answer in plain words.
export const HISTORY_KEY = 'history';

export function historyRecord(store) {
  let rev = 0;
  let value = null;
  return {
    get value() { return value; },
    get rev() { return rev; },
    /** Reads the saved history (null when none yet). */
    async load() {
      const record = await store.read(HISTORY_KEY);
      value = record?.value ?? null;
      rev = record?.rev ?? 0;
      return value;
    },
    /**
     * Saves `history` over the revision read. {ok: true} or {ok: false, message} where
     * message is a sentence for the page; on a conflict the newer saved history is loaded.
     */
    async save(history) {
      const answer = await store.write(HISTORY_KEY, history, { baseRev: rev });
      if (answer.ok) {
        value = history;
        rev = answer.rev;
        return { ok: true };
      }
      if (answer.reason === 'conflict' && answer.current) {
        value = answer.current.value;
        rev = answer.current.rev;
        return { ok: false, conflict: true, message: 'Not saved: the history was changed in another tab. It is shown as saved there now; import again to add this file.' };
      }
      return { ok: false, message: `Not saved: ${answer.message ?? 'the browser refused to save'}. Your saved history is unchanged.` };
    },
  };
}
