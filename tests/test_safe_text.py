"""safe_text / without_surrogates: strings that can always be written as UTF-8."""

from __future__ import annotations

import os

import pytest

from pko_extract.safe_text import safe_text, without_surrogates


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("plain.txt", "plain.txt"),
        ("Café – “quoted”.txt", "Café – “quoted”.txt"),
        (os.fsdecode(b"badname_\xff\xfe.txt"), "badname_\\xff\\xfe.txt"),
        (os.fsdecode(b"caf\xe9.txt") + " and \ud800", "caf\\udce9.txt and \\ud800"),
    ],
    ids=["ascii", "unicode", "escaped-bytes", "other-surrogate"],
)
def test_safe_text(value: str, expected: str) -> None:
    assert safe_text(value) == expected
    assert safe_text(value).encode("utf-8")  # never raises


def test_without_surrogates_keeps_length_and_offsets() -> None:
    text = "Mr. A\udcff B met Ms. C"
    clean = without_surrogates(text)
    assert clean == "Mr. A\ufffd B met Ms. C"
    assert len(clean) == len(text) and clean[10:] == text[10:]
    assert without_surrogates("Café") == "Café"
