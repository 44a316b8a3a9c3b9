// The bundled site (scripts/lib/bundle.mjs): built into a temporary directory, then read
// through esbuild's own metafile. What the calculator needs after its first result is not
// fetched before it; every page preloads exactly the chunks its scripts import statically;
// the modules tests import by path are there; the unbundled sources are not shipped; every
// page carries the one page shell (scripts/lib/page-shell.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite, staticFiles, PUBLIC, WEB } from '../../scripts/lib/bundle.mjs';
import { SECTIONS, stampShell } from '../../scripts/lib/page-shell.mjs';
import { PAGE_CSP } from '../../scripts/lib/static-server.mjs';

let dir, site, byPath;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'proximity-site-'));
  site = join(dir, 'site');
  byPath = await buildSite(site);
});
after(() => rmSync(dir, { recursive: true, force: true }));

const sourcesOf = (paths) => new Set(paths.flatMap((p) => Object.keys(byPath[p]?.inputs ?? {})));
const preloads = (html) => [...html.matchAll(/<link rel="modulepreload" href="(js\/[^"]+|widget\/[^"]+)">/g)].map((m) => m[1]);
const scripts = (html) => [...html.matchAll(/<script type="module" src="([^"]+)">/g)].map((m) => m[1]);

test('the calculator fetches its editors, calibration panel, profile saving and data footer only after its first result', () => {
  const html = readFileSync(join(site, 'index.html'), 'utf8');
  const before = sourcesOf(scripts(html).flatMap((s) => staticFiles(byPath, s)));
  for (const lazy of ['calculator/equipment-editor.js', 'calculator/calibration.js', 'calculator/save-max.js', 'data-controls.js'])
    assert.ok(![...before].some((input) => input.endsWith(`web/js/${lazy}`)), `${lazy} is not on the critical path`);
  // ...and they are still built, as chunks the page fetches with import().
  const all = sourcesOf(Object.keys(byPath));
  assert.ok([...all].some((input) => input.endsWith('web/js/calculator/equipment-editor.js')));
  // What the first result needs is there.
  for (const needed of ['calculator-page.js', 'proximity.js', 'lib/store.js'])
    assert.ok([...before].some((input) => input.endsWith(`web/js/${needed}`)), `${needed} is on the critical path`);
});

test('every page preloads exactly the chunks its scripts import statically', () => {
  for (const name of readdirSync(WEB).filter((n) => n.endsWith('.html'))) {
    const html = readFileSync(join(site, name), 'utf8');
    const own = scripts(html);
    const expected = [...new Set(own.flatMap((s) => staticFiles(byPath, s)))].filter((f) => !own.includes(f)).sort();
    assert.deepEqual(preloads(html).sort(), expected, name);
    for (const file of [...own, ...expected]) assert.ok(existsSync(join(site, file)), `${name}: ${file} exists`);
  }
});

test('modules imported by path are entries; the unbundled sources are not shipped', () => {
  for (const path of PUBLIC) assert.ok(byPath[path], `${path} is built`);
  assert.ok(!existsSync(join(site, 'js/calculator/equipment-editor.js')), 'a source module is not copied');
  assert.ok(existsSync(join(site, 'widget/proximity-widget.js')) && existsSync(join(site, 'widget/verdicts.css')));
  // The embed frame loads the widget's own bundle, not a second copy of it.
  assert.match(readFileSync(join(site, 'js/embed-frame.js'), 'utf8'), /import\s*"\.\.\/widget\/proximity-widget\.js"/);
});

test('every page gets the one page shell: the policy before any link or script, the sections bar with itself marked', () => {
  const pages = readdirSync(WEB).filter((n) => n.endsWith('.html'));
  const policy = `<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}">`;
  for (const name of pages) {
    const source = readFileSync(join(WEB, name), 'utf8');
    const html = readFileSync(join(site, name), 'utf8');
    assert.doesNotMatch(source, /<meta http-equiv="Content-Security-Policy"|class="site-nav"/, `${name}: the shell is not copied into the source`);
    assert.doesNotMatch(html, /<!-- shell:/, `${name}: every marker replaced`);
    assert.equal(html.split(policy).length, 2, `${name}: the policy once`);
    assert.ok(html.indexOf(policy) < html.search(/<(script|link)\b/), `${name}: the policy before any link or script`);
    const nav = /<nav class="site-nav"[^>]*>(.*?)<\/nav>/.exec(html)?.[1];
    if (name === 'embed-frame.html') { assert.equal(nav, undefined, 'the embed frame has no sections bar'); continue; }
    const own = SECTIONS.find((s) => s.page === name);
    assert.deepEqual([...nav.matchAll(/aria-current="page">([^<]+)</g)].map((m) => m[1]), [own.label], `${name}: itself marked current`);
    assert.equal(nav.includes('>Coach<'), name === 'coach.html', `${name}: the coach page only on itself`);
  }
  assert.throws(() => stampShell('<!-- shell: footer -->', 'x.html'), /unknown page-shell marker/);
  assert.throws(() => stampShell('  <!-- shell: wasm -->', 'x.html'), /needs a module name/);
});
