// One list of the store's record kinds (web/js/lib/store-keys.js, issue 21): every page
// reads and writes a record under a key from that list, and "Your data" names every kind
// from it. This test finds a key written as a string anywhere else in web/js, so a second
// copy of a key (PLAN_KEY was once defined in two pages) cannot come back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { KEY, RECORD_KINDS, itemName } from '../../web/js/lib/store-keys.js';

const JS = new URL('../../web/js/', import.meta.url).pathname;
const HOME = 'lib/store-keys.js';
const files = (dir = JS) => readdirSync(dir).flatMap((name) => {
  const path = join(dir, name);
  if (statSync(path).isDirectory()) return files(path);
  return name.endsWith('.js') ? [relative(JS, path)] : [];
});

// The same words used for something that is no store record: which core build a page loads
// (loadProximity({module: 'calculator'})), where a profile's max came from (withMax(...,
// 'history')), and the sync connection's own IndexedDB object store "settings".
const NOT_A_RECORD = [
  /module: 'calculator'/,
  /withMax\(.*'(calculator|history)'\)/,
  /createObjectStore\('settings'\)|db\.(get|put|delete)\('settings'/,
];
// A string handed to the store is a key, known or not; an element id ($('history')) is not.
const STORE_CALL = /\b(?:store|saved|records)\.(?:read|write|remove|setAside|keepAside|list)\(\s*['"`]/;
const LITERAL = /'([^'\\\n]*)'|"([^"\\\n]*)"|`([^`$\\]*)`/g;

function codeLines(text) {
  return text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ''))
    .split('\n').map((line) => line.replace(/^\s*\/\/.*$/, '').replace(/\s\/\/\s.*$/, '').replace(/\$\('[^']*'\)/g, ''));
}

function strayKeys() {
  const keys = new Set(Object.values(KEY));
  const found = [];
  for (const file of files()) {
    if (file === HOME || file.endsWith('.d.ts')) continue;
    codeLines(readFileSync(join(JS, file), 'utf8')).forEach((line, i) => {
      if (NOT_A_RECORD.some((re) => re.test(line))) return;
      const literals = [...line.matchAll(LITERAL)].map((m) => m[1] ?? m[2] ?? m[3]);
      if (STORE_CALL.test(line) || literals.some((s) => keys.has(s))) found.push(`web/js/${file}:${i + 1}: ${line.trim()}`);
    });
  }
  return found;
}

test('every kind of record has a key and a name, each once', () => {
  const keys = RECORD_KINDS.map((k) => k.key);
  assert.equal(new Set(keys).size, keys.length);
  assert.ok(RECORD_KINDS.every((k) => k.name && k.name !== 'Saved item'));
  for (const key of ['settings', 'calculator', 'profile', 'plan', 'plan.draft', 'plan.position', 'session.current', 'history.document', 'workout/'])
    assert.ok(keys.includes(key), key);
});

test('"Your data" names every kind of record from the list, one record per workout included', () => {
  assert.equal(itemName(KEY.plan), 'Training plan');
  assert.equal(itemName(KEY.session), 'Workout in progress');
  assert.equal(itemName(`${KEY.workout}2026-01-05T18:00|Push`), 'Logged workout');
  assert.equal(itemName(KEY.warmups), 'Warm-up settings');
  assert.equal(itemName(`${KEY.feedback}2026-01-05T18:00|Push`), 'Session feedback');
  assert.equal(itemName('something.else'), 'Saved item');
  const dataControls = readFileSync(join(JS, 'data-controls.js'), 'utf8');
  assert.match(dataControls, /import \{[^}]*\bitemName\b[^}]*\} from '\.\/lib\/store-keys\.js'/);
});

test('the search finds a key written outside the list', () => {
  const lines = (s) => codeLines(s).filter((line) => STORE_CALL.test(line) || [...line.matchAll(LITERAL)].some((m) => KEY.plan === (m[1] ?? m[2] ?? m[3])));
  assert.equal(lines("const PLAN_KEY = 'plan';").length, 1);
  assert.equal(lines("await store.read('today.new')").length, 1);
  assert.equal(lines('if (key === "plan") go();').length, 1);
  assert.equal(lines("// a comment naming 'plan'\nlist.classList.remove('plan-open'); $('plan').hidden = true;").length, 0);
});

test('no store key is written as a string in web/js outside lib/store-keys.js', () => {
  assert.deepEqual(strayKeys(), []);
});
