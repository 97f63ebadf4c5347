"""Acceptance test: the first report (raw/000_5148b6dfa4c0b1ab.txt) extracted exactly.

The expected values are the issue's acceptance criteria, written out by hand (not generated
from the pipeline's output). Runs the trained model, as the pipeline does.
"""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

from pko_extract.extract import extract_document
from pko_extract.models import Document

SEED = Path(__file__).resolve().parents[1] / "raw" / "000_5148b6dfa4c0b1ab.txt"

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def seed():
    data = SEED.read_bytes()
    doc = Document(hashlib.sha256(data).hexdigest(), SEED.as_uri(), SEED.name, data.decode("utf-8"))
    return doc, extract_document(doc)


def test_event_metadata(seed):
    doc, ex = seed
    r = ex.report
    assert r.report_id == hashlib.sha256(SEED.read_bytes()).hexdigest()
    assert (
        r.title
        == "20 Years of Peacekeeping Operations for the UN and Japan – Taking on New Challenges"
    )
    assert r.event_date == date(2012, 11, 5)
    assert r.venue == "United Nations University"
    assert r.city == "Tokyo"
    assert r.organizers == [
        "Ministry of Foreign Affairs of Japan",
        "United Nations Information Center in Tokyo",
    ]
    assert r.attendance == 300


def test_event_metadata_keeps_its_evidence(seed):
    doc, ex = seed
    r = ex.report
    t = doc.text

    def at(field):
        return t[getattr(r, f"{field}_start_char") : getattr(r, f"{field}_end_char")]

    assert " ".join(at("title").split()) == r.title
    assert at("event_date") == r.event_date_text == "5th November, 2012"
    assert at("venue") == r.venue
    assert at("city") == r.city
    assert at("attendance") == "More than 300 people"
    organizers = zip(r.organizer_start_chars, r.organizer_end_chars, strict=True)
    assert [t[a:b] for a, b in organizers] == r.organizers


def test_agenda_in_program_order(seed):
    _, ex = seed
    got = [(i.seq, i.kind, i.label, i.title) for i in ex.agenda_items]
    assert got == [
        (1, "opening_remarks", None, "Opening Remarks"),
        (
            2,
            "keynote",
            "Session 1",
            "The Recent 20 years of Peacekeeping: A perspective from the UN",
        ),
        (3, "report", "Session 2", "Japan's Footprints in UN peacekeeping in the Past 20 years"),
        (4, "panel", "Session 3", "Future Challenges for UN peacekeeping"),
    ]


def test_who_did_what_in_which_item(seed):
    _, ex = seed
    names = {p.person_id: p.name for p in ex.people}
    seqs = {i.item_id: i.seq for i in ex.agenda_items}
    got = sorted(
        (seqs[p.item_id], names[p.person_id], p.role) for p in ex.participations if p.item_id
    )
    assert got == [
        (1, "Koichiro Gemba", "opening_remarks"),
        (2, "Hervé Ladsous", "keynote_speaker"),
        (2, "Takahiro Shinyo", "commentator"),
        (3, "Reiichiro Takahashi", "presenter"),
        (3, "Ryoichi Oriki", "commentator"),
        (4, "Hervé Ladsous", "panelist"),
        (4, "Kishiro Tanabe", "panelist"),
        (4, "Richard Gowan", "panelist"),
        (4, "Shinichi Kitaoka", "panelist"),
        (4, "Toshiya Hoshino", "moderator"),
        (4, "Tsuneo Nishida", "panelist"),
    ]


