// axe-core on every page of the app and on the widget in each mode: no serious or
// critical violation. Screenshots of each at 360 px and desktop width go to
// test-artifacts/. axe is injected with page.evaluate, which the pages' strict CSP
// (no inline script) does not block, so the pages are checked as they really run.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, serveWeb, openPage, screenshot } from './support/browser.mjs';
import { APP_PAGES } from './support/pages.mjs';
import { seriousViolations } from './support/axe.mjs';

const VIEWPORTS = { 360: { width: 360, height: 800 }, desktop: { width: 1280, height: 900 } };
const TARGETS = [
  ...APP_PAGES.map((name) => [name.replace('.html', ''), name]),
  ['widget-e1rm', 'embed-frame.html?mode=e1rm&unit=kg'],
  ['widget-table-dark', 'embed-frame.html?mode=table&unit=lb&effort=rpe&theme=dark'],
  ['widget-advisor', 'embed-frame.html?mode=advisor'],
  ['widget-invalid', 'embed-frame.html?mode=nope'],
];

let browser, server;
before(async () => { server = await serveWeb(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

for (const [name, path] of TARGETS) {
  for (const [label, viewport] of Object.entries(VIEWPORTS)) {
    test(`${name} at ${label}: no serious or critical axe violation`, async () => {
      const { page, errors, context } = await openPage(browser, server.url + path, { viewport });
      await page.waitForLoadState('networkidle');
      // Let every widget finish its first render (a result, or its message).
      await page.waitForFunction(() => [...document.querySelectorAll('proximity-calculator')]
        .every((w) => w.shadowRoot && !w.shadowRoot.querySelector('.loading')));
      assert.deepEqual(await seriousViolations(page), []);
      await screenshot(page, `${name}-${label}`);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}
