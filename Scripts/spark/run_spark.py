#!/usr/bin/env python3
"""Run `newsgraph extract -` on Spark (local mode) over a corpus folder, then merge the parts.

    pip install pyspark            # Java 17 must be on PATH
    swift build -c release
    python3 Scripts/spark/run_spark.py /work/shared/corpus/bbc --out /tmp/spark-run

Each `.txt`/`.html` file under the folder becomes a JSONL record {"id", "text"|"html", "source"}
with the id `newsgraph run` would give it (its path relative to the folder, without the
extension). Spark's RDD.pipe streams each partition through one `newsgraph extract -` process,
which prints one record a line; the partitions are saved as OUT/parts/part-NNNNN, and
`newsgraph graph OUT/parts/part-* --out OUT/merged` builds the graph. With --compare (the
default) the script also runs `newsgraph run FOLDER --out OUT/single` and checks that the merged
graph files are byte for byte the single run's.
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


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder")
    parser.add_argument("--out", required=True)
    parser.add_argument("--newsgraph", default=os.path.join(os.path.dirname(__file__), "../../.build/release/newsgraph"))
    parser.add_argument("--partitions", type=int, default=4)
    parser.add_argument("--cores", type=int, default=2)
    parser.add_argument("--no-compare", action="store_true")
    args = parser.parse_args()
    newsgraph = os.path.abspath(args.newsgraph)
    if not os.access(newsgraph, os.X_OK):
        sys.exit("no newsgraph binary at %s (swift build -c release, or --newsgraph PATH)" % newsgraph)

    from pyspark import SparkConf, SparkContext

    shutil.rmtree(args.out, ignore_errors=True)
    os.makedirs(args.out)
    conf = SparkConf().setMaster("local[%d]" % args.cores).setAppName("newsgraph").set("spark.ui.enabled", "false").set("spark.ui.showConsoleProgress", "false")
    context = SparkContext(conf=conf)
    context.setLogLevel("ERROR")
    start = time.time()
    lines = list(records(args.folder))
    # One extractor process per partition, one job inside it: Spark provides the parallelism.
    command = [newsgraph, "extract", "-", "--quiet", "--jobs", "1"]
    context.parallelize(lines, args.partitions).pipe(" ".join(command)).saveAsTextFile(os.path.join(args.out, "parts"))
    context.stop()
    spark_seconds = time.time() - start
    parts = sorted(glob.glob(os.path.join(args.out, "parts", "part-*")))
    extracted = sum(1 for part in parts for _ in open(part, encoding="utf-8"))
    print("spark: %d documents in, %d records out of %d parts in %.1f s" % (len(lines), extracted, len(parts), spark_seconds))
    subprocess.run([newsgraph, "graph", *parts, "--out", os.path.join(args.out, "merged")], check=True)
    if args.no_compare:
        return
    subprocess.run([newsgraph, "run", args.folder, "--out", os.path.join(args.out, "single"), "--quiet"], check=False)
    same = True
    for name in ["graph.graphml", "graph.json", "nodes.csv", "edges.csv"]:
        equal = filecmp.cmp(os.path.join(args.out, "merged", name), os.path.join(args.out, "single", name), shallow=False)
        print("%-14s %s" % (name, "identical to the single run" if equal else "DIFFERS from the single run"))
        same = same and equal
    sys.exit(0 if same else 1)


if __name__ == "__main__":
    main()
