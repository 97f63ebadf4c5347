"""Tests of served_mission.py: the mission a position names, at the report's date."""

from __future__ import annotations

from datetime import date

import pytest

from pko_extract.gazetteer import default_gazetteer
from pko_extract.served_mission import mission_finder

FINDER = mission_finder(default_gazetteer())


@pytest.mark.parametrize(
    ("position", "on", "acronym"),
    [
        ("Force Commander, MINUSCA", None, "MINUSCA"),
        ("Head of Office, MONUSCO Bunia", date(2012, 1, 1), "MONUSCO"),
        ("Chief of Staff, United Nations Mission in South Sudan", None, "UNMISS"),
        ("SRSG for Mali", date(2015, 3, 1), "MINUSMA"),
        ("Special Representative of the Secretary-General for Mali", date(2010, 3, 1), None),
        ("Police Commissioner in the CAR", date(2016, 1, 1), "MINUSCA"),
        ("Deputy Force Commander in Côte d’Ivoire", date(2008, 6, 1), "UNOCI"),
        (
            "Special Representative of the Secretary-General for the Democratic Republic of "
            "the Congo",
            date(2005, 1, 1),
            "MONUC",
        ),
        ("Force Commander in the Central African Republic", None, None),
        ("Special Representative of the Secretary-General for Afghanistan", None, None),
        ("Force Commander in Cyprus", None, "UNFICYP"),
        ("Minister for Foreign Affairs of Mali", date(2016, 1, 1), None),
        ("Force Commander", date(2016, 1, 1), None),
        ("Permanent Representative of Mali to the United Nations", date(2016, 1, 1), None),
        ("Special Representative of the ECOWAS Commission in Mali", date(2020, 1, 1), None),
        (
            "Special Representative of the Chairperson of the African Union Commission for Somalia",
            date(2019, 1, 1),
            "AMISOM",
        ),
        ("Force Commander, AU Mission in Somalia", date(2019, 1, 1), "AMISOM"),
        ("Mission Force Commander of the European Training Mission Mali", date(2021, 1, 1), None),
        (
            "Deputy Force Commander of the UN Peacekeeping Operation in Mali",
            date(2021, 1, 1),
            "MINUSMA",
        ),
        ("Force Commander of the Joint Force in Mali", date(2021, 1, 1), None),
    ],
    ids=[
        "acronym",
        "acronym-and-town",
        "mission-name",
        "post-and-country",
        "post-and-country-before-the-mission",
        "capitalised-alias",
        "accent-and-curly-apostrophe",
        "post-at-the-date",
        "no-date-several-missions",
        "no-date-missions-of-several-kinds",
        "no-date-sole-mission",
        "no-mission-post",
        "post-without-place",
        "representative-is-no-mission-post",
        "regional-body-without-a-mission-there",
        "regional-body-named-in-full",
        "regional-body-acronym",
        "names-a-mission-the-gazetteer-lacks",
        "generic-words-before-operation",
        "another-force",
    ],
)
def test_mission_of_a_position(position: str, on: date | None, acronym: str | None) -> None:
    assert FINDER.find(position, on) == acronym


@pytest.mark.parametrize(
    ("organization", "acronym"),
    [
        ("UNMISS", "UNMISS"),
        ("UN Mission in South Sudan", "UNMISS"),
        ("AU Mission in Somalia (AMISOM)", "AMISOM"),
        ("the United Nations Mission in Liberia.", "UNMIL"),
        ("Joint Analysis Centre (MONUSCO)", None),
        ("United Nations", None),
    ],
    ids=["acronym", "alias", "name-and-acronym", "the-and-full-stop", "unit-of-a-mission", "body"],
)
def test_an_organisation_that_is_a_mission(organization: str, acronym: str | None) -> None:
    assert FINDER.named(organization) == acronym
