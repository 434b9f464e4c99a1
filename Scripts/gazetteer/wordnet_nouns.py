"""WordNet 3.0's nouns (Debian package `wordnet-base`, /usr/share/wordnet) as the compound
generators read them: each synset's lexicographer file, whether it is an instance (a named
individual) and its lemmas as written, and the two-word nouns of the index with their synsets.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from typing import Iterator

WORDNET = "/usr/share/wordnet"
# Lexicographer files of made things, foods, plants, animals and substances:
# noun.animal, noun.artifact, noun.food, noun.plant, noun.substance.
THING_FILES = {"05", "06", "13", "20", "27"}


@dataclass(frozen=True)
class Synset:
    lexicon_file: str
    is_instance: bool
    lemmas: list[str]

    @property
    def is_thing(self) -> bool:
        return self.lexicon_file in THING_FILES


def synsets() -> dict[str, Synset]:
    """Every noun synset of data.noun by its offset."""
    if not os.path.isdir(WORDNET):
        sys.exit(f"{WORDNET} not found; run: apt-get install -y wordnet-base")
    found: dict[str, Synset] = {}
    with open(os.path.join(WORDNET, "data.noun"), encoding="utf-8") as handle:
        for line in handle:
            if line.startswith(" "):
                continue
            fields = line.split(" ")
            count = int(fields[3], 16)
            lemmas = [fields[4 + 2 * index] for index in range(count)]
            found[fields[0]] = Synset(fields[1], " @i " in line, lemmas)
    return found


def two_word_nouns() -> Iterator[tuple[str, list[str], list[str]]]:
    """Each two-word noun of index.noun: its lemma (`dutch_oven`), its two words and the offsets
    of its senses."""
    with open(os.path.join(WORDNET, "index.noun"), encoding="utf-8") as handle:
        for line in handle:
            if line.startswith(" "):
                continue
            fields = line.split()
            words = fields[0].split("_")
            if len(words) == 2:
                senses = int(fields[2])
                yield fields[0], words, fields[-senses:]
