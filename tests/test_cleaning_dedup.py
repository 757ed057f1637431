"""Near-duplicates: a syndicated copy of a story, edited a little and wrapped in another site."""

from __future__ import annotations

from pathlib import Path

from extract.cleaning import clean_document
from extract.dedup import find_near_duplicates

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"
AFP_ON_SPACEWAR = next(RAW.glob("*/002_*.txt")).read_text(encoding="utf-8")
OTHER_STORY = next(RAW.glob("*/004_*.txt")).read_text(encoding="utf-8")


def syndicated_copy(text: str) -> str:
    """The AFP story as another portal runs it: its own masthead and footer, the SpaceWar
    furniture gone, a few words changed by the desk."""
    body = text.split("SpaceWar.com - Your World At War\n", 1)[1].split("\nADVERTISEMENT", 1)[0]
    body = (
        body.replace("Ten countries", "Ten nations")
        .replace("on Monday", "on Monday (December 16)")
        .replace("told journalists", "told reporters")
    )
    return (
        "DefenceWire.net - Security news around the clock\n"
        "Home | World | Asia\n"
        f"{body}\n"
        "Read more: Seoul puts troops on alert\n"
        "Share this article\n"
        "Copyright 2024 DefenceWire. All rights reserved.\n"
        "We use cookies to give you the best experience. By continuing you accept our use of cookies.\n"
    )


def test_syndicated_copy_is_a_near_duplicate_of_the_first_copy():
    original = clean_document(AFP_ON_SPACEWAR).text
    copy = clean_document(syndicated_copy(AFP_ON_SPACEWAR)).text
    other = clean_document(OTHER_STORY).text
    assert copy != original
    docs = [("afp-spacewar", original), ("other-story", other), ("afp-defencewire", copy)]
    assert find_near_duplicates(docs) == {"afp-defencewire": "afp-spacewar"}
    # The canonical copy is whichever comes first.
    assert find_near_duplicates(docs[::-1]) == {"afp-spacewar": "afp-defencewire"}


def test_deterministic_and_chains_point_at_the_first_copy():
    original = clean_document(AFP_ON_SPACEWAR).text
    docs = [("a", original), ("b", original + "\nOne more line at the end."), ("c", original), ("d", "")]
    first = find_near_duplicates(docs)
    assert first == {"b": "a", "c": "a"}
    assert all(find_near_duplicates(docs) == first for _ in range(3))


def test_different_stories_on_the_same_topic_are_not_duplicates():
    docs = [(p.name, clean_document(p.read_bytes()).text) for p in sorted(RAW.glob("*/*.txt"))]
    assert find_near_duplicates(docs) == {}
    assert find_near_duplicates([]) == {}
