// Phone-first pass (issue 13), at 360 x 740: the calculator's answer is in view after
// typing a set, no page shows developer text (seed ids, rule priorities, rule ids, JSON
// paths), the offline banner never covers the verdict bar or the selected cell, and each
// page is photographed at 360 px and desktop width into test-artifacts/phone-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { APP_PAGES } from './support/pages.mjs';
import { launchBrowser, serveWeb, openPage, screenshot, WEB_ROOT } from './support/browser.mjs';

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };
// Every page in web/, whoever added it, plus the widget's modes in its frame.
const PAGES = [
  ...readdirSync(WEB_ROOT).filter((name) => name.endsWith('.html')),
  'embed-frame.html?mode=table', 'embed-frame.html?mode=advisor',
];
const RULE_IDS = JSON.parse(readFileSync(new URL('../../core/data/rules.json', import.meta.url))).rules.map((r) => r.id);
const DEVELOPER_TEXT = [/seed \d{3}/i, /priority \d+/i, /\w+\[\d+\]\./];

let browser, server;
before(async () => { server = await serveWeb(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const inViewport = (box) => box && box.y >= 0 && box.y + box.height <= PHONE.height && box.x >= 0 && box.x + box.width <= PHONE.width;

// What a person sees: the visible text, with every <details> opened first.
async function visibleText(page) {
  return page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
    const parts = [document.body.innerText];
    for (const host of document.querySelectorAll('*')) if (host.shadowRoot) {
      for (const d of host.shadowRoot.querySelectorAll('details')) d.open = true;
      parts.push(host.shadowRoot.textContent);
    }
    return parts.join('\n');
  });
}

test('calculator at 360 x 740: the target load and plates are in view after typing a set', async () => {
  const { context, page, errors } = await openPage(browser, `${server.url}index.html`, { viewport: PHONE });
  await page.locator('#plate-breakdown .big').waitFor();
  await page.fill('#load', '120');
  await page.fill('#reps', '6');
  await page.fill('#effort', '1');
  await page.selectOption('#target-reps', { label: '3' });
  const big = page.locator('#plate-breakdown .big');
  assert.match(await big.textContent(), /^\d+(\.\d+)? kg$/);
  assert.ok(inViewport(await big.boundingBox()), `load at ${JSON.stringify(await big.boundingBox())}`);
  const plates = page.locator('#plate-breakdown .per-side');
  assert.match(await plates.textContent(), /^Each side: /);
  assert.ok(inViewport(await plates.boundingBox()), `plates at ${JSON.stringify(await plates.boundingBox())}`);
  await screenshot(page, 'phone-calculator-typed-360');
  assert.deepEqual(errors, []);
  await context.close();
});

for (const path of PAGES) {
  test(`${path}: no developer text on screen, screenshots at 360 px and desktop`, async () => {
    const name = path.replace('.html', '').replace(/[?=&]/g, '-');
    for (const [label, viewport] of [['360', PHONE], ['desktop', DESKTOP]]) {
      const { context, page } = await openPage(browser, `${server.url}${path}`, { viewport });
      await page.waitForLoadState('networkidle');
      await screenshot(page, `phone-${name}-${label}`);
      const text = await visibleText(page);
      for (const pattern of DEVELOPER_TEXT) assert.doesNotMatch(text, pattern, `${path} at ${label}`);
      for (const id of RULE_IDS) assert.ok(!text.includes(id), `${path} shows the rule id ${id}`);
      await context.close();
    }
  });
}

test('the nav is one compact row at 360 px on every app page, with the current page in view', async () => {
  for (const path of APP_PAGES) {
    const { context, page } = await openPage(browser, `${server.url}${path}`, { viewport: PHONE });
    const nav = await page.evaluate(() => {
      const links = [...document.querySelectorAll('.site-nav a')];
      const current = document.querySelector('.site-nav a[aria-current="page"]').getBoundingClientRect();
      return { tops: new Set(links.map((a) => a.getBoundingClientRect().top)).size, count: links.length,
        height: document.querySelector('.site-nav').getBoundingClientRect().height,
        current: { left: current.left, right: current.right }, pageWidth: document.documentElement.scrollWidth };
    });
    assert.ok(nav.count >= 6, `${path}: ${nav.count} links`);
    assert.equal(nav.tops, 1, `${path}: the links sit on one row`);
    assert.ok(nav.height <= 60, `${path}: nav ${nav.height}px tall`);
    assert.ok(nav.current.left >= 0 && nav.current.right <= PHONE.width, `${path}: current page at ${JSON.stringify(nav.current)}`);
    assert.ok(nav.pageWidth <= PHONE.width, `${path}: the page scrolls sideways (${nav.pageWidth}px)`);
    await context.close();
  }
});

test('embed: the iframe preview takes its content\'s height, and the snippet that height', async () => {
  const { context, page, errors } = await openPage(browser, `${server.url}embed.html`, { viewport: PHONE });
  const frame = page.locator('#preview-frame');
  const sized = async (previous = 0) => {
    await page.waitForFunction((p) => {
      const f = document.getElementById('preview-frame');
      const h = parseFloat(f.style.height);
      return h > 250 && h !== p && /height="\d+"/.test(document.getElementById('snippet-iframe').textContent);
    }, previous);
    return parseFloat(await frame.evaluate((f) => f.style.height));
  };
  const e1rm = await sized();
  const inside = await page.frameLocator('#preview-frame').locator('body').evaluate(() =>
    Math.ceil(document.getElementById('widget-slot').getBoundingClientRect().bottom));
  assert.ok(Math.abs(inside - e1rm) <= 2, `frame ${e1rm}px, content ${inside}px`);
  assert.match(await page.textContent('#snippet-iframe'), new RegExp(`height="${e1rm}"`));
  await page.selectOption('select[name="mode"]', 'table');
  const table = await sized(e1rm);
  assert.ok(table > e1rm + 100, `the table is taller: ${table}px against ${e1rm}px`);
  assert.match(await page.textContent('#snippet-iframe'), new RegExp(`height="${table}"`));
  await frame.scrollIntoViewIfNeeded();
  await screenshot(page, 'phone-embed-table-frame-360');
  assert.deepEqual(errors, []);
  await context.close();
});

test('advisor: each source shows its authors and year and its title, a link where it has one', async () => {
  const { context, page } = await openPage(browser, `${server.url}advisor.html`, { viewport: PHONE });
  await page.locator('#verdict[data-verdict]:not([data-verdict=""])').waitFor();
  await page.selectOption('#exercise', 'cable-fly');
  await page.fill('#set-index', '1');
  await page.fill('#set-of', '3');
  // The first-sets rule rests on seeds 001 and 002 (Willardson 2007 says nothing of first sets).
  const seed002 = page.locator('.sources li', { hasText: 'Failure versus near-failure training by training status' }).first();
  await seed002.waitFor({ state: 'attached' });
  assert.equal(await seed002.textContent(), 'Anonymous. Failure versus near-failure training by training status');
  const texts = await page.locator('.sources li').allTextContents();
  assert.ok(texts.every((t) => /\(\d{4}\)|\S{8,}/.test(t)), texts.join(' | '));
  assert.ok(texts.some((t) => t.startsWith('Anonymous (2026). Training to Failure: When It Helps')), texts.join(' | '));
  // A heavy compound rests on Grgic et al. 2022, which has a DOI: its title is the link.
  await page.selectOption('#exercise', 'back-squat');
  const grgic = page.locator('.sources a[href="https://doi.org/10.1016/j.jshs.2021.01.007"]').first();
  await grgic.waitFor({ state: 'attached' });
  assert.match(await grgic.textContent(), /^Effects of resistance training performed to repetition failure/);
  await context.close();
});

test('advisor: a bad combination is named next to the field, and no stale verdict stays', async () => {
  const { context, page } = await openPage(browser, `${server.url}advisor.html`, { viewport: PHONE });
  await page.locator('#verdict[data-verdict]:not([data-verdict=""])').waitFor();
  await page.fill('#set-of', '3');
  await page.fill('#set-index', '5');
  const note = page.locator('#set-index-error');
  await note.waitFor();
  const text = await note.textContent();
  assert.match(text, /set number/);
  assert.doesNotMatch(text, /set\.index/);
  assert.equal(await page.locator('#result').isVisible(), false);
  assert.equal(await page.locator('#verdict-bar').isVisible(), false);
  await page.fill('#set-index', '2');
  await page.locator('#result').waitFor();
  await context.close();
});

test('the offline banner sits in the flow under the nav and never covers the verdict bar or the selected cell', async () => {
  for (const [path, target] of [['advisor.html', '#verdict-bar'], ['index.html', '#load-table .cell[aria-pressed="true"]']]) {
    const { context, page } = await openPage(browser, `${server.url}${path}`, { viewport: PHONE });
    const banner = page.locator('.pwa-banner', { hasText: 'Ready to work offline.' });
    await banner.waitFor();
    if (path === 'advisor.html') await page.evaluate(() => window.scrollTo(0, 600));
    else await page.locator(target).scrollIntoViewIfNeeded();
    const a = await banner.boundingBox();
    const b = await page.locator(target).boundingBox();
    assert.ok(a && b);
    const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    assert.equal(overlap, false, `${path}: banner ${JSON.stringify(a)} over ${JSON.stringify(b)}`);
    assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.pwa-banner')).position), 'static');
    await banner.waitFor({ state: 'detached', timeout: 10000 });  // it goes away by itself
    await context.close();
  }
});

test('every app page has a skip link to its main content as the first tab stop', async () => {
  for (const path of APP_PAGES) {
    const { context, page } = await openPage(browser, `${server.url}${path}`, { viewport: PHONE });
    await page.keyboard.press('Tab');
    const link = await page.evaluate(() => ({ cls: document.activeElement.className, href: document.activeElement.getAttribute('href') }));
    assert.equal(link.cls, 'skip-link', path);
    assert.ok(await page.locator(link.href).count(), `${path}: ${link.href} exists`);
    await context.close();
  }
});
