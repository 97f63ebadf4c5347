"""Tests of extraction: Documents -> validated records with exact values, ids and rejects."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

import pko_extract.extract as extract_mod
from pko_extract.extract import build_extraction, extract_document, extract_documents, parse_text
from pko_extract.gazetteer import default_gazetteer
from pko_extract.models import AgendaResult, Document, Extraction, ItemDraft, Recognized, Span
from pko_extract.names import name_tokens
from pko_extract.recognize import build_nlp, get_nlp, recognize
from pko_extract.resources import default_rules
from pko_extract.segment import read_layout

NOW = datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)
NLP: Language = build_nlp("blank")  # rules only; built once for the module and hypothesis

REPORT = """\
Regional Workshop on Protection of Civilians
Theme: "Shields and Shelters"
Date: Wednesday, 9 October 2019
Venue: Harbour Conference Centre, Mombasa

MOMBASA, 9 October -- The workshop was organized by the Coastal Peace Institute. \
More than 90 participants attended, among them officers who had served with UNMISS in Juba.

(1) Opening Remarks
• H.E. Mr. Samuel ODHIAMBO, Cabinet Secretary for Defence

(2) Session I "Lessons from the Field"
Moderator: Prof. LEE Jiwon, Professor of Politics, Hanbit University
Speaker: Col. Maria Santos, Chief of Staff, Eastern Brigade

