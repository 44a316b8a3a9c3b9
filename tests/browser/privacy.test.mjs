// Privacy: after load, nothing the app does sends a request outside its own origin
// (recorded with page.on('request') while loading and using each page).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, serveWeb } from './support/browser.mjs';
import { APP_PAGES } from './support/pages.mjs';

let browser, server;
before(async () => { server = await serveWeb(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

for (const name of APP_PAGES) {
  test(`${name}: every request stays on the app's own origin`, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    context.on('serviceworker', (worker) => requests.push(worker.url()));
    await page.goto(server.url + name);
    await page.waitForLoadState('networkidle');
    // Use the page: type into every number field (its own or a widget's).
    for (const input of await page.locator('input[type="number"]').all()) {
      if (await input.isVisible() && await input.isEditable()) await input.fill('3');
    }
    await page.waitForLoadState('networkidle');
    // Include the service worker's precache downloads in what is checked.
    await page.evaluate(async () => { if (await navigator.serviceWorker.getRegistration()) await navigator.serviceWorker.ready; });
    await page.waitForLoadState('networkidle');
    const own = new URL(server.url).origin;
    const foreign = requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== own);
    assert.ok(requests.length > 3, 'requests were recorded');
    assert.deepEqual(foreign, []);
    await context.close();
  });
}
