// @ts-check
// A body-measurement export chosen on Progress (Hevy's measurements CSV, FitNotes' body
// tracker CSV): the core reads its body weights into the profile's body-weight log
// (px.importBodyWeight: every row imported or skipped with its line and reason; a day the
// lifter already weighed keeps their value and is reported), and the profile is saved in
// one write against the revision read. The format is told by the file's first line
// (px.bodyWeightFormat), so a workout export goes on to the history import.
//
//   if (isBodyWeightExport(px, text)) await importBodyWeights({ px, store, text, box, error });
import { plural } from '../lib/format.js';
import { loadProfile, saveProfile } from '../lib/profile.js';
import { skippedRows } from './skipped-rows.js';

export function isBodyWeightExport(px, text) {
  const end = text.indexOf('\n');
  return px.bodyWeightFormat({ text: end < 0 ? text : text.slice(0, end) }).format !== 'none';
}

const line = (text, className = '') => Object.assign(document.createElement('p'), { textContent: text, className });

/** Imports the body weights of `text`; the report goes in `box`, a failure in `error`. */
export async function importBodyWeights({ px, store, text, box, error }) {
  error.textContent = '';
  const { profile, rev } = await loadProfile(store, px);
  let answer;
  try {
    answer = px.importBodyWeight({ text, profile });
  } catch (/** @type {any} */ failure) {
    box.replaceChildren();
    error.textContent = `This file could not be imported: ${failure.message}. Your body-weight log is unchanged.`;
    return;
  }
  const { report } = answer;
  const lines = [line(`Read ${plural(report.rows, 'row')} of body measurements: ${plural(report.imported, 'weighing')} added to your body-weight log, ${report.skipped.length.toLocaleString('en')} skipped.`)];
  if (report.kept) lines.push(line(`${plural(report.kept, 'day')} of the file ${report.kept === 1 ? 'has' : 'have'} a different weight from the one you logged: yours ${report.kept === 1 ? 'is' : 'are'} kept (see the skipped rows).`));
  const skipped = skippedRows(report.skipped);
  if (skipped) lines.push(skipped);
  if (report.imported) {
    const saved = await saveProfile(store, px, answer.profile, rev);
    if (!saved.ok) {
      box.replaceChildren(...lines);
      error.textContent = saved.reason === 'conflict'
        ? 'Not saved: your profile was changed in another tab meanwhile. Choose the file again to import into it.'
        : `Not saved: ${saved.message}.`;
      return;
    }
    lines.push(line('Saved. Today shows the latest weighing in your profile.', 'hx-strong'));
  } else {
    lines.push(line('Nothing new to save: every weighing in this file is already in your log or was skipped.', 'hx-strong'));
  }
  box.replaceChildren(...lines);
}
