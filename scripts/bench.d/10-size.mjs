// Bytes of everything the calculator page ships, raw and gzip (level 9), found by
// following the page itself: its stylesheets, scripts and preloads, then every static
// import of every JS module, so a new module or stylesheet is counted automatically.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, relative, resolve } from 'node:path';
import { heading, target, kb } from '../lib/bench-report.mjs';
import { MODULE_FILES } from '../../web/js/proximity.js';

const WEB = resolve(new URL('../../web/', import.meta.url).pathname);
const LIMIT = 120_000;  // 120 KB gzip for the whole page

function pageAssets(html, base) {
  const refs = [];
  for (const m of html.matchAll(/<(?:link|script)\b[^>]*>/g)) {
    const tag = m[0];
    const rel = /\brel="([^"]+)"/.exec(tag)?.[1] ?? '';
    const url = /\b(?:href|src)="([^"]+)"/.exec(tag)?.[1];
    if (!url || url.startsWith('data:') || /^[a-z]+:/i.test(url)) continue;
    if (tag.startsWith('<script') || ['stylesheet', 'modulepreload', 'preload'].includes(rel)) refs.push(join(base, url));
  }
  return refs;
}

function jsImports(file) {
  // Comments may show example imports; drop them first.
  const source = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const specifiers = [...source.matchAll(/(?:^|[\s;])(?:import|export)\s[^'"`]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]/gm)]
    .map((m) => m[1] ?? m[2]).filter((s) => s.startsWith('.'));
  return specifiers.map((s) => join(dirname(file), s));
}

const files = new Set();
const queue = [join(WEB, 'index.html'), ...pageAssets(readFileSync(join(WEB, 'index.html'), 'utf8'), WEB)];
while (queue.length) {
  const file = queue.shift();
  if (files.has(file)) continue;
  if (!existsSync(file)) throw new Error(`the page references ${relative(WEB, file)}, which does not exist (build first)`);
  files.add(file);
  if (file.endsWith('.js') || file.endsWith('.mjs')) queue.push(...jsImports(file));
}
// web/js/proximity.js loads the WASM glue and its .wasm by URL, not by a static import:
// count the module(s) the page's scripts ask for (loadProximity/createProximity with
// { module }, 'full' when none is named), even without a preload.
const modules = new Set();
const callers = [...files].filter((f) => f.endsWith('.js') && f.startsWith(join(WEB, 'js/')) && f !== join(WEB, 'js/proximity.js'));
for (const file of callers) {
  for (const m of readFileSync(file, 'utf8').matchAll(/\b(?:load|create)Proximity\(([^)]*)\)/g)) {
    modules.add(/\bmodule:\s*['"]([^'"]+)['"]/.exec(m[1])?.[1] ?? 'full');
  }
}
for (const module of modules) {
  if (!MODULE_FILES[module]) throw new Error(`the page loads an unknown module "${module}"`);
  for (const ext of ['js', 'wasm']) {
    const file = join(WEB, `wasm/${MODULE_FILES[module]}.${ext}`);
    if (!existsSync(file)) throw new Error(`${relative(WEB, file)} is missing (build first)`);
    files.add(file);
  }
}

heading(`Size: everything the calculator page (web/index.html) ships (WASM module: ${[...modules].join(', ')})`);
let raw = 0, gz = 0;
const rows = [...files].map((file) => {
  const bytes = readFileSync(file);
  const zipped = gzipSync(bytes, { level: 9 }).length;
  raw += bytes.length; gz += zipped;
  return [relative(WEB, file), bytes.length, zipped];
}).sort((a, b) => b[2] - a[2]);
const width = Math.max(...rows.map((r) => r[0].length));
console.log(`${'file'.padEnd(width)}  ${'raw'.padStart(9)}  ${'gzip'.padStart(9)}`);
for (const [name, r, g] of rows) console.log(`${name.padEnd(width)}  ${kb(r).padStart(9)}  ${kb(g).padStart(9)}`);
console.log(`${'total'.padEnd(width)}  ${kb(raw).padStart(9)}  ${kb(gz).padStart(9)}   (${files.size} files; headroom ${kb(LIMIT - gz)})`);
target('calculator page total gzip', kb(LIMIT), kb(gz), gz <= LIMIT);

// The measurement methods live only in the bench-only build (build/wasm-bench, every
// shipped method plus them): the difference is what the full module no longer ships.
const BENCH_WASM = new URL('../../build/wasm-bench/proximity-bench.wasm', import.meta.url).pathname;
if (existsSync(BENCH_WASM)) {
  const gzOf = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
  const bench = gzOf(BENCH_WASM);
  const full = gzOf(join(WEB, `wasm/${MODULE_FILES.full}.wasm`));
  console.log(`measurement methods left out of ${MODULE_FILES.full}.wasm: ${kb(bench - full)} gzip ` +
    `(${kb(bench)} with them, ${kb(full)} without)`);
}
