// Generates the service worker build/site/sw.js with Workbox's build step (npm workbox-build,
// generateSW) from the built site (scripts/lib/bundle.mjs): every file the app needs (HTML,
// the bundles and their chunks, CSS, the .wasm and its glue, data, icons, manifest) is
// precached under a content hash, so the app works offline after one
// visit and a deployment that changes any byte installs as an update. The Workbox
// runtime is inlined into sw.js: nothing is fetched from a CDN, now or at run time.
//
//   node scripts/lib/build-sw.mjs [siteRoot]     (scripts/build runs it after the bundles)
//
// It skips the (few-second) bundling step when the precache manifest is unchanged.
import { generateSW, getManifest } from 'workbox-build';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { SITE } from './bundle.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export const PRECACHE = {
  globPatterns: ['**/*.{html,js,mjs,css,wasm,json,webmanifest,png,svg,ico,txt}'],
  globIgnores: ['sw.js', 'workbox-*.js', '**/*.map'],
  maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
};

/**
 * Writes <webRoot>/sw.js. Returns {count, size, skipped}.
 * @param {string} webRoot
 * @param {{force?: boolean, stampFile?: string}} [options]
 */
export async function buildServiceWorker(webRoot = SITE, options = {}) {
  const swDest = join(webRoot, 'sw.js');
  const { manifestEntries, count, size, warnings } = await getManifest({ globDirectory: webRoot, ...PRECACHE });
  if (warnings.length) throw new Error(`workbox: ${warnings.join('; ')}`);
  const stamp = createHash('sha256').update(JSON.stringify(manifestEntries)).digest('hex');
  const stampFile = options.stampFile ?? join(ROOT, 'build', `sw-manifest-${createHash('sha256').update(resolve(webRoot)).digest('hex').slice(0, 8)}.stamp`);
  if (!options.force && existsSync(swDest) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) {
    return { count, size, skipped: true };
  }
  await generateSW({
    globDirectory: webRoot,
    ...PRECACHE,
    swDest,
    inlineWorkboxRuntime: true,   // one self-contained file: no importScripts, no CDN
    mode: 'production',
    sourcemap: false,
    cacheId: 'proximity',
    skipWaiting: false,           // a new version waits until the page's "Reload" (SKIP_WAITING message)
    clientsClaim: true,           // the first install controls the open page at once
    cleanupOutdatedCaches: true,  // old precaches go when a new version activates
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: [/.*/],  // embed-frame.html?mode=table is the same precached file
  });
  mkdirSync(dirname(stampFile), { recursive: true });
  writeFileSync(stampFile, stamp);
  return { count, size, skipped: false };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const webRoot = resolve(process.argv[2] ?? SITE);
  const { count, size, skipped } = await buildServiceWorker(webRoot);
  console.log(`service worker: ${count} files, ${(size / 1024).toFixed(1)} KiB precached` +
    (skipped ? ' (unchanged)' : ` -> ${join(webRoot, 'sw.js')}`));
}
