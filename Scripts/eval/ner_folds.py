#!/usr/bin/env python3
"""Score `newsgraph extract` output on an NER set by folds of documents.

usage: ner_folds.py GOLD.jsonl PRED.jsonl [--write DIR] [--errors N] [--labels]

Documents are split into five folds by a hash of their id. Folds 0-2 are for development (read
their errors and text, fix causes); folds 3 and 4 are held out: report their scores, never read
their documents or errors. Prints the whole set, dev and held out, each scored with
`../shared/eval/score_ner.py` (the micro line; `--labels` adds the per-label table).
`--write DIR` keeps the dev subset as DIR/dev.jsonl (gold) to read; `--errors N` lists the
first N errors of the dev folds only.
"""
import json
import os
import subprocess
import sys
import tempfile

from folds import DEV, HELD_OUT, split

SCORER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "eval", "score_ner.py")


def main():
    argv = sys.argv[1:]
    options = {}
    for name in ("--write", "--errors"):
        if name in argv:
            at = argv.index(name)
            options[name] = argv[at + 1]
            del argv[at : at + 2]
    per_label = "--labels" in argv
    gold_path, pred_path = [a for a in argv if not a.startswith("--")]
    scorer = os.environ.get("SCORE_NER", os.path.normpath(SCORER))
    lines = [line for line in open(gold_path, encoding="utf-8") if line.strip()]
    groups = split(lines, lambda line: json.loads(line)["id"])
    groups = {name: groups[name] for name in ("all", DEV, HELD_OUT)}
    if "--write" in options:
        os.makedirs(options["--write"], exist_ok=True)
        with open(os.path.join(options["--write"], "dev.jsonl"), "w", encoding="utf-8") as out:
            out.writelines(groups[DEV])
    with tempfile.TemporaryDirectory() as tmp:
        for name, subset in groups.items():
            path = os.path.join(tmp, "gold.jsonl")
            with open(path, "w", encoding="utf-8") as out:
                out.writelines(subset)
            command = [sys.executable, scorer, path, pred_path]
            if name.startswith("dev") and "--errors" in options:
                command += ["--errors", options["--errors"]]
            result = subprocess.run(command, capture_output=True, text=True, check=True)
            output = result.stdout.strip().splitlines()
            print(f"{name:22} {len(subset):4} docs  {output[-1]}")
            if per_label or (name.startswith("dev") and "--errors" in options):
                print("\n".join("    " + row for row in output[:-1] if not row.startswith("ignored")))


if __name__ == "__main__":
    main()
