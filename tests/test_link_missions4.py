# ruff: noqa: E501  (one table row per line)
"""Mission-linking classes found by the fresh invented set tests/fixtures/missions4: each
rule with the case that shows it (and, where there is one, the case it must leave alone).

All sentences are written for these tests; none is taken from the evaluation corpus.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import linked_missions as linked

from pko_extract.gazetteer import default_gazetteer


@pytest.fixture(scope="module")
def gaz():
    return default_gazetteer()


# (id, text, date, [(mention, acronym)])
CASES = [
    # a hyphenated word of a name is one capitalised word
    (
        "hyphenated-name",
        "She recalled that the African-led International Support Mission in the Central African Republic had handed over to the UN.",
        date(2023, 5, 17),
        [("African-led International Support Mission in the Central African Republic", "MISCA")],
    ),
    # Spanish names: "las", "para", "el" are connectors
    (
        "spanish-name-connectors",
        "Un grupo integra la Misión de Verificación de las Naciones Unidas en Colombia.",
        date(2018, 5, 29),
        [("Misión de Verificación de las Naciones Unidas en Colombia", "UNVMC")],
    ),
    (
        "spanish-name-alias",
        "Otros oficiales sirven en la Fuerza de las Naciones Unidas para el Mantenimiento de la Paz en Chipre.",
        date(2018, 5, 29),
        [("Fuerza de las Naciones Unidas para el Mantenimiento de la Paz en Chipre", "UNFICYP")],
    ),
    # a French name in sentence case
    (
        "french-sentence-case-name",
        "Le contingent rejoindra la Mission multidimensionnelle intégrée des Nations unies pour la stabilisation au Mali le mois prochain.",
        date(2017, 9, 20),
        [
            (
                "Mission multidimensionnelle intégrée des Nations unies pour la stabilisation au Mali",
                "MINUSMA",
            )
        ],
    ),
    # ... but an English generic title in lower case is still not a name
    (
        "english-lowercase-title-not-name",
        "He served with the UN mission in Sudan.",
        date(2009, 6, 1),
        [("the UN mission in Sudan", "UNMIS")],
    ),
    # Spanish cue words and place names
    (
        "spanish-cue-and-place",
        "Un grupo de observadores militares en Cachemira.",
        date(2018, 5, 29),
        [("Cachemira", "UNMOGIP")],
    ),
    (
        "spanish-title",
        "El batallón presta servicio con la misión de la ONU en la República Democrática del Congo.",
        date(2018, 5, 29),
        [("la misión de la ONU en la República Democrática del Congo", "MONUSCO")],
    ),
    # Romance word order of an organisation's operation
    (
        "portuguese-org-force",
        "Os militares serviram na força da União Europeia na República Centro-Africana.",
        date(2014, 6, 1),
        [("força da União Europeia na República Centro-Africana", "EUFOR RCA")],
    ),
    # a goodwill mission is not a peacekeeping cue
    (
        "goodwill-mission-not-cue",
        "She described a goodwill mission of church leaders to Mozambique.",
        date(2022, 10, 24),
        [],
    ),
    # a period in a later coordinated clause is that clause's place's
    (
        "period-of-later-clause",
        "He compared the ECOWAS mission in Guinea-Bissau, which protects state institutions, and the ECOWAS mission in the Gambia, deployed in 2017.",
        date(2023, 5, 17),
        [
            ("the ECOWAS mission in Guinea-Bissau", "SSMGB"),
            ("the ECOWAS mission in the Gambia", "ECOMIG"),
        ],
    ),
    # "today" right after a mission title dates it at the report
    (
        "today-after-title",
        "The ECOWAS mission in Guinea-Bissau today is smaller than in 2014.",
        date(2023, 5, 17),
        [("The ECOWAS mission in Guinea-Bissau", "SSMGB")],
    ),
    # blue helmets are a force: the disengagement force, not the truce supervisors
    (
        "blue-helmets-force",
        "A further 138 personnel serve with the blue helmets on the Golan Heights.",
        date(2019, 3, 12),
        [("Golan Heights", "UNDOF")],
    ),
    # military observers: the body of unarmed observers
    (
        "observers-observer-body",
        "UN military observers on the Golan Heights patrol the area of separation.",
        date(2014, 9, 1),
        [("Golan Heights", "UNTSO")],
    ),
]


@pytest.mark.parametrize(
    ("text", "on", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_missions4_classes(text: str, on: date, expected: list, gaz) -> None:
    assert linked(text, on, gaz) == expected


def test_armed_clause_beside_a_named_observer_body(gaz) -> None:
    """A battalion on the Golan Heights beside a named observer body is the force's."""
    text = "Observers of UNTSO attended, as did officers from the logistics battalion on the Golan Heights."
    assert linked(text, date(2013, 1, 26), gaz) == [("UNTSO", "UNTSO"), ("Golan Heights", "UNDOF")]


