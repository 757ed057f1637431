"""Near-duplicate documents: syndicated copies of one story with small edits.

MinHash over word 3-shingles (datasketch, fixed seed: the same input always gives the same
answer) with an LSH index for candidates, then the estimated Jaccard similarity decides.
Documents are visited in input order and only canonical documents enter the index, so a
copy always points at the earliest copy, never at another copy.
"""

from __future__ import annotations

import re

from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
SEED = 1
SHINGLE_WORDS = 3
LSH_MARGIN = 0.2
_WORD = re.compile(r"\w+")


def shingles(text: str, n: int = SHINGLE_WORDS) -> set[str]:
    """Lowercased word n-grams; a text shorter than n words is one shingle."""
    words = _WORD.findall(text.lower())
    if len(words) < n:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + n]) for i in range(len(words) - n + 1)}


def minhash(text: str) -> MinHash:
    m = MinHash(num_perm=NUM_PERM, seed=SEED)
    for s in sorted(shingles(text)):
        m.update(s.encode("utf-8"))
    return m


def find_near_duplicates(docs: list[tuple[str, str]], threshold: float = 0.8) -> dict[str, str]:
    """{doc_id: canonical doc_id} for every document that nearly repeats an earlier one.

    `docs` is (doc_id, text) in order of precedence; the canonical copy is the first. Empty
    texts are never duplicates (there is nothing to compare); a doc_id seen again is ignored.
    """
    # The index only proposes candidates; its threshold sits below ours so that pairs just
    # above the threshold are not lost to LSH's S-curve, and the Jaccard estimate decides.
    lsh = MinHashLSH(threshold=max(0.1, threshold - LSH_MARGIN), num_perm=NUM_PERM)
    hashes: dict[str, MinHash] = {}
    order: dict[str, int] = {}
    duplicates: dict[str, str] = {}
    for position, (doc_id, text) in enumerate(docs):
        if doc_id in order or not shingles(text or ""):
            continue
        m = minhash(text)
        candidates = [c for c in lsh.query(m) if hashes[c].jaccard(m) >= threshold]
        if candidates:
            duplicates[doc_id] = min(candidates, key=order.__getitem__)
            continue
        hashes[doc_id] = m
        order[doc_id] = position
        lsh.insert(doc_id, m)
    return duplicates
