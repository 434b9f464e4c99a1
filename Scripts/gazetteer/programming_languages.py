#!/usr/bin/env python3
"""Generates Sources/NewsGraphExtract/Gazetteer/ProgrammingLanguageData.swift: names of
programming languages, from the lexers of the PyPI package Pygments (pinned in requirements.txt).

Run from anywhere:  python3 Scripts/gazetteer/programming_languages.py [--check]

A lexer's name is listed when it is one word of letters, two or more long, with a capital but
not all capitals (acronyms such as `BC` or `USD` name other things as often), and
the US Census 1990 lists shipped in the PyPI package `names` do not know it as a given name
(`Julia`, `Ruby`, `Ada` and `Dylan` are left out: people far more often). A name is marked
`distinct` when /usr/share/dict/words (Debian package wamerican) does not write it in lower case
(`Kotlin`, `Haskell`; not `Python`, `Rust`, `Swift`): only distinct names tell that a page is about
code. The entity rules read it: on a page that names two distinct languages, a lone word that is
a language is software (PRODUCT), not a place or a person. With --check it writes nothing and
exits 1 when the committed file differs. The output is deterministic (lines are sorted).
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
# The census lists, the word list and the writer are common_words.py's (it checks `names`).
from common_words import ROOT, WORD_LIST, census, line_list_source, write_or_check  # noqa: E402

OUTPUT = os.path.join(ROOT, "Sources", "NewsGraphExtract", "Gazetteer", "ProgrammingLanguageData.swift")

try:
    from pygments.lexers import get_all_lexers
except ImportError as error:  # pragma: no cover - environment problem
    sys.exit(f"missing package ({error}); run: pip install -r Scripts/gazetteer/requirements.txt")


def languages() -> list[tuple[str, bool]]:
    if not os.path.exists(WORD_LIST):
        sys.exit(f"{WORD_LIST} not found; run: apt-get install -y wamerican")
    given = census("dist.male.first") | census("dist.female.first")
    with open(WORD_LIST, encoding="utf-8") as handle:
        lower = {line.strip() for line in handle if line.strip() == line.strip().lower()}
    found = {}
    for lexer in get_all_lexers():
        name = lexer[0]
        if len(name) < 2 or not name.isascii() or not name.isalpha() or name == name.lower() or name.isupper():
            continue
        if name.lower() in given:
            continue
        found[name] = name.lower() not in lower
    return sorted(found.items())


def swift_source(rows: list[tuple[str, bool]]) -> str:
    lines = [f"{name}\t{'distinct' if distinct else 'word'}" for name, distinct in rows]
    doc = "One name a line, tab, `distinct` (no English word) or `word`."
    return line_list_source("programming_languages.py", "ProgrammingLanguageData", "names", doc, lines)


def main() -> None:
    text = swift_source(languages())
    write_or_check(OUTPUT, text, "programming_languages.py", f"{text.count(chr(10)) - 7} names")


if __name__ == "__main__":
    main()
