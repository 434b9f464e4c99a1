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
from wordnet_nouns import synsets, two_word_nouns  # noqa: E402

OUTPUT = os.path.join(ROOT, "Sources", "NewsGraphExtract", "Gazetteer", "ThingCompoundData.swift")


def compounds() -> list[str]:
    nouns = synsets()
    found = set()
    for lemma, words, offsets in two_word_nouns():
        if not all(word.isalpha() and word.isascii() for word in words):
            continue
        senses = [nouns[offset] for offset in offsets if offset in nouns]
        if len(senses) != len(offsets) or not all(sense.is_thing and not sense.is_instance for sense in senses):
            continue
        written = [name for sense in senses for name in sense.lemmas if name.lower() == lemma]
        if written and all(name[0].isupper() for name in written):
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
