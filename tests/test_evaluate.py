"""Tests of evaluate.py: gold validation, matching, per-field scores and the command output.

Every gold document and extraction here is hand-made; nothing reads the shared corpus and
nothing runs the extraction pipeline (a fake extractor stands in for it).
"""

from __future__ import annotations

import json
import sys
import types
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pko_extract import evaluate as ev
from pko_extract.errors import EvaluationError, IngestError
from pko_extract.evaluate import (
    Counts,
    GoldDocument,
    aggregate,
    match_agenda,
    match_names,
    match_phrases,
    name_match_score,
    name_tokens,
    normalize_label,
    score_document,
    text_slot_match,
)
from pko_extract.evaluation import run as ev_run
from pko_extract.models import (
    AgendaItemRecord,
    Document,
    Extraction,
    MissionMentionRecord,
    ParticipationRecord,
    PersonRecord,
    ReportRecord,
)

RID = "f" * 64

# --------------------------------------------------------------------------------------
# Builders of hand-made records
# --------------------------------------------------------------------------------------


def report(**fields) -> ReportRecord:
    base = {
        "report_id": RID,
        "source_uri": "file:///tmp/r.txt",
        "source_name": "r.txt",
        "pipeline_version": "test",
        "model_name": "blank",
        "extracted_at": datetime(2024, 1, 1, tzinfo=UTC),
    }
    return ReportRecord(**{**base, **fields})


def person(
    pid: str,
    name: str,
    roles: tuple[str, ...] = (),
    positions: tuple[str, ...] = (),
    organizations: tuple[str, ...] = (),
) -> PersonRecord:
    return PersonRecord(
        report_id=RID,
        person_id=pid,
        person_key=name.lower(),
        name=name,
        raw_name=name,
        roles=list(roles),
        positions=list(positions),
        organizations=list(organizations),
        start_char=0,
        end_char=len(name),
    )


def item(
    item_id: str, seq: int, kind: str, label: str | None = None, title: str | None = None
) -> AgendaItemRecord:
    return AgendaItemRecord(
        report_id=RID,
        item_id=item_id,
        seq=seq,
        kind=kind,
        label=label,
        title=title,
        start_char=0,
        end_char=1,
    )


def part(person_id: str, item_id: str | None, role: str = "speaker") -> ParticipationRecord:
    return ParticipationRecord(
        report_id=RID, person_id=person_id, item_id=item_id, role=role, start_char=0, end_char=1
    )


def mention(acronym: str | None, confidence: float = 0.9) -> MissionMentionRecord:
    return MissionMentionRecord(
        report_id=RID,
        mention_id=f"m-{acronym}-{confidence}",
        mention=acronym or "somewhere",
        mission_acronym=acronym,
        explicit=True,
        confidence=confidence,
        start_char=0,
        end_char=1,
    )


def extraction(**tables) -> Extraction:
    rep = tables.pop("report", None) or report()
    return Extraction(report=rep, **tables)


def gold(**fields) -> GoldDocument:
    return GoldDocument.model_validate({"id": "t1", "source": "t1.txt", **fields})


def counts(doc, name: str) -> tuple[int, int, int]:
    c = doc.counts[name]
    return (c.tp, c.fp, c.fn)


# --------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "tokens"),
    [
        ("Ban Ki-moon", ("ban", "ki", "moon")),
        ("Hervé LADSOUS", ("herve", "ladsous")),
        ("Hilde F. Johnson", ("hilde", "f", "johnson")),
        ("O'Neill,  Mary", ("oneill", "mary")),
        ("Ana-María Ñúñez", ("ana", "maria", "nunez")),
    ],
    ids=["hyphen", "accent-caps", "initial", "apostrophe-comma", "accents-hyphen"],
)
def test_name_tokens_fold_case_accents_and_split_on_hyphen_and_dot(name, tokens):
    assert name_tokens(name) == tokens


@pytest.mark.parametrize(
    ("a", "b", "score"),
    [
        ("Wu Hailong", "HAILONG Wu", (3, 2)),
        ("Hervé Ladsous", "herve ladsous", (3, 2)),
        ("Ki-moon Ban", "Ban Ki Moon", (3, 3)),
        ("Hilde F. Johnson", "Hilde Johnson", (2, 2)),
        ("R. Stephen Beecroft", "Stephen Beecroft", (2, 2)),
        ("H. Johnson", "Hilde F. Johnson", (1, 1)),
        ("Johnson Hilde", "Johnson H.", (1, 1)),
        ("John Smith", "Jane Smith", None),
        ("Smith", "John Smith", None),
        ("Anna Berg", "Carl Holm", None),
    ],
    ids=[
        "order",
        "accents",
        "hyphen-order",
        "middle-initial-subset",
        "leading-initial-subset",
        "family-plus-initial",
        "family-first-initial",
        "same-initial-different-names",
        "one-shared-token",
        "unrelated",
    ],
)
def test_name_match_score_tiers(a, b, score):
    assert name_match_score(a, b) == score
    assert name_match_score(b, a) == score


def test_match_names_is_one_to_one_and_prefers_the_better_match():
    """The exact match wins even when a weaker candidate comes first in the gold."""
    gold_names = ["H. Johnson", "Hilde F. Johnson", "Wu Hailong"]
    pred_names = ["Hailong WU", "Hilde F. Johnson", "Hilde Johnson"]
    assert match_names(gold_names, pred_names) == [(0, 2), (1, 1), (2, 0)]


def test_match_names_duplicate_prediction_matches_once():
    assert match_names(["Anna Berg"], ["Anna Berg", "anna berg"]) == [(0, 0)]


