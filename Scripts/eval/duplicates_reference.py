#!/usr/bin/env python3
"""Near-duplicate reference: exact Jaccard similarity of five-word shingle sets between every pair
of documents, and the run's `duplicate_of` marks scored against it.

    python3 Scripts/eval/duplicates_reference.py OUT/documents.jsonl [--threshold 0.8]
    python3 Scripts/eval/duplicates_reference.py CORPUS_FOLDER        # reference figures only

Words are runs of ASCII letters, digits and non-ASCII bytes of the UTF-8 text, ASCII lower-cased,
with U+00A0, U+00AB, U+00BB and U+2000-U+206F (curly quotes, dashes, ellipsis) as separators
(NewsGraph's ShingleSignature reads words the same way); a text of fewer than five words is one
shingle. Pairs are exact: by default every pair that shares at least one shingle is compared (an
inverted index finds them; any other pair has similarity 0), `--all-pairs` compares literally
every pair, for checking that the two agree.

With marks, a reference pair counts as found when both documents land in one cluster (the same
original: a document is its own original unless it has `duplicate_of`). Recall is given at 0.9 and
at the run's threshold; precision is the share of marks whose exact similarity reaches the
threshold, and marks below 0.5 are counted. Figures are given for all pairs and by folds (the fold
of a pair is the fold of its smaller id; folds 0-2 are development, 3-4 held out).
"""
import argparse
import itertools
import json
import os
import re
import sys
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from folds import split  # noqa: E402

WORD = re.compile(rb"[A-Za-z0-9\x80-\xff]+")
SEPARATORS = re.compile("[\u00a0\u00ab\u00bb\u2000-\u206f]")
SHINGLE_WORDS = 5


def shingles(text):
    words = [word.lower() for word in WORD.findall(SEPARATORS.sub(" ", text).encode("utf-8"))]
    if not words:
        return frozenset()
    if len(words) < SHINGLE_WORDS:
        return frozenset([b" ".join(words)])
    return frozenset(b" ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1))


def read_documents(path):
    """(id, text, duplicate_of, similarity) of each record, or of each .txt file of a folder."""
    documents = []
    if os.path.isdir(path):
        for directory, _, names in os.walk(path):
            for name in sorted(names):
                if name.endswith(".txt") and name != "README.TXT":
                    raw = open(os.path.join(directory, name), "rb").read()
                    try:
                        text = raw.decode("utf-8")
                    except UnicodeDecodeError:
                        text = raw.decode("cp1252", errors="replace")
                    documents.append((os.path.relpath(os.path.join(directory, name), path), text, None, None))
        documents.sort()
    else:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    record = json.loads(line)
                    documents.append(
                        (record["id"], record.get("text") or "", record.get("duplicate_of"), record.get("similarity"))
                    )
    return documents


def jaccard(a, b):
    if not a or not b:
        return 0.0
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared)


