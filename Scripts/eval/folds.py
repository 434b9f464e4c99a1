"""Folds for developing on evaluation sets: five folds by a hash of a key (a document id, or a
site's host), folds 0-2 read while developing, folds 3-4 only scored. Shared by the *_folds.py
scripts so every set is split the same way."""
import hashlib

FOLDS = 5
DEV_FOLDS = (0, 1, 2)
DEV = "dev (folds 0-2)"
HELD_OUT = "held out (folds 3-4)"


def fold_of(key):
    return int(hashlib.sha1(str(key).encode()).hexdigest(), 16) % FOLDS


def split(items, key_of):
    """Groups `items` as "all", DEV, HELD_OUT and "fold N", in that order of names."""
    groups = {"all": [], DEV: [], HELD_OUT: []}
    for fold in range(FOLDS):
        groups[f"fold {fold}"] = []
    for item in items:
        fold = fold_of(key_of(item))
        groups["all"].append(item)
        groups[DEV if fold in DEV_FOLDS else HELD_OUT].append(item)
        groups[f"fold {fold}"].append(item)
    return groups
