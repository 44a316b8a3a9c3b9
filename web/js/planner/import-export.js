// The plan as a file: "Export file" downloads this plan alone (px.exportPlan names it);
// "Import file" replaces it after the core read the file. A file the core refuses
// changes nothing, and the core's message says where, in the plan's own names.
import { download } from '../lib/download.js';
import { state } from './state.js';
import { setPlan, showError } from './controller.js';
import { notice, setStatus, savedStatus } from './storage.js';
import { leaveShared } from './share.js';

export function exportFile() {
  try {
    const { text, fileName } = state.px.exportPlan(state.plan);
    download(fileName, text);
    setStatus(`Exported ${fileName}.`);
  } catch (error) {
    showError(error);
  }
}

export async function importFile(file) {
  const text = await file.text();
  let plan;
  try {
    plan = state.px.importPlan({ text });
  } catch (error) {
    notice(`Import failed, nothing changed. ${error.message}`);
    setStatus('Import failed; your saved plan is unchanged.');
    return;
  }
  notice('');
  leaveShared();
  setPlan(plan, { keepUndo: true });
  savedStatus(`Imported "${plan.name ?? file.name}" (${plan.weeks.length} weeks). Saved.`);
}
