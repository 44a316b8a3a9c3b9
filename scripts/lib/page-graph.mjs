// What a page loads by itself: its stylesheets, scripts and preloads, then every static
// import of every JS module (scripts/bench.d/10-size.mjs counts their bytes; a test checks
// that the calculator page preloads every module, so none waits for its importer).
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** [{tag: 'link'|'script', rel, file}] for each local <link>/<script> of `html` at `base`. */
export function pageRefs(html, base) {
  const refs = [];
  for (const m of html.matchAll(/<(?:link|script)\b[^>]*>/g)) {
    const tag = m[0];
    const rel = /\brel="([^"]+)"/.exec(tag)?.[1] ?? '';
    const url = /\b(?:href|src)="([^"]+)"/.exec(tag)?.[1];
    if (!url || url.startsWith('data:') || /^[a-z]+:/i.test(url)) continue;
    refs.push({ tag: tag.startsWith('<script') ? 'script' : 'link', rel, file: join(base, url) });
  }
  return refs;
}

/** The files a JS module imports statically (relative specifiers). */
export function jsImports(file) {
  // Comments may show example imports; drop them first.
  const source = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  // Minified bundles (build/site) write `import{a as b}from"./chunk.js"` with no spaces.
  const specifiers = [...source.matchAll(/(?:^|[\s;}])(?:import|export)(?=[\s{*])[^'"`]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;}])import\s*['"]([^'"]+)['"]/gm)]
    .map((m) => m[1] ?? m[2]).filter((s) => s.startsWith('.'));
  return specifiers.map((s) => join(dirname(file), s));
}

/** Every file the page at `htmlFile` loads without running anything but imports. */
export function staticGraph(htmlFile) {
  const base = dirname(htmlFile);
  const files = new Set();
  const queue = [htmlFile, ...pageRefs(readFileSync(htmlFile, 'utf8'), base)
    .filter((r) => r.tag === 'script' || ['stylesheet', 'modulepreload', 'preload'].includes(r.rel)).map((r) => r.file)];
  while (queue.length) {
    const file = queue.shift();
    if (files.has(file)) continue;
    if (!existsSync(file)) throw new Error(`the page references ${relative(base, file)}, which does not exist (build first)`);
    files.add(file);
    if (file.endsWith('.js') || file.endsWith('.mjs')) queue.push(...jsImports(file));
  }
  return files;
}
