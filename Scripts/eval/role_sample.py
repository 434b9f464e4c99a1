#!/usr/bin/env python3
"""Draw ROLE edges of a run at random, each with a sentence that gives it, for judging by eye.

usage: role_sample.py RUN_DIR OUT.tsv [--count 100] [--seed 17]
       role_sample.py --score JUDGED.tsv

RUN_DIR is a `newsgraph run` output folder (newsgraph.sqlite and documents.jsonl). The ROLE
edges (person, title, organisation) of the `roles` view are sorted and drawn with a fixed seed;
each row of OUT.tsv gives the edge, the document of its first instance (input order) and that
instance's sentence with the title in [[ ]], and two empty columns, `judgement` (ok / wrong) and
`note`. An edge is right when the sentence says the person holds that title in that organisation
or country. Keep OUT.tsv outside the repository: it quotes the corpus.
--score prints precision from a judged file, all and by folds of the documents (folds.py; rows
left empty are counted apart).
"""
import csv
import json
import random
import sqlite3
import sys

import folds

FIELDS = ["person", "title", "organisation", "weight", "document", "context", "judgement", "note"]


def sentence_around(text, start, end, width=260):
    left = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, start - width, 0)
    right_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    right = min(right_candidates + [end + width, len(text)])
    return " ".join((text[left:start] + "[[" + text[start:end] + "]]" + text[end:right + 1]).split())


def draw(run, out_path, count, seed):
    db = sqlite3.connect(f"{run}/newsgraph.sqlite")
    edges = sorted(db.execute("SELECT person, title, organisation, mentions FROM roles"))
    node_of = dict(db.execute("SELECT key, entity FROM entity_keys"))
    chosen = random.Random(seed).sample(edges, min(count, len(edges)))
    wanted = {(person, title, organisation): weight for person, title, organisation, weight in chosen}
    found = {}
    with open(f"{run}/documents.jsonl", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            for role in record.get("roles") or []:
                if role.get("organisation") is None:
                    continue
                edge = (node_of.get(role["person"], role["person"]), role["title"],
                        node_of.get(role["organisation"], role["organisation"]))
                if edge in wanted and edge not in found:
                    found[edge] = (record["id"], sentence_around(record["text"], role["start"], role["end"]))
    with open(out_path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter="\t")
        writer.writerow(FIELDS)
        for person, title, organisation, weight in chosen:
            document, context = found.get((person, title, organisation), ("", ""))
            writer.writerow([person, title, organisation, weight, document, context, "", ""])
    print(f"{len(chosen)} of {len(edges)} ROLE edges drawn (seed {seed}); {len(found)} with a sentence; wrote {out_path}")


def score(path):
    """Precision over all judged rows and by fold of the edge's document (folds.py)."""
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    judged = [row for row in rows if row["judgement"].strip()]
    for name, group in folds.split(judged, lambda row: row["document"]).items():
        if name.startswith("fold"):
            continue
        right = sum(row["judgement"].strip() == "ok" for row in group)
        print(f"{name:24} precision {right}/{len(group)} = {right / max(len(group), 1):.3f}")
    print(f"unjudged {len(rows) - len(judged)}")


def main(argv):
    if argv[:1] == ["--score"]:
        return score(argv[1])
    run, out_path = argv[0], argv[1]
    count = int(argv[argv.index("--count") + 1]) if "--count" in argv else 100
    seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 17
    draw(run, out_path, count, seed)


if __name__ == "__main__":
    main(sys.argv[1:])
