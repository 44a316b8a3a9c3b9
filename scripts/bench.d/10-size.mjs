// Bytes the calculator page fetches before its first result, raw and gzip (level 9), as
// built and served (build/site, scripts/lib/bundle.mjs), found by following the page itself:
// its stylesheets, scripts and preloads, then every static import of every JS module, so a
// new module or stylesheet is counted automatically. Chunks the page loads with import()
// after its first result are not counted.
import { readFileSync, existsSync } from 'node:fs';
import { jsImports, staticGraph } from '../lib/page-graph.mjs';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { join, relative, resolve } from 'node:path';
import { heading, record, target, kb } from '../lib/bench-report.mjs';
import { MODULE_FILES } from '../../web/js/proximity.js';

const WEB = resolve(new URL('../../web/', import.meta.url).pathname);
const SITE = resolve(new URL('../../build/site/', import.meta.url).pathname);
const LIMIT = 40_000;        // 40 KB gzip before the calculator's first result (issue 22)
const CORE_LIMIT = 180_000;  // 180 KB gzip for the full core's .wasm (issue 22)

// Which WASM module the page's scripts load eagerly is read from the sources (the bundles'
// names are minified); the bytes are the built site's.
const files = staticGraph(join(WEB, 'index.html'));
const siteFiles = staticGraph(join(SITE, 'index.html'));
// web/js/proximity.js loads the WASM glue and its .wasm by URL, not by a static import:
// count the module(s) the page's scripts ask for (loadProximity/createProximity with
// { module }, 'full' when none is named), even without a preload. A script that reaches
// proximity.js only by a dynamic import() loads its module on demand (e.g. the full core
// when "Save to my profile" is opened): listed, not counted in what the page ships.
const PROXIMITY_JS = join(WEB, 'js/proximity.js');
const modules = new Set(), onDemand = new Set();
const callers = [...files].filter((f) => f.endsWith('.js') && f.startsWith(join(WEB, 'js/')) && f !== PROXIMITY_JS);
for (const file of callers) {
  const eager = jsImports(file).includes(PROXIMITY_JS);
  for (const m of readFileSync(file, 'utf8').matchAll(/\b(?:load|create)Proximity\(([^)]*)\)/g)) {
    (eager ? modules : onDemand).add(/\bmodule:\s*['"]([^'"]+)['"]/.exec(m[1])?.[1] ?? 'full');
  }
}
for (const module of modules) onDemand.delete(module);
for (const module of modules) {
  if (!MODULE_FILES[module]) throw new Error(`the page loads an unknown module "${module}"`);
  for (const ext of ['js', 'wasm']) {
    const file = join(SITE, `wasm/${MODULE_FILES[module]}.${ext}`);
    if (!existsSync(file)) throw new Error(`${relative(SITE, file)} is missing (build first)`);
    siteFiles.add(file);
  }
}

heading(`Size: what the calculator page (build/site/index.html) fetches before its first result (WASM module: ${[...modules].join(', ')})`);
let raw = 0, gz = 0;
const rows = [...siteFiles].map((file) => {
  const bytes = readFileSync(file);
  const zipped = gzipSync(bytes, { level: 9 }).length;
  raw += bytes.length; gz += zipped;
  return [relative(SITE, file), bytes.length, zipped];
}).sort((a, b) => b[2] - a[2]);
const width = Math.max(...rows.map((r) => r[0].length));
console.log(`${'file'.padEnd(width)}  ${'raw'.padStart(9)}  ${'gzip'.padStart(9)}`);
for (const [name, r, g] of rows) console.log(`${name.padEnd(width)}  ${kb(r).padStart(9)}  ${kb(g).padStart(9)}`);
console.log(`${'total'.padEnd(width)}  ${kb(raw).padStart(9)}  ${kb(gz).padStart(9)}   (${siteFiles.size} requests; headroom ${kb(LIMIT - gz)})`);
if (onDemand.size) console.log(`loaded on demand, not counted: WASM module ${[...onDemand].join(', ')}`);
record('calculator.bytes', `${kb(gz)} (${siteFiles.size} requests)`);
target('calculator: bytes (gzip) before the first result', kb(LIMIT), kb(gz), gz <= LIMIT);

// The full core (advisor, planner, history, today): its .wasm alone, as a host serves it.
const coreWasm = join(SITE, `wasm/${MODULE_FILES.full}.wasm`);
if (!existsSync(coreWasm)) throw new Error(`${relative(SITE, coreWasm)} is missing (build first)`);
const coreBytes = readFileSync(coreWasm);
const coreGz = gzipSync(coreBytes, { level: 9 }).length;
heading('Size: the full core module (every method)');
console.log(`${relative(SITE, coreWasm)}  raw ${kb(coreBytes.length)}  gzip ${kb(coreGz)}`);
record('core.wasm', kb(coreGz));
target('full core .wasm gzip', kb(CORE_LIMIT), kb(coreGz), coreGz <= CORE_LIMIT);

// The measurement methods live only in the bench-only build (build/wasm-bench, every
// shipped method plus them): the difference is what the full module no longer ships.
const BENCH_WASM = new URL('../../build/wasm-bench/proximity-bench.wasm', import.meta.url).pathname;
if (existsSync(BENCH_WASM)) {
  const gzOf = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
  const bench = gzOf(BENCH_WASM);
  const full = coreGz;
  console.log(`measurement methods left out of ${MODULE_FILES.full}.wasm: ${kb(bench - full)} gzip ` +
    `(${kb(bench)} with them, ${kb(full)} without)`);
}
// Where the code goes, by family: the shipped modules built once more with their
// function names kept (build/wasm-sizes: PROXIMITY_FUNCTION_NAMES, never served).
const SIZES = new URL('../../build/wasm-sizes/out/', import.meta.url).pathname;
const sizes = new URL('../lib/wasm-sizes.mjs', import.meta.url).pathname;
for (const module of [MODULE_FILES.calculator, MODULE_FILES.full]) {
  const named = join(SIZES, `${module}.wasm`);
  if (!existsSync(named)) continue;
  heading(`Size: where ${module}.wasm's code goes (scripts/lib/wasm-sizes.mjs, names kept)`);
  console.log(execFileSync(process.execPath, [sizes, named, '10'], { encoding: 'utf8' }).trimEnd());
}
