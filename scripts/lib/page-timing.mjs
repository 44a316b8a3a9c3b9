// Cold page loads for scripts/bench.d: each run is a fresh browser context (empty cache,
// no service worker), the files served gzip-compressed as a static host would, and the
// time is the 'first-result' performance mark: the frame that paints the page's first
// computed result. Pages that set no mark of their own get one from an init script when
// their result element (a CSS selector) first matches, in the next frame.
import { launchBrowser } from '../../tests/browser/support/browser.mjs';
import { startStaticServer } from './static-server.mjs';
import { median } from './bench-report.mjs';

export const RUNS = Number(process.env.BENCH_RUNS ?? 9);
export const DESKTOP = { name: 'desktop', viewport: { width: 1280, height: 800 } };
// The phone profile: 4x CPU slowdown, 1.6 Mbps down / 750 kbps up, 150 ms RTT.
export const PHONE = {
  name: 'phone', viewport: { width: 390, height: 844 }, cpuSlowdown: 4,
  network: { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8 },
};

export const WEB_ROOT = new URL('../../build/site/', import.meta.url).pathname;  // scripts/build
export const BASELINE_ROOT = new URL('../bench.d/baseline/', import.meta.url).pathname;

export async function openBench() {
  const web = await startStaticServer({ root: WEB_ROOT, gzip: true });
  const baseline = await startStaticServer({ root: BASELINE_ROOT, gzip: true });
  const browser = await launchBrowser();
  return {
    web, baseline, browser,
    close: async () => { await browser.close(); await web.close(); await baseline.close(); },
  };
}

// For a widget in an article: the first result is its first 'proximity-result' event.
function markOnEvent(type) {
  document.addEventListener(type, () => {
    if (!performance.getEntriesByName('first-result').length) requestAnimationFrame(() => performance.mark('first-result'));
  }, { capture: true });
}

function markWhenShown(selector) {
  const check = () => {
    if (!document.querySelector(selector)) return;
    observer.disconnect();
    requestAnimationFrame(() => performance.mark('first-result'));
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}

/** One cold load of `url`; resolves to every performance mark (ms since navigation). */
export async function coldLoad(browser, url, profile, { selector, event } = {}) {
  const context = await browser.newContext({ viewport: profile.viewport, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    if (selector) await page.addInitScript(markWhenShown, selector);
    if (event) await page.addInitScript(markOnEvent, event);
    if (profile.cpuSlowdown || profile.network) {
      const cdp = await context.newCDPSession(page);
      if (profile.network) {
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', profile.network);
      }
      if (profile.cpuSlowdown) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
    }
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('first-result').length > 0, null, { timeout: 60_000 });
    // Marks, and `bytes`: what the page fetched (encoded, i.e. gzip, bodies; other origins
    // send Timing-Allow-Origin) until its first result, the document included.
    return await page.evaluate(() => {
      const marks = Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]));
      const by = marks['first-result'];
      marks.bytes = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
        .filter((r) => r.responseEnd <= by).reduce((n, r) => n + r.encodedBodySize, 0);
      return marks;
    });
  } finally {
    await context.close();
  }
}

/**
 * Loads each page RUNS times, interleaved (a, b, c, a, b, c, ...), so that a busy minute
 * slows every page alike. pages: {label: {url, selector?, event?}}; returns {label: [marks]}.
 */
export async function interleaved(browser, pages, profile, runs = RUNS) {
  const marks = Object.fromEntries(Object.keys(pages).map((k) => [k, []]));
  for (let i = 0; i < runs; i++)
    for (const [label, { url, selector, event }] of Object.entries(pages))
      marks[label].push(await coldLoad(browser, url, profile, { selector, event }));
  return marks;
}

export const medianOf = (marks, name = 'first-result') => median(marks.map((m) => m[name]).filter((t) => t !== undefined));
export const runsText = (marks) => marks.map((m) => m['first-result'].toFixed(0)).join(', ');
