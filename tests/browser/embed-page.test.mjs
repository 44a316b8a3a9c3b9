// The Embed page: the options drive the live preview and both copy-paste snippets.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, serveWeb, openPage } from './support/browser.mjs';

let browser, server;
before(async () => { server = await serveWeb(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

test('choosing options updates the preview and the snippets; copy puts the snippet on the clipboard', async () => {
  const { page, errors, context } = await openPage(browser, `${server.url}embed.html`);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
  const preview = page.locator('#preview-widget');
  await preview.locator('[part="value"]').filter({ hasText: '123.3' }).waitFor();   // 100 x 5 @ RIR 2, Epley
  assert.equal(await page.textContent('#snippet-script'),
    `<script type="module" src="${server.url}widget/proximity-widget.js"></script>\n<proximity-calculator mode="e1rm"></proximity-calculator>`);

  await page.selectOption('select[name="mode"]', 'table');
  await page.selectOption('select[name="unit"]', 'lb');
  await page.selectOption('select[name="effort"]', 'rpe');
  await page.fill('input[name="load"]', '315');
  await page.fill('input[name="reps"]', '3');
  await page.fill('input[name="effortValue"]', '9');
  assert.equal(await page.textContent('#effort-value-label'), 'Starting RPE');
  const element = '<proximity-calculator mode="table" unit="lb" effort="rpe" load="315" reps="3" rpe="9"></proximity-calculator>';
  assert.equal((await page.textContent('#snippet-script')).split('\n')[1], element);
  assert.match(await page.textContent('#snippet-iframe'),
    new RegExp(`^<iframe src="${server.url}embed-frame\\.html\\?mode=table&amp;unit=lb&amp;effort=rpe&amp;load=315&amp;reps=3&amp;rpe=9" title="Proximity calculator"`));
  // 315 x 3 @ RPE 9 (RIR 1): 315 (1 + 4/30) = 357
  await preview.locator('[part="value"]').filter({ hasText: '357' }).waitFor();
  assert.equal(await preview.locator('tbody tr').count(), 12);

  await page.click('text=Copy the script snippet');
  await page.locator('#copy-status', { hasText: 'Copied to the clipboard.' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await page.textContent('#snippet-script'));

  // The advisor mode hides the set fields it does not use.
  await page.selectOption('select[name="mode"]', 'advisor');
  assert.equal(await page.isVisible('input[name="load"]'), false);
  assert.doesNotMatch(await page.textContent('#snippet-script'), /load=/);
  assert.deepEqual(errors, []);
  await context.close();
});
