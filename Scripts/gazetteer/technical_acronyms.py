#!/usr/bin/env python3
"""Generates Sources/NewsGraphExtract/Gazetteer/TechnicalAcronymData.swift: acronyms of common
technical phrases (`SEO`, `SaaS`, `NVMe`), from V.E.R.A., the Virtual Entity of Relevant
Acronyms (Debian package `vera`, /usr/share/info/vera.info.gz).

Run from anywhere:  python3 Scripts/gazetteer/technical_acronyms.py [--check]

An acronym is listed when every sense V.E.R.A. gives it is a common phrase: no sense is marked as
an organisation, a maker, an alliance or the military (`org.`, `manufacturer`, `mil.`, `[inc.]`),
no sense is tagged with a title-case word (a vendor or product: `(Novell, IPX)`), and every word of
every spelled-out sense is a word that /usr/share/dict/words (Debian package wamerican) writes in
lower case, not an acronym (`GNU C Compiler` stays out). `AWS` (`Amazon Web Services (XML,
API, Amazon)`) and `EPA` (one sense `Environmental Protection Agency (USA, org.)`) stay out. The
forms V.E.R.A. quotes (`"SaaS"`, `"NVMe"`) are listed beside the capitals. The entity rules read
it: an acronym listed here, that the gazetteer does not know and the document does not spell out
as a body, is a term.
With --check it writes nothing and exits 1 when the committed file differs. The output is
deterministic (lines are sorted).
"""

from __future__ import annotations

import gzip
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
# The word list and the writer are common_words.py's.
from common_words import ROOT, WORD_LIST, line_list_source, write_or_check  # noqa: E402

OUTPUT = os.path.join(ROOT, "Sources", "NewsGraphExtract", "Gazetteer", "TechnicalAcronymData.swift")
VERA = "/usr/share/info/vera.info.gz"
FUNCTION_WORDS = {"a", "an", "as", "at", "by", "for", "in", "of", "on", "or", "over", "the", "to", "and", "with"}
BODY_MARKS = ("org.", "manufacturer", "mil.", "company", "inc.", "[ag]", "corp.", "ltd", "gmbh", "alliance", "consortium")


def senses() -> dict[str, list[str]]:
    """Each headword of the dictionary with its senses, one line of text each."""
    if not os.path.exists(VERA):
        sys.exit(f"{VERA} not found; run: apt-get install -y vera")
    with gzip.open(VERA, "rt", encoding="utf-8", errors="replace") as handle:
        lines = handle.read().split("\n")
    found: dict[str, list[str]] = {}
    index = 0
    while index < len(lines):
        line = lines[index]
        if re.fullmatch(r"[A-Z0-9][A-Z0-9&/+\-.]*", line) and index + 1 < len(lines) and lines[index + 1].startswith("     "):
            body = []
            index += 1
            while index < len(lines) and lines[index].startswith("     "):
                body.append(lines[index].strip())
                index += 1
            found.setdefault(line, []).append(" ".join(body))
        else:
            index += 1
    return found


def is_common_phrase(sense: str, ordinary: set[str]) -> bool:
    lowered = sense.lower()
    if any(mark in lowered for mark in BODY_MARKS):
        return False
    tags = re.findall(r"\(([^)]*)\)", sense)
    for tag in tags:
        for word in re.split(r"[,\s]+", tag):
            # A vendor or product named in the tags (`Novell`, `Apple`): a title-case word.
            if re.fullmatch(r"[A-Z][a-z]+", word):
                return False
    phrase = re.sub(r"\([^)]*\)|\[[^\]]*\]|\"[^\"]*\"", " ", sense).strip(" ,")
    words = [word for word in re.split(r"[\s\-/]+", phrase) if word]
    if len(words) < 2:
        return False
    # An acronym inside the phrase (`GNU C Compiler`) names a project or a body, not a common thing.
    if any(len(word) >= 2 and word.isupper() for word in words):
        return False
    return all(word.lower() in FUNCTION_WORDS or word.lower() in ordinary for word in words)


def lower_case_words() -> set[str]:
    if not os.path.exists(WORD_LIST):
        sys.exit(f"{WORD_LIST} not found; run: apt-get install -y wamerican")
    with open(WORD_LIST, encoding="utf-8") as handle:
        return {word for word in (line.strip() for line in handle) if word.isalpha() and word == word.lower()}


def acronyms() -> list[str]:
    ordinary = lower_case_words()
    listed = set()
    for headword, meanings in senses().items():
        if len(headword) < 2 or not re.search(r"[A-Z]", headword):
            continue
        if not all(is_common_phrase(sense, ordinary) for sense in meanings):
            continue
        listed.add(headword)
        for sense in meanings:
            listed.update(form for form in re.findall(r"\"([^\"]+)\"", sense) if re.search(r"[A-Z]", form))
    # An ordinary word in capitals (`CAT`) is left to the rules on ordinary words.
    return sorted(form for form in listed if form.lower() not in ordinary)


def swift_source(forms: list[str]) -> str:
    return line_list_source(
        "technical_acronyms.py", "TechnicalAcronymData", "acronyms", "One acronym a line, as V.E.R.A. writes it.", forms
    )


def main() -> None:
    forms = acronyms()
    write_or_check(OUTPUT, swift_source(forms), "technical_acronyms.py", f"{len(forms)} acronyms")


if __name__ == "__main__":
    main()
