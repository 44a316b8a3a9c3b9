#!/usr/bin/env bash
# Builds the sanitizer build (build/asan): the core and the GoogleTests with clang,
# AddressSanitizer and UndefinedBehaviorSanitizer (-fno-sanitize-recover=all: any finding
# fails), plus the libFuzzer target tests/fuzz/engine_fuzz. Used by scripts/test and
# scripts/bench.d/60-fuzz.mjs. -O1 with line tables only (enough for the sanitizers' stack
# traces): fast enough to run, quicker to compile than a full -g.
source "$(dirname "$0")/setup.sh"
cd "$ROOT"
if [ ! -f build/asan/CMakeCache.txt ]; then
  CC=clang CXX=clang++ cmake -S . -B build/asan -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -gline-tables-only" \
    -DPROXIMITY_SANITIZE=ON >/dev/null
fi
cmake --build build/asan -j"${JOBS:-$(nproc)}"
