// No module of the pages or the widget imports, directly or through others, a module that
// imports it back (issue 21): the graph is esbuild's own (scripts/lib/import-cycles.mjs),
// static and dynamic imports alike.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importGraph, cycles } from '../../scripts/lib/import-cycles.mjs';

const graph = await importGraph();

test('the graph holds every page module and its imports', () => {
  assert.ok(Object.keys(graph).length >= 65, `${Object.keys(graph).length} modules`);
  assert.ok(graph['js/planner-page.js'].includes('js/planner/controller.js'));
  assert.ok(graph['js/planner/editor.js'].includes('js/planner/set-row.js'));
  // A dynamic import() is an edge too.
  assert.ok(graph['js/calculator-page.js'].includes('js/calculator/equipment-editor.js'));
});

test('the cycle finder finds cycles, long and short, and nothing in a tree', () => {
  assert.deepEqual(cycles({ a: ['b'], b: ['c'], c: ['a', 'd'], d: [] }), [['a', 'b', 'c']]);
  assert.deepEqual(cycles({ a: ['a'] }), [['a']]);
  assert.deepEqual(cycles({ a: ['b', 'c'], b: ['c'], c: [] }), []);
});

test('web/js and web/widget have no import cycle', () => {
  assert.deepEqual(cycles(graph), []);
});
