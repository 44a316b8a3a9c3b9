// First visit (issue 23): each page opened from a fresh browser context (no saved data) says
// the next step to take, and no button on it leads to an error: every visible button is
// pressed on its own fresh page and no alert, page error or console error follows.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { APP_PAGES } from './support/pages.mjs';
import { launchBrowser, serveWeb, openPage, screenshot } from './support/browser.mjs';

const PHONE = { width: 360, height: 740 };
// What each page tells a new lifter to do first.
const NEXT_STEP = {
  'index.html': /Your set/,
  'advisor.html': /Pick the exercise and the situation/,
  'planner.html': /Lay out a training block/,
  'today.html': /No plan saved yet: make one in the planner, or log a session of your own\./,
  'history.html': /No training saved yet\. Import an export from Strong/,
  'embed.html': /Put the calculator in your own article/,
  'coach.html': /Athletes who sync Proximity with their own CouchDB database can let you read it/,
};

let browser, server;
before(async () => { server = await serveWeb(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

// Pages that load the core mark body[data-ready] when started; the others are ready on load.
const READY = ['advisor.html', 'history.html', 'planner.html', 'today.html'];
async function settle(page, path) {
  if (READY.includes(path)) await page.waitForSelector('body[data-ready="true"]');
  else await page.waitForLoadState('load');
  await page.waitForLoadState('networkidle');  // the parts loaded after the first result too
  await page.waitForTimeout(200);
}

// The label of each visible, enabled button of a page (submit buttons of forms too), once.
const visibleButtons = (page) => page.evaluate(() => [...new Set([...document.querySelectorAll('button, input[type=submit]')]
  .filter((b) => !!(b.offsetWidth || b.offsetHeight) && !b.disabled && !b.closest('[hidden]'))
  .map((b) => (b.textContent || b.value || b.getAttribute('aria-label') || '').trim()))]);

// Presses the first visible, enabled button with that label; false when the page has none.
const press = (page, label) => page.evaluate((wanted) => {
  const button = [...document.querySelectorAll('button, input[type=submit]')]
    .find((b) => !!(b.offsetWidth || b.offsetHeight) && !b.disabled && !b.closest('[hidden]') &&
      (b.textContent || b.value || b.getAttribute('aria-label') || '').trim() === wanted);
  button?.click();
  return !!button;
}, label);

const alerts = (page) => page.evaluate(() => [...document.querySelectorAll('[role=alert], .alert, .error')]
  .filter((e) => e.offsetParent !== null).map((e) => e.textContent.trim()).filter(Boolean));

for (const path of APP_PAGES) {
  test(`${path} on a first visit: says the next step, no button leads to an error`, async () => {
    const { context, page, errors } = await openPage(browser, `${server.url}${path}`, { viewport: PHONE });
    await settle(page, path);
    const text = await page.evaluate(() => document.body.innerText);
    assert.match(text, NEXT_STEP[path], `${path} does not say what to do first`);
    assert.deepEqual(await alerts(page), [], `${path} opens with an alert`);
    // Today without a plan offers only what works: an empty session (issue 23).
    if (path === 'today.html') assert.equal(await page.locator('#start-plan').isVisible(), false);
    await screenshot(page, `first-visit-${path.replace('.html', '')}-360`);
    const buttons = await visibleButtons(page);
    assert.ok(buttons.length > 0, `${path} has no buttons`);
    await context.close();
    for (const label of buttons) {
      const fresh = await openPage(browser, `${server.url}${path}`, { viewport: PHONE });
      await settle(fresh.page, path);
      fresh.page.on('dialog', (d) => d.dismiss());
      fresh.page.on('filechooser', () => {});
      if (!(await press(fresh.page, label))) {  // a passing notice's close button, gone already
        await fresh.context.close();
        continue;
      }
      await fresh.page.waitForTimeout(400);
      if (new URL(fresh.page.url()).pathname.endsWith(path)) {
        const shown = await alerts(fresh.page);
        assert.deepEqual(shown, [], `${path}: pressing "${label}" shows ${JSON.stringify(shown)}`);
      }
      assert.deepEqual(fresh.errors, [], `${path}: pressing "${label}" logs errors`);
      await fresh.context.close();
    }
    assert.deepEqual(errors, []);
  });
}
