"""Numbered keynote headings ("Keynote 1: "Title"" over the line naming its speaker): each is
an agenda item of kind keynote labelled "Keynote 1", and the person under it gives the
keynote (keynote_speaker, not a plain speaker); a two-column list's "Keynote   H.E. Mr. X"
is no numbered heading. All texts invented."""

from __future__ import annotations

import pytest
from conftest import agenda_items, person_roles
from spacy.language import Language

from pko_extract.recognize import build_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp("blank")


_CALL = (
    "Annual Conference on Border Security\n"
    "Accra, 12-14 May 2026\n\n"
    "Call for papers\n"
    "Submissions are welcome on all aspects of regional security.\n\n"
    "Keynote speakers\n"
    "We are pleased to announce our two keynote speakers:\n\n"
    'Keynote 1: "Borders that Bend"\n'
    "Professor Samuel Odhiambo-Kariuki, Professor of Political Science, University of "
    "Nairobi.\n\n"
    'Keynote 2: "Maps, Walls and Markets"\n'
    "Dr. Helena Varga-Novak, Senior Lecturer, Central European University.\n\n"
    "Fees\n"
    "Registration is USD 100.\n"
)


def test_numbered_keynote_headings_are_keynote_items(nlp: Language) -> None:
    assert agenda_items(nlp, _CALL) == [
        ("keynote", "Borders that Bend", [("Samuel Odhiambo-Kariuki", "keynote_speaker")]),
        ("keynote", "Maps, Walls and Markets", [("Helena Varga-Novak", "keynote_speaker")]),
    ]


def test_the_person_under_a_numbered_keynote_gives_it(nlp: Language) -> None:
    assert person_roles(nlp, _CALL) == [
        ("Samuel Odhiambo-Kariuki", ["keynote_speaker"]),
        ("Helena Varga-Novak", ["keynote_speaker"]),
    ]


def test_keynote_label_is_numbered() -> None:
    from pko_extract import patterns as P

    m = P.SESSION_LABEL.match("Keynote 2: Title")
    assert m is not None and m.group("label") == "Keynote 2"
    assert P.SESSION_LABEL.match("Keynote                H.E. Mr. Arturo Diaz") is None
