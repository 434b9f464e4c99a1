#!/usr/bin/env python3
"""Draw entities and quotes at random from a run, with context, for judging by eye.

usage: audit_sample.py DOCUMENTS.jsonl OUT.tsv [--entities 300] [--quotes 100] [--seed 16]
       audit_sample.py --score JUDGED.tsv
       audit_sample.py --keys JUDGED.tsv KEYS.tsv
       audit_sample.py --check KEYS.tsv DOCUMENTS.jsonl

DOCUMENTS.jsonl is `newsgraph extract` output (for example over ../shared/eval/html-wcxb/pages).
Names (not dates or amounts) and quotes of English records are drawn with a fixed seed; each row
of OUT.tsv gives the kind, document, the item (label and text, or quote and speaker) with its
offsets, its sentence with the item in [[ ]], and two empty columns, `judgement` (ok / wrong /
partial) and `note`, for a reader to fill. Keep that file outside the repository: it quotes the
evaluation pages. A quotation recorded in parts (each later part names the one before in
`continues`: `"A," she said, "B."`) is drawn once, as one row: its parts joined by " … ", its
offsets from the first part's start to the last part's end; `--quote-parts` draws every part as
a row of its own, as the samples judged before 2026-12-08 were drawn.
--score prints precision from a judged file: ok counts 1, partial 0.5, wrong 0; rows left empty
are counted apart.
--keys keeps only what identifies each item (kind, document, label, offsets, a digest of its
text) and its judgement: no text, so it can live in the repository as a regression set.
--check tells, for a later run, how many items of each judgement it still produces: the same
offsets, or the same text in the same document under the same label (the digest), so that a
change to the extracted text, which moves offsets, does not lose the judged items.
"""
import csv
import hashlib
import json
import random
import sys

NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"}
FIELDS = ["kind", "document", "label", "start", "end", "item", "speaker", "context", "judgement", "note"]
CUT_MARK = " [… the audit file cuts here; "
KEY_FIELDS = ["kind", "document", "label", "start", "end", "judgement", "digest"]


def digest(text):
    """Twelve hex digits of the item's words as a judged file holds them (400 characters at
    most): identifies the item again without quoting it."""
    return hashlib.sha1(" ".join(text.split())[:400].encode("utf-8")).hexdigest()[:12]


def shortened(item):
    """The first 400 characters, and how many more there are, so that a reader does not take
    the file's cut for the extractor's."""
    return item if len(item) <= 400 else f"{item[:400]}{CUT_MARK}{len(item) - 400} more characters]"


def sentence_around(text, start, end, width=220):
    left = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, start - width, 0)
    right_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    right = min(right_candidates + [end + width, len(text)])
    snippet = text[left:start] + "[[" + text[start:end] + "]]" + text[end:right + 1]
    return " ".join(snippet.split())


def quotations(quotes, whole):
    """Lists of parts, each list one quotation: a part whose `continues` names an earlier part
    joins that part's list, unless `whole` is false."""
    chains, chain_of = [], {}
    for quote in sorted(quotes, key=lambda q: q["start"]):
        earlier = chain_of.get(quote.get("continues")) if whole else None
        if earlier is None:
            earlier = []
            chains.append(earlier)
        earlier.append(quote)
        chain_of[quote["start"]] = earlier
    return chains


def quotation_text(text, parts):
    return " … ".join(" ".join(text[part["start"]:part["end"]].split()) for part in parts)


def draw(documents_path, out_path, entities, quotes, seed, whole=True):
    names, speech = [], []
    with open(documents_path, encoding="utf-8") as source:
        for line in source:
            record = json.loads(line)
            if (record.get("language") or "en") != "en":
                continue
            text = record["text"]
            for mention in record.get("entities", []):
                if mention["label"] in NAME_LABELS:
                    names.append((record["id"], text, mention))
            for parts in quotations(record.get("quotes", []), whole):
                speech.append((record["id"], text, parts))
    rng = random.Random(seed)
    rows = []
    for document, text, mention in rng.sample(names, min(entities, len(names))):
        rows.append({
            "kind": "entity", "document": document, "label": mention["label"], "start": mention["start"],
            "end": mention["end"], "item": mention["text"],
            "speaker": "", "context": sentence_around(text, mention["start"], mention["end"]),
            "judgement": "", "note": "",
        })
    for document, text, parts in rng.sample(speech, min(quotes, len(speech))):
        start, end = parts[0]["start"], parts[-1]["end"]
        rows.append({
            "kind": "quote", "document": document, "label": parts[0]["kind"], "start": start, "end": end,
            "item": shortened(quotation_text(text, parts)),
            "speaker": parts[0].get("speaker") or "", "context": sentence_around(text, start, end, 300),
            "judgement": "", "note": "",
        })
    with open(out_path, "w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=FIELDS, delimiter="\t")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} rows ({len(names)} names and {len(speech)} quotes to draw from) -> {out_path}")


