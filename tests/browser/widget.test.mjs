// The embeddable widget on a third-party "article": another 127.0.0.1 origin, a strict
// CSP (scripts only from the widget's origin + 'wasm-unsafe-eval', style-src 'self', no
// inline anything) and hostile global CSS. Values are hand-computed (Epley, the core's
// default: e1RM = w (1 + r/30); load = e1RM / (1 + r/30), r = reps + RIR).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, serveWeb, screenshot } from './support/browser.mjs';
import { serveArticle } from './support/article.mjs';

let browser, server, article;
before(async () => {
  server = await serveWeb();
  article = await serveArticle(server.url, {
    'late.html': '<div id="slot"></div>',
    'advisor.html': '<proximity-calculator id="adv" mode="advisor" exercise="leg-extension" reps="12"></proximity-calculator>',
  });
  browser = await launchBrowser();
});
after(async () => { await browser?.close(); await article?.close(); await server?.close(); });

// Opens an article page; records console errors, CSP violations and every request.
async function openArticle(name, { viewport = { width: 360, height: 800 } } = {}) {
  const context = await browser.newContext({ viewport });
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    window.__results = [];
    document.addEventListener('proximity-result', (e) => window.__results.push({ id: e.target.id, detail: e.detail }));
    window.__messages = [];
    window.addEventListener('message', (e) => window.__messages.push(e.data));
    window.__globalsBefore = Object.keys(window);
  });
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(article.url + name);
  return { context, page, errors, requests };
}

const shadowText = (page, id, selector) => page.evaluate(([i, s]) =>
  document.getElementById(i)?.shadowRoot?.querySelector(s)?.textContent.replace(/\s+/g, ' ').trim() ?? null, [id, selector]);
const waitShadowText = (page, id, selector, text) => page.waitForFunction(([i, s, t]) =>
  document.getElementById(i)?.shadowRoot?.querySelector(s)?.textContent.replace(/\s+/g, ' ').trim() === t, [id, selector, text]);

