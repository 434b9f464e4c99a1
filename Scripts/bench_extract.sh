#!/usr/bin/env bash
# `newsgraph extract` against `newsgraph bench` (parse + extract of the same documents held in
# memory), alternated in the same minutes: wall and CPU seconds (user + system) of each, and
# extract with one and two jobs. With BEFORE set, the build before is run alternately too.
#
#   swift build -c release --product newsgraph
#   Scripts/bench_extract.sh [INPUT.jsonl] [REPEATS]
#   BEFORE=/tmp/newsgraph-main Scripts/bench_extract.sh /work/bench/bbc10.jsonl 3
#
# The bench's figure leaves out what only the command does: reading and decoding the JSONL
# lines, encoding and writing the records and handing them over in input order.
set -euo pipefail
input=${1:-/work/bench/bbc10.jsonl}
repeats=${2:-3}
here=$(cd "$(dirname "$0")/.." && pwd)
binaries=("${NEWSGRAPH:-$here/.build/release/newsgraph}")
[ -n "${BEFORE:-}" ] && binaries+=("$BEFORE")

for _ in $(seq "$repeats"); do
    for binary in "${binaries[@]}"; do
        for jobs in 1 2; do
            /usr/bin/time -f "$binary extract --jobs $jobs: wall %e s, CPU %U+%S s, RSS %M KB" \
                "$binary" extract "$input" --jobs "$jobs" --quiet > /dev/null
        done
        # The benchmark's own figure: the median of its repetitions (the first also reads the
        # language tables, which the command pays once at start-up).
        "$binary" bench "$input" --jobs 2 | sed -n "s|^parse + extract: |$binary bench: |p"
    done
done