EXPECTED_PEOPLE = [
    (
        "Koichiro Gemba",
        "Mr.",
        ["Minister for Foreign Affairs of Japan", "Foreign Minister"],
        [],
        ["opening_remarks"],
    ),
    (
        "Hervé Ladsous",
        "Mr.",
        ["Under-Secretary-General for Peacekeeping Operations"],
        ["UN", "United Nations"],
        ["keynote_speaker", "panelist"],
    ),
    (
        "Takahiro Shinyo",
        "Prof.",
        ["Vice-President"],
        ["Kwansei Gakuin University"],
        ["commentator"],
    ),
    (
        "Reiichiro Takahashi",
        "Mr.",
        ["Director-General"],
        ["International Peace Cooperation Headquarters Secretariat, Cabinet Office"],
        ["presenter"],
    ),
    (
        "Ryoichi Oriki",
        "GEN (Ret.)",
        ["Special Advisor to the Minister of Defense", "Former Chief of Staff"],
        ["Joint Staff"],
        ["commentator"],
    ),
    (
        "Richard Gowan",
        "Prof.",
        [],
        ["Center on International Cooperation, New York University"],
        ["panelist"],
    ),
    (
        "Shinichi Kitaoka",
        "Dr.",
        ["President", "Professor"],
        ["International University of Japan", "National Graduate Institute for Policy Studies"],
        ["panelist"],
    ),
    (
        "Kishiro Tanabe",
        "LTG",
        ["Vice President of the National Defense Academy", "Former Commanding Officer"],
        ["National Defense Academy", "3rd Engineer Group in Timor-Leste"],
        ["panelist"],
    ),
    (
        "Tsuneo Nishida",
        "Ambassador",
        ["Permanent Representative of Japan to the United Nations"],
        [],
        ["panelist"],
    ),
    ("Toshiya Hoshino", "Prof.", [], ["Osaka University"], ["moderator"]),
]


def test_exactly_these_ten_people_each_once(seed):
    doc, ex = seed
    got = [(p.name, p.honorific, p.positions, p.organizations, p.roles) for p in ex.people]
    assert got == EXPECTED_PEOPLE
    for p in ex.people:
        assert doc.text[p.start_char : p.end_char] == p.raw_name


def test_raw_names_keep_the_written_form(seed):
    _, ex = seed
    raw = {p.name: p.raw_name for p in ex.people}
    assert raw["Takahiro Shinyo"] == "Takahiro SHINYO"
    assert raw["Koichiro Gemba"] == "Koichiro Gemba"  # first mention is in the heading


def test_cited_missions(seed):
    doc, ex = seed
    linked = {
        m.mission_acronym for m in ex.mission_mentions if m.mission_acronym and m.confidence >= 0.5
    }
    assert linked == {"UNSMIS", "MONUSCO", "MINUSTAH", "UNMISS", "UNOCI", "UNAMID"}
    unresolved = {m.mention for m in ex.mission_mentions if m.mission_acronym is None}
    assert unresolved == {"Libya", "Mali", "Timor-Leste"}
    cote = next(m for m in ex.mission_mentions if m.mission_acronym == "UNOCI")
    assert cote.mention == "Cote d'lvoire"
    for m in ex.mission_mentions:
        assert doc.text[m.start_char : m.end_char] == m.mention


def test_no_rejects(seed):
    _, ex = seed
    assert ex.rejects == []


def test_participants_pair_positions_with_organisations(seed):
    """Added with the participants table (schema 1.4): the issue's example, one person with
    "UN" and "United Nations" as two organisations, is one pair with the canonical name.
    Bodies written one after another with commas are one organisation (the annotation
    convention of the dev corpus's gold: "Center for UN Studies, Fudan University"), so the
    Director-General's "Secretariat, Cabinet Office" is one pair."""
    doc, ex = seed
    rows = {(p.name, p.role): p for p in ex.participants}
    assert len(ex.participants) == 11
    ladsous = rows[("Hervé Ladsous", "keynote_speaker")]
    assert list(zip(ladsous.positions, ladsous.organizations_canonical, strict=True)) == [
        ("Under-Secretary-General for Peacekeeping Operations", "United Nations")
    ]
    assert ladsous.agenda_item == "The Recent 20 years of Peacekeeping: A perspective from the UN"
    takahashi = rows[("Reiichiro Takahashi", "presenter")]
    assert list(zip(takahashi.positions, takahashi.organizations, strict=True)) == [
        (
            "Director-General",
            "International Peace Cooperation Headquarters Secretariat, Cabinet Office",
        ),
    ]
    assert {p.mission_acronym for p in ex.participants} == {None}
    assert ex.report.organizers_canonical == ex.report.organizers