_TOKENS = st.sampled_from(["Anna", "A.", "Berg", "Carl", "C.", "Holm", "Ki-moon", "Dubois", "Léa"])
_NAMES = st.lists(_TOKENS, min_size=1, max_size=3).map(" ".join)


@given(st.lists(_NAMES, max_size=6), st.lists(_NAMES, max_size=6))
def test_match_names_pairs_are_one_to_one_and_counts_add_up(gold_names, pred_names):
    pairs = match_names(gold_names, pred_names)
    assert len({i for i, _ in pairs}) == len({j for _, j in pairs}) == len(pairs)
    assert all(name_match_score(gold_names[i], pred_names[j]) for i, j in pairs)
    g = GoldDocument.model_construct(
        id="t",
        source="t.txt",
        event=ev.GoldEvent(),
        agenda_items=[],
        missions=[],
        optional_missions=[],
        people=[ev.GoldPerson.model_construct(name=n, roles=[]) for n in gold_names],
    )
    x = extraction(people=[person(f"p{k}", n) for k, n in enumerate(pred_names)])
    tp, fp, fn = counts(score_document(g, x), "people")
    assert (tp, tp + fp, tp + fn) == (len(pairs), len(pred_names), len(gold_names))


@given(_NAMES, _NAMES)
def test_name_match_score_is_symmetric(a, b):
    assert name_match_score(a, b) == name_match_score(b, a)


# --------------------------------------------------------------------------------------
# Counts
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("c", "expected"),
    [
        (Counts(0, 0, 0), (None, None, None)),
        (Counts(0, 0, 3), (None, 0.0, 0.0)),
        (Counts(0, 2, 0), (0.0, None, 0.0)),
        (Counts(3, 1, 2), (0.75, 0.6, 6 / 9)),
        (Counts(4, 0, 0), (1.0, 1.0, 1.0)),
    ],
    ids=["empty", "only-misses", "only-extras", "mixed", "perfect"],
)
def test_counts_precision_recall_f1(c, expected):
    got = (c.precision, c.recall, c.f1)
    assert [v is None for v in got] == [v is None for v in expected]
    assert [v for v in got if v is not None] == pytest.approx(
        [v for v in expected if v is not None]
    )


def test_aggregate_is_micro_over_documents():
    """Micro: 2 tp in one document and 1 fp + 1 fn in another give 2/3, not the mean 0.5."""
    d1 = ev.DocScore("a", "a.txt", {"people": Counts(2, 0, 0)})
    d2 = ev.DocScore("b", "b.txt", {"people": Counts(0, 1, 1)})
    scores = aggregate([d1, d2])
    people = scores.fields["people"]
    assert (people.tp, people.fp, people.fn) == (2, 1, 1)
    assert people.f1 == pytest.approx(2 / 3)
    assert scores.n_documents == 2
    assert scores.fields["venue"] == Counts(0, 0, 0)


# --------------------------------------------------------------------------------------
# People and roles
# --------------------------------------------------------------------------------------


def _people_case() -> tuple[GoldDocument, Extraction]:
    g = gold(
        people=[
            {"name": "Marta Kowalczyk", "roles": ["speaker", "chair"]},
            {"name": "Tanaka Hiroshi", "roles": ["panelist"]},
            {"name": "Léa Dubois", "roles": ["mentioned"]},
        ]
    )
    x = extraction(
        people=[
            person("p1", "MARTA KOWALCZYK", ("speaker",)),
            person("p2", "Hiroshi Tanaka", ("panelist", "moderator")),
            person("p3", "Oskar Lind", ("participant",)),
        ]
    )
    return g, x


def test_people_scores_match_names_across_case_accents_and_order():
    doc = score_document(*_people_case())
    assert counts(doc, "people") == (2, 1, 1)
    c = doc.counts["people"]
    assert (c.precision, c.recall, c.f1) == pytest.approx((2 / 3, 2 / 3, 2 / 3))
    assert doc.misses["people"] == ["Léa Dubois"]
    assert doc.extras["people"] == ["Oskar Lind"]


def test_people_accent_insensitive_match():
    g = gold(people=[{"name": "Léa Dubois"}])
    doc = score_document(g, extraction(people=[person("p1", "Lea DUBOIS")]))
    assert counts(doc, "people") == (1, 0, 0)
    assert "people" not in doc.misses and "people" not in doc.extras


def test_roles_are_person_role_pairs_of_matched_people():
    doc = score_document(*_people_case())
    # tp: Marta speaker, Tanaka panelist; fp: Tanaka moderator, Oskar participant;
    # fn: Marta chair, Léa mentioned.
    assert counts(doc, "roles") == (2, 2, 2)
    assert doc.counts["roles"].f1 == pytest.approx(0.5)
    assert doc.misses["roles"] == ["Marta Kowalczyk: chair", "Léa Dubois: mentioned"]
    assert doc.extras["roles"] == ["Hiroshi Tanaka: moderator", "Oskar Lind: participant"]


def test_roles_come_from_the_people_table_not_participations():
    g = gold(people=[{"name": "Anna Berg", "roles": ["moderator"]}])
    x = extraction(
        people=[person("p1", "Anna Berg", ("moderator",))],
        agenda_items=[item("i1", 1, "panel")],
        participations=[part("p1", "i1", role="panelist")],
    )
    assert counts(score_document(g, x), "roles") == (1, 0, 0)


