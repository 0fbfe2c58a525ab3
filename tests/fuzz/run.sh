#!/bin/sh
# Builds the wire-decoder fuzzer with clang (libFuzzer + ASan + UBSan) into build/fuzz and
# runs it for a bounded number of executions; non-zero on any crash, leak or UB report.
#   tests/fuzz/run.sh            1,000,000 executions (CI)
#   tests/fuzz/run.sh 10000000   a longer run; or -max_total_time via FUZZ_ARGS
set -eu
RUNS=${1:-1000000}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT="$ROOT/build/fuzz"
mkdir -p "$OUT/corpus" "$OUT/seeds"

CXX=${FUZZ_CXX:-clang++}
FLAGS="-std=c++20 -g -O1 -I$ROOT -fno-sanitize-recover=all"
SOURCES="$ROOT/sync/core/codec.cpp $ROOT/sync/core/uuid.cpp $ROOT/sync/core/hlc.cpp"
LIBS="$(pkg-config --libs libzstd zlib)"

$CXX $FLAGS -fsanitize=address,undefined -o "$OUT/gen_corpus" \
    "$ROOT/tests/fuzz/gen_corpus.cpp" $SOURCES $LIBS
"$OUT/gen_corpus" "$OUT/seeds"

$CXX $FLAGS -fsanitize=fuzzer,address,undefined -o "$OUT/fuzz_decoder" \
    "$ROOT/tests/fuzz/fuzz_decoder.cpp" $SOURCES $LIBS

# New finds go to build/fuzz/corpus (first folder); committed and generated seeds are read.
cd "$OUT"
UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=0 \
    ./fuzz_decoder -runs="$RUNS" -rss_limit_mb=512 -malloc_limit_mb=64 -max_len=65536 \
    -print_final_stats=1 ${FUZZ_ARGS:-} "$OUT/corpus" "$ROOT/tests/fuzz/corpus" "$OUT/seeds"
