// The installable, offline app: manifest and icons, the service worker's offline
// precache, the update flow of a new deployment, and saved data surviving all of it.
// Service-worker tests run on a temp copy of web/ (tests/browser/support/web-copy.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { launchBrowser, openPage, WEB_ROOT } from './support/browser.mjs';
import { serveWebCopy } from './support/web-copy.mjs';
import { APP_PAGES } from './support/pages.mjs';
import { writeRecord, readRecord, quarantined } from './support/store.mjs';

let browser, site;
before(async () => { browser = await launchBrowser(); site = await serveWebCopy(); });
after(async () => { await browser?.close(); await site?.close(); });

const open = (url) => openPage(browser, url, { viewport: { width: 360, height: 800 }, acceptDownloads: true });

// Waits until the service worker controls the page and the first install said so.
async function waitOfflineReady(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
  await page.locator('.pwa-banner', { hasText: 'Ready to work offline.' }).waitFor();
}

// The e1RM of 100 x 5 @ RIR 0 computed by the page's own WASM (Epley: 116.67).
const coreWorks = (page) => page.evaluate(async () => {
  const { loadProximity } = await import('./js/proximity.js');
  const px = await loadProximity();
  return Math.round(px.estimateOneRepMax({ load: 100, reps: 5, rir: 0 }).e1rm * 100) / 100;
});

test('the manifest has what install needs, and its icons are real PNGs of the stated size', () => {
  const manifest = JSON.parse(readFileSync(`${WEB_ROOT}manifest.webmanifest`, 'utf8'));
  assert.equal(manifest.short_name, 'Proximity');
  assert.match(manifest.name, /^Proximity/);
  assert.equal(manifest.display, 'standalone');
  assert.equal(manifest.start_url, './');
  assert.equal(manifest.scope, './');
  assert.match(manifest.theme_color, /^#[0-9a-f]{6}$/);
  assert.match(manifest.background_color, /^#[0-9a-f]{6}$/);
  const want = [['192x192', 'any'], ['512x512', 'any'], ['192x192', 'maskable'], ['512x512', 'maskable']];
  assert.deepEqual(manifest.icons.map((i) => [i.sizes, i.purpose]), want);
  for (const icon of manifest.icons) {
    const png = readFileSync(`${WEB_ROOT}${icon.src}`);
    assert.equal(png.subarray(1, 4).toString(), 'PNG', icon.src);
    assert.equal(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.sizes, icon.src);
  }
});

test('every page links the manifest and loads js/pwa.js', () => {
  for (const name of APP_PAGES) {
    const html = readFileSync(`${WEB_ROOT}${name}`, 'utf8');
    assert.match(html, /<link rel="manifest" href="manifest.webmanifest">/, name);
    assert.match(html, /<script type="module" src="js\/pwa.js"><\/script>/, name);
  }
});

test('offline after one visit: pages, the widget iframe and the WASM still work', async () => {
  const { page, context, errors } = await open(`${site.url}embed.html`);
  await waitOfflineReady(page);
  await context.setOffline(true);
  for (const name of APP_PAGES) {
    await page.goto(`${site.url}${name}`);
    assert.equal(await coreWorks(page), 116.67, `${name} offline`);
    assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), name);
  }
  await page.reload();
  assert.equal(await coreWorks(page), 116.67);
  // A query string (the iframe embed's options) is served from the precache too.
  await page.goto(`${site.url}embed-frame.html?mode=e1rm&load=120&reps=3&rir=1`);
  await page.locator('proximity-calculator [part="value"]').filter({ hasText: '136' }).waitFor();  // 120 (1 + 4/30)
  await context.setOffline(false);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a new deployment is detected and applied through the update banner; saved settings survive', async () => {
  const { page, context, errors } = await open(`${site.url}embed.html`);
  await waitOfflineReady(page);
  await page.selectOption('#px-theme', 'dark');
  // The choice is applied once the store has kept it (an asynchronous transaction).
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark', null, { timeout: 5000 });
  // The page's palette follows the choice on a light-mode device (app.css --bg, dark side).
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(15, 18, 22)');
  const firstWorker = await page.evaluate(() => navigator.serviceWorker.controller.scriptURL);

  await site.deploy('embed.html', (html) => html.replace('<h1>Embed Proximity</h1>', '<h1>Embed Proximity (new version)</h1>'));
  await page.reload();   // a navigation checks for a new service worker
  assert.equal(await page.textContent('h1'), 'Embed Proximity', 'the old version still serves until the reader agrees');
  const banner = page.locator('.pwa-banner', { hasText: 'Update available.' });
  await banner.waitFor({ timeout: 20000 });
  await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Reload' }).click()]);
  await page.locator('h1', { hasText: 'Embed Proximity (new version)' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.serviceWorker.controller.scriptURL), firstWorker);
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');  // settings survive the update
  assert.equal(await page.inputValue('#px-theme'), 'dark');
  // The new version works offline as well.
  await context.setOffline(true);
  await page.reload();
  assert.equal(await page.textContent('h1'), 'Embed Proximity (new version)');
  assert.equal(await coreWorks(page), 116.67);
  assert.deepEqual(errors, []);
  await context.close();
});

