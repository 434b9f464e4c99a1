#!/usr/bin/env python3
"""Score a run's graph nodes against real-world entities (AIDA links) by folds of documents.

usage: entity_folds.py GOLD.jsonl RUN_DIR [--errors]

Splits the gold documents into the five folds of `folds.py` by their id and scores each group
(all, dev folds 0-2, held-out folds 3-4) with `../shared/eval/score_graph_entities.py` against
the same run: nodes are built over the whole corpus, only the mentions counted differ. The
scorer's lists of split and joined entities are printed for the dev folds only (`--errors`);
never read the held-out folds' errors.
"""
import json
import os
import subprocess
import sys
import tempfile

from folds import DEV, HELD_OUT, split

SCORER = os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "eval", "score_graph_entities.py"
)


def main():
    argv = sys.argv[1:]
    errors = "--errors" in argv
    gold_path, run_dir = [a for a in argv if not a.startswith("--")]
    scorer = os.environ.get("SCORE_GRAPH_ENTITIES", os.path.normpath(SCORER))
    if not os.path.exists(scorer):
        scorer = "/work/shared/eval/score_graph_entities.py"
    lines = [line for line in open(gold_path, encoding="utf-8") if line.strip()]
    groups = split(lines, lambda line: json.loads(line)["id"])
    with tempfile.TemporaryDirectory() as tmp:
        for name in ("all", DEV, HELD_OUT):
            subset = groups[name]
            path = os.path.join(tmp, "gold.jsonl")
            with open(path, "w", encoding="utf-8") as out:
                out.writelines(subset)
            result = subprocess.run([sys.executable, scorer, path, run_dir], capture_output=True, text=True, check=True)
            output = result.stdout.strip().splitlines()
            print(f"{name:22} {len(subset):4} docs  {output[-1]}")
            if errors and name == DEV:
                print("\n".join("    " + row for row in output[:-1]))


if __name__ == "__main__":
    main()
