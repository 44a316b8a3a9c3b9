// @ts-check
// Which parts of the page hold edits that are not saved yet, so that a reload (the update
// banner, an import from another tab) asks first. Each part keeps a draft in the store
// while it is unsaved; `flushDrafts()` waits until every draft is written.
//
//   markUnsaved('plan', () => saveDraft());   clearUnsaved('plan');
//   hasUnsaved();   await flushDrafts();
const parts = new Map();

export function markUnsaved(name, flush = async () => {}) { parts.set(name, flush); }
export function clearUnsaved(name) { parts.delete(name); }
export const hasUnsaved = () => parts.size > 0;
export async function flushDrafts() { await Promise.all([...parts.values()].map((flush) => flush())); }
