// Security headers that travel with the files: every page carries the same strict
// Content-Security-Policy in a <meta> tag (no inline script or style, no eval; WASM only
// through 'wasm-unsafe-eval'), works under it without a single violation, and only the
// embed frame may be framed by another site (HTTP headers, which a host must send too).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launchBrowser, serveWeb, WEB_ROOT } from './support/browser.mjs';
import { APP_PAGES } from './support/pages.mjs';
import { serveArticle } from './support/article.mjs';
import { PAGE_CSP } from '../../scripts/lib/static-server.mjs';

const PAGES = [...APP_PAGES, 'embed-frame.html'];
let browser, server;
before(async () => { server = await serveWeb(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

test('every page has the policy in a meta tag, and no inline script, style or handler', () => {
  assert.doesNotMatch(PAGE_CSP, /unsafe-inline|unsafe-eval'(?<!wasm-unsafe-eval')|\*/);
  assert.match(PAGE_CSP, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
  for (const name of PAGES) {
    const html = readFileSync(`${WEB_ROOT}${name}`, 'utf8');
    const metas = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/g)].map((m) => m[1]);
    assert.deepEqual(metas, [PAGE_CSP], name);
    assert.ok(html.indexOf('Content-Security-Policy') < html.search(/<(script|link)\b/), `${name}: the policy comes before any script or style`);
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, `${name}: inline script`);
    assert.doesNotMatch(html, /<style\b|\sstyle="|\son[a-z]+="/, `${name}: inline style or handler`);
  }
});

test('framing: the embed frame by anyone, every other page by nobody', async () => {
  for (const name of PAGES) {
    const res = await fetch(`${server.url}${name}`);
    const frameable = name === 'embed-frame.html';
    assert.equal(res.headers.get('content-security-policy'), frameable ? 'frame-ancestors *' : "frame-ancestors 'none'", name);
    assert.equal(res.headers.get('x-frame-options'), frameable ? null : 'DENY', name);
  }
  const article = await serveArticle(server.url, {
    'framed.html': `<iframe id="planner" title="planner" src="${server.url}planner.html"></iframe>
<iframe id="frame" title="frame" src="${server.url}embed-frame.html?mode=e1rm&load=100&reps=5&rir=0"></iframe>`,
  });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${article.url}framed.html`);
    const frame = page.frames().find((f) => f.url().includes('embed-frame.html'));
    await frame.locator('proximity-calculator [part="value"]').filter({ hasText: '116.7' }).waitFor();
    const planner = await page.$('#planner').then((el) => el.contentFrame());
    assert.equal(await planner.$('#plan-name').catch(() => null), null, 'the planner does not render inside another site');
  } finally {
    await context.close();
    await article.close();
  }
});

test('every page works under its policy: no violation, and an inline script is refused', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    globalThis.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => globalThis.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  for (const name of PAGES) {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(`${server.url}${name}${name === 'embed-frame.html' ? '?mode=e1rm' : ''}`);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(await page.evaluate(() => globalThis.__violations), [], name);
    assert.deepEqual(errors, [], name);
    // The policy is in force: a script injected inline does not run, and is reported.
    const ran = await page.evaluate(() => new Promise((done) => {
      const script = Object.assign(document.createElement('script'), { textContent: 'globalThis.__ran = true;' });
      document.head.append(script);
      setTimeout(() => done(globalThis.__ran === true), 100);
    }));
    assert.equal(ran, false, name);
    assert.match((await page.evaluate(() => globalThis.__violations)).join(), /script-src/, name);
    await page.close();
  }
  await context.close();
});
