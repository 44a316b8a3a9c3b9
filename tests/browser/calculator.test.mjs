// The calculator page in headless Chromium: type a set, read the e1RM the core computed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, serveWeb, openPage, screenshot } from './support/browser.mjs';

let browser, server;
before(async () => { server = await serveWeb(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

test('typing a set shows its e1RM', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  await page.fill('#load', '100');
  await page.fill('#reps', '5');
  await page.fill('#effort', '0');
  await page.waitForFunction(() => document.querySelector('#e1rm-value')?.textContent.trim() === '116.7');
  assert.equal((await page.textContent('#e1rm-value')).trim(), '116.7');
  await screenshot(page, 'calculator-360');
  assert.deepEqual(errors, []);
  await context.close();
});
