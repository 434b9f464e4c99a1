#!/usr/bin/env python3
"""Generates Sources/NewsGraphExtract/Gazetteer/ThingCompoundData.swift: common nouns of two words
that WordNet 3.0 (Debian package `wordnet-base`, /usr/share/wordnet) writes with a capital, such as
`Boston fern`, `Granny Smith`, `Phillips screw`.

Run from anywhere:  python3 Scripts/gazetteer/thing_compounds.py [--check]

A two-word noun of WordNet's index (both words letters only) is listed when every sense of it is a
made thing, a food, a plant, an animal or a substance (the lexicographer files noun.artifact,
noun.food, noun.plant, noun.animal, noun.substance), none of them an instance (a named individual
such as `Rosetta Stone`), and WordNet writes it with a capital first letter in every synset that
holds it: a wine, a grape, a breed or a tool named after a place or a person, which a page writes
in capitals like a name. The entity rules read it: such a pair is that thing, no person. With
--check it writes nothing and exits 1 when the committed file differs. The output is
deterministic (lines are sorted).
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common_words import ROOT, line_list_source, write_or_check  # noqa: E402

OUTPUT = os.path.join(ROOT, "Sources", "NewsGraphExtract", "Gazetteer", "ThingCompoundData.swift")
WORDNET = "/usr/share/wordnet"
# noun.animal, noun.artifact, noun.food, noun.plant, noun.substance
THING_FILES = {"05", "06", "13", "20", "27"}


def compounds() -> list[str]:
    if not os.path.isdir(WORDNET):
        sys.exit(f"{WORDNET} not found; run: apt-get install -y wordnet-base")
    lexicon_file: dict[str, str] = {}
    is_instance: dict[str, bool] = {}
    lemmas: dict[str, list[str]] = {}
    with open(os.path.join(WORDNET, "data.noun"), encoding="utf-8") as handle:
        for line in handle:
            if line.startswith(" "):
                continue
            fields = line.split(" ")
            offset = fields[0]
            lexicon_file[offset] = fields[1]
            is_instance[offset] = " @i " in line
            count = int(fields[3], 16)
            lemmas[offset] = [fields[4 + 2 * index] for index in range(count)]
    found = set()
    with open(os.path.join(WORDNET, "index.noun"), encoding="utf-8") as handle:
        for line in handle:
            if line.startswith(" "):
                continue
            fields = line.split()
            words = fields[0].split("_")
            if len(words) != 2 or not all(word.isalpha() and word.isascii() for word in words):
                continue
            senses = int(fields[2])
            offsets = fields[-senses:]
            if not all(lexicon_file.get(offset) in THING_FILES and not is_instance[offset] for offset in offsets):
                continue
            written = [lemma for offset in offsets for lemma in lemmas[offset] if lemma.lower() == fields[0]]
            if written and all(lemma[0].isupper() for lemma in written):
                found.add(f"{words[0]} {words[1]}")
    return sorted(found)


def swift_source(rows: list[str]) -> str:
    doc = "One noun a line: its two words in lower case, a space between."
    return line_list_source("thing_compounds.py", "ThingCompoundData", "compounds", doc, rows)


def main() -> None:
    rows = compounds()
    write_or_check(OUTPUT, swift_source(rows), "thing_compounds.py", f"{len(rows)} nouns")


if __name__ == "__main__":
    main()
