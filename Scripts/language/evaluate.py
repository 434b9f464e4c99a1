#!/usr/bin/env python3
"""Measures language identification on text the model never saw: Debian's translated manual pages.

    python3 Scripts/language/evaluate.py [--newsgraph .build/release/newsgraph] [--work DIR]

The model is made from wordfreq's word lists (generate.py); this script tests it on a different
source: the `manpages-*` Debian packages (downloaded with `apt-get download` into --work, a
temporary folder by default, removed afterwards). From each package's pages it takes prose
paragraphs (lines that are not roff requests, escapes removed), then for a fixed, seeded sample
of pages cuts texts of several lengths at word boundaries. A further set mixes scripts: a
paragraph in a non-Latin language with a shorter English sentence from the English pages added
(the expected answer is the paragraph's language). Every text goes through
`newsgraph extract --only parse` as a JSONL record `{"id", "text"}`; the record's `language` is
compared with the package's language. Accuracy is printed by length bucket and by language.

A translated page can keep paragraphs untranslated (in English): a paragraph of a non-English
package is left out when at least half of its words are among the 1,000 most frequent words of
the English pages (words are case-folded runs of letters). What else stays untranslated (a
command's name, an option, a quoted English term) stays in the texts.
"""

from __future__ import annotations

import argparse
import glob
import gzip
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

# Debian package -> (folder under usr/share/man, expected ISO 639-1 code).
PACKAGES = {
    "manpages": ("man*", "en"), "manpages-cs": ("cs", "cs"), "manpages-da": ("da", "da"),
    "manpages-de": ("de", "de"), "manpages-el": ("el", "el"), "manpages-es": ("es", "es"),
    "manpages-fi": ("fi", "fi"), "manpages-fr": ("fr", "fr"), "manpages-hu": ("hu", "hu"),
    "manpages-id": ("id", "id"), "manpages-it": ("it", "it"), "manpages-ja": ("ja", "ja"),
    "manpages-mk": ("mk", "mk"), "manpages-nb": ("nb", "nb"), "manpages-nl": ("nl", "nl"),
    "manpages-pl": ("pl", "pl"), "manpages-pt-br": ("pt_BR", "pt"), "manpages-ro": ("ro", "ro"),
    "manpages-ru": ("ru", "ru"), "manpages-sv": ("sv", "sv"), "manpages-tr": ("tr", "tr"),
    "manpages-uk": ("uk", "uk"), "manpages-vi": ("vi", "vi"), "manpages-zh": ("zh_CN", "zh"),
}
LENGTHS = [30, 70, 150, 300, 1000]  # characters asked for; a text is cut at a word boundary
BUCKETS = [(0, 50, "<50"), (50, 100, "50-99"), (100, 200, "100-199"), (200, 500, "200-499"), (500, 10**9, "500+")]
PAGES_PER_LANGUAGE = 60
SEED = 16
WORD = re.compile(r"[^\W\d_]+")

ESCAPES = [
    (re.compile(r"\\f(\[[^\]]*\]|\(..|.)"), ""), (re.compile(r"\\\*(\[[^\]]*\]|\(..|.)"), ""),
    (re.compile(r"\\\((aq|cq|oq)"), "'"), (re.compile(r"\\\((lq|rq|dq)"), '"'),
    (re.compile(r"\\\((em|en|hy)"), "-"), (re.compile(r"\\\(..|\\\[[^\]]*\]"), ""),
    (re.compile(r"\\[-]"), "-"), (re.compile(r"\\[&/,:%|^~ 0]"), ""), (re.compile(r"\\e"), lambda _: "\\"),
]


def paragraphs(path: str) -> list[str]:
    """Prose paragraphs of one roff page: text lines between requests, escapes removed."""
    try:
        with gzip.open(path, "rb") as handle:
            source = handle.read().decode("utf-8")
    except (OSError, UnicodeDecodeError, EOFError):
        return []
    result, current = [], []
    for line in source.splitlines():
        if line.startswith((".", "'")) or not line.strip():
            if current:
                result.append(" ".join(current))
                current = []
            continue
        for pattern, replacement in ESCAPES:
            line = pattern.sub(replacement, line)
        current.append(line.strip())
    if current:
        result.append(" ".join(current))
    # Prose: mostly letters and spaces, not option lists or code.
    return [p for p in result if len(p) >= 40 and sum(c.isalpha() or c == " " for c in p) >= 0.85 * len(p)]


