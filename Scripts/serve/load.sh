#!/usr/bin/env bash
# Load on `newsgraph serve` with wrk: uncached entity pages, each request a different entity
# (the server runs with --page-cache 0, so every page is rendered from the database), and
# POST /api/extract with one article.
#
#   Scripts/serve/load.sh OUTPUT_DIR [ENTITIES] [ARTICLE] [PORT]
#   e.g. Scripts/serve/load.sh /tmp/bbc-run 2000 corpus/bbc/politics/001.txt
#
# ENTITIES: how many of the most mentioned entities to cycle through (default 2000).
# Needs a release build (.build/release/newsgraph), sqlite3 and wrk. Serves on 127.0.0.1 only
# and stops the server when done. Run it on a quiet machine: the figures are the machine's.
set -euo pipefail
dir=${1:?output folder of a run}
count=${2:-2000}
article=${3:-}
port=${4:-18081}
bin=${NEWSGRAPH:-.build/release/newsgraph}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
base="http://127.0.0.1:$port"

"$bin" serve "$dir" --port "$port" --page-cache 0 2>"$work/server.log" &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do curl -fs "$base/openapi.json" >/dev/null && break; sleep 0.2; done

sqlite3 -readonly "$dir/newsgraph.sqlite" \
    "SELECT id FROM entities ORDER BY mentions DESC, id LIMIT $count" >"$work/ids.txt"
echo "entity pages, uncached, $(wc -l <"$work/ids.txt") entities:"
ENTITY_IDS="$work/ids.txt" wrk -t2 -c64 -d30s --latency -s "$here/entities.lua" "$base"

if [ -n "$article" ]; then
    printf 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "text/plain; charset=utf-8"\n' >"$work/post.lua"
    printf 'local f = io.open("%s", "rb"); wrk.body = f:read("*a"); f:close()\n' "$article" >>"$work/post.lua"
    echo "POST /api/extract, $(wc -c <"$article") bytes:"
    wrk -t2 -c64 -d30s --latency -s "$work/post.lua" "$base/api/extract"
fi
