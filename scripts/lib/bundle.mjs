// Builds the site that is served and deployed, build/site/, from web/ with esbuild (npm):
// one minified module per page, code split, and each page's HTML pointing at its bundle.
//
//   node scripts/lib/bundle.mjs     (scripts/build runs it after the WASM build)
//
// What becomes an entry point (nothing to edit when a page, a worker or a mode is added):
// - every <script type="module" src="js/..."> of every web/*.html (a new page is picked up);
// - every web/js/**/*-worker.js (a worker is created with
//   new Worker(new URL('./x-worker.js', import.meta.url), { type: 'module' }): its bundle
//   keeps its path, so that URL still finds it);
// - PUBLIC below: modules imported by path from outside the bundle (the tests and the
//   bench import them with import('./js/lib/store.js')); being entries, they share the
//   pages' chunks, so a test that imports the store talks to the page's own instance;
// - the widget (web/widget/proximity-widget.js), built apart so that its files stay in
//   widget/ (its styles are found next to it through import.meta.url); a page that
//   imports the widget (the embed frame) loads that bundle rather than a copy of it.
// Every output file keeps its source path (js/x.js -> build/site/js/x.js); shared code goes
// to js/chunk-<hash>.js and widget/chunk-<hash>.js, one directory deep like the sources,
// so import.meta.url-relative URLs ('../wasm/', '../sw.js') resolve as before.
// Code a page needs only after its first result is loaded with import() in the page's
// source: esbuild makes it a chunk of its own that is fetched then.
// Every other file of web/ (HTML, CSS, icons, data, the WASM modules and their glue) is
// copied; the unbundled sources are not. Each page's HTML gets its shell stamped in
// (scripts/lib/page-shell.mjs: policy, head, nav, WebAssembly preload) and
// <link rel="modulepreload"> for the chunks its scripts import statically.
import * as esbuild from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stampShell } from './page-shell.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const WEB = join(ROOT, 'web');
export const SITE = join(ROOT, 'build', 'site');
const WIDGET_ENTRY = 'widget/proximity-widget.js';
// js/sync/engine.js (PouchDB inside) keeps its path so the service worker can leave it out of
// the precache (scripts/lib/build-sw.mjs): it is fetched only by a page that syncs.
export const PUBLIC = ['js/proximity.js', 'js/lib/store.js', 'js/lib/unsaved.js', 'js/lib/history-records.js',
  'js/sync/engine.js', 'js/sync/connection.js'];

const SCRIPT = /<script type="module" src="([^"]+)"><\/script>/g;

const pages = () => readdirSync(WEB).filter((name) => name.endsWith('.html'));
const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
  (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));

function entryPoints() {
  const scripts = pages().flatMap((name) => [...readFileSync(join(WEB, name), 'utf8').matchAll(SCRIPT)].map((m) => m[1]));
  const workers = walk(join(WEB, 'js')).filter((f) => f.endsWith('-worker.js')).map((f) => relative(WEB, f));
  return [...new Set([...scripts.filter((s) => s.startsWith('js/')), ...workers, ...PUBLIC])].map((p) => p.split(sep).join('/'));
}

// esbuild leaves `new URL('./x', import.meta.url)` as written, and code moves into chunks
// at js/ or widget/: such a URL is right only in a source directly in js/ or widget/ (create
// a worker from there). Refused elsewhere, by name, rather than broken in the built site.
function checkMetaUrls() {
  const nested = [...walk(join(WEB, 'js')), ...walk(join(WEB, 'widget'))]
    .filter((f) => f.endsWith('.js') && relative(WEB, f).split(sep).length > 2)
    .filter((f) => /import\.meta\.url/.test(readFileSync(f, 'utf8').replace(/^\s*(\/\/|\*).*$/gm, '')));
  if (nested.length) {
    throw new Error(`import.meta.url in ${nested.map((f) => relative(ROOT, f)).join(', ')}: bundled code runs from ` +
      'js/ or widget/, so make the URL in a module directly in web/js/ or web/widget/ (scripts/lib/bundle.mjs)');
  }
}

