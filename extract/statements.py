"""Claims that are one statement: wire copies and light rewrites of what one speaker said.

A claim's "form" is its speaker and its word set (lower-cased words of 3+ letters or
digits). Forms are visited in the order they were first reported; each joins the earliest
reported statement whose first form (its leader) it resembles most, if the Jaccard
similarity of their word sets is at least `min_similarity`, else it starts a new statement.
Only leaders are compared against, as near-duplicate documents point at their first copy
(`extract.dedup`): a speaker's thousands of rewrites of one statement cost one comparison
each, not one per pair (comparing every pair of forms took over 8 GB at 50,000 benchmark
documents). Statements are grouped per speaker, so the dbt model recomputes the speakers a
run touches and gets the same result as a full rebuild.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def group_statements(forms: Iterable[tuple[str, Iterable[str]]], min_similarity: float) -> list[tuple[str, str, float]]:
    """(form_key, statement_key, similarity to the leader) for each of one speaker's forms.

    `forms`: (form_key, words) in the order they were first reported. A statement is keyed
    by its leader's form_key; ties between leaders go to the earlier one. A form without
    words resembles nothing and is a statement of its own.
    """
    if not 0 < min_similarity <= 1:
        raise ValueError(f"min_similarity must be in (0, 1], got {min_similarity}")
    leaders: list[tuple[str, frozenset[str]]] = []
    by_word: dict[str, list[int]] = defaultdict(list)  # word -> leaders having it
    grouped = []
    for form_key, words in forms:
        words = frozenset(words)
        best, best_similarity = None, 0.0
        for i in sorted({i for word in words for i in by_word.get(word, ())}):
            similarity = jaccard(words, leaders[i][1])
            if similarity > best_similarity:
                best, best_similarity = i, similarity
        if best is not None and best_similarity >= min_similarity:
            grouped.append((form_key, leaders[best][0], best_similarity))
            continue
        for word in words:
            by_word[word].append(len(leaders))
        leaders.append((form_key, words))
        grouped.append((form_key, form_key, 1.0))
    return grouped
