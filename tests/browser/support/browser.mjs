// Shared set-up for the browser tests: Debian's Chromium driven by playwright-core,
// and the built site (build/site: web/ bundled, scripts/build) served by the project's own
// static server on 127.0.0.1.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { startStaticServer } from '../../../scripts/lib/static-server.mjs';

export const WEB_ROOT = new URL('../../../build/site/', import.meta.url).pathname;
export const ARTIFACTS = new URL('../../../test-artifacts/', import.meta.url).pathname;

// Flags for a closed network: without the background-networking ones Chromium keeps
// trying to reach Google's hosts.
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic',
  '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

export function serveWeb(options = {}) {
  return startStaticServer({ root: WEB_ROOT, ...options });
}

// A page that fails the test on any uncaught error or console error.
export async function openPage(browser, url, { viewport = { width: 390, height: 844 }, ...contextOptions } = {}) {
  const context = await browser.newContext({ viewport, ...contextOptions });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(url);
  return { context, page, errors };
}

export async function screenshot(page, name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: true });
}
