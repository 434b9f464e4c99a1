#!/usr/bin/env python3
"""Run `newsgraph extract -` on Spark (local mode) over a corpus folder, then merge the parts.

    pip install pyspark            # Java 17 must be on PATH
    swift build -c release
    python3 Scripts/spark/run_spark.py corpus --out /tmp/spark-run

Each `.txt`/`.html` file under the folder becomes a JSONL record {"id", "text"|"html", "source"}
with the id `newsgraph run` would give it (its path relative to the folder, without the
extension). Each Spark partition is streamed through one `newsgraph extract -` process, which
prints one record a line on standard output and one line per failed document on standard
error; the records are saved as OUT/parts/part-NNNNN, the failures listed in OUT/failures.txt
and printed, and `newsgraph graph OUT/parts/part-* --out OUT/merged` builds the graph. Unless
--no-compare, the script also runs `newsgraph run FOLDER --out OUT/single` and checks that the
merged graph files are byte for byte the single run's.

OUT must not exist or be empty (--force replaces it). Exit status: 0 when the graphs agree and
no document failed, 1 otherwise, 2 on usage errors.
"""
import argparse
import filecmp
import glob
import json
import os
import shutil
import subprocess
import sys
import time


def usage_error(message):
    print("run_spark.py: %s" % message, file=sys.stderr)
    sys.exit(2)


def records(folder):
    """(id, JSON line) for every article file, in sorted order."""
    found = []
    for directory, _, names in os.walk(folder):
        for name in names:
            lowered = name.lower()
            if lowered.endswith((".txt", ".html", ".htm")):
                found.append(os.path.relpath(os.path.join(directory, name), folder))
    found.sort(key=lambda path: path.encode("utf-8"))
    for relative in found:
        with open(os.path.join(folder, relative), "rb") as handle:
            raw = handle.read()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", errors="replace")  # as newsgraph's fallback decodes
        identifier, extension = os.path.splitext(relative)
        field = "text" if extension.lower() == ".txt" else "html"
        yield json.dumps({"id": identifier, field: text, "source": os.path.join(folder, relative)}, ensure_ascii=False)


def extract_partition(command):
    """A function for mapPartitions: the partition's lines through one extractor process, as
    ("record", line) and ("failure", line) pairs."""
    def run(lines):
        import subprocess
        payload = "".join(line + "\n" for line in lines)
        process = subprocess.run(command, input=payload, capture_output=True, text=True)
        for line in process.stdout.splitlines():
            yield ("record", line)
        for line in process.stderr.splitlines():
            yield ("failure", line)
        if process.returncode not in (0, 1):
            yield ("failure", "newsgraph extract exited with status %d" % process.returncode)
    return run


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder")
    parser.add_argument("--out", required=True)
    parser.add_argument("--newsgraph", default=os.path.join(os.path.dirname(__file__), "../../.build/release/newsgraph"))
    parser.add_argument("--partitions", type=int, default=4)
    parser.add_argument("--cores", type=int, default=2)
    parser.add_argument("--no-compare", action="store_true")
    parser.add_argument("--force", action="store_true", help="replace OUT if it holds anything")
    args = parser.parse_args()
    newsgraph = os.path.abspath(args.newsgraph)
    if not os.access(newsgraph, os.X_OK):
        usage_error("no newsgraph binary at %s (swift build -c release, or --newsgraph PATH)" % newsgraph)
    if not os.path.isdir(args.folder):
        usage_error("%s is not a folder" % args.folder)
    lines = list(records(args.folder))
    if not lines:
        usage_error("no .txt or .html files under %s" % args.folder)
    if os.path.exists(args.out) and (not os.path.isdir(args.out) or os.listdir(args.out)):
        if not args.force:
            usage_error("%s already exists and is not empty (--force replaces it)" % args.out)
        if os.path.isdir(args.out):
            shutil.rmtree(args.out)
        else:
            os.remove(args.out)
    os.makedirs(args.out, exist_ok=True)

    try:
        from pyspark import SparkConf, SparkContext
    except ImportError:
        usage_error("pyspark is not installed (pip install pyspark; Java 17 must be on PATH)")

    conf = SparkConf().setMaster("local[%d]" % args.cores).setAppName("newsgraph").set("spark.ui.enabled", "false").set("spark.ui.showConsoleProgress", "false")
    context = SparkContext(conf=conf)
    context.setLogLevel("ERROR")
    start = time.time()
    # One extractor process per partition, one job inside it: Spark provides the parallelism.
    command = [newsgraph, "extract", "-", "--jobs", "1"]
    results = context.parallelize(lines, args.partitions).mapPartitions(extract_partition(command)).cache()
    results.filter(lambda pair: pair[0] == "record").map(lambda pair: pair[1]).saveAsTextFile(
        os.path.join(args.out, "parts"))
    failures = results.filter(lambda pair: pair[0] == "failure").map(lambda pair: pair[1]).collect()
    context.stop()
    spark_seconds = time.time() - start
    with open(os.path.join(args.out, "failures.txt"), "w", encoding="utf-8") as handle:
        handle.writelines(line + "\n" for line in failures)
    for line in failures:
        print("failed: %s" % line, file=sys.stderr)
    parts = sorted(glob.glob(os.path.join(args.out, "parts", "part-*")))
    extracted = sum(1 for part in parts for _ in open(part, encoding="utf-8"))
    print("spark: %d documents in, %d records out of %d parts, %d failures (failures.txt), in %.1f s"
          % (len(lines), extracted, len(parts), len(failures), spark_seconds))
    subprocess.run([newsgraph, "graph", *parts, "--out", os.path.join(args.out, "merged")], check=True)
    if args.no_compare:
        sys.exit(1 if failures else 0)
    subprocess.run([newsgraph, "run", args.folder, "--out", os.path.join(args.out, "single"), "--quiet"], check=False)
    same = True
    for name in ["graph.graphml", "graph.json", "nodes.csv", "edges.csv"]:
        equal = filecmp.cmp(os.path.join(args.out, "merged", name), os.path.join(args.out, "single", name), shallow=False)
        print("%-14s %s" % (name, "identical to the single run" if equal else "DIFFERS from the single run"))
        same = same and equal
    sys.exit(0 if same and not failures else 1)


if __name__ == "__main__":
    main()
