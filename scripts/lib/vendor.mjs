// Copies the browser's third-party modules from node_modules (versions fixed by
// package-lock.json) into web/vendor/, so pages import them without a CDN, and the service
// worker precaches them like any other file. Build output, gitignored. PouchDB (sync only)
// ships as CommonJS pieces: esbuild bundles it into one ES module, vendor/pouchdb.js, that
// only js/sync/engine.js imports (dynamically), and that the precache leaves out.
//
//   node scripts/lib/vendor.mjs [webRoot]     (scripts/build runs it)
import { copyFileSync, mkdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// web/vendor/<name> <- node_modules/<source> (one self-contained ES module each).
export const VENDOR = { 'idb.js': 'idb/build/index.js' };
// web/vendor/<name> <- esbuild bundle of node_modules/<entry>.
export const BUNDLED = { 'pouchdb.js': 'pouchdb-browser/lib/index.es.js' };

export function copyVendor(webRoot = join(ROOT, 'web')) {
  mkdirSync(join(webRoot, 'vendor'), { recursive: true });
  for (const [name, source] of Object.entries(VENDOR)) {
    const from = join(ROOT, 'node_modules', source);
    const to = join(webRoot, 'vendor', name);
    if (existsSync(to) && readFileSync(to).equals(readFileSync(from))) continue;
    copyFileSync(from, to);
  }
  for (const [name, entry] of Object.entries(BUNDLED)) {
    const to = join(webRoot, 'vendor', name);
    const from = join(ROOT, 'node_modules', entry);
    if (existsSync(to) && statSync(to).mtimeMs >= statSync(from).mtimeMs) continue;
    // The CommonJS pieces are read by esbuild, not run: build from the project root.
    const { buildSync } = createRequire(join(ROOT, 'package.json'))('esbuild');
    buildSync({ entryPoints: [from], outfile: to, bundle: true, format: 'esm', platform: 'browser', minify: true, legalComments: 'eof', logLevel: 'error' });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  copyVendor(process.argv[2] ? resolve(process.argv[2]) : undefined);
}