# --------------------------------------------------------------------------------------
# Positions and organizations
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold_phrases", "pred_phrases", "pairs"),
    [
        (["Head of Mission"], ["HEAD OF MISSION"], [(0, 0)]),
        (["Ministry of Foreign Affairs"], ["Ministry of Foreign Affairs of Japan"], [(0, 0)]),
        (["Special Representative"], ["Special Representative of the Secretary-General"], []),
        (["Foreign Minister"], ["Minister for Foreign Affairs"], []),
        (["Director"], ["Directorate"], []),
        (["Minister", "Minister"], ["minister"], [(0, 0)]),
        (["UN Women", "Executive Director"], ["Executive Director", "UN Women"], [(0, 1), (1, 0)]),
        (["Chief of Staff"], ["Chief of Staff, UNMISS", "chief of staff"], [(0, 1)]),
        (["  "], ["  "], []),
    ],
    ids=[
        "equal-normalised",
        "contained-75pct",
        "contained-46pct",
        "reordered-words",
        "not-whole-words",
        "one-to-one",
        "any-order",
        "equal-beats-contained",
        "blank",
    ],
)
def test_match_phrases(gold_phrases, pred_phrases, pairs):
    assert match_phrases(gold_phrases, pred_phrases) == pairs


def _phrases_case() -> tuple[GoldDocument, Extraction]:
    g = gold(
        people=[
            {
                "name": "Marta Kowalczyk",
                "positions": ["Under-Secretary-General for Peace Operations", "Head of Mission"],
                "organizations": ["United Nations"],
            },
            {
                "name": "Tanaka Hiroshi",
                "positions": ["Minister for Foreign Affairs"],
                "organizations": ["Ministry of Foreign Affairs"],
            },
            {"name": "Léa Dubois", "positions": ["Researcher"], "organizations": ["IPI", "NUPI"]},
        ]
    )
    x = extraction(
        people=[
            person(
                "p1",
                "MARTA KOWALCZYK",
                positions=("under-secretary-general for peace operations", "Chief"),
                organizations=("the United Nations",),
            ),
            person(
                "p2",
                "Hiroshi Tanaka",
                positions=("Foreign Minister",),
                organizations=("Ministry of Foreign Affairs of Japan", "Japan"),
            ),
            person(
                "p3",
                "Oskar Lind",
                positions=("Director",),
                organizations=("Folke Bernadotte Academy",),
            ),
        ]
    )
    return g, x


def test_positions_are_matched_per_matched_person_and_all_count_for_unmatched_people():
    doc = score_document(*_phrases_case())
    # tp: Marta's USG (equal after normalisation); fn: her Head of Mission (pred "Chief" does
    # not match), Tanaka's reworded title, all of unmatched Léa's; fp: "Chief", "Foreign
    # Minister", all of unmatched Oskar's.
    assert counts(doc, "positions") == (1, 3, 3)
    assert doc.misses["positions"] == [
        "Marta Kowalczyk: Head of Mission",
        "Tanaka Hiroshi: Minister for Foreign Affairs",
        "Léa Dubois: Researcher",
    ]
    assert doc.extras["positions"] == [
        "MARTA KOWALCZYK: Chief",
        "Hiroshi Tanaka: Foreign Minister",
        "Oskar Lind: Director",
    ]


def test_organizations_match_by_containment_and_all_count_for_unmatched_people():
    doc = score_document(*_phrases_case())
    # tp: "United Nations" in "the United Nations" (78 %), "Ministry of Foreign Affairs" in
    # "... of Japan" (75 %); fn: Léa's two; fp: Tanaka's "Japan", Oskar's academy.
    assert counts(doc, "organizations") == (2, 2, 2)
    assert doc.misses["organizations"] == ["Léa Dubois: IPI", "Léa Dubois: NUPI"]
    assert doc.extras["organizations"] == [
        "Hiroshi Tanaka: Japan",
        "Oskar Lind: Folke Bernadotte Academy",
    ]


def test_positions_of_a_person_matched_by_initial_are_compared():
    g = gold(people=[{"name": "Hilde F. Johnson", "positions": ["Special Representative"]}])
    x = extraction(people=[person("p1", "H. Johnson", positions=("special representative",))])
    doc = score_document(g, x)
    assert counts(doc, "positions") == (1, 0, 0)
    assert counts(doc, "organizations") == (0, 0, 0)


# --------------------------------------------------------------------------------------
# Agenda items and agenda speakers
# --------------------------------------------------------------------------------------


def _agenda(*items: dict) -> list[dict]:
    return [{"seq": k + 1, **it} for k, it in enumerate(items)]


def test_agenda_items_match_by_title_case_and_punctuation_insensitive():
    g = gold(
        agenda_items=_agenda(
            {"kind": "session", "label": "Session I", "title": "What is the PBC?"},
            {"kind": "address", "title": "Japan: A Builder of Peace"},
        )
    )
    x = extraction(
        agenda_items=[
            item("i1", 1, "panel", title="“What is the PBC”"),  # kind differs, title matches
            item("i2", 2, "address", title="Japan - a builder of peace (full text)"),  # contains
            item("i3", 3, "closing_remarks", title="Closing"),
        ]
    )
    doc = score_document(g, x)
    assert counts(doc, "agenda_items") == (2, 1, 0)
    assert doc.extras["agenda_items"] == ["#3 closing_remarks 'Closing'"]


def test_agenda_items_match_by_kind_and_label_when_titles_differ():
    """Roman and arabic numerals are the same label; pairs follow the labels, not positions."""
    g = gold(
        agenda_items=_agenda(
            {"kind": "session", "label": "Session I", "title": None},
            {"kind": "session", "label": "Session II", "title": "Regional partners"},
        )
    )
    x = extraction(
        agenda_items=[
            item("a", 1, "session", label="Session 2", title="Partnerships in the region"),
            item("b", 2, "session", label="SESSION 1"),
        ]
    )
    assert match_agenda(g.agenda_items, x.agenda_items) == [(0, 1), (1, 0)]
    doc = score_document(g, x)
    assert counts(doc, "agenda_items") == (2, 0, 0)


