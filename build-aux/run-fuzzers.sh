#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan), replays the
# committed corpora, then fuzzes each target for SECONDS (default 30) on a
# scratch copy of its corpus.  Any crash, leak or failed check fails the
# script and leaves the input in the scratch directory, named in the output.
#
#   build-aux/run-fuzzers.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
build=_build-fuzz

if [ ! -d "$build" ]; then
  CC=clang meson setup "$build" -Dfuzzing=true -Dapp=false -Dtests=true \
    -Db_sanitize=address,undefined -Db_lundef=false
fi
ninja -C "$build"

# The committed corpora, once each (libFuzzer's -runs=0).
meson test -C "$build" --suite fuzz --print-errorlogs

scratch=$(mktemp -d)
for target in url site-list report catalog; do
  mkdir -p "$scratch/$target"
  cp tests/fuzz/corpus/fuzz-$target/* "$scratch/$target/"
  echo "== fuzz-$target for ${seconds}s"
  "$build/tests/fuzz/fuzz-$target" -max_total_time="$seconds" -timeout=10 \
    -artifact_prefix="$scratch/$target-" -print_final_stats=1 "$scratch/$target" 2>&1 | tail -n 12
done
rm -rf "$scratch"
