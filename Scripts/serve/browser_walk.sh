#!/usr/bin/env bash
# Walks the pages of `newsgraph serve` as a reader would, in headless Chromium: search → entity →
# document → a neighbour, one screenshot each, following the links each page shows.
#
#   Scripts/serve/browser_walk.sh OUTPUT_DIR QUERY [SHOTS_DIR] [PORT]
#   e.g. Scripts/serve/browser_walk.sh /tmp/bbc-run blair /tmp/shots
#
# Needs a release build of newsgraph (.build/release/newsgraph), curl and chromium
# (apt-get install chromium). Serves on 127.0.0.1 only and stops the server when done.
set -euo pipefail
dir=${1:?output folder of a run}
query=${2:?a search query}
shots=${3:-/tmp/newsgraph-shots}
port=${4:-18080}
bin=${NEWSGRAPH:-.build/release/newsgraph}
browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || { echo "chromium is not installed (apt-get install chromium)" >&2; exit 2; }
mkdir -p "$shots"
base="http://127.0.0.1:$port"

"$bin" serve "$dir" --port "$port" 2>"$shots/server.log" &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -fs "$base/openapi.json" >/dev/null && break; sleep 0.2; done

# The first link of a page to a path under $2/.
first_link() { curl -fs "$1" | grep -o "href=\"/$2/[^\"]*\"" | head -n "${3:-1}" | tail -n 1 | sed 's/^href="//; s/"$//'; }

shoot() {
    echo "$2: $base$1"
    "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1200,1600 \
        --screenshot="$shots/$2.png" "$base$1" 2>/dev/null
}

search="/search?q=$(printf %s "$query" | sed 's/ /+/g')"
shoot "$search" 1-search
entity=$(first_link "$base$search" entities)
[ -n "$entity" ] || { echo "no entity found for $query" >&2; exit 1; }
shoot "$entity" 2-entity
document=$(first_link "$base$entity" documents)
[ -n "$document" ] || { echo "no document names $entity" >&2; exit 1; }
shoot "$document" 3-document
# The entity page's first link to another entity: its heaviest neighbour.
neighbour=$(curl -fs "$base$entity" | grep -o 'href="/entities/[^"]*"' | sed 's/^href="//; s/"$//' \
    | grep -v -x -F "$entity" | head -n 1)
[ -n "$neighbour" ] || { echo "$entity has no neighbour" >&2; exit 1; }
shoot "$neighbour" 4-neighbour
echo "screenshots in $shots"