def test_agenda_items_with_null_labels_match_by_kind_in_sequence_order():
    g = gold(
        agenda_items=_agenda(
            {"kind": "keynote"},
            {"kind": "keynote"},
            {"kind": "panel"},
        )
    )
    x = extraction(agenda_items=[item("k", 1, "keynote"), item("p", 2, "panel")])
    assert match_agenda(g.agenda_items, x.agenda_items) == [(0, 0), (2, 1)]
    doc = score_document(g, x)
    assert counts(doc, "agenda_items") == (2, 0, 1)
    c = doc.counts["agenda_items"]
    assert (c.precision, c.recall, c.f1) == pytest.approx((1.0, 2 / 3, 0.8))
    assert doc.misses["agenda_items"] == ["#2 keynote"]


def test_agenda_items_of_another_kind_or_label_do_not_match():
    g = gold(agenda_items=_agenda({"kind": "session", "label": "Session 1"}))
    x = extraction(
        agenda_items=[item("a", 1, "panel", label="Session 1"), item("b", 2, "session", "Part 1")]
    )
    assert counts(score_document(g, x), "agenda_items") == (0, 2, 1)


@pytest.mark.parametrize(
    ("label", "key"),
    [("Session IV", "session 4"), ("Part XII:", "part 12"), ("Panel", "panel"), (None, "")],
    ids=["roman", "roman-punct", "no-number", "null"],
)
def test_normalize_label(label, key):
    assert normalize_label(label) == key


def test_agenda_speakers_are_scored_per_matched_item_with_unmatched_items_counted():
    g = gold(
        people=[{"name": n} for n in ("Anna Berg", "Carl Holm", "Dina Rossi")],
        agenda_items=_agenda(
            {
                "kind": "panel",
                "title": "Peace operations today",
                "people": ["Anna Berg", "Carl Holm"],
            },
            {"kind": "closing_remarks", "people": ["Dina Rossi"]},
        ),
    )
    x = extraction(
        people=[
            person("p1", "Berg Anna"),
            person("p2", "Eva Nilsson"),
            person("p3", "Frank Ode"),
        ],
        agenda_items=[
            item("i1", 1, "panel", title="Peace Operations Today"),
            item("i2", 2, "keynote"),
        ],
        participations=[
            part("p1", "i1"),
            part("p1", "i1", role="moderator"),  # same person twice in one item counts once
            part("p2", "i1"),
            part("p3", "i2"),
            part("p3", None),  # event-level participation: not an agenda speaker
        ],
    )
    doc = score_document(g, x)
    # tp: Anna in the panel; fp: Eva (panel), Frank (unmatched keynote);
    # fn: Carl (panel), Dina (unmatched closing remarks).
    assert counts(doc, "agenda_speakers") == (1, 2, 2)
    assert doc.misses["agenda_speakers"] == [
        "#1 panel 'Peace operations today': Carl Holm",
        "#2 closing_remarks: Dina Rossi",
    ]
    assert doc.extras["agenda_speakers"] == [
        "#1 panel 'Peace Operations Today': Eva Nilsson",
        "#2 keynote: Frank Ode",
    ]
    assert counts(doc, "agenda_items") == (1, 1, 1)


# --------------------------------------------------------------------------------------
# Missions
# --------------------------------------------------------------------------------------


def test_missions_optional_are_neither_required_nor_penalised():
    g = gold(
        missions=[
            {"mention": "South Sudan", "acronym": "UNMISS", "kind": "UN_PKO", "explicit": False},
            {"mention": "Afghanistan", "acronym": "UNAMA", "kind": "UN_SPM", "explicit": False},
            {"mention": "Sudan", "acronym": None, "kind": "UN_PKO", "explicit": False},
        ],
        optional_missions=["UNMIS", "UNAMID"],
    )
    x = extraction(
        mission_mentions=[
            mention("UNMISS"),
            mention("unmiss", 0.6),  # same mission again, any case
            mention("UNMIS", 0.8),  # optional: ignored
            mention("UNAMA", 0.3),  # below the confidence threshold: ignored
            mention("MONUSCO", 0.7),  # not in the gold: extra
            mention(None, 0.9),  # unlinked mention: ignored
        ]
    )
    doc = score_document(g, x)
    assert counts(doc, "missions") == (1, 1, 1)
    assert doc.misses["missions"] == ["UNAMA"]
    assert doc.extras["missions"] == ["MONUSCO"]


def test_missions_required_wins_over_optional():
    g = gold(
        missions=[{"mention": "UNAMID", "acronym": "UNAMID", "kind": "UN_PKO", "explicit": True}],
        optional_missions=["UNAMID"],
    )
    assert counts(score_document(g, extraction()), "missions") == (0, 0, 1)


def test_missions_confidence_threshold_is_inclusive():
    g = gold(missions=[{"mention": "x", "acronym": "UNFICYP", "kind": "UN_PKO"}])
    x = extraction(mission_mentions=[mention("UNFICYP", 0.5)])
    assert counts(score_document(g, x), "missions") == (1, 0, 0)


