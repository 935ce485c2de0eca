#!/usr/bin/env bash
# Runs every Statuscope benchmark.  Not part of the tests: it takes several
# minutes and its figures depend on the machine.  Needs root (apt-get) the
# first time; results go to bench/results-DATE.md, to be copied into
# bench/RESULTS.md when they are worth keeping.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v nginx >/dev/null || ! command -v hyperfine >/dev/null; then
  ./build-aux/install-deps.sh
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends nginx hyperfine curl
fi

# A release build: the figures are for what users run.
if [ ! -d _build-bench ]; then
  meson setup _build-bench --buildtype=release -Dtests=false
fi
ninja -C _build-bench

exec python3 bench/bench.py _build-bench "$@"