SECOND_PASS = [
    # soldiers in a list on the Golan Heights are the force's
    (
        "soldiers-list-golan",
        "Our soldiers have served on UN duty in Cyprus and on the Golan Heights.",
        date(2015, 5, 29),
        [("Cyprus", "UNFICYP"), ("Golan Heights", "UNDOF")],
    ),
    # peacekeepers are not a political office's
    (
        "peacekeepers-not-political",
        "Peacekeepers in Somalia suffered heavy losses.",
        date(2011, 6, 1),
        [("Somalia", "AMISOM")],
    ),
    # a bare "in" between two places is not list glue: the contributor is not the place
    (
        "from-x-in-y",
        "Peacekeepers from Burundi in Somalia suffered heavy losses.",
        date(2011, 6, 1),
        [("Somalia", "AMISOM")],
    ),
    # a period written after a country is also its city's
    (
        "period-of-country-and-city",
        "Pakistani peacekeepers in Somalia in 1993 were ambushed in Mogadishu.",
        date(2019, 6, 1),
        [("Somalia", "UNOSOM II"), ("Mogadishu", "UNOSOM II")],
    ),
    # a decade after a place is that place's
    (
        "decade-owned-by-place",
        "They will study the peacekeeping mission in Cambodia in the 1990s and the UN mission in Darfur.",
        date(2015, 6, 1),
        [("the peacekeeping mission in Cambodia", "UNTAC"), ("the UN mission in Darfur", "UNAMID")],
    ),
    # sub-regions of the DRC
    (
        "kivu",
        "Indian peacekeepers in North Kivu reopened the road.",
        date(2009, 11, 3),
        [("North Kivu", "MONUC")],
    ),
]


@pytest.mark.parametrize(
    ("text", "on", "expected"), [c[1:] for c in SECOND_PASS], ids=[c[0] for c in SECOND_PASS]
)
def test_missions4_second_pass(text: str, on: date, expected: list, gaz) -> None:
    assert linked(text, on, gaz) == expected


MISSIONS5 = [
    # a shared acronym is resolved by the year its clause writes
    (
        "shared-acronym-clause-year",
        "UNAVEM and the Angolan elections of 1992",
        date(2021, 10, 5),
        [("UNAVEM", "UNAVEM II")],
    ),
    # a nation-led operation of the gazetteer led by that nation
    (
        "nation-led-in-gazetteer",
        "The Kenyan-led security mission in Haiti asks for more police.",
        date(2024, 8, 20),
        [("Haiti", "MSS")],
    ),
    # ... not before it started
    (
        "nation-led-not-started",
        "The Kenyan-led security mission approved for Haiti has not deployed.",
        date(2023, 12, 14),
        [],
    ),
    # a sentence that writes an agency's trip does not borrow a peacekeeping cue
    (
        "a-mission-to-not-borrowed",
        "They work beside peacekeeping missions. A UNICEF officer recalled a mission to Juba.",
        date(2019, 4, 3),
        [],
    ),
    # lines of a roll (place, year) take the cue of the title lines
    (
        "roll-lines-title-cue",
        "Roll of Honour\nThose who died on United Nations service\n\nPrivate Ann Doe - Congo, 1961\n\nCorporal Bo Roe - Cyprus, 1974\n",
        date(2016, 6, 5),
        [("Congo", "ONUC"), ("Cyprus", "UNFICYP")],
    ),
    # a mission cited by its organisation is the one a later place means
    (
        "org-cited-mission-preferred",
        "The SADC force in eastern DRC, deployed in December, has lost soldiers. Our soldiers are in the Congo.",
        date(2024, 8, 17),
        [("The SADC force", "SAMIDRC"), ("DRC", "SAMIDRC"), ("Congo", "SAMIDRC")],
    ),
]


@pytest.mark.parametrize(
    ("text", "on", "expected"), [c[1:] for c in MISSIONS5], ids=[c[0] for c in MISSIONS5]
)
def test_missions5_classes(text: str, on: date, expected: list, gaz) -> None:
    assert linked(text, on, gaz) == expected


def test_un_buffer_zone_and_beni(gaz) -> None:
    """The UN buffer zone is a peacekeeping cue; Beni is a place of the DRC."""
    assert linked("He patrolled the UN buffer zone in Cyprus.", date(2019, 6, 1), gaz) == [
        ("Cyprus", "UNFICYP")
    ]
    assert linked("Casques bleus tanzaniens à Beni.", date(2019, 6, 1), gaz) == [
        ("Beni", "MONUSCO")
    ]


def test_observers_and_peacekeepers_in_one_clause_stay_undetermined(gaz) -> None:
    """Observers written beside peacekeepers on the Golan: UNTSO or UNDOF, undetermined."""
    text = "Observers on the Golan Heights worked beside the peacekeepers."
    assert linked(text, date(2018, 1, 1), gaz) == [("Golan Heights", None)]


def test_observers_written_before_the_place(gaz) -> None:
    """Observers right before the place (no other cue word of theirs) are the observer body."""
    text = "UN observers on the Golan Heights wrote the report."
    assert linked(text, date(2018, 1, 1), gaz) == [("Golan Heights", "UNTSO")]