// Imports of the widget from page code stay imports of the widget's own bundle.
const widgetExternal = {
  name: 'widget-external',
  setup(build) {
    build.onResolve({ filter: /proximity-widget\.js$/ }, (args) =>
      (args.importer.startsWith(join(WEB, 'js')) ? { path: args.path, external: true } : undefined));
  },
};

const common = {
  bundle: true, splitting: true, format: 'esm', minify: true, target: 'es2022', platform: 'browser',
  outbase: WEB, entryNames: '[dir]/[name]', metafile: true, legalComments: 'none',
  external: ['node:*'],   // web/js/proximity.js reads the .wasm from disk only under Node
  logLevel: 'warning',
};

/**
 * Builds the site (default build/site/). Returns esbuild's metafile outputs by path in the
 * site (path -> {bytes, imports, inputs}).
 */
export async function buildSite(site = SITE) {
  const SITE = site;  // eslint-disable-line no-shadow -- every path below is in this site
  checkMetaUrls();
  rmSync(SITE, { recursive: true, force: true });
  mkdirSync(SITE, { recursive: true });
  // Everything but the sources the bundles replace.
  cpSync(WEB, SITE, {
    recursive: true,
    filter: (src) => {
      const rel = relative(WEB, src).split(sep).join('/');
      if (rel === 'vendor' || rel === 'sw.js' || /^workbox-.*\.js$/.test(rel)) return false;
      return !((rel.startsWith('js/') || rel.startsWith('widget/')) && /\.(js|ts)$/.test(rel));
    },
  });
  const [pagesBuild, widgetBuild] = await Promise.all([
    esbuild.build({ ...common, outdir: SITE, entryPoints: entryPoints().map((p) => join(WEB, p)), chunkNames: 'js/chunk-[hash]', plugins: [widgetExternal] }),
    esbuild.build({ ...common, outdir: SITE, entryPoints: [join(WEB, WIDGET_ENTRY)], chunkNames: 'widget/chunk-[hash]' }),
  ]);
  const outputs = { ...pagesBuild.metafile.outputs, ...widgetBuild.metafile.outputs };
  // Paths in the site ('js/chunk-X.js'), for outputs and the imports between them.
  const out = (file) => relative(SITE, resolve(ROOT, file)).split(sep).join('/');
  const byPath = Object.fromEntries(Object.entries(outputs).map(([file, info]) => [out(file), {
    ...info, imports: info.imports.map((imp) => (imp.external ? imp : { ...imp, path: out(imp.path) })),
  }]));
  for (const name of pages()) {
    const html = readFileSync(join(WEB, name), 'utf8');
    const scripts = [...html.matchAll(SCRIPT)].map((m) => m[1]);
    const chunks = new Set(scripts.flatMap((s) => staticFiles(byPath, s)));
    for (const s of scripts) chunks.delete(s);
    const links = [...chunks].sort().map((c) => `  <link rel="modulepreload" href="${c}">\n`).join('');
    const built = stampShell(html, name).replace(/^([ \t]*<script type="module")/m, `${links}$1`);
    writeFileSync(join(SITE, name), built);
  }
  return byPath;
}

/** `path` (site-relative) and every chunk it imports statically, transitively: what runs before it. */
export function staticFiles(byPath, path) {
  const files = new Set([path]);
  for (const f of files) for (const imp of byPath[f]?.imports ?? [])
    if (imp.kind === 'import-statement' && !imp.external) files.add(imp.path);
  return [...files];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const byPath = await buildSite();
  const js = Object.entries(byPath).filter(([p]) => p.endsWith('.js'));
  console.log(`site: ${js.length} bundled modules, ${(js.reduce((n, [, o]) => n + o.bytes, 0) / 1024).toFixed(1)} KiB -> ${relative(ROOT, SITE)}/` +
    (existsSync(join(SITE, 'wasm')) ? '' : ' (no wasm/ yet: run scripts/build wasm)'));
}