def cut(text: str, length: int) -> str:
    if len(text) <= length:
        return text
    space = text.rfind(" ", 0, length + 1)
    return text[: space if space > length // 2 else length]


def build(work: str) -> list[dict]:
    debs = os.path.join(work, "debs")
    os.makedirs(debs, exist_ok=True)
    subprocess.run(["apt-get", "download", *PACKAGES], cwd=debs, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    tree = os.path.join(work, "tree")
    for deb in sorted(glob.glob(os.path.join(debs, "*.deb"))):
        subprocess.run(["dpkg-deb", "-x", deb, tree], check=True)
    rng = random.Random(SEED)
    samples, english = [], []
    by_language: dict[str, list[list[str]]] = {}
    pages_of = {
        language: sorted(glob.glob(os.path.join(tree, "usr/share/man", folder, "**/*.gz"), recursive=True))
        for folder, language in PACKAGES.values()
    }
    # Translated pages keep some paragraphs in English: a paragraph of another package whose
    # words are mostly among the English pages' 1,000 most frequent words is left out.
    english_words = Counter(
        word for page in pages_of["en"] for paragraph in paragraphs(page) for word in WORD.findall(paragraph.lower()))
    common_english = {word for word, _ in english_words.most_common(1000)}

    def translated(paragraph: str) -> bool:
        words = WORD.findall(paragraph.lower())
        return sum(word in common_english for word in words) < 0.5 * len(words)

    for package, (folder, language) in sorted(PACKAGES.items()):
        texts = []
        for page in pages_of[language]:
            kept = [p for p in paragraphs(page) if language == "en" or translated(p)]
            if kept:
                texts.append(kept)
        rng.shuffle(texts)
        by_language[language] = texts
        for number, page in enumerate(texts[:PAGES_PER_LANGUAGE]):
            whole = " ".join(page)
            for length in LENGTHS:
                samples.append({"id": f"{language}/{number}/{length}", "text": cut(whole, length), "expected": language})
        if language == "en":
            english = [paragraph for page in texts for paragraph in page]
    for language in ("ja", "zh", "ru", "uk", "el", "mk"):
        for number, page in enumerate(by_language[language][:20]):
            sentence = cut(rng.choice(english), 80)
            text = cut(" ".join(page), 400) + " " + sentence
            samples.append({"id": f"mixed/{language}/{number}", "text": text, "expected": language})
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--newsgraph", default=os.path.join(ROOT, ".build/release/newsgraph"))
    parser.add_argument("--work", help="folder for the packages and the records (kept when given)")
    parser.add_argument("--errors", type=int, default=0, help="print up to N wrong answers")
    arguments = parser.parse_args()
    work = arguments.work or tempfile.mkdtemp(prefix="newsgraph-langeval-")
    try:
        samples = build(work)
        records = os.path.join(work, "eval.jsonl")
        with open(records, "w", encoding="utf-8") as handle:
            for sample in samples:
                handle.write(json.dumps({"id": sample["id"], "text": sample["text"]}, ensure_ascii=False) + "\n")
        output = subprocess.run(
            [arguments.newsgraph, "extract", "--only", "parse", "--quiet", records],
            check=False, capture_output=True, text=True,
        ).stdout
        found = {}
        for line in output.splitlines():
            record = json.loads(line)
            found[record["id"]] = record.get("language")
        totals, rights = defaultdict(int), defaultdict(int)
        by_language = defaultdict(lambda: [0, 0])
        errors = []
        for sample in samples:
            length = len(sample["text"])
            bucket = "mixed" if sample["id"].startswith("mixed/") else next(b[2] for b in BUCKETS if b[0] <= length < b[1])
            right = found.get(sample["id"]) == sample["expected"]
            totals[bucket] += 1
            rights[bucket] += right
            if length >= 200:
                totals["all 200+"] += 1
                rights["all 200+"] += right
                by_language[sample["expected"]][0] += 1
                by_language[sample["expected"]][1] += right
            if not right:
                errors.append((sample["id"], found.get(sample["id"]), sample["text"][:160]))
        print(f"{len(samples)} texts, {len(by_language)} languages (man pages; model from wordfreq)")
        for bucket in [b[2] for b in BUCKETS] + ["mixed", "all 200+"]:
            if totals[bucket]:
                print(f"  {bucket:>9}: {rights[bucket] / totals[bucket]:7.2%}  ({rights[bucket]}/{totals[bucket]})")
        print("200+ characters by language: " + ", ".join(
            f"{language} {right / total:.0%}" for language, (total, right) in sorted(by_language.items())))
        for error in errors[: arguments.errors]:
            print("  wrong:", *error, sep="  ")
    finally:
        if not arguments.work:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
