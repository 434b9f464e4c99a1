#!/usr/bin/env bash
# Runs one fuzz target under libFuzzer with AddressSanitizer for a given time.
#
#   Scripts/fuzz.sh TARGET SECONDS     TARGET: parse, extract, records, gzip, warc
#
# Builds `fuzz-TARGET` with -sanitize=fuzzer,address (in .build/fuzz, apart from the ordinary
# build), seeds a working corpus in .build/fuzz/corpus/TARGET from corpus/ and the kept crashes,
# and runs it. A crash is written to Fuzz/crashes/TARGET/: fix it, keep the file (swift test
# replays every kept crash), commit both.
set -euo pipefail
target=${1:?usage: Scripts/fuzz.sh TARGET SECONDS}
seconds=${2:?usage: Scripts/fuzz.sh TARGET SECONDS}
cd "$(dirname "$0")/.."
case $target in parse|extract|records|gzip|warc) ;; *) echo "fuzz.sh: unknown target $target" >&2; exit 2 ;; esac

swift build -c release --product "fuzz-$target" --scratch-path .build/fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -parse-as-library >&2

work=.build/fuzz/corpus/$target
mkdir -p "$work" "Fuzz/crashes/$target"
if [ -z "$(ls -A "$work")" ]; then
    case $target in
    parse) cp corpus/html/* "$work"/ ;;
    extract) find corpus/text corpus/bbc -name '*.txt' | head -50 | xargs -I{} cp {} "$work"/ ;;
    records) python3 - "$work" <<'PY'
import json, os, sys
for i, name in enumerate(sorted(os.listdir("corpus/text"))):
    text = open(os.path.join("corpus/text", name), encoding="utf-8").read()
    open(os.path.join(sys.argv[1], "seed%d" % i), "w").write(json.dumps({"id": name, "text": text[:2000]}))
PY
    ;;
    gzip) for f in corpus/text/*; do gzip -c "$f" > "$work/$(basename "$f").gz"; done ;;
    warc) printf 'WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.com/a\r\nContent-Length: 80\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>A test page body.</p></body></html>\r\n\r\n' > "$work/seed" ;;
    esac
fi
cp -n Fuzz/crashes/"$target"/* "$work"/ 2>/dev/null || true
".build/fuzz/release/fuzz-$target" "$work" -max_total_time="$seconds" -rss_limit_mb=4096 \
    -artifact_prefix="Fuzz/crashes/$target/" -print_final_stats=1
