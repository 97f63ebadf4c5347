# ruff: noqa: E501  (one table row per line)
"""Mission-linking classes found by the fresh invented sets tests/fixtures/missions1,
missions2 and missions3: each rule with the case that shows it and the case it must leave alone.

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
    # a lone place takes the cue of an earlier sentence of its paragraph (up to three back)
    (
        "cue-two-sentences-back",
        "Three officers described their work as UN military observers. One has spent the year in Kashmir. Another patrols a valley in Abkhazia.",
        date(2004, 6, 1),
        [("Kashmir", "UNMOGIP"), ("Abkhazia", "UNOMIG")],
    ),
    (
        "cue-lone-places-same-block",
        "UN peacekeeping had many successes in 2006. Elections in the Congo and order in Haiti.",
        date(2007, 1, 1),
        [("Congo", "MONUC"), ("Haiti", "MINUSTAH")],
    ),
    (
        "cue-not-across-blocks",
        "Three officers described their work as UN military observers.\n\nOne of them patrols a valley in Abkhazia.",
        date(2004, 6, 1),
        [],
    ),
    (
        "cue-not-for-a-list-with-a-country-without-mission",
        "The future of peacekeeping is in doubt. Famine spreads in war-torn places like Sudan, Nigeria, and Somalia.",
        date(2017, 6, 1),
        [],
    ),
    (
        "cue-four-sentences-back-too-far",
        "They served as UN military observers. One. Two. Three. The fourth patrols a valley in Abkhazia.",
        date(2004, 6, 1),
        [],
    ),
    # a sub-region with a mission of its own is not the place of its country's named mission
    (
        "subregion-own-mission",
        "She worked for the UN Special Envoy for Yemen on the ceasefire in Hudaydah, which a small UN mission has supported.",
        date(2021, 6, 1),
        [("UN Special Envoy for Yemen", "OSESGY"), ("Hudaydah", "UNMHA")],
    ),
    (
        "country-named-mission",
        "The UN Special Envoy for Yemen said the mission in Yemen would go on.",
        date(2021, 6, 1),
        [("UN Special Envoy for Yemen", "OSESGY"), ("the mission in Yemen", "OSESGY")],
    ),
    # a political post is the political mission's where a peacekeeping force also runs
    (
        "political-post",
        "The Special Coordinator for Lebanon joined by video.",
        date(2018, 7, 1),
        [("Special Coordinator for Lebanon", "UNSCOL")],
    ),
    (
        "uniformed-post",
        "The Force Commander in Lebanon joined by video.",
        date(2018, 7, 1),
        [("Force Commander in Lebanon", "UNIFIL")],
    ),
    # a compass word between a title and its place
    (
        "compass-in-title",
        "She joined the UN mission in eastern Chad as a child protection officer.",
        date(2008, 4, 1),
        [("the UN mission in eastern Chad", "MINURCAT")],
    ),
    (
        "compass-alias-kept",
        "He served with the UN mission in southern Sudan in 2008.",
        date(2019, 4, 1),
        [("the UN mission in southern Sudan", "UNMIS")],
    ),
    # "current" dates a title at the report, whatever year its clause writes
    (
        "current-mission",
        "They will study AFISMA's short deployment in 2013 and the current SADC mission in Cabo Delgado.",
        date(2023, 9, 1),
        [("AFISMA", "AFISMA"), ("SADC mission in Cabo Delgado", "SAMIM")],
    ),
    (
        "year-without-current",
        "They will study AFISMA's short deployment in 2013 and the SADC mission in Cabo Delgado.",
        date(2023, 9, 1),
        [("AFISMA", "AFISMA"), ("the SADC mission in Cabo Delgado", None)],
    ),
    # "moved from X" is a place served in, "troops from X" a contributor
    (
        "moved-from",
        "He moved from Kosovo, where he worked for the UN mission, to a post in Geneva.",
        date(2008, 4, 1),
        [("Kosovo", "UNMIK")],
    ),
    ("troops-from", "Troops from Kosovo joined the mission.", date(2008, 4, 1), []),
    # a regional organisation's operation named without its place, beside a place
    (
        "org-operation-beside-place",
        "She works in Abéché, Chad, where the European Union force is deploying.",
        date(2008, 4, 1),
        [("Chad", "EUFOR Tchad/RCA"), ("the European Union force", "EUFOR Tchad/RCA")],
    ),
    (
        "org-operation-no-place",
        "The European Union force is deploying its battalions.",
        date(2008, 4, 1),
        [],
    ),
    (
        "org-operation-not-a-joint-one",
        "The AU mission left Darfur after the peacekeepers of the hybrid operation came.",
        date(2016, 4, 1),
        [("Darfur", "UNAMID")],
    ),
    # from missions2 -- armed forces are not a political mission's, whatever else runs there
    (
        "military-cue-not-political",
        "Soldiers of the African-led force patrol Bangui at night.",
        date(2014, 3, 10),
        [("Bangui", "MISCA")],
    ),
    (
        "no-military-cue-ambiguous",
        "UN staff in Bangui work for the mission.",
        date(2014, 3, 10),
        [("Bangui", None)],
    ),
    # a list glued by "on the" (soldiers on the Golan Heights are the force's, UNDOF, since
    # the missions4 rules; before them None, UNDOF or UNTSO)
    (
        "list-glued-by-on",
        "Today we honour those back from United Nations service. Our soldiers have served in Cyprus, in Lebanon, on the Golan Heights and in Mali.",
        date(2015, 5, 29),
        [
            ("Cyprus", "UNFICYP"),
            ("Lebanon", "UNIFIL"),
            ("Golan Heights", "UNDOF"),
            ("Mali", "MINUSMA"),
        ],
    ),
    # an organisation's operation beside a place written as an adjective, told by a stem
    (
        "org-operation-adjective-stem",
        "She thanked the team that trained Malian officers with the European mission.",
        date(2015, 5, 29),
        [("the European mission", "EUTM Mali")],
    ),
    (
        "org-operation-adjective-untold",
        "She thanked the team that worked with Malian officers and the European mission.",
        date(2015, 5, 29),
        [],
    ),
    # a mission named by its adjective alone, after it ended: the last one there
    (
        "adjective-title-ended",
        "Panel 1: the last months of the Ivorian operation.",
        date(2018, 11, 8),
        [("the Ivorian operation", "UNOCI")],
    ),
    (
        "org-title-ended-not-guessed",
        "Panel 1: the last months of the AU mission in Mali.",
        date(2018, 11, 8),
        [("the AU mission in Mali", None)],
    ),
    # a nation-led operation is not the UN's
    (
        "nation-led-not-un",
        "The Kenyan-led security support mission approved for Haiti was discussed.",
        date(2023, 12, 14),
        [],
    ),
    (
        "org-led-kept",
        "He served with the NATO-led force in Kosovo.",
        date(2015, 1, 1),
        [("the NATO-led force in Kosovo", "KFOR")],
    ),
    # a place opening a headline reads the story under it
    (
        "headline-place",
        "Goma: engineers hand over a bridge\n\nPublished 16 March 2012\n\nPeacekeepers of the company rebuilt it.",
        date(2012, 3, 16),
        [("Goma", "MONUSCO")],
    ),
    (
        "headline-place-no-cue",
        "Goma: engineers hand over a bridge\n\nThe city council paid for it.",
        date(2012, 3, 16),
        [],
    ),
    # from missions3 -- a lone place borrows a cue only where something is, not as a modifier
    (
        "lone-place-modifier",
        "Her chapters on the UN mission in Rwanda are moving. The last chapter, on the Kosovo war, feels rushed.",
        date(2019, 7, 1),
        [("the UN mission in Rwanda", None)],
    ),
    (
        "lone-place-possessor",
        "The troops met the envoy. They restated their attachment to Somalia's unity.",
        date(2013, 8, 4),
        [],
    ),
    # "from X" with a year right after it is a record, not a contributor
    (
        "from-place-with-year",
        "The soldiers served under the UN flag in many battalions: a water bottle from the Sinai in 1957, photographs from Congo 1961.",
        date(2024, 5, 10),
        [("Sinai", "UNEF I"), ("Congo", "ONUC")],
    ),
    (
        "from-place-without-year",
        "Peacekeeping battalions from the Congo arrived.",
        date(2024, 5, 10),
        [],
    ),
    # a list of places takes the cue of the report's title lines
    (
        "list-title-cue",
        "National Peacekeepers' Memorial Day\n\nReading of the names: those who died serving in southern Lebanon, in the Congo in 1961, in Bosnia and in Mali",
        date(2022, 5, 29),
        [("southern Lebanon", "UNIFIL"), ("Congo", "ONUC"), ("Bosnia", None), ("Mali", "MINUSMA")],
    ),
    (
        "lone-place-no-title-cue",
        "National Peacekeepers' Memorial Day\n\nReading of the names: those who fell in Mali",
        date(2022, 5, 29),
        [],
    ),
    # mission components are a peacekeeping context
    (
        "police-component",
        "She took up her post as head of the police component in Bamako in 2014.",
        date(2016, 2, 3),
        [("Bamako", "MINUSMA")],
    ),
]


@pytest.mark.parametrize(
    ("text", "on", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_fresh_set_classes(gaz, text, on, expected):
    assert linked(text, on, gaz) == expected
