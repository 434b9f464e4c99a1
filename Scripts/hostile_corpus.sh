#!/usr/bin/env bash
# The hostile corpus at full size, through the command line: a 100 MB text file (over the 64 MB
# document limit, refused before it is read), binary, empty, truncated .gz, invalid UTF-8, deeply
# nested HTML (read flattened), a 64 KB line of names (no co-mention edges), a JSONL line over the
# limit (read past), a dangling link, a named pipe and a mode-000 file. Expect exit status 1 and
# every file in report.json.
#
#   swift build && Scripts/hostile_corpus.sh [MEGABYTES]
set -uo pipefail
megabytes=${1:-100}
here=$(cd "$(dirname "$0")/.." && pwd)
binary=${NEWSGRAPH:-$here/.build/debug/newsgraph}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
in=$work/in
mkdir -p "$in"
cp "$here/corpus/text/russia-iran-weapons.txt" "$in/good.txt"
head -c 4096 /dev/urandom > "$in/binary.html"
: > "$in/empty.txt"
gzip -c "$here/corpus/text/russia-iran-weapons.txt" | head -c 500 > "$in/truncated.txt.gz"
printf 'Gordon Brown visited Paris. \xc3\x28\xff\xfe\x80 Then he left.\n' > "$in/invalid-utf8.txt"
yes 'Tony Blair met Gordon Brown in London on Monday.' | head -c $((megabytes << 20)) > "$in/large.txt"
python3 -c 'import sys; d=50000; sys.stdout.write("<div>"*d + "<p>Deep text about Tony Blair.</p>" + "</div>"*d)' > "$in/nested.html"
python3 -c 'import sys; sys.stdout.write("The board met on Monday. " + ", ".join("Ms Quorv%05d" % i for i in range(4000)) + " met.\n")' > "$in/names.txt"
{ echo '{"id":"short","text":"The board met on Monday."}'; printf '{"id":"long","text":"'; head -c $(((megabytes << 20) - 100)) /dev/zero | tr '\0' x; echo '"}'; } > "$in/records.jsonl"
echo 'locked' > "$in/locked.txt" && chmod 000 "$in/locked.txt"
ln -s "$work/nowhere.txt" "$in/dangling.txt"
mkfifo "$in/pipe.txt"

/usr/bin/time -f '%e s, peak RSS %M kB' "$binary" run "$in" --out "$work/out" --quiet
status=$?
echo "exit status $status"
python3 - "$work/out/report.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
print("documents %d, succeeded %d, failed %d, by kind %s" % (
    report["documents"], report["succeeded"], report["failed"], json.dumps(report["errors_by_kind"])))
for error in report["errors"]:
    print("  %-16s %-13s %s" % (error["id"], error["kind"], error["message"][:70]))
PY
