// Import cycles among the page modules (issue 21): esbuild (the bundler the build already
// uses) resolves every import of every module under web/js and web/widget, static and
// dynamic, and reports them in its metafile; this finds the cycles in that graph.
//
//   node scripts/lib/import-cycles.mjs     (prints each cycle; tests/js/import-cycles.test.mjs asserts none)
import * as esbuild from 'esbuild';
import { readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const WEB = join(ROOT, 'web');
const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
  (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));

/** {module: [modules it imports]}, paths relative to web/, for every module of web/js and web/widget. */
export async function importGraph() {
  const entryPoints = ['js', 'widget'].flatMap((d) => walk(join(WEB, d))).filter((f) => f.endsWith('.js'));
  const { metafile } = await esbuild.build({
    entryPoints, bundle: true, write: false, metafile: true, outdir: join(ROOT, 'build', 'cycles'),
    format: 'esm', splitting: true, platform: 'browser', external: ['node:*'], logLevel: 'silent',
  });
  const web = (p) => relative(WEB, resolve(ROOT, p)).split('\\').join('/');
  return Object.fromEntries(Object.entries(metafile.inputs)
    .filter(([p]) => !p.includes('node_modules'))
    .map(([p, info]) => [web(p), info.imports.filter((i) => !i.external && !i.path.includes('node_modules')).map((i) => web(i.path))]));
}

/** Each strongly connected set of two or more modules (or one that imports itself), sorted. */
export function cycles(graph) {
  // Tarjan's algorithm.
  let next = 0;
  const index = new Map(), low = new Map(), stack = [], onStack = new Set(), found = [];
  const visit = (v) => {
    index.set(v, next); low.set(v, next); next += 1;
    stack.push(v); onStack.add(v);
    for (const w of graph[v] ?? []) {
      if (!index.has(w)) { visit(w); low.set(v, Math.min(low.get(v), low.get(w))); }
      else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) !== index.get(v)) return;
    const component = [];
    let w;
    do { w = stack.pop(); onStack.delete(w); component.push(w); } while (w !== v);
    if (component.length > 1 || (graph[v] ?? []).includes(v)) found.push(component.sort());
  };
  for (const v of Object.keys(graph).sort()) if (!index.has(v)) visit(v);
  return found;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const found = cycles(await importGraph());
  for (const c of found) console.log(`cycle: ${c.join(' <-> ')}`);
  console.log(`${found.length} import cycle(s) in web/js and web/widget`);
}
