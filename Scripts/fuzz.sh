#!/usr/bin/env bash
# Runs one fuzz target under libFuzzer with AddressSanitizer for a given time.
#
#   Scripts/fuzz.sh TARGET SECONDS [LIBFUZZER OPTION...]   TARGET: parse, extract, records, gzip, warc,
#                                                          graph, addresses
#   Scripts/fuzz.sh build                                  builds all seven, runs none
#
# Builds `fuzz-TARGET` with -sanitize=fuzzer,address (in .build/fuzz, apart from the ordinary
# build; each links only the module it exercises, never the network stack), seeds a working
# corpus in .build/fuzz/corpus/TARGET from corpus/, the tests' own examples and the kept crashes,
# and runs it, printing libFuzzer's final statistics. A crash, leak or slow input (over 30 s) is
# written to Fuzz/crashes/TARGET/: fix it, keep the file (swift test replays every kept input),
# commit both. Several targets may run at once once they are built.
set -euo pipefail
cd "$(dirname "$0")/.."
targets="parse extract records gzip warc graph addresses"

build() {
    swift build -c release --product "fuzz-$1" --scratch-path .build/fuzz \
        -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -use-ld=lld >&2
}

target=${1:?usage: Scripts/fuzz.sh TARGET SECONDS | Scripts/fuzz.sh build}
if [ "$target" = build ]; then
    for name in $targets; do build "$name"; done
    exit 0
fi
seconds=${2:?usage: Scripts/fuzz.sh TARGET SECONDS}
shift 2
case " $targets " in *" $target "*) ;; *) echo "fuzz.sh: unknown target $target" >&2; exit 2 ;; esac
build "$target"

# Seeds: the repository's articles and the string literals of the tests that read what the
# target reads (their own examples), written once into the working corpus.
work=.build/fuzz/corpus/$target
mkdir -p "$work" "Fuzz/crashes/$target"
if [ -z "$(ls -A "$work")" ]; then
    python3 - "$target" "$work" <<'PY'
import glob, gzip, json, os, re, sys
target, work = sys.argv[1], sys.argv[2]
def literals(folder, minimum):
    """String literals of a test folder's Swift files, multi-line ones included."""
    found = []
    for path in sorted(glob.glob(folder + "/*.swift")):
        source = open(path, encoding="utf-8").read()
        found += re.findall(r'"""\n(.*?)\n\s*"""', source, re.S)
        found += re.findall(r'"((?:[^"\\\n]|\\.){%d,})"' % minimum, source)
    return [text for text in found if len(text) >= minimum]
def texts():
    return [open(p, "rb").read().decode("utf-8", "replace") for p in sorted(glob.glob("corpus/text/*") + glob.glob("corpus/bbc/*/*"))]
seeds = []
if target == "parse":
    seeds = [open(p, "rb").read() for p in sorted(glob.glob("corpus/html/*"))]
    seeds += [s.encode() for s in literals("Tests/NewsGraphParseTests", 40) if "<" in s]
elif target == "extract":
    seeds = [t.encode() for t in texts()] + [s.encode() for s in literals("Tests/NewsGraphExtractTests", 30)]
elif target == "records":
    seeds = [json.dumps({"id": str(i), "text": t[:2000]}).encode() for i, t in enumerate(texts())]
    seeds += [json.dumps({"id": "h", "source": "s", "html": s}, ensure_ascii=False).encode()
              for s in literals("Tests/NewsGraphParseTests", 40)[:20]]
    seeds += [line for line in open("Tests/Golden/documents.jsonl", "rb").read().split(b"\n") if line]
    seeds += [s.encode() for s in literals("Tests/NewsGraphFetchTests", 2) if "{" in s]
elif target == "graph":
    # Two articles in one input, parted by a NUL byte; a line of names as one sentence.
    bodies = texts()
    seeds = [a.encode() + b"\0" + b.encode() for a, b in zip(bodies, bodies[1:] + bodies[:1])]
    seeds += [s.encode() for s in literals("Tests/NewsGraphExtractTests", 30)]
    seeds.append(" ".join("Orvel%d Quist" % i for i in range(80)).encode())
elif target == "addresses":
    # Feeds and sitemaps from the tests, robots.txt and URL lists written here.
    seeds = [s.encode() for s in literals("Tests/NewsGraphParseTests", 20) if "<rss" in s or "<feed" in s
             or "<urlset" in s or "<sitemapindex" in s or s.lstrip().startswith("{")]
    seeds += [b"User-agent: *\nDisallow: /private\nSitemap: https://example.com/sitemap.xml\nsitemap: /news.xml # ours\n",
              b"# today's pages\nhttps://example.com/a\n\n  http://example.org/b?c=d  \n",
              b'<html><head><link rel="alternate" type="application/rss+xml" href="/feed"></head></html>']
elif target == "gzip":
    seeds = [gzip.compress(t.encode()) for t in texts()] + [gzip.compress(b""), gzip.compress(b"a" * 5000)]
elif target == "warc":
    def record(kind, block, uri="http://example.com/a"):
        return (b"WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: 2024-03-05T10:00:00Z\r\n"
                b"Content-Length: %d\r\n\r\n" % (kind, uri.encode(), len(block))) + block + b"\r\n\r\n"
    page = b"<html><body><p>A test page body.</p></body></html>"
    plain = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page
    zipped = b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n" + gzip.compress(page)
    records = [record(b"warcinfo", b"software: test\r\n"), record(b"request", b"GET / HTTP/1.1\r\n\r\n"),
               record(b"response", plain), record(b"response", zipped, "<http://example.com/b>")]
    seeds = [records[2], b"".join(records), b"".join(gzip.compress(r) for r in records)]
for i, seed in enumerate(seeds):
    open(os.path.join(work, "seed%03d" % i), "wb").write(seed)
PY
fi
cp -n Fuzz/crashes/"$target"/* "$work"/ 2>/dev/null || true
rm -f "$work/README"
dictionary=()
[ -f "Fuzz/dictionaries/$target.dict" ] && dictionary=(-dict="Fuzz/dictionaries/$target.dict")
".build/fuzz/release/fuzz-$target" "$work" "${dictionary[@]}" -max_total_time="$seconds" -timeout=30 \
    -rss_limit_mb=4096 -artifact_prefix="Fuzz/crashes/$target/" -print_final_stats=1 "$@"
