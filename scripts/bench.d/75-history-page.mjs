// The history page's own path, in a headless browser on web/history.html: a synthetic
// one-year Hevy export (scripts/lib/synthetic-hevy.mjs, 7,280 rows) from the file picker
// to the saved history (file read, px.importToHistory into the kept history, the new
// workouts' records written in one IndexedDB transaction), and the analysis as the page calls it (px.setHistory once, then
// px.analyzeHistory with no history re-sent, JSON both ways included: before, the full
// answer; now, what the page asks for, exercise: null and then the chosen exercise's
// sessions); and opening the page with that year saved, to every card drawn.
import { launchBrowser, serveWeb, openPage } from '../../tests/browser/support/browser.mjs';
import { syntheticHevyYear } from '../lib/synthetic-hevy.mjs';

const REPEATS = 5;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const target = (what, limit, unit, value) =>
  console.log(`target: ${what} <= ${limit} ${unit}  measured ${value.toFixed(1)} ${unit}  ${value <= limit ? 'OK' : 'OVER'}`);

const server = await serveWeb();
const browser = await launchBrowser();
try {
  const text = syntheticHevyYear();
  console.log('## History page (headless Chromium, web/history.html)');
  console.log(`synthetic Hevy export: ${text.split('\n').length - 2} rows, ${(text.length / 1e6).toFixed(2)} MB`);
  const imports = [], analyses = [], opens = [];
  for (let r = 0; r < REPEATS; r++) {
    const { page, context } = await openPage(browser, `${server.url}history.html`, { viewport: { width: 360, height: 740 } });
    await page.waitForSelector('body[data-ready="true"]');
    const ms = await page.evaluate(async (csv) => {
      const { loadProximity } = await import('./js/proximity.js');
      const { getStore } = await import('./js/lib/store.js');
      const { historyRecords, importedWorkouts } = await import('./js/lib/history-records.js');
      const px = await loadProximity();
      const records = historyRecords(await getStore());
      const file = new File([csv], 'hevy.csv', { type: 'text/csv' });
      const t0 = performance.now();
      px.setHistory({ history: (await records.load()) ?? { version: 1, workouts: [] } });
      const { document } = px.importToHistory({ text: await file.text() });
      const saved = await records.save({ added: importedWorkouts(px), document });
      const t1 = performance.now();
      if (!saved.ok) throw new Error(saved.message);
      const history = await records.load();
      px.setHistory({ history });
      const t2 = performance.now();
      px.analyzeHistory({});
      const t3 = performance.now();
      px.setHistory({ history });
      const t4 = performance.now();
      const first = px.analyzeHistory({ exercise: null });
      const top = [...first.exercises].sort((a, b) => b.sessionCount - a.sessionCount)[0].exercise;
      px.analyzeHistory({ exercise: top });
      const t5 = performance.now();
      return { importMs: t1 - t0, setMs: t2 - t1, fullMs: t3 - t2, analyzeMs: t5 - t4 };
    }, text);
    imports.push(ms.importMs);
    analyses.push(ms);
    // Opening the page with that year saved: from navigation to every card drawn.
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    opens.push(await page.evaluate(() => performance.now()));
    await context.close();
  }
  const set = median(analyses.map((a) => a.setMs)), analyze = median(analyses.map((a) => a.analyzeMs));
  const fullAnswer = median(analyses.map((a) => a.fullMs));
  console.log(`file to stored history (read, import, IndexedDB write): median ${median(imports).toFixed(1)} ms of ${REPEATS}`);
  console.log(`setHistory once per load: ${set.toFixed(1)} ms`);
  console.log(`before: analyzeHistory({}) on the kept history, full answer: ${fullAnswer.toFixed(1)} ms`);
  console.log(`after:  as the page asks (exercise: null, then the chosen exercise): ${analyze.toFixed(1)} ms`);
  console.log(`opening the page with the year saved, to every card drawn: median ${median(opens).toFixed(0)} ms`);
  target('history page import, file to stored history', 1000, 'ms', median(imports));
  target('history page analysis (analyzeHistory as the page calls it)', 100, 'ms', analyze);
} finally {
  await browser.close();
  await server.close();
}
