"""Tests of stop 26's agenda classes (s26-agenda), on invented text: a "Speakers" list after a
programme whose last row is a question time, a page's "Related" links list, and a speech
part told as a noun ("The opening was made by X")."""

from __future__ import annotations

import pytest
from conftest import agenda_items, person_roles
from spacy.language import Language

from pko_extract.recognize import build_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp("blank")


QA_LAST = (
    "Invitation: Borders after the Blue Helmets | Harbour Policy Forum\n\n"
    "Programme\n\n"
    "  • 09:30 – Welcome remarks: Mr. Piet van Aardt-Molefe, Director\n"
    "  • 09:40 – Panel discussion\n"
    "  • 10:45 – {last}\n\n"
    "Speakers\n\n"
    "  • Dr. Halima Oduya-Brandt — Senior Fellow, Harbour Policy Forum\n"
    "  • Col. (ret.) Tomasz Zielinski-Obi — former Sector Commander\n\n"
    "Moderator: Ms. Ines Calderon-Mbeki, Editor, Coastal Review\n"
)


@pytest.mark.parametrize(
    "last", ["Questions from the floor", "Questions and answers"], ids=["floor", "qa"]
)
def test_a_speakers_list_after_a_question_row_is_the_panels(nlp: Language, last: str) -> None:
    """The programme ends with a row of question time naming no one; the "Speakers" list
    under it, and the moderator line, are the panel row's people, not the question time's."""
    items = agenda_items(nlp, QA_LAST.format(last=last))
    assert items[1] == (
        "panel",
        "Panel discussion",
        [
            ("Halima Oduya-Brandt", "panelist"),
            ("Tomasz Zielinski-Obi", "panelist"),
            ("Ines Calderon-Mbeki", "moderator"),
        ],
    )
    assert items[2][2] == []


def test_a_speakers_list_under_a_named_last_row_stays_the_rows(nlp: Language) -> None:
    """Without a panel row the list under the programme is the last row's, as before."""
    text = (
        "Programme\n\n"
        "  • 09:30 – Welcome remarks: Mr. Piet van Aardt-Molefe, Director\n"
        "  • 09:40 – Questions from the floor\n\n"
        "Speakers\n\n"
        "  • Dr. Halima Oduya-Brandt — Senior Fellow, Harbour Policy Forum\n"
    )
    assert [(k, t) for k, t, _ in agenda_items(nlp, text)] == [
        ("opening_remarks", "Welcome remarks"),
        ("other", "Questions from the floor"),
    ]
    assert agenda_items(nlp, text)[1][2] == [("Halima Oduya-Brandt", "speaker")]


@pytest.mark.parametrize("heading", ["Related", "See also", "Related content", "Further reading"])
def test_a_related_links_list_makes_no_items(nlp: Language, heading: str) -> None:
    """A page's list of links to other pages ("Related" / "• Report: Title (PDF)") names
    publications, not parts of the event."""
    text = (
        "Past event: Ports and Peace Operations\n\n"
        "After welcoming remarks by Ambassador Rosa Lindgren-Abebe, the panel discussed "
        "maritime support to missions.\n\n"
        f"{heading}\n\n"
        "  • Report: Harbours under mandate (PDF)\n"
        "  • Podcast ep. 9: Ships and blue helmets\n"
    )
    assert agenda_items(nlp, text) == [
        ("opening_remarks", None, [("Rosa Lindgren-Abebe", "opening_remarks")])
    ]


def test_a_report_line_outside_a_links_list_is_still_an_item(nlp: Language) -> None:
    """The same "Report:" bullet in a programme, with no links heading above, is a part."""
    text = (
        "Programme\n\n"
        "  • Opening: Ambassador Rosa Lindgren-Abebe\n"
        "  • Report: Dr. Omar Kassim-Vieira\n"
    )
    assert [k for k, _, _ in agenda_items(nlp, text)] == ["opening_remarks", "report"]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The opening was made by the commandant of the centre, Colonel Ruben Okafor-Lind", "o"),
        ("The opening was done by Colonel Ruben Okafor-Lind", "o"),
        ("The closing was performed by Colonel Ruben Okafor-Lind", "c"),
    ],
    ids=["made", "done", "closing"],
)
def test_the_opening_told_as_a_noun_is_an_opening_part(
    nlp: Language, sentence: str, kind: str
) -> None:
    """Non-native English tells the opening as a noun made by someone ("The opening was
    made by X"): X's opening remarks, an item of their own."""
    text = (
        "Course news\n\n"
        "The regional course on protection of civilians began on Monday 4 March 2024 at "
        f"the training centre. {sentence}, who welcomed the 30 students.\n"
    )
    k = "opening_remarks" if kind == "o" else "closing_remarks"
    assert agenda_items(nlp, text) == [(k, None, [("Ruben Okafor-Lind", k)])]
    assert person_roles(nlp, text) == [("Ruben Okafor-Lind", [k])]


@pytest.mark.parametrize("heading", ["Background", "Recommendations", "Key findings"])
def test_a_report_section_heading_naming_no_one_is_no_part(nlp: Language, heading: str) -> None:
    """A workshop report's numbered section headings over its own text ("1. Background",
    "4. Recommendations") are the report's sections, not parts of the programme; its
    "2. Opening" section with its speaker is one."""
    text = (
        "REPORT OF THE SUBREGIONAL WORKSHOP ON CIVILIAN PROTECTION\n\n"
        f"1. {heading}\n"
        "The workshop gathered 20 officers from five countries to compare field practice.\n\n"
        "2. Opening\n"
        "The workshop was opened by the Director of the centre, Colonel Amadou Fofana-Brink, "
        "who welcomed the participants.\n\n"
        "3. Closing\n"
        "Certificates were presented at the end of the week.\n"
    )
    kinds = [(k, t) for k, t, _ in agenda_items(nlp, text)]
    assert kinds == [("opening_remarks", "Opening"), ("closing_remarks", "Closing")]
