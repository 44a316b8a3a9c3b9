// axe-core on every page of the app and on the widget in each mode: no serious or
// critical violation. Screenshots of each at 360 px and desktop width go to
// test-artifacts/. axe is injected with page.evaluate, which the pages' strict CSP
// (no inline script) does not block, so the pages are checked as they really run.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launchBrowser, serveWeb, openPage, screenshot } from './support/browser.mjs';
import { APP_PAGES } from './support/pages.mjs';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
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

async function seriousViolations(page) {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

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