test('two widgets render and compute side by side under a strict CSP and hostile CSS', async () => {
  const { page, errors, requests, context } = await openArticle('article.html');
  // first: 100 kg x 5 @ RIR 0 -> 100 (1 + 5/30) = 116.67; target 8 @ RIR 2 -> 116.67 / (1 + 10/30) = 87.5
  await waitShadowText(page, 'first', '.result .value', '116.7kg');
  await waitShadowText(page, 'first', '.target .value', '87.5kg');
  assert.equal(await shadowText(page, 'first', '.target .detail'), '75% of 1RM');
  // On the default 20 kg bar: (87.5 - 20) / 2 = 33.75 per side = 25 + 5 + 2.5 + 1.25
  assert.equal(await shadowText(page, 'first', '[part="loadable"]'), 'On a 20 kg bar: 87.5 kg, per side 25 + 5 + 2.5 + 1.25');
  // second: 225 lb x 3 @ RPE 8 (RIR 2) -> 225 (1 + 5/30) = 262.5; table row 5 reps, RPE 10 -> 262.5 / (1 + 5/30) = 225
  await waitShadowText(page, 'second', '.result .value', '262.5lb');
  const table = await page.evaluate(() => {
    const rows = [...document.getElementById('second').shadowRoot.querySelectorAll('tbody tr')];
    return rows.map((tr) => [...tr.children].map((c) => c.textContent));
  });
  assert.equal(table.length, 12);
  assert.deepEqual(table[4], ['5', '225', '218.8', '212.8', '207.2', '201.9']);
  assert.deepEqual(table[0].slice(0, 2), ['1', '262.5']);
  const headers = await page.evaluate(() => [...document.getElementById('second').shadowRoot.querySelectorAll('thead th')].map((t) => t.textContent));
  assert.deepEqual(headers, ['Reps', 'RPE 10', 'RPE 9', 'RPE 8', 'RPE 7', 'RPE 6']);

  // One WASM instance for both widgets: the small calculator build, fetched once; the
  // full core (advisor, planner) is not loaded at all.
  assert.equal(requests.filter((u) => u.endsWith('/wasm/proximity-calculator.wasm')).length, 1);
  assert.equal(requests.filter((u) => u.endsWith('/wasm/proximity-calculator.js')).length, 1);
  assert.equal(requests.filter((u) => u.includes('/wasm/proximity-core.')).length, 0);
  assert.equal(requests.filter((u) => u.includes('mode-advisor')).length, 0);
  // Every request goes to the article or to the widget's origin.
  const origins = new Set(requests.map((u) => new URL(u).origin));
  assert.deepEqual([...origins].sort(), [new URL(article.url).origin, new URL(server.url).origin].sort());

  // No globals beyond the custom element; no CSP violation; no console error.
  const added = await page.evaluate(() => Object.keys(window).filter((k) => !window.__globalsBefore.includes(k) && !k.startsWith('__')));
  assert.deepEqual(added, []);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.equal(await page.evaluate(() => typeof customElements.get('proximity-calculator')), 'function');

  // Isolation: hostile CSS neither hides nor restyles the widget, and the widget's styles
  // do not leak into the page.
  const look = await page.evaluate(() => {
    const host = document.getElementById('first');
    const value = host.shadowRoot.querySelector('.result .value');
    const input = host.shadowRoot.querySelector('input');
    const after = document.querySelector('p.after');
    return {
      hostDisplay: getComputedStyle(host).display, visibility: getComputedStyle(value).visibility,
      color: getComputedStyle(value).color, weight: getComputedStyle(value).fontWeight,
      direction: getComputedStyle(value).direction, transform: getComputedStyle(value).textTransform,
      inputBorder: getComputedStyle(input).borderTopStyle, inputBg: getComputedStyle(input).backgroundColor,
      afterColor: getComputedStyle(after).color, adopted: host.shadowRoot.adoptedStyleSheets.length,
      styleElements: host.shadowRoot.querySelectorAll('style').length,
    };
  });
  assert.deepEqual(look, {
    hostDisplay: 'block', visibility: 'visible', color: 'rgb(27, 31, 35)', weight: '700', direction: 'ltr',
    transform: 'none', inputBorder: 'solid', inputBg: 'rgb(255, 255, 255)', afterColor: 'rgb(255, 0, 0)',
    adopted: 1, styleElements: 0,
  });
  // theme="dark" on the second widget
  assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById('second').shadowRoot.querySelector('.box')).backgroundColor), 'rgb(22, 25, 29)');
  await screenshot(page, 'widget-article-360');
  assert.deepEqual(errors, []);
  await context.close();
});

test('typing recomputes one widget only and fires proximity-result with the core result', async () => {
  const { page, errors, context } = await openArticle('article.html');
  await waitShadowText(page, 'second', '.result .value', '262.5lb');
  const input = page.locator('#first').locator('input[name="reps"]');   // playwright pierces open shadow roots
  await input.fill('10');
  // 100 x 10 @ RIR 0 -> 100 (1 + 10/30) = 133.33
  await waitShadowText(page, 'first', '.result .value', '133.3kg');
  assert.equal(await shadowText(page, 'second', '.result .value'), '262.5lb');
  const last = await page.evaluate(() => window.__results.filter((r) => r.id === 'first').at(-1).detail);
  assert.equal(last.mode, 'e1rm');
  assert.deepEqual(last.input, { load: 100, reps: 10, rir: 0, unit: 'kg' });
  assert.ok(Math.abs(last.result.e1rm - 133.3333) < 1e-3);
  assert.equal(last.result.formula, 'epley');
  assert.ok(Math.abs(last.target.load - 100) < 1e-9, 'target 8 @ RIR 2 from 133.33 is 100');
  // A bad value: readable message in the widget, the field marked, nothing thrown.
  await input.fill('0');
  await waitShadowText(page, 'first', '.result .error', 'Reps must be between 1 and 30 (got 0)');
  assert.equal(await page.locator('#first').locator('input[name="reps"]').getAttribute('aria-invalid'), 'true');
  assert.equal(await shadowText(page, 'first', '.result .value'), '–');
  // The status region announces the settled result to screen readers.
  await input.fill('3');
  await page.waitForFunction(() => document.getElementById('first').shadowRoot.querySelector('[role=status]').textContent.startsWith('Estimated one-rep max 110 kg'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('the widget works by keyboard alone', async () => {
  const { page, errors, context } = await openArticle('article.html');
  await waitShadowText(page, 'first', '.result .value', '116.7kg');
  const focused = () => page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return `${el.getRootNode().host?.id}:${el.name}`;
  });
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'first:load');
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'first:reps');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('3');
  await waitShadowText(page, 'first', '.result .value', '110kg');     // 100 (1 + 3/30)
  await page.keyboard.press('ArrowUp');                                 // 4 reps
  await waitShadowText(page, 'first', '.result .value', '113.3kg');   // 100 (1 + 4/30)
  assert.deepEqual(errors, []);
  await context.close();
});

