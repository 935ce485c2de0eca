#!/usr/bin/env bash
# The history's cost at an agency's scale: 10,000 sites checked 100 times
# (twice a day for 50 days).  Prints a Markdown table for
# bench/history-RESULTS.md: the database's size, how fast runs are
# written, and how long one site's history takes to read while the main
# loop keeps running.  Not part of the tests (about a minute).
#   bench/history-bench.sh [SITES [RUNS]]
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d _build-bench ]; then
  meson setup _build-bench --buildtype=release -Dtests=false -Dapp=false
fi
ninja -C _build-bench src/core/history/libsc-history.a src/core/result/libsc-result.a \
  src/core/catalog/libsc-catalog.a src/core/base/libsc-base.a

b=_build-bench
cc -O2 -o "$b/history-bench" bench/history-bench.c -I"$b" \
  -Isrc/core/base -Isrc/core/catalog -Isrc/core/result -Isrc/core/check -Isrc/core/history \
  -DGLIB_VERSION_MIN_REQUIRED=GLIB_VERSION_2_74 -DGLIB_VERSION_MAX_ALLOWED=GLIB_VERSION_2_74 \
  "$b/src/core/history/libsc-history.a" "$b/src/core/result/libsc-result.a" \
  "$b/src/core/catalog/libsc-catalog.a" "$b/src/core/base/libsc-base.a" \
  $(pkg-config --cflags --libs gio-2.0 sqlite3 libsoup-3.0 json-glib-1.0)

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$b/history-bench" "$dir/history.db" "${1:-10000}" "${2:-100}"
# Once more on the same file without writing: opening it again and reading
# one site, as the app does when a site is selected.
HISTORY_BENCH_READ_ONLY=1 "$b/history-bench" "$dir/history.db" "${1:-10000}" "${2:-100}" 