3. Closing Remarks by Ms. Ada Fox, Director
"""


def make_doc(text: str, name: str = "report.txt") -> Document:
    data = text.encode("utf-8")
    return Document(
        report_id=hashlib.sha256(data).hexdigest(),
        source_uri=f"file:///reports/{name}",
        source_name=name,
        text=text,
        size_bytes=len(data),
    )


@pytest.fixture(scope="module")
def extraction() -> Extraction:
    return extract_document(make_doc(REPORT), nlp=NLP, now=NOW)


def test_report_record(extraction: Extraction) -> None:
    """Event metadata of the report, exactly."""
    r = extraction.report
    assert r.report_id == hashlib.sha256(REPORT.encode()).hexdigest()
    assert (r.source_uri, r.source_name, r.n_chars) == (
        "file:///reports/report.txt",
        "report.txt",
        len(REPORT),
    )
    assert (r.title, r.event_date, r.event_date_text) == (
        "Shields and Shelters",
        date(2019, 10, 9),
        "9 October 2019",
    )
    assert (r.venue, r.city, r.organizers, r.attendance) == (
        "Harbour Conference Centre",
        "Mombasa",
        ["Coastal Peace Institute"],
        90,
    )
    assert (r.model_name, r.extracted_at) == ("blank", NOW)


def test_people_records(extraction: Extraction) -> None:
    """People: ids, names, honorifics, given/family, positions, organisations, roles, offsets."""
    short = extraction.report.report_id[:12]
    rows = [
        (
            p.person_id,
            p.name,
            p.raw_name,
            p.honorific,
            p.given_name,
            p.family_name,
            p.positions,
            p.organizations,
            p.roles,
            p.n_mentions,
            p.start_char,
            p.end_char,
            p.method,
        )
        for p in extraction.people
    ]
    assert rows == [
        (
            f"{short}-p001",
            "Samuel Odhiambo",
            "Samuel ODHIAMBO",
            "H.E. Mr.",
            "Samuel",
            "Odhiambo",
            ["Cabinet Secretary for Defence"],
            [],
            ["opening_remarks"],
            1,
            355,
            370,
            "rule",
        ),
        (
            f"{short}-p002",
            "Lee Jiwon",
            "LEE Jiwon",
            "Prof.",
            "Jiwon",
            "Lee",
            ["Professor of Politics"],
            ["Hanbit University"],
            ["moderator"],
            1,
            459,
            468,
            "rule",
        ),
        (
            f"{short}-p003",
            "Maria Santos",
            "Maria Santos",
            "Col.",
            "Maria",
            "Santos",
            ["Chief of Staff"],
            ["Eastern Brigade"],
            ["speaker"],
            1,
            525,
            537,
            "rule",
        ),
        (
            f"{short}-p004",
            "Ada Fox",
            "Ada Fox",
            "Ms.",
            "Ada",
            "Fox",
            ["Director"],
            [],
            ["closing_remarks"],
            1,
            598,
            605,
            "rule",
        ),
    ]
    for p in extraction.people:
        assert REPORT[p.start_char : p.end_char] == p.raw_name
    assert extraction.people[1].person_key == hashlib.sha1(b"jiwon lee").hexdigest()[:16]


def test_agenda_and_participations(extraction: Extraction) -> None:
    """Agenda items in program order with kind/label/title/seq; who did what in which item."""
    short = extraction.report.report_id[:12]
    assert [
        (a.item_id, a.seq, a.kind, a.label, a.title, a.start_char, a.end_char)
        for a in extraction.agenda_items
    ] == [
        (f"{short}-a01", 1, "opening_remarks", None, "Opening Remarks", 324, 343),
        (f"{short}-a02", 2, "session", "Session I", "Lessons from the Field", 403, 441),
        (f"{short}-a03", 3, "closing_remarks", None, "Closing Remarks", 572, 615),
    ]
    assert REPORT[324:343] == "(1) Opening Remarks"
    assert [
        (x.person_id[-4:], x.item_id and x.item_id[-3:], x.role, x.start_char, x.end_char)
        for x in extraction.participations
    ] == [
        ("p001", "a01", "opening_remarks", 355, 370),
        ("p002", "a02", "moderator", 459, 468),
        ("p003", "a02", "speaker", 525, 537),
        ("p004", "a03", "closing_remarks", 598, 605),
    ]
    assert {x.report_id for x in extraction.participations} == {extraction.report.report_id}


def test_mission_mentions_and_no_rejects(extraction: Extraction) -> None:
    """The explicit acronym is linked with exact offsets; a clean report has no rejects."""
    short = extraction.report.report_id[:12]
    assert [
        (m.mention_id, m.mention, m.start_char, m.end_char, m.mission_acronym, m.explicit)
        for m in extraction.mission_mentions
    ] == [(f"{short}-m001", "UNMISS", 307, 313, "UNMISS", True)]
    assert extraction.rejects == []


def test_deterministic_ids_and_rows() -> None:
    """The same report gives the same records (ids included) on every run."""
    doc = make_doc(REPORT)
    first = extract_document(doc, nlp=NLP, now=NOW).tables()
    second = extract_document(doc, nlp=NLP, now=NOW).tables()
    assert {k: [r.model_dump() for r in v] for k, v in first.items()} == {
        k: [r.model_dump() for r in v] for k, v in second.items()
    }


def test_extract_documents_in_batches_keeps_order() -> None:
    """Three reports in batches of two come back in input order, one extraction each."""
    texts = [
        "Speaker: Ms. Ola Brandt, Adviser\n",
        "Moderator: Mr. Ike Obi, Chief\n",
        "Chair: Dr. Pia Lahti, Head of Research\n",
    ]
    out = list(
        extract_documents(
            [make_doc(t, f"r{i}.txt") for i, t in enumerate(texts)], nlp=NLP, batch_size=2, now=NOW
        )
    )
    assert [e.report.source_name for e in out] == ["r0.txt", "r1.txt", "r2.txt"]
    assert [[(p.name, p.roles) for p in e.people] for e in out] == [
        [("Ola Brandt", ["speaker"])],
        [("Ike Obi", ["moderator"])],
        [("Pia Lahti", ["chair"])],
    ]


def test_speaker_list_with_position_on_next_line() -> None:
    """ "Ms. X, Keynote Address" + position line: a keynote item, the next line is her position."""
    text = (
        "Ms. Hana Novak, Keynote Address\nDeputy Secretary of State, Ministry of Foreign Affairs\n"
    )
    ex = extract_document(make_doc(text), nlp=NLP, now=NOW)
    assert [(p.name, p.positions, p.organizations, p.roles) for p in ex.people] == [
        (
            "Hana Novak",
            ["Deputy Secretary of State"],
            ["Ministry of Foreign Affairs"],
            ["keynote_speaker"],
        )
    ]
    assert [(a.kind, a.title, a.start_char, a.end_char) for a in ex.agenda_items] == [
        ("keynote", "Keynote Address", 0, 31)
    ]


def test_prose_report_roles_and_dateline() -> None:
    """A prose report: dateline date with the publication year, chair and presenter roles
    (a chair who also spoke keeps both), a family name alone joins the person."""
    text = (
        "Posted on 12 June 2021\n"
        "GENEVA, 3 May -- A seminar was hosted by the Centre for Peace Research at the "
        "Lakeside Institute in Geneva. "
        "The seminar was chaired by Ms. Ingrid Solberg, Head of the Training Unit. "
        "Mr. Paul Mbeki gave a presentation on mandates. Solberg thanked the audience.\n"
    )
    ex = extract_document(make_doc(text), nlp=NLP, now=NOW)
    r = ex.report
    assert (r.event_date, r.event_date_text, r.venue, r.city, r.organizers) == (
        date(2021, 5, 3),
        "3 May",
        "Lakeside Institute",
        "Geneva",
        ["Centre for Peace Research"],
    )
    assert [
        (p.name, p.roles, p.n_mentions, text[p.start_char : p.end_char]) for p in ex.people
    ] == [
        ("Ingrid Solberg", ["chair", "speaker"], 2, "Ingrid Solberg"),
        ("Paul Mbeki", ["presenter"], 1, "Paul Mbeki"),
    ]
    assert [(x.item_id, x.role) for x in ex.participations] == [
        (None, "chair"),
        (None, "speaker"),
        (None, "presenter"),
    ]
    assert ex.agenda_items == []


def test_person_offsets_point_at_raw_name_when_short_form_comes_first() -> None:
    """text[start_char:end_char] == raw_name, even when a short form precedes the full name."""
    text = "Mr. Rao spoke first. Later, Lt. Gen. Dev Rao addressed the meeting."
    ex = extract_document(make_doc(text), nlp=NLP, now=NOW)
    assert [(p.raw_name, text[p.start_char : p.end_char]) for p in ex.people] == [
        ("Dev Rao", "Dev Rao")
    ]


def test_prose_after_program_does_not_join_last_item() -> None:
    """A sentence after the program ("X gave a presentation") is prose: presenter, not closing."""
    text = (
        "3. Closing Remarks by Ms. Ada Fox, Director\n\n"
        "Col. Maria Santos gave a presentation on logistics.\n"
    )
    ex = extract_document(make_doc(text), nlp=NLP, now=NOW)
    assert [(p.name, p.roles) for p in ex.people] == [
        ("Ada Fox", ["closing_remarks"]),
        ("Maria Santos", ["presenter"]),
    ]


def test_person_without_letters_becomes_reject(monkeypatch: pytest.MonkeyPatch) -> None:
    """An invalid person record is a RejectRecord (stage validate) with the reason and the data;
    its participations are not written; other tables are unaffected."""
    monkeypatch.setattr(extract_mod, "display_name", lambda raw: "-- 1")
    doc = make_doc("Speaker: Ms. Ola Brandt, Adviser\n")
    ex = extract_document(doc, nlp=NLP, now=NOW)
    assert ex.people == []
    assert ex.participations == []
    assert len(ex.rejects) == 1
    rej = ex.rejects[0]
    assert (
        rej.source_uri,
        rej.report_id,
        rej.stage,
        rej.error_type,
        rej.table,
        rej.rejected_at,
    ) == (
        doc.source_uri,
        doc.report_id,
        "validate",
        "ValidationError",
        "people",
        NOW,
    )
    assert rej.message == "people record rejected: name: Value error, name '-- 1' has no letters"
    record = json.loads(rej.record or "")
    assert (record["raw_name"], record["name"], record["person_id"]) == (
        "Ola Brandt",
        "-- 1",
        f"{doc.report_id[:12]}-p001",
    )


def test_invalid_agenda_item_becomes_reject(monkeypatch: pytest.MonkeyPatch) -> None:
    """An agenda item whose end is before its start is rejected, not dropped;
    later items keep their seq."""
    text = "Nothing on the program.\n"

    def fake_parse_text(layout, rec, rules, countries=frozenset(), **kw):  # type: ignore[no-untyped-def]
        event, persons, _agenda = parse_text(layout, rec, rules, countries, **kw)
        bad = ItemDraft("panel", "Panel 1", None, 10, 5)
        good = ItemDraft("keynote", None, "Keynote", 0, 7)
        return event, persons, AgendaResult([bad, good], [])

    monkeypatch.setattr(extract_mod, "parse_text", fake_parse_text)
    doc = make_doc(text)
    ex = build_extraction(
        doc,
        read_layout(text),
        recognize(NLP(text)),
        "test",
        default_gazetteer(),
        default_rules(),
        now=NOW,
    )
    assert [(a.item_id[-3:], a.seq, a.kind) for a in ex.agenda_items] == [("a02", 2, "keynote")]
    assert [(r.table, r.message) for r in ex.rejects] == [
        (
            "agenda_items",
            "agenda_items record rejected: : Value error, end_char 5 is before start_char 10",
        )
    ]


def test_build_extraction_with_crafted_recognized() -> None:
    """build_extraction uses only the spans it is given: a PERSON span from a (fake) NER is a
    model-found person."""
    text = "Kofi Mensah spoke about the work ahead."
    rec = Recognized(
        persons=(Span(0, 11, "Kofi Mensah", "PERSON", "model"),),
        orgs=(),
        places=(),
        dates=(),
        honorifics=(),
        positions=(),
        role_labels=(),
        agenda_labels=(),
    )
    layout = read_layout(text)
    ex = build_extraction(
        make_doc(text), layout, rec, "test", default_gazetteer(), default_rules(), now=NOW
    )
    assert [(p.name, p.method, p.roles, p.start_char, p.end_char) for p in ex.people] == [
        ("Kofi Mensah", "model", ["speaker"], 0, 11)
    ]
    assert ex.rejects == []


# ---------------------------------------------------------------------------------------
# Property: every record's evidence offsets point at the value it claims.
# ---------------------------------------------------------------------------------------

GIVEN = ["Ana", "Tomas", "Jiwon", "Eva", "Ravi", "Jean-Luc", "Ngozi", "O'Hara"]
FAMILY = ["Berg", "OKAFOR", "Lindqvist", "Mbeki", "de Souza", "PARK", "Haddad", "Novak"]
HONORIFIC = ["Mr.", "Ms.", "Dr.", "Prof.", "H.E. Mr.", "Lt. Gen.", "Col.", "Ambassador", ""]
POSITION = [
    "Director",
    "Force Commander, UNMISS",
    "Professor, Nile University",
    "Head of the Policy Unit",
    "",
]
MISSION_WORDS = [
    "UNMISS",
    "MINUSMA",
    "UNIFIL",
    "the mission in Mali",
    "peacekeepers in Juba",
    "AMISOM",
]


@st.composite
def person(draw: st.DrawFn) -> str:
    g, f = draw(st.sampled_from(GIVEN)), draw(st.sampled_from(FAMILY))
    name = draw(st.sampled_from([f"{g} {f}", f"{f.upper()} {g}", f"{g[0]}. {f}"]))
    hon = draw(st.sampled_from(HONORIFIC))
    pos = draw(st.sampled_from(POSITION))
    return " ".join(x for x in (hon, name) if x) + (f", {pos}" if pos else "")


@st.composite
def line(draw: st.DrawFn) -> str:
    p = draw(person())
    m = draw(st.sampled_from(MISSION_WORDS))
    layouts = [
        f"Speaker: {p}",
        f"Moderator: {p}",
        f"• {p}",
        f"{p}, Keynote Address",
        f'(1) Session I "{m.title()} Today"',
        f"1. Opening Remarks by {p}",
        f"The session was chaired by {p}.",
        f"{p} gave a presentation on {m}.",
        f"GENEVA, 3 May -- {p} said the work of {m} mattered.",
        "Date: 4 June 2015",
        "Venue: Blue Hall, Nile University, Cairo",
        f"Theme: “Peace in {m}”",
        "",
        f"Closing Remarks: {p}",
        f"10:00 Welcome remarks — {p}",
    ]
    return draw(st.sampled_from(layouts))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(line(), min_size=1, max_size=8), st.text(alphabet=" .,:;\n-“”\"'ABCabc()", max_size=12)
)
def test_offsets_point_at_claimed_values(lines: list[str], noise: str) -> None:
    """For any report made of program lines and prose: mission mention == text[start:end];
    agenda items, participations and people have offsets inside the text; a person's first
    mention and each participation's mention are forms of their name (same folded tokens or
    fewer); nothing is rejected."""
    text = "\n".join(lines) + noise
    ex = extract_document(make_doc(text), nlp=NLP, now=NOW)
    for m in ex.mission_mentions:
        assert text[m.start_char : m.end_char] == m.mention
    for a in ex.agenda_items:
        assert 0 <= a.start_char <= a.end_char <= len(text)
        if a.label:
            assert a.label in text[a.start_char : a.end_char]
        if a.title and a.kind not in {"panel", "other"}:
            assert " ".join(a.title.split()) in " ".join(
                text[a.start_char : a.end_char + 200].split()
            )
    people = {p.person_id: p for p in ex.people}
    for p in ex.people:
        assert text[p.start_char : p.end_char] == p.raw_name
    for x in ex.participations:
        assert x.person_id in people
        mention = text[x.start_char : x.end_char]
        assert set(name_tokens(mention)) <= set(name_tokens(people[x.person_id].raw_name))
    assert [r for r in ex.rejects if r.error_type != "NoStructureFound"] == []


@pytest.mark.model
def test_trained_model_finds_person_without_honorific() -> None:
    """With the trained NER, a bare name in prose is a person found by the model."""
    text = "Yesterday Kofi Mensah opened the seminar on peacekeeping in Accra on 3 May 2019.\n"
    ex = extract_document(make_doc(text), nlp=get_nlp(), now=NOW)
    assert [(p.name, p.method, p.roles, p.start_char, p.end_char) for p in ex.people] == [
        ("Kofi Mensah", "model", ["opening_remarks"], 10, 21)
    ]
    assert ex.report.event_date == date(2019, 5, 3)


def test_text_without_structure_is_kept_with_a_notice() -> None:
    """Nothing recognisable: the report row is kept and a NoStructureFound notice explains it."""
    text = "lorem ipsum dolor sit amet, consectetur adipiscing elit.\n"
    ex = extract_document(make_doc(text), nlp=NLP, now=NOW)
    assert (ex.report.title, ex.people, ex.agenda_items) == (None, [], [])
    assert [(r.stage, r.error_type, r.report_id) for r in ex.rejects] == [
        ("extract", "NoStructureFound", ex.report.report_id)
    ]


def test_pipeline_version_is_release_plus_code_fingerprint() -> None:
    """Rows record the release and a fingerprint of the extraction code and rules."""
    import re

    from pko_extract import PIPELINE_VERSION, __version__

    assert re.fullmatch(re.escape(__version__) + r"\+[0-9a-f]{10}", PIPELINE_VERSION)