def score(path):
    totals = {}
    with open(path, encoding="utf-8") as source:
        for row in csv.DictReader(source, delimiter="\t"):
            kind = row["kind"]
            value = {"ok": 1.0, "partial": 0.5, "wrong": 0.0}.get(row["judgement"].strip().lower())
            judged, points, empty = totals.get(kind, (0, 0.0, 0))
            if value is None:
                totals[kind] = (judged, points, empty + 1)
            else:
                totals[kind] = (judged + 1, points + value, empty)
    for kind, (judged, points, empty) in sorted(totals.items()):
        precision = points / judged if judged else 0.0
        print(f"{kind}: precision {precision:.3f} on {judged} judged rows ({empty} not judged)")


def keys(judged_path, out_path):
    with open(judged_path, encoding="utf-8") as source, open(out_path, "w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=KEY_FIELDS, delimiter="\t", extrasaction="ignore")
        writer.writeheader()
        for row in csv.DictReader(source, delimiter="\t"):
            row["digest"] = digest(row["item"].split(CUT_MARK)[0])
            writer.writerow(row)


def check(keys_path, documents_path):
    produced = set()
    with open(documents_path, encoding="utf-8") as source:
        for line in source:
            record = json.loads(line)
            text = record.get("text") or ""
            for mention in record.get("entities", []):
                produced.add(("entity", record["id"], mention["label"], mention["start"], mention["end"]))
                produced.add(("entity", record["id"], mention["label"], digest(mention["text"])))
            for quote in record.get("quotes", []):
                produced.add(("quote", record["id"], quote["kind"], quote["start"], quote["end"]))
                produced.add(("quote", record["id"], quote["kind"], digest(text[quote["start"]:quote["end"]])))
            for parts in quotations(record.get("quotes", []), True):
                if len(parts) > 1:
                    kind = parts[0]["kind"]
                    produced.add(("quote", record["id"], kind, parts[0]["start"], parts[-1]["end"]))
                    produced.add(("quote", record["id"], kind, digest(quotation_text(text, parts))))
    tally = {}
    with open(keys_path, encoding="utf-8") as source:
        for row in csv.DictReader(source, delimiter="\t"):
            identity = (row["kind"], row["document"], row["label"])
            found = identity + (int(row["start"]), int(row["end"])) in produced
            found = found or bool(row.get("digest")) and identity + (row["digest"],) in produced
            counts = tally.setdefault((row["kind"], row["judgement"] or "not judged"), [0, 0])
            counts[0] += 1
            counts[1] += found
    for (kind, judgement), (total, still) in sorted(tally.items()):
        print(f"{kind} judged {judgement}: {still} of {total} still produced")


if __name__ == "__main__":
    arguments = sys.argv[1:]
    if arguments[:1] == ["--score"]:
        score(arguments[1])
    elif arguments[:1] == ["--keys"]:
        keys(arguments[1], arguments[2])
    elif arguments[:1] == ["--check"]:
        check(arguments[1], arguments[2])
    else:
        options = {"--entities": 300, "--quotes": 100, "--seed": 16}
        positional = []
        whole = "--quote-parts" not in arguments
        arguments = [argument for argument in arguments if argument != "--quote-parts"]
        index = 0
        while index < len(arguments):
            if arguments[index] in options:
                options[arguments[index]] = int(arguments[index + 1])
                index += 2
            else:
                positional.append(arguments[index])
                index += 1
        draw(positional[0], positional[1], options["--entities"], options["--quotes"], options["--seed"], whole)
