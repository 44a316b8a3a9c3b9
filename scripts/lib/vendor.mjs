// Copies the browser's third-party modules from node_modules (versions fixed by
// package-lock.json) into web/vendor/, so pages import them without a CDN or a bundler
// and the service worker precaches them like any other file. Build output, gitignored.
//
//   node scripts/lib/vendor.mjs [webRoot]     (scripts/build runs it)
import { copyFileSync, mkdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// web/vendor/<name> <- node_modules/<source> (one self-contained ES module each).
export const VENDOR = { 'idb.js': 'idb/build/index.js' };

export function copyVendor(webRoot = join(ROOT, 'web')) {
  mkdirSync(join(webRoot, 'vendor'), { recursive: true });
  for (const [name, source] of Object.entries(VENDOR)) {
    const from = join(ROOT, 'node_modules', source);
    const to = join(webRoot, 'vendor', name);
    if (existsSync(to) && readFileSync(to).equals(readFileSync(from))) continue;
    copyFileSync(from, to);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  copyVendor(process.argv[2] ? resolve(process.argv[2]) : undefined);
}
