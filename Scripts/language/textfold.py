"""Letters, case folding and scripts as the Swift detector sees them (keep the two in step).

`Sources/NewsGraphLanguage/LanguageIdentifier.swift` implements the same three functions on
code points; generate.py uses these to count the n-grams the detector will look up.
"""

from __future__ import annotations

# (first, last, script) in code-point order; anything else is not a letter.
SCRIPT_RANGES = [
    (0x41, 0x5A, "Latn"), (0x61, 0x7A, "Latn"), (0xC0, 0xD6, "Latn"), (0xD8, 0xF6, "Latn"),
    (0xF8, 0x24F, "Latn"), (0x370, 0x3FF, "Grek"), (0x400, 0x52F, "Cyrl"), (0x531, 0x58F, "Armn"),
    (0x591, 0x5F4, "Hebr"), (0x610, 0x61A, "Arab"), (0x620, 0x65F, "Arab"), (0x66E, 0x6D3, "Arab"),
    (0x6D5, 0x6FF, "Arab"), (0x750, 0x77F, "Arab"), (0x900, 0x97F, "Deva"), (0x980, 0x9FF, "Beng"),
    (0xA00, 0xA7F, "Guru"), (0xA80, 0xAFF, "Gujr"), (0xB80, 0xBFF, "Taml"), (0xC00, 0xC7F, "Telu"),
    (0xC80, 0xCFF, "Knda"), (0xD00, 0xD7F, "Mlym"), (0xD80, 0xDFF, "Sinh"), (0xE00, 0xE7F, "Thai"),
    (0xE80, 0xEFF, "Laoo"), (0x1000, 0x109F, "Mymr"), (0x10A0, 0x10FF, "Geor"), (0x1100, 0x11FF, "Hang"),
    (0x1200, 0x137F, "Ethi"), (0x1780, 0x17FF, "Khmr"), (0x1E00, 0x1EFF, "Latn"), (0x1F00, 0x1FFF, "Grek"),
    (0x3041, 0x309F, "Kana"), (0x30A1, 0x30FA, "Kana"), (0x30FC, 0x30FF, "Kana"), (0x3131, 0x318E, "Hang"),
    (0x31F0, 0x31FF, "Kana"), (0x3400, 0x4DBF, "Hani"), (0x4E00, 0x9FFF, "Hani"), (0xAC00, 0xD7A3, "Hang"),
    (0xF900, 0xFAFF, "Hani"), (0xFB50, 0xFDFF, "Arab"), (0xFE70, 0xFEFC, "Arab"), (0xFF66, 0xFF9D, "Kana"),
    (0x20000, 0x2FFFF, "Hani"),
]


def script(cp: int) -> str | None:
    lo, hi = 0, len(SCRIPT_RANGES)
    while lo < hi:
        mid = (lo + hi) // 2
        first, last, name = SCRIPT_RANGES[mid]
        if cp < first:
            hi = mid
        elif cp > last:
            lo = mid + 1
        else:
            return name
    return None


def fold(cp: int) -> int:
    """Lower case for the alphabets the n-gram model covers (Latin, Greek, Cyrillic)."""
    if 0x41 <= cp <= 0x5A or (0xC0 <= cp <= 0xDE and cp != 0xD7):
        return cp + 0x20
    if 0x100 <= cp <= 0x137 or 0x14A <= cp <= 0x177 or 0x1E00 <= cp <= 0x1EFF:
        return cp | 1
    if 0x139 <= cp <= 0x148 or 0x179 <= cp <= 0x17E:
        return cp + 1 if cp % 2 == 1 else cp
    if 0x391 <= cp <= 0x3AB and cp != 0x3A2:
        return cp + 0x20
    if 0x410 <= cp <= 0x42F:
        return cp + 0x20
    if 0x400 <= cp <= 0x40F:
        return cp + 0x50
    return cp
