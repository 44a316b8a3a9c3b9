// Logging a set in the session view (web/today.html) with a 100,000-set history stored
// (the most Proximity keeps, describe().limits.historySets; one record per workout):
// from the tap on "Log set" to the screen showing the logged set and the next one (the
// core's next-set load included), and until the session record is committed to IndexedDB.
// Also: finishing the session (the workout appended to the 100,000-set history as one new
// record, validated by the core).
import { launchBrowser, serveWeb } from '../../tests/browser/support/browser.mjs';
import { record } from '../lib/bench-report.mjs';

const SETS_PER_EXERCISE = 5, EXERCISES = 2, WORKOUTS = 10000;  // 100,000 sets
const REPEATS = 15;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const target = (what, limit, unit, value) =>
  console.log(`target: ${what} <= ${limit} ${unit}  measured ${value.toFixed(1)} ${unit}  ${value <= limit ? 'OK' : 'OVER'}`);

function history() {
  const workouts = [];
  const day = Date.UTC(2020, 0, 1, 18);
  for (let w = 0; w < WORKOUTS; w++) {
    const start = new Date(day + w * 86400e3 / 3).toISOString().slice(0, 19);
    workouts.push({ start, name: `Workout ${w + 1}`, source: 'proximity', exercises: ['back-squat', 'bench-press'].slice(0, EXERCISES).map((exercise) => ({
      exercise, name: exercise, sets: Array.from({ length: SETS_PER_EXERCISE }, (_, i) => ({ load: 80 + i * 5, unit: 'kg', reps: 8, rir: 2, type: 'working', failure: false })),
    })) });
  }
  return { version: 1, workouts };
}

const server = await serveWeb();
const browser = await launchBrowser();
const page = await (await browser.newContext({ viewport: { width: 360, height: 740 } })).newPage();
await page.goto(`${server.url}today.html`);
await page.waitForSelector('body[data-ready="true"]');
const doc = history();
await page.evaluate(async (h) => {
  const { getStore } = await import('./js/lib/store.js');
  const { splitHistoryDocument, HISTORY_TOPIC } = await import('./js/lib/history-records.js');
  const store = await getStore();
  await store.writeAll(Object.entries(splitHistoryDocument({ history: h })).map(([key, value]) => ({ key, value })), HISTORY_TOPIC);
  await store.write('profile', { version: 1, e1rm: { 'bench-press': { value: 120, date: '2026-12-01', source: 'typed' } } });
  await store.write('plan', { version: 1, weeks: [{ sessions: [{ name: 'Push', exercises: [{ exercise: 'bench-press', sets: Array.from({ length: 20 }, () => ({ reps: 8, rir: 2 })) }] }] }] });
}, doc);
await page.reload();
await page.waitForSelector('body[data-ready="true"]');
await page.click('#start-plan');
await page.waitForSelector('.log-submit');

const screen = [], commit = [];
for (let r = 0; r < REPEATS + 2; r++) {
  const { screenMs, commitMs } = await page.evaluate(() => new Promise((resolve) => {
    const done = document.querySelectorAll('.set[data-state="done"]').length;
    let screenMs = 0;
    const t0 = performance.now();
    document.addEventListener('session-saved', () => resolve({ screenMs, commitMs: performance.now() - t0 }), { once: true });
    document.querySelector('.exercise.current .log-submit').click();
    if (document.querySelectorAll('.set[data-state="done"]').length !== done + 1) throw new Error('the set was not shown');
    screenMs = performance.now() - t0;
  }));
  if (r >= 2) { screen.push(screenMs); commit.push(commitMs); }  // the first two warm up
}
const finish = await page.evaluate(() => new Promise((resolve) => {
  const t0 = performance.now();
  const status = document.getElementById('status');
  new MutationObserver(() => { if (/Saved to your history/.test(status.textContent)) resolve(performance.now() - t0); })
    .observe(status, { childList: true, characterData: true, subtree: true });
  document.getElementById('finish').click();
}));
const stored = await page.evaluate(async () => {
  const { getStore } = await import('./js/lib/store.js');
  return (await (await getStore()).list('workout/')).length;
});
if (stored !== WORKOUTS + 1) throw new Error(`the finished workout was not stored (${stored} workouts)`);

console.log('## Session view (web/today.html, headless Chromium, 360 x 740)');
console.log(`history stored: ${WORKOUTS} workouts, ${WORKOUTS * EXERCISES * SETS_PER_EXERCISE} sets`);
console.log(`log a set -> screen updated: ${median(screen).toFixed(1)} ms (median of ${REPEATS}, max ${Math.max(...screen).toFixed(1)})`);
console.log(`log a set -> session record committed: ${median(commit).toFixed(1)} ms (median of ${REPEATS}, max ${Math.max(...commit).toFixed(1)})`);
console.log(`finish -> workout appended to the stored history (one new record): ${finish.toFixed(0)} ms`);
record('decade.logSet', `${median(screen).toFixed(1)} ms / ${median(commit).toFixed(1)} ms`);  // issue 20's table (78-decade.mjs)
target('logging a set: screen updated (one frame)', 16, 'ms', median(screen));
target('logging a set: write committed', 50, 'ms', median(commit));
await browser.close();
await server.close();