test('saved data can be exported, and a corrupt import changes nothing', async () => {
  const { page, context, errors } = await open(`${site.url}embed.html`);
  await page.selectOption('#px-theme', 'light');
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
  assert.equal((await writeRecord(page, 'plans', [{ name: 'Block A' }])).ok, true);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export data', exact: true }).click()]);
  assert.match(download.suggestedFilename(), /^proximity-data-\d{4}-\d{2}-\d{2}\.json$/);
  const doc = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(doc.app, 'proximity');
  assert.equal(doc.format, 2);
  assert.deepEqual(doc.records.settings, { version: 1, theme: 'light' });
  assert.deepEqual(doc.records.plans, [{ name: 'Block A' }]);

  const everything = () => page.evaluate(async () => {
    const { getStore } = await import('./js/lib/store.js');
    const { records, quarantine } = await (await getStore()).exportAll(new Date(0));
    return { records, quarantine };
  });
  const before = await everything();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('text=Import data…')]);
  await chooser.setFiles({ name: 'bad.json', mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ app: 'proximity', format: 1, data: { 'proximity.settings.v1': { theme: 'sepia' } } })) });
  await page.locator('.data-status', { hasText: 'Nothing was imported: settings: theme must be one of auto, light, dark.' }).waitFor();
  assert.deepEqual(await everything(), before);

  // Unusable saved settings: the page still loads with defaults and keeps the saved value aside.
  await writeRecord(page, 'settings', '{"theme":"dark",');
  await page.reload();
  await page.locator('.data-aside summary', { hasText: 'Kept aside: 1 item ' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'auto');
  const aside = await quarantined(page);
  assert.deepEqual(aside.map((q) => [q.key, q.value]), [['settings', '{"theme":"dark",']]);
  assert.equal(await readRecord(page, 'settings'), null);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the generated service worker precaches every shipped file with a revision', () => {
  const sw = readFileSync(`${WEB_ROOT}sw.js`, 'utf8');
  const entries = [...sw.matchAll(/\{url:"([^"]+)",revision:"([0-9a-f]+)"\}/g)].map((m) => m[1]);
  const shipped = readdirSync(WEB_ROOT, { recursive: true })
    .filter((f) => /\.(html|js|css|wasm|json|webmanifest|png|svg)$/.test(f) && f !== 'sw.js' && !f.startsWith('workbox-'));
  assert.ok(shipped.includes('wasm/proximity-core.wasm') && shipped.includes('embed-frame.html'));
  // The sync client (PouchDB inside) ships but is fetched only by a page that syncs.
  const SYNC_CLIENT = 'js/sync/engine.js';
  assert.ok(shipped.includes(SYNC_CLIENT) && !entries.includes(SYNC_CLIENT));
  assert.deepEqual(entries.slice().sort(), shipped.filter((f) => f !== SYNC_CLIENT).sort());
  assert.ok(!entries.includes('sw.js'));
  assert.ok(!/importScripts|googleapis|cdn/i.test(sw), 'the Workbox runtime is inlined, nothing from a CDN');
});
