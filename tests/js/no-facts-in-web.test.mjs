// Pages state nothing the core knows (issue 10, item 3): web/ (html and js, not the build
// output in web/wasm, web/vendor, the service worker, or the .d.ts generated from describe)
// writes no formula name, no list of an enum's values, no limit of the core as a min/max,
// and no RIR-to-RPE conversion. Every value looked for is taken from px.describe(), so this
// test is no copy of them either: a label or limit changed in the core is looked for as changed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadProximity } from '../../web/js/proximity.js';

const WEB = new URL('../../web/', import.meta.url).pathname;
const SKIP_DIRS = new Set(['wasm', 'vendor', 'data', 'icons']);
const SKIP_FILES = [/^sw\.js$/, /^workbox-.*\.js$/, /\.d\.ts$/];

function webFiles(dir = WEB) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    const rel = relative(WEB, path);
    if (statSync(path).isDirectory()) return SKIP_DIRS.has(rel) ? [] : webFiles(path);
    if (!/\.(html|js|mjs)$/.test(name) || SKIP_FILES.some((re) => re.test(name))) return [];
    return [{ rel, text: readFileSync(path, 'utf8') }];
  });
}

const px = await loadProximity();
const described = px.describe();
const files = webFiles();
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const lineOf = (text, index) => text.slice(0, index).split('\n').length;

test('the web files are found, and describe answers what this test looks for', () => {
  assert.ok(files.some((f) => f.rel === 'index.html') && files.some((f) => f.rel === 'widget/mode-calculator.js'));
  assert.ok(files.length >= 30 && files.some((f) => f.rel === 'js/today-page.js'), `${files.length} files`);
  assert.ok(described.enums.formula.length >= 7);
  assert.ok(described.limits.reps.max > 0 && described.limits.rpe.max > 0);
});

test('no formula name is written into web/: the labels come from px.describe()', () => {
  // The formulas' names (labels and short labels) as a person reads them.
  const names = new Set(described.enums.formula.flatMap((f) => [f.label, f.short]).filter((n) => n.length >= 4));
  const found = [];
  for (const { rel, text } of files)
    for (const name of names) {
      const at = text.search(new RegExp(`\\b${escape(name)}`));
      if (at >= 0) found.push(`${rel}:${lineOf(text, at)} "${name}"`);
    }
  assert.deepEqual(found, []);
});

// Two values of one enum next to each other with nothing but list punctuation or option
// markup between them: ['kg', 'lb'], "rir|rpe", <option value="normal">Normal</option><option value="deload">.
const LIST_GAP = new RegExp('^(?:' + [
  String.raw`\s+`, String.raw`[,'"\x60|/\[\]>]`, 'value=',                 // list punctuation
  String.raw`<\/?(?:option|input|label|code|td)\b[^<>]*`,                  // option / radio markup
  String.raw`[^\s<>'"\x60=;?&|(){},/\[\]]+`,                               // their visible words
].join('|') + ')*$');

// The widget's attribute names (rir, rpe) are its API, named like the effort scales: the
// widget and the Embed page that documents it may name them side by side.
const widgetSource = files.find((f) => f.rel === 'widget/proximity-widget.js').text;
const ATTRIBUTES = new Set(JSON.parse(/observedAttributes = (\[[^\]]*\])/.exec(widgetSource)[1].replace(/'/g, '"')));
const documentsAttributes = (rel) => rel.startsWith('widget/') || rel.startsWith('embed') || rel.startsWith('js/embed');

test('no list of an enum\'s values is written into web/: option lists come from px.describe()', () => {
  assert.ok(ATTRIBUTES.has('mode') && ATTRIBUTES.size >= 5);
  const found = [];
  for (const [name, choices] of Object.entries(described.enums)) {
    if (choices.length < 2) continue;
    const values = choices.map((c) => c.value);
    const token = new RegExp(`(?<=['"\`>])(${values.map(escape).join('|')})(?=['"\`<])`, 'g');
    for (const { rel, text } of files) {
      const hits = [...text.matchAll(token)];
      for (let i = 1; i < hits.length; i++) {
        const [a, b] = [hits[i - 1], hits[i]];
        const gap = text.slice(a.index + a[0].length, b.index);
        // A run inside a longer list of other names (the widget's attribute names 'reps',
        // 'rir', 'rpe') is that list, not the enum's.
        const before = text.slice(Math.max(0, a.index - 40), a.index - 1);
        const after = text.slice(b.index + b[0].length + 1, b.index + b[0].length + 40);
        const inLongerList = /['"`][\w-]+['"`]\s*,\s*$/.test(before) || /^\s*,\s*['"`][\w-]+['"`]/.test(after);
        const attributeNames = documentsAttributes(rel) && ATTRIBUTES.has(a[0]) && ATTRIBUTES.has(b[0]);
        if (a[0] !== b[0] && gap.length <= 160 && LIST_GAP.test(gap) && !inLongerList && !attributeNames)
          found.push(`${rel}:${lineOf(text, a.index)} ${name}: ${a[0]}, ${b[0]}`);
      }
    }
  }
  assert.deepEqual(found, []);
});

const limits = Object.values(described.limits);
const ends = { min: new Set(limits.map((l) => String(l.min))), max: new Set(limits.map((l) => String(l.max))) };

test('no limit of the core is written as an input\'s min or max in script: pages set them from px.describe()', () => {
  const found = [];
  for (const { rel, text } of files)
    for (const m of text.matchAll(/\bmax(?:="|\s*=\s*['"`])(-?\d+(?:\.\d+)?)['"`]/g))
      if (ends.max.has(m[1])) found.push(`${rel}:${lineOf(text, m.index)} ${m[0]}`);
  assert.deepEqual(found, []);
});

// An <input> of a page (or of a <template> in it) with a min or max attribute.
const inputRanges = (text) => [...text.matchAll(/<input\b[^>]*>/g)].flatMap((tag) =>
  [...tag[0].matchAll(/\s(min|max)="(-?\d+(?:\.\d+)?)"/g)].map((a) => ({ end: a[1], value: a[2], at: tag.index, tag: tag[0] })));

test('no html input writes an end of a limit the core describes: pages apply describe().limits at start', () => {
  assert.ok(limits.length >= 20 && described.limits.weeklySets && described.limits.failureBlockWeek, 'the advisor\'s limits are described');
  assert.equal(inputRanges('<input id="x" min="1" max="20" step="1">').length, 2, 'the check reads an input\'s min and max');
  const found = [];
  for (const { rel, text } of files.filter((f) => f.rel.endsWith('.html')))
    for (const r of inputRanges(text))
      if (ends[r.end].has(r.value)) found.push(`${rel}:${lineOf(text, r.at)} ${r.end}="${r.value}" in ${r.tag}`);
  assert.deepEqual(found, []);
});

test('no page converts RIR to RPE itself: the core answers on both scales', () => {
  const top = described.limits.rpe.max;   // RPE = top - RIR on the core's scale
  const conversion = new RegExp(`\\b${top}\\s*-\\s*(?:\\w*\\.)?(?:min|max|rir|\\w*Rir)\\b`, 'g');
  const found = [];
  for (const { rel, text } of files)
    for (const m of text.matchAll(conversion)) found.push(`${rel}:${lineOf(text, m.index)} ${m[0]}`);
  assert.deepEqual(found, []);
});
