// Writes the fuzzer's seed corpus (tests/fuzz/corpus/) from the shared vectors: one file
// per vector and setup step, "<method>\n<input JSON>" (the format tests/fuzz/engine_fuzz.cpp
// reads). Run it again after adding vectors: node tests/fuzz/make_corpus.mjs
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

const vectorsDir = new URL('../vectors/', import.meta.url);
const corpusDir = new URL('./corpus/', import.meta.url);
rmSync(corpusDir, { recursive: true, force: true });
mkdirSync(corpusDir, { recursive: true });

const seeds = new Map();  // file name -> content (same content, one file)
for (const file of readdirSync(vectorsDir).filter((f) => f.endsWith('.json')).sort()) {
  const { vectors } = JSON.parse(readFileSync(new URL(file, vectorsDir), 'utf8'));
  for (const spec of vectors) {
    for (const step of [...(spec.setup ?? []), spec]) {
      if (!step.method) continue;
      const content = `${step.method}\n${JSON.stringify(step.input ?? {})}`;
      const hash = createHash('sha1').update(content).digest('hex').slice(0, 12);
      seeds.set(`${step.method}-${hash}`, content);
    }
  }
}
// Every method gets at least an empty input, read from the method table itself.
const registry = readFileSync(new URL('../../core/api/method_table.hpp', import.meta.url), 'utf8');
for (const [, method] of registry.matchAll(/\{"(\w+)", k\w+, \w+/g)) seeds.set(`${method}-empty`, `${method}\n{}`);
for (const [name, content] of seeds) writeFileSync(new URL(name, corpusDir), content);
console.log(`${seeds.size} seeds in tests/fuzz/corpus/`);
