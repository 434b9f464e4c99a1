#!/usr/bin/env bash
# The BBC corpus repeated to at least 1 GB, run through `newsgraph run` (records, database, graph)
# and then `newsgraph extract` (records only): docs/s, MB/s, peak RSS of each.
#
#   swift build -c release && Scripts/bench_scale.sh [CORPUS] [GIGABYTES]
#
# The copies are written as JSONL records (ids `copyN/category/NNN`, one file per 64 copies) in a
# temporary folder that is removed afterwards; /usr/bin/time -v gives the peak RSS.
set -euo pipefail
corpus=${1:-/work/shared/corpus/bbc}
gigabytes=${2:-1}
here=$(cd "$(dirname "$0")/.." && pwd)
binary=${NEWSGRAPH:-$here/.build/release/newsgraph}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$corpus" "$work/in" "$gigabytes" <<'PY'
import json, os, sys
corpus, out, gigabytes = sys.argv[1], sys.argv[2], float(sys.argv[3])
os.makedirs(out)
docs = []
for directory, _, names in os.walk(corpus):
    for name in sorted(names):
        if name.endswith(".txt") and name != "README.TXT":
            raw = open(os.path.join(directory, name), "rb").read()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                text = raw.decode("cp1252", errors="replace")
            docs.append((os.path.relpath(os.path.join(directory, name), corpus)[:-4], text))
docs.sort()
lines = [json.dumps({"id": "%s", "text": text}) for _, text in docs]
template = [(identifier, line) for (identifier, _), line in zip(docs, lines)]
target, written, copy, handle = gigabytes * 1e9, 0, 0, None
while written < target:
    if copy % 64 == 0:
        handle = open(os.path.join(out, "copies-%04d.jsonl" % (copy // 64)), "w")
    for identifier, line in template:
        record = line.replace('"%s"', json.dumps("copy%d/%s" % (copy, identifier)), 1) + "\n"
        handle.write(record)
        written += len(record.encode("utf-8"))
    copy += 1
print("generated %d copies of %d documents: %.2f GB" % (copy, len(docs), written / 1e9))
PY

# RUN_FLAGS: extra options for `run` (e.g. --no-duplicate-detection).
/usr/bin/time -v "$binary" run "$work/in" --out "$work/out" --quiet ${RUN_FLAGS:-} 2> "$work/time.txt" || true
# The extract stage alone over the same input: JSONL records to /dev/null, no database or graph.
/usr/bin/time -v "$binary" extract "$work/in" --quiet > /dev/null 2> "$work/extract-time.txt" || true
python3 - "$work/out/report.json" "$work/time.txt" "$work/extract-time.txt" <<'PY'
import json, re, sys
report = json.load(open(sys.argv[1]))

def timing(path):
    text = open(path).read()
    rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
    clock = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (.+)", text).group(1).split(":")
    seconds = sum(float(part) * 60 ** index for index, part in enumerate(reversed(clock)))
    return seconds, rss_kb / 1024

documents, megabytes = report["documents"], report["input_bytes"] / 1e6
elapsed, rss = timing(sys.argv[2])
print("run: documents %d (%d failed), input %.1f MB, wall %.1f s (%.1f s until the graph was written): "
      "%.0f docs/s, %.1f MB/s input, peak RSS %.0f MB" % (
          documents, report["failed"], megabytes, elapsed, report["seconds"]["wall"],
          documents / elapsed, megabytes / elapsed, rss))
elapsed, rss = timing(sys.argv[3])
print("extract: wall %.1f s: %.0f docs/s, %.1f MB/s input, peak RSS %.0f MB" % (
    elapsed, documents / elapsed, megabytes / elapsed, rss))
PY
