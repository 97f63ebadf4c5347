"""Reading aloud at the event is speaking at it (GUIDE.md: "statement, remarks, speech ->
speaker"; the graduated sets' gold): whoever reads out a message, the roll of honour or a
proclamation, or offers a prayer, speaks. All texts invented."""

from __future__ import annotations

import pytest
from conftest import person_roles
from spacy.language import Language

from pko_extract.recognize import build_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp("blank")


@pytest.mark.parametrize(
    "act",
    [
        "then read out the message of the Secretary-General",
        "read the roll of honour of the fallen",
        "read a proclamation of the town council",
        "offered a prayer for the fallen",
        "led the prayer at the memorial",
    ],
    ids=["read-out", "roll", "proclamation", "offered-prayer", "led-prayer"],
)
def test_reading_aloud_is_speaking(nlp: Language, act: str) -> None:
    text = (
        "Harbour town remembers its peacekeepers\n\n"
        f"At the memorial on Friday, Major Ilse Varga-Mensah {act}.\n"
    )
    assert person_roles(nlp, text) == [("Ilse Varga-Mensah", ["speaker"])]


def test_a_message_read_later_by_its_reader_is_a_speech(nlp: Language) -> None:
    text = (
        "Harbour town remembers its peacekeepers\n\n"
        "The message of the Secretary-General was then read by Mr. Piet Okafor-Lund, "
        "Information Officer.\n"
    )
    assert person_roles(nlp, text) == [("Piet Okafor-Lund", ["speaker"])]
