// Where a module's bytes go: each function's body size in the .wasm code section, named
// by the module's own name section (link with --profiling-funcs: the names survive every
// optimisation, which a symbol map written beside the module does not), demangled with
// c++filt, summed by family (nlohmann/json, libc++, embind, the core's namespaces).
// Usage: node scripts/lib/wasm-sizes.mjs <module.wasm> [top N]
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const [wasmFile, topArg = '25'] = process.argv.slice(2);
const bytes = readFileSync(wasmFile);
let at = 8;
const uleb = () => { let v = 0, shift = 0, b; do { b = bytes[at++]; v |= (b & 0x7f) << shift; shift += 7; } while (b & 0x80); return v >>> 0; };

let importedFunctions = 0;
const names = new Map();  // function index -> name (the name section)
const bodies = [];  // [function index, size]
const sections = [];
while (at < bytes.length) {
  const id = bytes[at++];
  const size = uleb();
  const end = at + size;
  sections.push([id, size]);
  if (id === 2) {  // imports: count the functions, which come first in the index space
    for (let n = uleb(); n > 0; n--) {
      for (let k = 0; k < 2; k++) at += uleb();  // module, field names (uleb is the length)
      const kind = bytes[at++];
      if (kind === 0) { uleb(); importedFunctions++; }
      else if (kind === 1) { at++; const f = uleb(); uleb(); if (f & 1) uleb(); }
      else if (kind === 2) { const f = uleb(); uleb(); if (f & 1) uleb(); }
      else if (kind === 3) { at += 2; }
      else if (kind === 4) { at++; uleb(); }
    }
  } else if (id === 0) {  // a custom section: "name" holds the function names (subsection 1)
    const nameLength = uleb();
    const sectionName = bytes.toString('utf8', at, at + nameLength);
    at += nameLength;
    while (sectionName === 'name' && at < end) {
      const sub = bytes[at++];
      const subSize = uleb();
      const subEnd = at + subSize;
      if (sub === 1) {
        for (let n = uleb(); n > 0; n--) {
          const index = uleb();
          const length = uleb();
          names.set(index, bytes.toString('utf8', at, at + length));
          at += length;
        }
      }
      at = subEnd;
    }
  } else if (id === 10) {
    for (let n = uleb(), i = 0; i < n; i++) {
      const s = uleb();
      bodies.push([importedFunctions + i, s]);
      at += s;
    }
  }
  at = end;
}

const mangled = bodies.map(([index]) => names.get(index) ?? `#${index}`);
const demangled = execFileSync('c++filt', { input: mangled.join('\n'), maxBuffer: 1 << 26 }).toString().split('\n');

const family = (name) => {
  if (/nlohmann/.test(name)) return 'nlohmann::json';
  if (/emscripten|embind|_embind/.test(name)) return 'embind';
  const core = /proximity::(\w+)/.exec(name);
  if (core) return `proximity::${core[1]}`;
  if (/std::|__cxx|__cxa|__gxx|operator new|operator delete/.test(name)) return 'libc++/abi';
  return 'libc/other';
};
const total = bodies.reduce((s, [, size]) => s + size, 0);
const byFamily = new Map();
bodies.forEach(([, size], i) => byFamily.set(family(demangled[i]), (byFamily.get(family(demangled[i])) ?? 0) + size));
console.log(`${wasmFile}: ${bytes.length} bytes; code ${total} bytes in ${bodies.length} functions`);
console.log('sections (id: bytes):', sections.map(([id, s]) => `${id}:${s}`).join(' '));
if (!names.size) console.log('no name section: link with --profiling-funcs to name the functions');
console.log('\nby family (code bytes):');
for (const [name, size] of [...byFamily].sort((a, b) => b[1] - a[1]))
  console.log(`${String(size).padStart(8)}  ${(100 * size / total).toFixed(1).padStart(5)} %  ${name}`);
console.log(`\nlargest ${topArg} functions:`);
bodies.map(([, size], i) => [size, demangled[i]]).sort((a, b) => b[0] - a[0]).slice(0, Number(topArg))
  .forEach(([size, name]) => console.log(`${String(size).padStart(8)}  ${name.slice(0, 150)}`));