test('invalid attributes show a readable message inside the widget, never a blank box', async () => {
  const { page, errors, context } = await openArticle('invalid.html');
  await waitShadowText(page, 'bad-mode', '.error', 'This calculator cannot start: mode="e1rn" is not valid: use one of e1rm, table, advisor.');
  await waitShadowText(page, 'bad-reps', '.result .error', 'Reps must be between 1 and 30 (got 40). Check the reps="40" attribute.');
  const box = await page.evaluate(() => document.getElementById('bad-mode').getBoundingClientRect().height);
  assert.ok(box > 40, `the message takes space (${box}px)`);
  await screenshot(page, 'widget-invalid-360');
  // Fixing the attribute re-renders with a result.
  await page.evaluate(() => document.getElementById('bad-mode').setAttribute('mode', 'e1rm'));
  await waitShadowText(page, 'bad-mode', '.result .value', '123.3kg');   // 100 x 5 @ RIR 2: 100 (1 + 7/30)
  await page.evaluate(() => document.getElementById('bad-reps').setAttribute('reps', '4'));
  await waitShadowText(page, 'bad-reps', '.result .value', '120kg');      // 100 x 4 @ RIR 2: 100 (1 + 6/30)
  assert.deepEqual(errors, []);
  await context.close();
});

test('attributes change, unit/effort switch, removal and re-insertion work without errors', async () => {
  const { page, errors, context } = await openArticle('late.html');
  await page.waitForFunction(() => customElements.get('proximity-calculator'));
  await page.evaluate(() => {
    const el = document.createElement('proximity-calculator');
    el.id = 'late';
    Object.entries({ mode: 'e1rm', unit: 'lb', effort: 'rpe', load: '200', reps: '5', rpe: '9' }).forEach(([k, v]) => el.setAttribute(k, v));
    document.getElementById('slot').append(el);
  });
  // 200 x 5 @ RPE 9 (RIR 1) -> 200 (1 + 6/30) = 240
  await waitShadowText(page, 'late', '.result .value', '240lb');
  assert.equal(await shadowText(page, 'late', 'label.field:nth-of-type(3) span'), 'RPE');
  await page.evaluate(() => { const el = document.getElementById('late'); el.setAttribute('formula', 'brzycki'); el.setAttribute('load', '180'); });
  // Brzycki: 180 x 36 / (37 - 6) = 209.03
  await waitShadowText(page, 'late', '.result .value', '209lb');
  await page.evaluate(() => document.getElementById('late').setAttribute('formula', 'magic'));
  await page.waitForFunction(() => document.getElementById('late').shadowRoot.querySelector('.result .error')?.textContent.startsWith('Formula must be one of'));
  await page.evaluate(() => document.getElementById('late').removeAttribute('formula'));
  await waitShadowText(page, 'late', '.result .value', '216lb');          // Epley: 180 (1 + 6/30)
  // theme switches by CSS alone (no re-render)
  await page.evaluate(() => document.getElementById('late').setAttribute('theme', 'dark'));
  assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById('late').shadowRoot.querySelector('.box')).backgroundColor), 'rgb(22, 25, 29)');
  // Removed: its content is torn down; re-inserted: it renders again.
  const afterRemove = await page.evaluate(() => {
    window.__late = document.getElementById('late');
    window.__late.remove();
    return window.__late.shadowRoot.querySelector('.body').childElementCount;
  });
  assert.equal(afterRemove, 0);
  await page.evaluate(() => document.getElementById('slot').append(window.__late));
  await waitShadowText(page, 'late', '.result .value', '216lb');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the iframe embed works on a host page that runs no script of its own', async () => {
  const { page, errors, context } = await openArticle('iframe.html');
  const frame = page.frameLocator('#frame');
  // 140 x 3 @ RIR 1 -> 140 (1 + 4/30) = 158.67
  const value = frame.locator('proximity-calculator [part="value"]');
  await value.filter({ hasText: '158.7' }).waitFor();
  assert.equal((await value.textContent()).trim(), '158.7kg');
  await frame.locator('proximity-calculator input[name="load"]').fill('150');
  await value.filter({ hasText: '170' }).waitFor();   // 150 (1 + 4/30)
  // The frame tells its host its content height (and nothing else), for hosts that resize it.
  await page.waitForFunction(() => window.__messages.length > 0);
  const size = await page.evaluate(() => window.__messages.at(-1));
  assert.equal(size.type, 'proximity-embed-size');
  assert.deepEqual(Object.keys(size).sort(), ['height', 'type']);
  assert.ok(size.height > 350 && size.height < 700, `height ${size.height}`);
  await screenshot(page, 'widget-iframe-360');
  assert.deepEqual(errors, []);
  await context.close();
});