# --------------------------------------------------------------------------------------
# Event date, title, venue (single slots)
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold_date", "pred_date", "expected"),
    [
        ("2012-11-02", date(2012, 11, 2), (1, 0, 0)),
        ("2012-11", date(2012, 11, 2), (1, 0, 0)),
        ("2012-11", date(2012, 12, 1), (0, 1, 1)),
        ("2012-11-02", date(2012, 11, 3), (0, 1, 1)),
        ("2012-11-02", None, (0, 0, 1)),
        (None, date(2012, 11, 2), (0, 1, 0)),
        (None, None, (0, 0, 0)),
    ],
    ids=["day", "month-precision", "wrong-month", "wrong-day", "missed", "spurious", "both-null"],
)
def test_event_date_slot(gold_date, pred_date, expected):
    doc = score_document(
        gold(event={"date": gold_date}), extraction(report=report(event_date=pred_date))
    )
    assert counts(doc, "event_date") == expected


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("“Building Peace” – Japan and the UN", "building peace: JAPAN and the UN", True),
        ("Salle Hervé", "salle herve", True),
        ("Library Hall of the UN Office in Geneva", "Library Hall of the UN Office", True),
        ("Library Hall of the UN Office in Geneva", "UN Office", False),
        ("Peacekeeping Forum", "Peace Forum", False),
        ("Forum", None, False),
        ("   ", "Forum", False),
    ],
    ids=[
        "quotes-punct-case",
        "accents",
        "contains-74pct",
        "contains-23pct",
        "not-whole-words",
        "null",
        "blank",
    ],
)
def test_text_slot_match(a, b, same):
    assert text_slot_match(a, b) is same
    assert text_slot_match(b, a) is same


def test_title_and_venue_slots():
    g = gold(event={"title": "Women in Peace Operations", "venue": "Main Hall"})
    x = extraction(report=report(title="WOMEN IN PEACE OPERATIONS", venue="City Library"))
    doc = score_document(g, x)
    assert counts(doc, "title") == (1, 0, 0)
    assert counts(doc, "venue") == (0, 1, 1)
    assert doc.misses["venue"] == ["Main Hall"] and doc.extras["venue"] == ["City Library"]


def test_empty_gold_and_empty_extraction_score_zero_counts_everywhere():
    doc = score_document(gold(), extraction())
    assert {name: counts(doc, name) for name in ev.FIELDS} == {n: (0, 0, 0) for n in ev.FIELDS}
    assert doc.misses == {} and doc.extras == {}


# --------------------------------------------------------------------------------------
# Gold files
# --------------------------------------------------------------------------------------


def write_gold(folder: Path, stem: str, data: dict) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{stem}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        ({"source": "a.txt", "event": {"date": "2012-13-01"}}, "event.date"),
        ({"source": "a.txt", "event": {"date": "5 June 2008"}}, "YYYY-MM-DD"),
        (
            {"source": "a.txt", "people": [{"name": "A B", "roles": ["speeker"]}]},
            "people.0.roles.0",
        ),
        ({"source": "a.txt", "agenda_items": [{"seq": 1, "kind": "lunch"}]}, "agenda_items.0.kind"),
        ({"source": "a.txt", "optinal_missions": []}, "optinal_missions"),
        ({"event": {}}, "source"),
        (
            {"source": "a.txt", "people": [{"name": "Anna Berg"}, {"name": "BERG Anna"}]},
            "annotated twice",
        ),
    ],
    ids=[
        "bad-month",
        "free-text-date",
        "unknown-role",
        "unknown-kind",
        "typo-key",
        "no-source",
        "duplicate-person",
    ],
)
def test_invalid_gold_raises_an_error_naming_file_and_field(tmp_path, data, fragment):
    path = write_gold(tmp_path, "broken", data)
    with pytest.raises(EvaluationError) as info:
        ev.load_gold(path)
    assert str(path) in str(info.value)
    assert fragment in str(info.value)


