#!/usr/bin/env python3
"""Score quote extraction on PolNeAr-style gold by folds of documents.

usage: quotes_folds.py GOLD.jsonl PRED.jsonl [--kinds K] [--strict-pronouns]
       quotes_folds.py GOLD.jsonl PRED.jsonl --errors N [--kinds K]   (dev folds only)
       quotes_folds.py GOLD.jsonl --write-dev DEV.jsonl                 (the dev folds' documents)

Documents are split into five folds by a hash of their id. Folds 0-2 are for development (read
their text and errors); folds 3 and 4 are held out: report them, never read them, so --errors
prints only the dev folds. Scores with `../shared/eval/score_quotes.py` next to the gold file.
"""
import json
import os
import subprocess
import sys
import tempfile

from folds import DEV, DEV_FOLDS, fold_of, split



def main():
    argv = sys.argv[1:]
    if "--write-dev" in argv:
        with open(argv[argv.index("--write-dev") + 1], "w", encoding="utf-8") as out:
            out.writelines(line for line in open(argv[0], encoding="utf-8")
                           if line.strip() and fold_of(json.loads(line)["id"]) in DEV_FOLDS)
        return
    paths = [a for i, a in enumerate(argv) if not a.startswith("--") and (i == 0 or argv[i - 1] not in ("--kinds", "--errors"))
             ]
    gold_path, pred_path = paths
    passthrough = []
    if "--kinds" in argv:
        passthrough += ["--kinds", argv[argv.index("--kinds") + 1]]
    if "--strict-pronouns" in argv:
        passthrough.append("--strict-pronouns")
    errors = argv[argv.index("--errors") + 1] if "--errors" in argv else None
    scorer = os.path.join(os.path.dirname(os.path.abspath(gold_path)), "..", "score_quotes.py")
    lines = [line for line in open(gold_path, encoding="utf-8") if line.strip()]
    groups = split(lines, lambda line: json.loads(line)["id"])
    names = [DEV] if errors else list(groups)
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            subset = os.path.join(tmp, "gold.jsonl")
            with open(subset, "w", encoding="utf-8") as out:
                out.writelines(groups.get(name, []))
            extra = ["--errors", errors] if errors else []
            result = subprocess.run([sys.executable, scorer, subset, pred_path] + passthrough + extra,
                                    capture_output=True, text=True, check=True)
            if errors:
                print(result.stdout)
            else:
                print(f"{name:22} {len(groups.get(name, [])):4} docs  " + result.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    main()
