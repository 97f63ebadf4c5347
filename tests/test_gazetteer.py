# ruff: noqa: E501  (one table row per line)
"""Tests of gazetteer.py: the packaged mission file loads, its facts hold, bad rows are rejected."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pko_extract.errors import ResourceError
from pko_extract.gazetteer import (
    MISSIONS_FILE,
    PLACES_FILE,
    default_gazetteer,
    load_gazetteer,
    load_places,
)
from pko_extract.models import MissionRecord


@pytest.fixture(scope="module")
def gaz():
    return default_gazetteer()


def test_packaged_file_is_versioned_and_complete(gaz):
    """Every UN PKO since 1948 plus SPMs and regional operations, with a version string."""
    assert gaz.version == "1.1.4"
    kinds = [m.kind for m in gaz.missions]
    assert kinds.count("UN_PKO") == 70
    assert kinds.count("UN_SPM") == 40
    assert kinds.count("REGIONAL") == 84
    for acronym in ["UNAMA", "UNAMI", "UNSMIL", "UNSOM", "UNMIN", "BINUH", "UNIOGBIS", "UNOWAS",
                    "UNOCA", "UNVMC", "UNOAU", "AMIS", "AMISOM", "ATMIS", "AFISMA", "MISCA",
                    "ECOMOG", "ECOMIB", "KFOR", "EUFOR Althea", "EUCAP Sahel Mali", "EUTM Somalia",
                    "OLMEE", "NMOG", "SAPMIL", "NTM-I", "TIPH", "OSCE SMM"]:  # fmt: skip
        assert gaz.by_acronym(acronym) is not None, acronym


def test_default_gazetteer_is_cached():
    assert default_gazetteer() is default_gazetteer()


@pytest.mark.parametrize(
    ("acronym", "field", "expected"),
    [
        ("UNOCI", "french_acronym", "ONUCI"),
        ("UNIFIL", "french_acronym", "FINUL"),
        ("UNAMID", "lead_organization", "UN; AU"),
        ("AMISOM", "lead_organization", "AU"),
        ("ECOMIB", "lead_organization", "ECOWAS"),
        ("UNSMIS", "last_day", date(2012, 8, 31)),
        ("UNSCO", "start", date(1994, 6, 1)),
        ("UNAMID", "places", ["Darfur"]),
        ("MONUSCO", "predecessor", ["MONUC"]),
        ("MINUSTAH", "successor", ["MINUJUSTH"]),
        ("UNMISS", "end", None),
    ],
    ids=lambda v: str(v),
)
def test_mission_facts(gaz, acronym, field, expected):
    assert getattr(gaz.by_acronym(acronym), field) == expected


@pytest.mark.parametrize(
    ("place", "on", "expected"),
    [
        ("Haiti", date(2012, 6, 1), ["MINUSTAH"]),
        ("Haiti", date(2018, 6, 1), ["MINUJUSTH"]),
        ("Haiti", date(2021, 6, 1), ["BINUH"]),
        ("the Congo", date(2005, 6, 1), ["MONUC"]),
        ("DRC", date(2012, 6, 1), ["MONUSCO"]),
        ("Darfur", date(2006, 6, 1), ["AMIS"]),
        ("Darfur", date(2012, 6, 1), ["UNAMID"]),
        ("South Sudan", date(2012, 6, 1), ["UNMISS"]),
        ("Sudan", date(2008, 6, 5), ["UNMIS", "UNAMID"]),
        ("Ivory Coast", date(2010, 6, 1), ["UNOCI"]),
        ("Côte d’Ivoire", date(2010, 6, 1), ["UNOCI"]),
        ("Burundi", date(2011, 2, 10), ["BNUB"]),
        ("Burundi", date(2010, 12, 31), ["BINUB"]),
        ("Mali", date(2012, 11, 5), []),
        ("Myanmar", date(2012, 6, 1), []),
    ],
    ids=lambda v: str(v),
)
def test_active_in(gaz, place, on, expected):
    """Look-up by place name or alias (accents, curly apostrophes, "the") and date."""
    assert [m.acronym for m in gaz.active_in(place, on)] == expected


def test_regional_offices_are_linked_from_their_region_only(gaz):
    assert gaz.active_in("Liberia", date(2017, 6, 1)) == [gaz.by_acronym("UNMIL")]
    assert [m.acronym for m in gaz.active_in("West Africa", date(2017, 6, 1))] == ["UNOWAS"]


@pytest.mark.parametrize(
    ("place", "adjectives"),
    [("Namibia", ["Namibian"]), ("Somalia", ["Somali", "Somalian"]), ("Nepal", [])],
    ids=lambda v: str(v),
)
def test_place_adjectives(gaz, place, adjectives):
    """Adjectival forms of host countries only (a contributor's demonym names its troops)."""
    assert gaz.place(place).adjectives == adjectives


def test_adjective_that_names_another_place_is_rejected(tmp_path):
    text = PLACES_FILE.read_text(encoding="utf-8").replace(
        "Namibia,country,,South West Africa; Namibie,Namibian",
        "Namibia,country,,South West Africa; Namibie,Angola",
    )
    path = tmp_path / "mission_places.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ResourceError, match="'Angola' already names"):
        load_places(path)


def test_sahel_links_no_regional_office(gaz):
    assert gaz.active_in("Sahel", date(2019, 6, 1)) == []
    assert [m.acronym for m in gaz.active_in("Uganda", date(1994, 1, 1))] == ["UNOMUR"]
    assert [m.acronym for m in gaz.active_in("Rwanda", date(1994, 1, 1))] == ["UNAMIR"]


def test_explicit_only_missions_are_not_linked_from_places(gaz):
    """Forces such as ISAF are found when named, not inferred from "Afghanistan"."""
    assert [m.acronym for m in gaz.active_in("Afghanistan", date(2008, 1, 1))] == ["UNAMA"]
    assert "ISAF" in [
        m.acronym for m in gaz.active_in("Afghanistan", date(2008, 1, 1), linkable_only=False)
    ]


def test_mission_records(gaz):
    records = gaz.mission_records()
    assert len(records) == len(gaz.missions)
    unsmis = next(r for r in records if r.acronym == "UNSMIS")
    assert isinstance(unsmis, MissionRecord)
    assert unsmis.model_dump() == {
        "acronym": "UNSMIS",
        "name": "United Nations Supervision Mission in Syria",
        "kind": "UN_PKO",
        "lead_organization": "UN",
        "countries": ["Syria"],
        "start_date": date(2012, 4, 1),
        "end_date": date(2012, 8, 31),
        "predecessor": [],
        "successor": [],
        "gazetteer_version": "1.1.4",
    }


def test_links_are_recorded_on_both_sides(gaz):
    for m in gaz.missions:
        for p in m.predecessor:
            assert m.acronym in gaz.by_acronym(p).successor
        for s in m.successor:
            assert m.acronym in gaz.by_acronym(s).predecessor


# --------------------------------------------------------------------------------------
# Validation errors name the file, the line and the field
# --------------------------------------------------------------------------------------


def _copy_with(tmp_path: Path, old: str, new: str) -> Path:
    text = MISSIONS_FILE.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "missions.csv"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    (tmp_path / "mission_places.csv").write_text(PLACES_FILE.read_text(encoding="utf-8"))
    return path


def _line_of(path: Path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text().splitlines(), 1) if needle in line)


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        ("UNSMIS,United Nations Supervision Mission in Syria,UN_PKO", "UNSMIS,United Nations Supervision Mission in Syria,UN_PEACE", "kind"),
        (",2012-04,2012-08,", ",2012-04,2011-08,", "(row)"),
        (",country,2012-04,2012-08,", ",country,April 2012,2012-08,", "start"),
        ("in Syria,Syria,,country,2012", "in Syria,Atlantis,,country,2012", "countries/places"),
        ("MINUJUSTH,United Nations Mission for Justice Support in Haiti", "MINUSTAH,United Nations Mission for Justice Support in Haiti", "acronym"),
    ],
    ids=["bad-kind", "end-before-start", "bad-date", "unknown-place", "duplicate-acronym"],
)  # fmt: skip
def test_bad_rows_raise_resource_error(tmp_path, old, new, field):
    path = _copy_with(tmp_path, old, new)
    lineno = _line_of(path, new)
    with pytest.raises(ResourceError) as err:
        load_gazetteer(path)
    message = str(err.value)
    assert message.startswith(f"{path}:{lineno}: field {field!r}")


def test_one_sided_successor_is_rejected(tmp_path):
    path = _copy_with(tmp_path, ",2012-04,2012-08,,,", ",2012-04,2012-08,,UNMISS,")
    with pytest.raises(ResourceError, match=r"field 'successor': 'UNMISS' does not list 'UNSMIS'"):
        load_gazetteer(path)


def test_missing_version_header_is_rejected(tmp_path):
    path = _copy_with(tmp_path, "# gazetteer_version: 1.1.4\n", "")
    with pytest.raises(ResourceError, match="gazetteer_version"):
        load_gazetteer(path)


def test_missing_file_is_reported(tmp_path):
    with pytest.raises(ResourceError, match="missing"):
        load_gazetteer(tmp_path / "nope.csv")


def test_country_names_are_the_countries_with_their_aliases() -> None:
    """Countries and their aliases are country names; cities and regions are not (the event
    stage uses them so that a dateline 'SOUTH SUDAN, 5 June' is no city)."""
    names = default_gazetteer().country_names()
    assert {"South Sudan", "Haiti", "Mali"} <= names
    assert "Darfur" not in names and "Middle East" not in names
