"""Tests of role classes of prose genres (stop 25): the sub-headings of a meeting's coverage
("Briefings" over the briefers' paragraphs, "Statements" over the delegates'), a podcast
page's "Hosts" and "Our guests" blocks, an office a bio says a person holds ("today she
chairs the X Network": no part of the event), the presiding office as a title before an
honorific ("Council President Ambassador X (Country) opened the meeting") and the audience
of a send-off ("Among the families ... was X, whose son, Y, ..."; X's quote to the reporter
is no statement). Each report is invented."""

from __future__ import annotations

import pytest
from conftest import person_roles
from spacy.language import Language

from pko_extract.recognize import build_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp("blank")


CASES = [
    (
        "Council Weighs Rivers and Peace Operations\n"
        "\n"
        "Briefings\n"
        "\n"
        "Ms. Olga Varga, Director of the Water Office, said that camps had run dry in "
        "the north last year.\n"
        "\n"
        "Lieutenant General Omar Sadiq, Force Commander, described the floods that cut "
        "off two airstrips.\n"
        "\n"
        "Statements\n"
        "\n"
        "Mr. Henri Lebrun (Belgium) offered engineers for the new wells in the east.\n"
        "\n"
        "The representative of Chile, Mr. Pablo Soto, said that data must be shared.\n",
        [
            ("Olga Varga", ["presenter"]),
            ("Omar Sadiq", ["presenter"]),
            ("Henri Lebrun", ["speaker"]),
            ("Pablo Soto", ["speaker"]),
        ],
    ),
    (
        "Speakers\n"
        "\n"
        "Ms. Lina Berg\n"
        "Mr. Tom Ekdahl\n"
        "\n"
        "Mr. Tom Ekdahl wrote the report that the session will discuss at length.\n",
        [("Lina Berg", ["speaker"]), ("Tom Ekdahl", ["speaker"])],
    ),
    (
        "Water and Peace: a panel\n"
        "\n"
        "Dr. Nina Olsen is a hydrologist; today she chairs the Harbour Women's Network "
        "and advises two missions.\n"
        "\n"
        "Mr. Karl Ek chairs the Working Group Meeting on rivers this year.\n",
        [("Nina Olsen", ["mentioned"]), ("Karl Ek", ["chair"])],
    ),
    (
        "Episode 9 - Rivers of Blue\n"
        "\n"
        "HOSTS\n"
        "Ms. Lena Okoro\n"
        "Dr Paul Vance\n"
        "\n"
        "Our guests:\n"
        "- Supt. Mary Tan - Director of Training, City Police\n"
        "- Col. Amos Ruto - former Battalion Commander\n",
        [
            ("Lena Okoro", ["moderator"]),
            ("Paul Vance", ["moderator"]),
            ("Mary Tan", ["speaker"]),
            ("Amos Ruto", ["speaker"]),
        ],
    ),
    (
        "The 200 engineers of the new company left Harbour Air Base yesterday for their "
        "deployment.\n"
        "\n"
        "Among the relatives on the tarmac was Mrs Hana Kowal, whose husband, Sgt. Jan "
        'Kowal, was killed on patrol in 2013. "He would be proud of them," she said.\n'
        "\n"
        'Among the spectators was Mr. Ole Brandt. "Good luck to them," he told reporters.\n',
        [
            ("Hana Kowal", ["participant"]),
            ("Jan Kowal", ["mentioned"]),
            ("Ole Brandt", ["participant"]),
        ],
    ),
    (
        "The 200 engineers of the new company left Harbour Air Base yesterday for the "
        "mission in South Sudan.\n"
        "\n"
        "Brigadier General Tomas Riebel, who saw the troops off, said they would build "
        "roads before the rains.\n"
        "\n"
        "Among the relatives on the tarmac was Mrs Hana Kowal, whose daughter, Corporal "
        'Ivana Kowal, is deploying for the first time. "I will count the days," she '
        "said.\n"
        "\n"
        "Ms. Dora Lenz also attended.\n",
        [
            ("Tomas Riebel", ["speaker"]),
            ("Hana Kowal", ["participant"]),
            ("Ivana Kowal", ["participant"]),
            ("Dora Lenz", ["participant"]),
        ],
    ),
    (
        "United Nations | Meetings Coverage and Press Releases\n"
        "\n"
        "SC/15999\n"
        "3 March 2024\n"
        "\n"
        "Council President Ambassador Jorge MENDES PIRES (Portugal) opened the meeting, "
        "recalling that the floods had closed roads in the east.\n"
        "\n"
        "Commission Chair Ambassador Karin Holm (Sweden) opened the meeting, saying that "
        "the plan was late.\n",
        [
            ("Jorge Mendes Pires", ["chair", "opening_remarks"]),
            ("Karin Holm", ["chair", "opening_remarks"]),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    CASES,
    ids=[
        "briefings-and-statements-headings",
        "speakers-heading-over-name-lines-unchanged",
        "bio-chairs-a-named-body-vs-a-meeting",
        "hosts-and-our-guests-blocks",
        "audience-relative-who-died-and-spectator-quote",
        "audience-relative-with-deploying-son",
        "body-chair-title-then-honorific",
    ],
)
def test_prose_role_classes(
    nlp: Language, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    """Each class gives the role the annotation guide names for it."""
    assert person_roles(nlp, text) == expected