def test_gold_that_is_not_json_names_the_file(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(EvaluationError, match="bad.json.*not valid UTF-8 JSON"):
        ev.load_gold(path)


def test_gold_id_defaults_to_the_file_stem(tmp_path):
    assert ev.load_gold(write_gold(tmp_path, "x07", {"source": "x07.txt"})).id == "x07"


def test_gold_dir_rejects_two_files_with_the_same_source(tmp_path):
    write_gold(tmp_path, "a", {"source": "same.txt"})
    write_gold(tmp_path, "b", {"source": "same.txt"})
    with pytest.raises(EvaluationError, match="a.json and b.json have the same source"):
        ev.load_gold_dir(tmp_path)


def test_gold_dir_that_is_empty_is_an_error(tmp_path):
    with pytest.raises(EvaluationError, match="holds no"):
        ev.load_gold_dir(tmp_path)


def test_read_kinds(tmp_path):
    index = tmp_path / "index.tsv"
    index.write_text("id\tkind\tnotes\nx1\tpress release\tshort\nx2\t\t-\n", encoding="utf-8")
    assert ev.read_kinds(index) == {"x1": "press release", "x2": "unlisted"}
    index.write_text("id\tnotes\nx1\tshort\n", encoding="utf-8")
    assert ev.read_kinds(index) == {}
    assert ev.read_kinds(tmp_path / "missing.tsv") == {}


def test_locate_sources_searches_folders_recursively_and_reports_missing(tmp_path):
    (tmp_path / "docs" / "sub").mkdir(parents=True)
    (tmp_path / "docs" / "sub" / "a.txt").write_text("A", encoding="utf-8")
    single = tmp_path / "b.txt"
    single.write_text("B", encoding="utf-8")
    golds = [
        gold(id="a", source="a.txt"),
        gold(id="b", source="b.txt"),
        gold(id="c", source="c.txt"),
    ]
    located = ev.locate_sources(golds, [tmp_path / "docs", single])
    assert located["a"] == tmp_path / "docs" / "sub" / "a.txt"
    assert located["b"] == single
    assert isinstance(located["c"], str) and "'c.txt' not found" in located["c"]
    with pytest.raises(EvaluationError, match="does not exist"):
        ev.locate_sources(golds, [tmp_path / "nowhere"])


# --------------------------------------------------------------------------------------
# The command: table, --verbose, --json, --markdown, exit status
# --------------------------------------------------------------------------------------


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A two-report corpus of my own with an index, plus a gold file whose report is missing."""
    root = tmp_path / "corpus"
    write_gold(
        root / "gold",
        "r1",
        {
            "id": "r1",
            "source": "r1.txt",
            "event": {"title": "Forum on Protection", "date": "2019-04", "venue": None},
            "people": [
                {"name": "Anna Berg", "roles": ["speaker"]},
                {"name": "Carl Holm", "roles": ["moderator"]},
            ],
            "missions": [{"mention": "Mali", "acronym": "MINUSMA", "kind": "UN_PKO"}],
        },
    )
    write_gold(
        root / "gold",
        "r2",
        {
            "id": "r2",
            "source": "r2.txt",
            "event": {"title": "Briefing", "date": "2020-01-15"},
            "people": [{"name": "Dina Rossi", "roles": ["presenter"]}],
        },
    )
    write_gold(root / "gold", "r3", {"id": "r3", "source": "r3.txt"})
    (root / "docs").mkdir()
    for name in ("r1.txt", "r2.txt"):
        (root / "docs" / name).write_text("report text", encoding="utf-8")
    (root / "index.tsv").write_text(
        "id\tkind\nr1\tforum news\nr2\tbriefing note\n", encoding="utf-8"
    )
    return root


def fake_extractor(paths):
    """Hand-built extractions by file name, standing in for the pipeline."""
    made = {
        "r1.txt": extraction(
            report=report(title="Forum on Protection", event_date=date(2019, 4, 12)),
            people=[person("p1", "BERG, Anna", ("speaker",)), person("p2", "Eva Nilsson")],
            mission_mentions=[mention("MINUSMA"), mention("UNMISS", 0.8)],
        ),
        "r2.txt": extraction(
            report=report(title="Briefing", event_date=date(2020, 1, 15)),
            people=[person("p1", "Dina Rossi", ("presenter",))],
        ),
    }
    return [made[p.name] for p in paths]


EXPECTED_ROWS = [
    "people               2     1     1      0.667   0.667   0.667    0.90  FAIL",
    "roles                2     0     1      1.000   0.667   0.800    0.80  pass",
    "agenda_items         0     0     0        n/a     n/a     n/a    0.80",
    "missions             1     1     0      0.500   1.000   0.667    0.85  FAIL",
    "event_date           2     0     0      1.000   1.000   1.000    0.90  pass",
    "title                2     0     0      1.000   1.000   1.000       -",
]


def test_cli_prints_table_errors_and_details(corpus, capsys):
    status = ev.cli_evaluate(corpus / "gold", [], None, True, extractor=fake_extractor)
    out = capsys.readouterr().out
    assert status == 0
    assert out.startswith(f"Scored 2 of 3 gold documents against {corpus / 'gold'}. 1 not scored")
    for row in EXPECTED_ROWS:
        assert row in out.splitlines()
    assert "r3 (r3.txt): report 'r3.txt' not found under" in out
    assert "forum news" in out and "briefing note" in out
    details = out[out.index("== r1 (r1.txt) [forum news]") :]
    assert details.splitlines()[1:8] == [
        "  people: tp 1, fp 1, fn 1",
        "    - miss  Carl Holm",
        "    + extra Eva Nilsson",
        "  roles: tp 1, fp 0, fn 1",
        "    - miss  Carl Holm: moderator",
        "  missions: tp 1, fp 1, fn 0",
        "    + extra UNMISS",
    ]
    assert "== r2 (r2.txt) [briefing note]\n  all fields correct" in out
    assert "== r3 (r3.txt) NOT SCORED" in out


def test_cli_writes_json_with_fields_per_document_and_per_kind(corpus, tmp_path, capsys):
    json_path = tmp_path / "out" / "scores.json"
    status = ev.cli_evaluate(
        corpus / "gold", [corpus / "docs"], json_path, False, extractor=fake_extractor
    )
    assert status == 0
    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert data["fields"]["people"] == {
        "tp": 2,
        "fp": 1,
        "fn": 1,
        "precision": 0.6667,
        "recall": 0.6667,
        "f1": 0.6667,
        "target": 0.9,
        "pass": False,
    }
    assert data["fields"]["venue"]["pass"] is None
    assert data["n_documents"] == 3 and data["n_scored"] == 2
    assert set(data["per_kind"]) == {"forum news", "briefing note"}
    assert data["per_kind"]["briefing note"]["fields"]["people"]["f1"] == 1.0
    assert data["per_document"]["r1"]["misses"]["people"] == ["Carl Holm"]
    assert data["per_document"]["r1"]["extras"]["missions"] == ["UNMISS"]
    assert data["per_document"]["r3"]["error"].startswith("report 'r3.txt' not found")
    assert f"Scores written to {json_path}" in capsys.readouterr().out


def test_cli_markdown_has_field_and_kind_tables(corpus, capsys):
    status = ev.cli_evaluate(
        corpus / "gold", [], None, False, markdown=True, extractor=fake_extractor
    )
    out = capsys.readouterr().out.splitlines()
    assert status == 0
    assert "| people | 2 | 1 | 1 | 0.667 | 0.667 | 0.667 | 0.90 | FAIL |" in out
    assert "| venue | 0 | 0 | 0 | n/a | n/a | n/a | - |  |" in out
    assert (
        "| briefing note | 1 | 1.000 | 1.000 | n/a | n/a | n/a | n/a | n/a | 1.000 | 1.000 | n/a |"
        in out
    )


def test_cli_without_index_puts_every_document_in_kind_all(corpus, capsys):
    (corpus / "index.tsv").unlink()
    json_path = corpus / "s.json"
    assert ev.cli_evaluate(corpus / "gold", [], json_path, False, extractor=fake_extractor) == 0
    assert list(json.loads(json_path.read_text(encoding="utf-8"))["per_kind"]) == ["all"]


def test_cli_records_an_extraction_failure_and_scores_the_rest(corpus, capsys):
    def half_broken(paths):
        return [
            "extraction failed: boom" if p.name == "r2.txt" else fake_extractor([p])[0]
            for p in paths
        ]

    assert ev.cli_evaluate(corpus / "gold", [], None, False, extractor=half_broken) == 0
    out = capsys.readouterr().out
    assert out.startswith("Scored 1 of 3 gold documents")
    assert "r2 (r2.txt): extraction failed: boom" in out


def test_cli_bad_gold_exits_2_naming_the_file(corpus, capsys):
    write_gold(corpus / "gold", "r4", {"source": "r4.txt", "event": {"date": "June"}})
    status = ev.cli_evaluate(corpus / "gold", [], None, False, extractor=fake_extractor)
    err = capsys.readouterr().err
    assert status == 2
    assert "r4.json" in err and "event.date" in err


def test_cli_exits_2_when_no_report_is_found(corpus, tmp_path, capsys):
    empty = tmp_path / "empty"
    empty.mkdir()
    assert ev.cli_evaluate(corpus / "gold", [empty], None, False, extractor=fake_extractor) == 2
    assert "none of the 3 gold documents could be scored" in capsys.readouterr().err


def test_pko_extract_evaluate_subcommand_uses_this_module(corpus, monkeypatch, capsys):
    from pko_extract.cli import main

    monkeypatch.setattr(ev_run, "extract_reports", fake_extractor)
    assert main(["evaluate", "--gold", str(corpus / "gold")]) == 0
    assert "people               2     1     1" in capsys.readouterr().out


# --------------------------------------------------------------------------------------
# The default extractor isolates failing reports (pipeline modules faked)
# --------------------------------------------------------------------------------------


def test_extract_reports_isolates_unreadable_and_failing_reports(tmp_path, monkeypatch):
    def read_document(path, *, max_bytes):
        if path.name == "empty.txt":
            raise IngestError(f"{path} is empty")
        return Document(report_id=RID, source_uri=path.as_uri(), source_name=path.name, text="t")

    def extract_documents(docs, nlp=None, gazetteer=None):
        for doc in docs:
            if doc.source_name == "crash.txt":
                raise ValueError("bad table")
            yield extraction(report=report(source_name=doc.source_name))

    monkeypatch.setitem(
        sys.modules, "pko_extract.ingest", types.SimpleNamespace(read_document=read_document)
    )
    monkeypatch.setitem(
        sys.modules,
        "pko_extract.extract",
        types.SimpleNamespace(extract_documents=extract_documents),
    )
    paths = [tmp_path / n for n in ("ok.txt", "empty.txt", "crash.txt", "last.txt")]
    results = ev.extract_reports(paths)
    assert results[0].report.source_name == "ok.txt"
    assert results[1] == f"cannot read {paths[1]}: {paths[1]} is empty"
    assert results[2] == "extraction failed: ValueError: bad table"
    assert results[3].report.source_name == "last.txt"


# --------------------------------------------------------------------------------------
# Subsets of gold ids: select_ids, restrict, run_evaluation(select=...)
# --------------------------------------------------------------------------------------

CORPUS_IDS = [f"d{n:02d}" for n in range(1, 60)]


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("odd:13-57", [f"d{n}" for n in range(13, 58, 2)]),
        ("even:13-57", [f"d{n}" for n in range(14, 57, 2)]),
        ("1-12", [f"d{n:02d}" for n in range(1, 13)]),
        ("7", ["d07"]),
        (" EVEN:1-5 , 58-99", ["d02", "d04", "d58", "d59"]),
        ("odd:14-14", []),
    ],
    ids=["odd-half", "even-half", "early", "single", "union-case-space", "empty"],
)
def test_select_ids(spec, expected):
    assert [i for i in CORPUS_IDS if ev_run.select_ids(spec)(i)] == expected


def test_select_ids_reads_the_first_number_and_skips_ids_without_one():
    early = ev_run.select_ids("1-12")
    assert [early(i) for i in ("f01_program_seminar", "h12", "d13", "intro", "")] == [
        True,
        True,
        False,
        False,
        False,
    ]


@pytest.mark.parametrize(
    "spec", ["odd", "odd:", "13..57", "prime:1-3", "57-13", "", "1-12,"], ids=repr
)
def test_select_ids_rejects_malformed_specs(spec):
    with pytest.raises(EvaluationError, match="bad id selection"):
        ev_run.select_ids(spec)


def test_restrict_keeps_the_selected_documents_and_recomputes_the_totals(corpus):
    result = ev_run.run_evaluation(corpus / "gold", extractor=fake_extractor)
    only_r2 = ev_run.restrict(result, ev_run.select_ids("2-3"))
    assert [d.doc_id for d in only_r2.doc_scores] == ["r2"]
    assert list(only_r2.errors) == ["r3"]
    assert only_r2.n_documents == 2
    assert only_r2.overall.n_documents == 1
    people = only_r2.overall.fields["people"]
    assert (people.tp, people.fp, people.fn) == (1, 0, 0)
    assert list(only_r2.per_kind) == ["briefing note"]
    # the original result is untouched
    assert result.overall.fields["people"] == Counts(2, 1, 1)


def test_run_evaluation_scores_only_the_selected_gold_ids(corpus):
    seen: list[str] = []

    def recording(paths):
        seen.extend(p.name for p in paths)
        return fake_extractor(paths)

    result = ev_run.run_evaluation(
        corpus / "gold", extractor=recording, select=ev_run.select_ids("1")
    )
    assert seen == ["r1.txt"]
    assert [d.doc_id for d in result.doc_scores] == ["r1"] and result.errors == {}
    assert result.overall.fields["people"] == Counts(1, 1, 1)


def test_run_evaluation_with_nothing_selected_is_an_error(corpus):
    with pytest.raises(EvaluationError, match="no gold document of .* is selected"):
        ev_run.run_evaluation(corpus / "gold", extractor=fake_extractor, select=lambda _: False)


# --------------------------------------------------------------------------------------
# Halves of the dev corpus: scripts/eval_split.py keeps the blind half blind
# --------------------------------------------------------------------------------------


def _load_script(name: str) -> types.ModuleType:
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "scripts" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"script_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def split_corpus(tmp_path: Path) -> Path:
    """Made-up reports d01 (early), d13 (odd, development) and d14 (even, blind)."""
    root = tmp_path / "corpus"
    for doc_id, name in (("d01", "Anna Berg"), ("d13", "Carl Holm"), ("d14", "Dina Rossi")):
        write_gold(
            root / "gold",
            doc_id,
            {"id": doc_id, "source": f"{doc_id}.txt", "people": [{"name": name}]},
        )
    (root / "docs").mkdir()
    for doc_id in ("d01", "d13", "d14"):
        (root / "docs" / f"{doc_id}.txt").write_text("report text", encoding="utf-8")
    (root / "index.tsv").write_text(
        "id\tkind\nd01\tkind one\nd13\tkind thirteen\nd14\tkind fourteen\n", encoding="utf-8"
    )
    return root


def nobody_extractor(paths):
    """Extracts one wrong person from every report."""
    return [extraction(people=[person("p1", "Eva Nilsson")]) for _ in paths]


@pytest.mark.parametrize(
    ("doc_id", "blind"),
    [("d14", True), ("d56", True), ("d13", False), ("d12", False), ("d58", False), ("f14", False)],
    ids=["d14", "d56", "d13", "d12", "d58", "other-set"],
)
def test_is_blind(doc_id, blind):
    from pko_extract.evaluation.halves import is_blind

    assert is_blind(doc_id) is blind


def test_eval_split_even_verbose_refuses_details_and_kinds(split_corpus, capsys):
    script = _load_script("eval_split")
    argv = ["--half", "even", "--gold", str(split_corpus / "gold"), "--verbose"]
    assert script.main(argv, extractor=nobody_extractor) == 0
    out = capsys.readouterr().out
    assert out.startswith("Half: even (even:13-57)\nScored 1 of 1 gold documents")
    assert "people               0     1     1" in out
    assert "--verbose: per-document details of the blind half (even d14-d56) are not printed" in out
    assert "F1 per document kind not shown" in out
    assert "d14.txt" not in out and "Dina Rossi" not in out and "kind fourteen" not in out


def test_eval_split_all_verbose_shows_only_the_development_documents(split_corpus, capsys):
    script = _load_script("eval_split")
    argv = ["--half", "all", "--gold", str(split_corpus / "gold"), "--verbose"]
    assert script.main(argv, extractor=nobody_extractor) == 0
    out = capsys.readouterr().out
    assert "Scored 3 of 3 gold documents" in out
    assert "== d01 (d01.txt) [kind one]" in out and "== d13 (d13.txt) [kind thirteen]" in out
    assert "--verbose: per-document details of the blind half" in out
    assert "d14.txt" not in out and "Dina Rossi" not in out and "kind fourteen" not in out


def test_eval_split_unblind_shows_the_blind_details(split_corpus, capsys):
    script = _load_script("eval_split")
    argv = ["--half", "even", "--gold", str(split_corpus / "gold"), "--verbose", "--unblind"]
    assert script.main(argv, extractor=nobody_extractor) == 0
    out = capsys.readouterr().out
    assert "== d14 (d14.txt) [kind fourteen]" in out and "- miss  Dina Rossi" in out
    assert "not printed" not in out


def test_eval_split_odd_verbose_prints_details_and_kinds(split_corpus, capsys):
    script = _load_script("eval_split")
    argv = ["--half", "odd", "--gold", str(split_corpus / "gold"), "--verbose"]
    assert script.main(argv, extractor=nobody_extractor) == 0
    out = capsys.readouterr().out
    assert "Scored 1 of 1 gold documents" in out
    assert "== d13 (d13.txt) [kind thirteen]" in out and "- miss  Carl Holm" in out
    assert "not printed" not in out and "not shown" not in out


def test_eval_split_exits_2_when_the_half_is_empty(split_corpus, capsys):
    (split_corpus / "gold" / "d01.json").unlink()
    script = _load_script("eval_split")
    assert script.main(["--half", "early", "--gold", str(split_corpus / "gold")]) == 2
    assert "is selected" in capsys.readouterr().err
