#!/usr/bin/env python3
"""Score `newsgraph extract --only parse` output on WCXB by folds of sites.

usage: wcxb_folds.py GROUND_TRUTH.json PRED.jsonl [--metadata]

Pages are split into five folds by a hash of their URL's host, so one site never sits in two
folds. Folds 0-2 are for development (read their pages, fix causes); folds 3 and 4 are held
out: report them, never read their pages. Prints the whole set and each fold, scored with
`../shared/eval/score_html.py` (and `score_metadata.py` with --metadata).
"""
import json
import os
import subprocess
import sys
import tempfile
from urllib.parse import urlparse

import folds


def site(url):
    """Pages are folded by site, so one site never sits in two folds."""
    return urlparse(url).netloc.lower().removeprefix("www.")


def fold_of(url):
    return folds.fold_of(site(url))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    metadata = "--metadata" in sys.argv
    truth_path, pred_path = args
    eval_dir = os.path.join(os.path.dirname(os.path.abspath(truth_path)), "..")
    truth = json.load(open(truth_path))
    groups = folds.split(list(truth), lambda pid: site(truth[pid].get("url", pid)))
    scorers = [os.path.join(eval_dir, "score_html.py")]
    if metadata:
        scorers.append(os.path.join(eval_dir, "score_metadata.py"))
    with tempfile.TemporaryDirectory() as tmp:
        for name, ids in groups.items():
            subset = os.path.join(tmp, "truth.json")
            with open(subset, "w") as out:
                json.dump({pid: truth[pid] for pid in ids}, out)
            lines = []
            for scorer in scorers:
                result = subprocess.run(
                    [sys.executable, scorer, subset, pred_path], capture_output=True, text=True, check=True
                )
                lines.append(result.stdout.strip().splitlines()[-1])
            print(f"{name:22} {len(ids):4} pages  " + "  |  ".join(lines))


if __name__ == "__main__":
    main()
