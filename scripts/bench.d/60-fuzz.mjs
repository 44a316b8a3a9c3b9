// Fuzzing figures: executions and executions per second of the libFuzzer target over
// Engine::call (tests/fuzz/engine_fuzz.cpp, ASan + UBSan), from the last `scripts/test`
// run (build/fuzz-stats.json, written by scripts/lib/fuzz.sh). Without that file, it
// builds the sanitizer build and fuzzes for 20 s itself.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const ROOT = new URL('../../', import.meta.url).pathname;
const STATS = `${ROOT}build/fuzz-stats.json`;

let source = 'the last scripts/test run';
if (!existsSync(STATS)) {
  source = 'a 20 s run now (no scripts/test run found)';
  execFileSync(`${ROOT}scripts/lib/build-asan.sh`, { stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync(`${ROOT}scripts/lib/fuzz.sh`, ['20'], { stdio: ['ignore', 'ignore', 'inherit'] });
}
const s = JSON.parse(readFileSync(STATS, 'utf8'));
console.log('== fuzzing: libFuzzer over Engine::call, every method (ASan + UBSan)');
console.log(`from ${source}: ${s.executions.toLocaleString('en')} executions in ${s.seconds} s, ` +
  `${s.execPerSec.toLocaleString('en')} exec/s; ${s.seeds} seeds, corpus now ${s.corpus} inputs; ` +
  `${s.ok ? 'no crash, leak or hang' : 'FAILED (see build/fuzz/last-run.log)'}`);
