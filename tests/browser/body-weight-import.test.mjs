// Body weights from body-measurement exports, chosen on Progress (issue 23, point 2):
// Hevy's measurements CSV and FitNotes' body tracker CSV are told by their first line and
// fill the profile's body-weight log; every row is imported or skipped with its line and
// reason; a day the lifter already weighed keeps their value and the report says so; a
// second import adds nothing. Screenshots at 360 x 740 and desktop width
// (test-artifacts/progress-body-weight-import*.png).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, serveWeb, openPage, screenshot } from './support/browser.mjs';
import { readRecord, writeRecord } from './support/store.mjs';

let browser, server;
before(async () => { server = await serveWeb(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const HEVY = ['date,weight_kg,fat_percent,neck_cm,waist_cm',
  '"9 Feb 2023, 07:30",83.5,18,,', '"10 Feb 2023, 07:30",,,38,85', '"11 Feb 2023, 07:30",83.1,,,',
  '"14 Feb 2023, 07:30",82.7,,,'].join('\n');
const FITNOTES = ['Date,Time,Measurement,Value,Unit,Comment',
  '2023-02-20,07:00:00,Bodyweight,82.2,kg,', '2023-02-20,07:00:00,Body Fat,15,%,', '2023-02-21,07:00:00,Bodyweight,180,lbs,'].join('\n');

async function choose(page, name, text) {
  await page.setInputFiles('#import-file', { name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  await page.locator('#import-report .hx-strong').waitFor();
  return (await page.locator('#import-report > p').allTextContents());
}

test('Hevy and FitNotes body measurements fill the body-weight log; the lifter\'s own weighing is kept', async () => {
  const { page, context, errors } = await openPage(browser, `${server.url}history.html`, { viewport: { width: 360, height: 740 } });
  await writeRecord(page, 'profile', { version: 2, unit: 'kg', bodyWeight: [{ date: '2023-02-11', value: 82 }] });
  await page.reload();
  await page.locator('#status', { hasText: 'No training saved yet' }).waitFor();

  assert.deepEqual(await choose(page, 'measurement_data.csv', HEVY), [
    'Read 4 rows of body measurements: 2 weighings added to your body-weight log, 2 skipped.',
    '1 day of the file has a different weight from the one you logged: yours is kept (see the skipped rows).',
    'Saved. Today shows the latest weighing in your profile.']);
  await page.click('#import-report summary');
  assert.deepEqual(await page.locator('#import-report .hx-skipped li').allTextContents(), [
    'Line 3: no body weight on this row (other measurements only)',
    'Line 4: your log has 82 kg on 2023-02-11 and keeps it (the file says 83.1 kg)']);
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 360);
  await screenshot(page, 'progress-body-weight-import');
  assert.deepEqual((await readRecord(page, 'profile')).value.bodyWeight, [
    { date: '2023-02-09', value: 83.5 }, { date: '2023-02-11', value: 82 }, { date: '2023-02-14', value: 82.7 }]);

  // FitNotes' body tracker: only the Bodyweight rows, pounds converted to the profile's kg.
  assert.deepEqual(await choose(page, 'FitNotes_BodyTracker_Export.csv', FITNOTES), [
    'Read 3 rows of body measurements: 2 weighings added to your body-weight log, 1 skipped.',
    'Saved. Today shows the latest weighing in your profile.']);
  const log = (await readRecord(page, 'profile')).value.bodyWeight;
  assert.deepEqual(log.slice(3), [{ date: '2023-02-20', value: 82.2 }, { date: '2023-02-21', value: 81.65 }]);

  // The same file again adds nothing, and says so.
  const again = await choose(page, 'measurement_data.csv', HEVY);
  assert.equal(again.at(-1), 'Nothing new to save: every weighing in this file is already in your log or was skipped.');
  assert.equal((await readRecord(page, 'profile')).value.bodyWeight.length, 5);
  assert.equal(await page.locator('#import-error').textContent(), '');
  await page.setViewportSize({ width: 1280, height: 900 });
  await screenshot(page, 'progress-body-weight-import-desktop');
  assert.deepEqual(errors, []);
  await context.close();
});
