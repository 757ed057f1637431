"""Claims grouped into statements: each form joins the earliest-reported statement whose
first form it resembles most (extract.statements)."""

import pytest

from extract.statements import group_statements, jaccard


def words(text: str) -> list[str]:
    return sorted({w for w in text.lower().split() if len(w) >= 3})


WIRE = "direct dprk support for russia war marks dangerous expansion the conflict"
REWRITE = "dprk support for russia war dangerous expansion the conflict"  # 9 of 11 words
OTHER = "sanctions on nine people and seven entities were announced monday"


def test_rewrites_join_the_first_reported_wording_and_other_statements_do_not():
    grouped = group_statements([("wire", words(WIRE)), ("other", words(OTHER)), ("rewrite", words(REWRITE))], 0.5)
    assert [(form, statement) for form, statement, _ in grouped] == [
        ("wire", "wire"), ("other", "other"), ("rewrite", "wire")]
    assert grouped[2][2] == pytest.approx(9 / 11)
    assert grouped[0][2] == grouped[1][2] == 1.0


def test_a_form_is_compared_with_leaders_only_so_rewrites_do_not_chain():
    # b resembles a, c resembles b but not a: c starts its own statement (no chaining
    # through b), as it would whatever the number of rewrites in between.
    a, b, c = {"w1", "w2", "w3", "w4"}, {"w1", "w2", "w3", "w5"}, {"w1", "w2", "w5", "w6"}
    assert jaccard(frozenset(b), frozenset(a)) >= 0.5 and jaccard(frozenset(c), frozenset(b)) >= 0.5
    assert jaccard(frozenset(c), frozenset(a)) < 0.5
    grouped = group_statements([("a", a), ("b", b), ("c", c)], 0.5)
    assert [statement for _, statement, _ in grouped] == ["a", "a", "c"]


def test_the_most_similar_leader_wins_and_ties_go_to_the_earlier_one():
    first, second = {"w1", "w2", "w3", "w4"}, {"w5", "w6", "w7", "w8"}
    closer_to_second = {"w1", "w5", "w6", "w7"}
    grouped = group_statements([("first", first), ("second", second), ("x", closer_to_second)], 0.25)
    assert grouped[2][1] == "second"
    both = {"w1", "w2", "w5", "w6"}
    assert group_statements([("first", first), ("second", second), ("y", both)], 0.25)[2][1] == "first"


def test_a_form_without_words_is_a_statement_of_its_own_and_the_threshold_is_checked():
    grouped = group_statements([("empty1", []), ("empty2", [])], 0.5)
    assert [statement for _, statement, _ in grouped] == ["empty1", "empty2"]
    with pytest.raises(ValueError, match="min_similarity"):
        group_statements([], 0)


def test_threshold_one_groups_only_equal_word_sets():
    grouped = group_statements([("a", {"w1", "w2"}), ("b", {"w1", "w2", "w3"}), ("c", {"w2", "w1"})], 1.0)
    assert [statement for _, statement, _ in grouped] == ["a", "b", "a"]
