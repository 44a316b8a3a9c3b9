// Progress on a 360 px phone with a year of training fits the screen: no sideways scroll.
// The tables that stand beside the charts for screen readers are hidden visually, and a
// hidden table used to keep its content's width (550 px), widening the page to 573 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, serveWeb, openPage } from './support/browser.mjs';
import { syntheticHevyYear } from '../../scripts/lib/synthetic-hevy.mjs';

let browser, server;
before(async () => { server = await serveWeb(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

test('Progress with a year of history is no wider than a 360 px screen, in every range', async () => {
  const { page, context, errors } = await openPage(browser, `${server.url}history.html`, { viewport: { width: 360, height: 740 } });
  await page.locator('#status', { hasText: 'No training saved yet' }).waitFor();
  await page.setInputFiles('#import-file', { name: 'hevy-year.csv', mimeType: 'text/csv', buffer: Buffer.from(syntheticHevyYear()) });
  await page.waitForSelector('#progress:not([hidden])', { timeout: 60000 });
  for (const range of ['range-3m', 'range-1y', 'range-all']) {
    await page.click(`label[for="${range}"]`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 360, `${range}: the page is ${width} px wide`);
  }
  // The hidden tables are still there for screen readers, with their rows.
  assert.ok(await page.locator('#trend-table tbody tr').count() > 40);
  assert.deepEqual(errors, []);
  await context.close();
});