test('advisor mode: the core\'s verdict, RIR range, techniques and cited reasons', async () => {
  const { page, errors, context } = await openArticle('advisor.html');
  const widget = page.locator('#adv');
  // Leg extension (isolation), set 1 of 3: the first sets hold 1-3 reps in reserve.
  await waitShadowText(page, 'adv', '.badge', 'Stop short');
  assert.equal(await shadowText(page, 'adv', '.result .detail'), 'Target: 1–3 reps in reserve');
  // The last set of 3 at 12 reps on a safe isolation exercise: failure, with drop sets,
  // rest-pause and myo-reps allowed; forced reps not (no spotter).
  await widget.locator('input[name="index"]').fill('3');
  await waitShadowText(page, 'adv', '.badge', 'Go to failure');
  assert.equal(await widget.locator('.badge').getAttribute('data-verdict'), 'failure');
  assert.equal(await shadowText(page, 'adv', '.result .detail'), 'Target: 0 reps in reserve');
  const techniques = await shadowText(page, 'adv', '[part="techniques"]');
  assert.match(techniques, /^Allowed: Drop set \(1-2 drop sets per session/);
  assert.match(techniques, /Rest-pause/i);
  assert.doesNotMatch(techniques, /Forced/i);
  const reasons = await widget.locator('[part="reasons"] li').allTextContents();
  assert.ok(reasons.length >= 1);
  assert.ok(reasons.some((r) => /\(20\d\d\)/.test(r)), 'reasons cite their sources with a year');
  // A deload week caps it: no failure, at least 3 in reserve (safety beats the recommendation).
  await widget.locator('select[name="phase"]').selectOption('deload');
  await waitShadowText(page, 'adv', '.badge', 'No failure');
  assert.match(await shadowText(page, 'adv', '.result .detail'), /^Target: 3/);
  const last = await page.evaluate(() => window.__results.at(-1).detail);
  assert.equal(last.mode, 'advisor');
  assert.equal(last.input.phase, 'deload');
  assert.equal(last.result.verdict, 'no-failure');
  // set 4 of 3: the core's message, the field marked.
  await widget.locator('input[name="index"]').fill('4');
  await waitShadowText(page, 'adv', '.error', 'Set (4) must not exceed the number of sets (3)');
  assert.equal(await widget.locator('input[name="index"]').getAttribute('aria-invalid'), 'true');
  await screenshot(page, 'widget-advisor-article-360');
  assert.deepEqual(errors, []);
  await context.close();
});
