// The calculator page asks for every JS module it imports statically in its <head>
// (<script type="module"> or <link rel="modulepreload">), so no module waits for the one
// that imports it: on a phone each such wait is a round trip (150 ms on the bench's phone
// profile) before the first result.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pageRefs, staticGraph } from '../../scripts/lib/page-graph.mjs';

const WEB = new URL('../../web/', import.meta.url).pathname;

test('the calculator page preloads its whole static module graph', () => {
  const page = join(WEB, 'index.html');
  const asked = new Set(pageRefs(readFileSync(page, 'utf8'), WEB)
    .filter((r) => r.tag === 'script' || r.rel === 'modulepreload').map((r) => r.file));
  const modules = [...staticGraph(page)].filter((f) => f.endsWith('.js') && !f.includes('/wasm/'));
  assert.ok(modules.length >= 10, `the graph walker found the page's modules (${modules.length})`);
  const missing = modules.filter((f) => !asked.has(f)).map((f) => relative(WEB, f));
  assert.deepEqual(missing, [], 'modules imported but not preloaded by web/index.html');
});
