#!/usr/bin/env bash
# Runs the libFuzzer target over Engine::call (build/asan/tests/fuzz/engine_fuzz) for
# $1 seconds (default 120) from the committed seeds (tests/fuzz/corpus/, and the inputs of
# past findings in tests/fuzz/regressions/) and what earlier
# runs found (build/fuzz/corpus/), and writes its figures to build/fuzz-stats.json
# (printed by scripts/bench). Fails on any crash, sanitizer finding, leak, input slower
# than 10 s, or memory over 2 GB; the input that did it is kept in build/fuzz/.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
seconds="${1:-120}"
mkdir -p build/fuzz/corpus
log=build/fuzz/last-run.log
status=0
ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
  build/asan/tests/fuzz/engine_fuzz -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -detect_leaks=1 \
  -print_final_stats=1 -artifact_prefix=build/fuzz/ build/fuzz/corpus tests/fuzz/corpus tests/fuzz/regressions >"$log" 2>&1 || status=$?
stat() { sed -n "s/^stat::$1: *//p" "$log" | tail -1; }
executions="$(stat number_of_executed_units)"
per_second="$(stat average_exec_per_sec)"
cat >build/fuzz-stats.json <<JSON
{"seconds": $seconds, "executions": ${executions:-0}, "execPerSec": ${per_second:-0}, "seeds": $(ls tests/fuzz/corpus | wc -l), "corpus": $(ls build/fuzz/corpus | wc -l), "ok": $([ "$status" = 0 ] && echo true || echo false)}
JSON
if [ "$status" != 0 ]; then
  echo "fuzz: FAILED (exit $status); the last lines of $log:" >&2
  tail -40 "$log" >&2
  exit 1
fi
echo "fuzz: ${executions:-?} executions in ${seconds} s (${per_second:-?}/s), no crash, leak or hang"