def pair_similarities(sets, all_pairs):
    """{(i, j): jaccard} for i < j with similarity above 0."""
    result = {}
    if all_pairs:
        for i, j in itertools.combinations(range(len(sets)), 2):
            value = jaccard(sets[i], sets[j])
            if value > 0:
                result[(i, j)] = value
        return result
    postings = defaultdict(list)
    for index, shingle_set in enumerate(sets):
        for shingle in shingle_set:
            postings[shingle].append(index)
    shared = defaultdict(int)
    for indexes in postings.values():
        for i, j in itertools.combinations(indexes, 2):
            shared[(i, j)] += 1
    for (i, j), count in shared.items():
        result[(i, j)] = count / (len(sets[i]) + len(sets[j]) - count)
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("input", help="documents.jsonl of a run, or a folder of .txt files")
    parser.add_argument("--threshold", type=float, default=0.8, help="the run's --duplicate-threshold")
    parser.add_argument("--all-pairs", action="store_true", help="compare every pair literally")
    parser.add_argument("--list", action="store_true", help="print the pairs at or above the threshold")
    arguments = parser.parse_args()

    documents = read_documents(arguments.input)
    ids = [document[0] for document in documents]
    sets = [shingles(document[1]) for document in documents]
    similarities = pair_similarities(sets, arguments.all_pairs)
    print(f"{len(documents)} documents, {len(similarities)} pairs sharing a shingle")
    identical = sum(1 for (i, j) in similarities if sets[i] == sets[j] and sets[i])
    print(f"pairs with equal shingle sets: {identical}")
    for bound in (1.0, 0.9, 0.8, 0.7, 0.5):
        print(f"pairs with similarity >= {bound}: {sum(1 for value in similarities.values() if value >= bound)}")
    if arguments.list:
        for (i, j), value in sorted(similarities.items(), key=lambda item: -item[1]):
            if value >= arguments.threshold:
                print(f"  {value:.3f}  {ids[i]}  {ids[j]}")

    marked = [(index, document[2], document[3]) for index, document in enumerate(documents) if document[2]]
    if not marked and not os.path.isdir(arguments.input):
        print("no duplicate_of marks in the records")
    if os.path.isdir(arguments.input):
        return
    position = {identifier: index for index, identifier in enumerate(ids)}
    original = {index: position.get(document[2], index) for index, document in enumerate(documents) if document[2]}

    def cluster(index):
        return original.get(index, index)

    def fold_key(pair):
        return min(ids[pair[0]], ids[pair[1]])

    pairs = list(similarities.items())
    groups = split(pairs, lambda item: fold_key(item[0]))
    marks = []
    for index, of, estimate in marked:
        other = position.get(of)
        exact = jaccard(sets[index], sets[other]) if other is not None else None
        marks.append((index, other, estimate, exact))
    mark_groups = split(marks, lambda mark: min(ids[mark[0]], of_id(mark, ids)))
    print(f"\nmarks: {len(marks)} documents with duplicate_of (threshold {arguments.threshold})")
    print(f"{'set':22} {'pairs>=0.9':>10} {'found':>6} {'recall':>7} {'pairs>=thr':>10} {'found':>6} {'recall':>7}"
          f" {'marks':>6} {'precision':>9} {'<0.5':>5} {'mean |est-exact|':>16}")
    for name in ["all", "dev (folds 0-2)", "held out (folds 3-4)"]:
        selected = groups[name]
        high = [(pair, value) for pair, value in selected if value >= 0.9]
        high_found = sum(1 for pair, _ in high if cluster(pair[0]) == cluster(pair[1]))
        at_threshold = [(pair, value) for pair, value in selected if value >= arguments.threshold]
        threshold_found = sum(1 for pair, _ in at_threshold if cluster(pair[0]) == cluster(pair[1]))
        chosen = mark_groups[name]
        scored = [mark for mark in chosen if mark[3] is not None]
        precise = sum(1 for mark in scored if mark[3] >= arguments.threshold)
        low = sum(1 for mark in scored if mark[3] < 0.5)
        error = sum(abs(mark[2] - mark[3]) for mark in scored if mark[2] is not None) / max(1, len(scored))
        print(
            f"{name:22} {len(high):>10} {high_found:>6} {ratio(high_found, len(high)):>7} {len(at_threshold):>10}"
            f" {threshold_found:>6} {ratio(threshold_found, len(at_threshold)):>7} {len(chosen):>6}"
            f" {ratio(precise, len(scored)):>9} {low:>5} {error:>16.3f}"
        )
    missed = [(pair, value) for pair, value in pairs if value >= 0.9 and cluster(pair[0]) != cluster(pair[1])]
    for (i, j), value in missed[:20]:
        print(f"  missed at {value:.3f}: {ids[i]}  {ids[j]}")


def of_id(mark, ids):
    return ids[mark[1]] if mark[1] is not None else ids[mark[0]]


def ratio(part, whole):
    return f"{part / whole:.3f}" if whole else "-"


if __name__ == "__main__":
    main()
