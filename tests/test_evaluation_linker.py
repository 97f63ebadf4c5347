"""Tests of evaluation/linker.py and ``evaluate --linker``: the mission linker scored alone.

Every gold document and text here is written for these tests; nothing reads the shared corpus.
The scoring tests use hand-made linker output (a fake linker); the command tests run the
project's linker and gazetteer on short texts of my own.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from test_evaluate import extraction, mention, report, write_gold

from pko_extract.evaluation import run as ev_run
from pko_extract.evaluation.gold import GoldDocument
from pko_extract.evaluation.linker import (
    LINKER_FIELDS,
    gold_ref_date,
    locate_mention,
    score_gold_mentions,
    score_linked_missions,
    score_linker,
)
from pko_extract.evaluation.report import cli_evaluate
from pko_extract.evaluation.scoring import FieldDiff
from pko_extract.models import LinkedMention


def linked(text: str, word: str, acronym: str | None, confidence: float = 0.9, nth: int = 0):
    """A linked mention of the ``nth`` occurrence of ``word`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return LinkedMention(
        start=start,
        end=start + len(word),
        mention=word,
        acronym=acronym,
        kind="UN_PKO",
        explicit=False,
        confidence=confidence,
        rule="test",
        cue=None,
        sentence=text,
        candidates=(acronym,) if acronym else (),
    )


def gold(**fields) -> GoldDocument:
    return GoldDocument.model_validate({"id": "g", "source": "g.txt", **fields})


def as_tuple(diff: FieldDiff) -> tuple[int, int, int, list[str], list[str]]:
    c = diff.counts()
    return (c.tp, c.fp, c.fn, diff.misses, diff.extras)


# --------------------------------------------------------------------------------------
# Reference date
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2012-11-05", date(2012, 11, 5)),
        ("2012-11", date(2012, 11, 15)),
        ("2012", date(2012, 7, 1)),
        (None, None),
    ],
    ids=["day", "month-is-the-15th", "year-is-1-july", "null-is-none"],
)
def test_gold_ref_date(value, expected):
    assert gold_ref_date(value) == expected


# --------------------------------------------------------------------------------------
# (a) missions at the gold date: like the end-to-end missions field
# --------------------------------------------------------------------------------------

ALBA = "Blue helmets in Alba and Corvo; observers in Dunmore and Esk; a film on Farr."


def test_linked_missions_are_scored_like_the_missions_field():
    g = gold(
        missions=[
            {"mention": "Alba", "acronym": "MINUSMA"},
            {"mention": "Corvo", "acronym": "monusco"},
            {"mention": "Farr", "acronym": None},
        ],
        optional_missions=["UNMIS", "UNAMID"],
    )
    mentions = [
        linked(ALBA, "Alba", "MINUSMA"),
        linked(ALBA, "Dunmore", "UNMIS", 0.8),  # optional: not penalised
        linked(ALBA, "Esk", "UNMISS", 0.5),  # threshold is inclusive: an extra
        linked(ALBA, "Farr", "UNOCI", 0.49),  # below the threshold: not a prediction
        linked(ALBA, "Corvo", None, 0.3),
    ]
    assert as_tuple(score_linked_missions(g, mentions)) == (1, 1, 1, ["MONUSCO"], ["UNMISS"])


# --------------------------------------------------------------------------------------
# (b) missions at the gold mentions
# --------------------------------------------------------------------------------------

TWICE = "Mali was on the map. Later, troops in Mali kept the peace; MALI again."


@pytest.mark.parametrize(
    ("text", "mention", "links", "span"),
    [
        (TWICE, "Mali", [], (0, 4)),
        (TWICE, "Mali", [("Mali", "MINUSMA", 1)], (38, 42)),
        (TWICE, "Mali", [("Mali", None, 1)], (38, 42)),
        ("Peace in SOUTH\nSUDAN now.", "South Sudan", [], (9, 20)),
        (TWICE, "Chad", [], None),
        (TWICE, "  ", [], None),
    ],
    ids=[
        "first-occurrence-without-links",
        "first-linked-occurrence",
        "a-null-link-also-counts",
        "any-case-and-spacing-when-not-exact",
        "absent",
        "blank",
    ],
)
def test_locate_mention(text, mention, links, span):
    lms = [linked(text, w, a, nth=n) for w, a, n in links]
    assert locate_mention(text, mention, lms) == span


SUDAN = "A film on Sudan opened. Peacekeepers in Sudan and Abyei stayed; Darfur too."


@pytest.mark.parametrize(
    ("missions", "optional", "links", "expected"),
    [
        (
            [{"mention": "Sudan", "acronym": "UNMIS"}],
            [],
            [("Sudan", "UNMIS", 1)],
            (1, 0, 0, [], []),
        ),
        (
            [{"mention": "Sudan", "acronym": "unmis"}],
            [],
            [("Sudan", "UNMIS", 1, 0.5)],
            (1, 0, 0, [], []),
        ),
        (
            [{"mention": "Sudan", "acronym": "UNMIS"}],
            [],
            [("Sudan", "UNAMID", 1)],
            (0, 1, 1, ["UNMIS at 'Sudan'"], ["UNAMID at 'Sudan'"]),
        ),
        (
            [{"mention": "Sudan", "acronym": "UNMIS"}],
            ["UNAMID"],
            [("Sudan", "UNAMID", 1)],
            (0, 0, 1, ["UNMIS at 'Sudan'"], []),
        ),
        (
            [{"mention": "Sudan", "acronym": "UNMIS"}],
            [],
            [("Sudan", "UNMIS", 1, 0.49)],
            (0, 0, 1, ["UNMIS at 'Sudan'"], []),
        ),
        (
            [{"mention": "Sudan", "acronym": "UNMIS"}],
            [],
            [("Abyei", "UNISFA", 0)],
            (0, 0, 1, ["UNMIS at 'Sudan'"], []),
        ),
        (
            [{"mention": "Sudan", "acronym": None}],
            ["UNMIS", "UNAMID"],
            [("Sudan", None, 1, 0.35)],
            (0, 0, 0, [], []),
        ),
        (
            [{"mention": "Sudan", "acronym": None}],
            ["UNMIS"],
            [("Sudan", "UNMIS", 1)],
            (0, 0, 0, [], []),
        ),
        (
            [{"mention": "Sudan", "acronym": None}],
            ["UNMIS"],
            [("Sudan", "UNAMID", 1)],
            (0, 1, 0, [], ["UNAMID at 'Sudan'"]),
        ),
        (
            [{"mention": "Kivu", "acronym": "MONUSCO"}, {"mention": "Kivu", "acronym": None}],
            [],
            [],
            (0, 0, 1, ["MONUSCO at 'Kivu' (not in the text)"], []),
        ),
        (
            [{"mention": "Darfur", "acronym": "UNAMID"}, {"mention": "", "acronym": "UNMIS"}],
            [],
            [("Darfur", "UNAMID", 0)],
            (1, 0, 0, [], []),
        ),
    ],
    ids=[
        "same-acronym-tp",
        "case-insensitive-and-inclusive-threshold",
        "other-acronym-fn-and-fp",
        "other-acronym-optional-fn-only",
        "below-threshold-is-no-acronym",
        "link-elsewhere-does-not-count",
        "gold-null-linker-null-nothing",
        "gold-null-linker-optional-nothing",
        "gold-null-linker-other-fp",
        "mention-not-in-text",
        "blank-mention-is-skipped",
    ],
)
def test_score_gold_mentions(missions, optional, links, expected):
    g = gold(missions=missions, optional_missions=optional)
    lms = [linked(SUDAN, w, a, *rest[1:], nth=rest[0]) for w, a, *rest in links]
    assert as_tuple(score_gold_mentions(g, SUDAN, lms)) == expected


def test_score_linker_passes_the_gold_date_and_scores_both_fields():
    seen: list[date | None] = []

    def fake_link(text: str, ref_date: date | None) -> list[LinkedMention]:
        seen.append(ref_date)
        return [linked(text, "Sudan", "UNMIS", nth=1), linked(text, "Darfur", "UNAMID")]

    g = gold(
        event={"date": "2009-03"},
        missions=[{"mention": "Sudan", "acronym": "UNMIS"}, {"mention": "Abyei", "acronym": None}],
    )
    diffs = score_linker(g, SUDAN, fake_link)
    assert seen == [date(2009, 3, 15)]
    assert list(diffs) == list(LINKER_FIELDS)
    assert as_tuple(diffs["missions_gold_date"]) == (1, 1, 0, [], ["UNAMID"])
    assert as_tuple(diffs["missions_gold_mentions"]) == (1, 0, 0, [], [])


# --------------------------------------------------------------------------------------
# The command: --linker rows in the table, --markdown, --json and --verbose
# --------------------------------------------------------------------------------------

CONGO = (
    "Peacekeepers deployed in the Congo guarded two camps near Bunia. Later, Dr Lena Ruud "
    "praised the UN Mission in South Sudan for its river patrols."
)
FILM = "The seminar opened with a film about Sudan. Peacekeepers in Sudan faced many challenges."


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Two reports of my own: a place dated by the event date, and an undetermined mission."""
    root = tmp_path / "corpus"
    write_gold(
        root / "gold",
        "k1",
        {
            "source": "k1.txt",
            "event": {"date": "2005-04"},
            "missions": [
                {"mention": "Congo", "acronym": "MONUC"},
                {"mention": "UN Mission in South Sudan", "acronym": "UNMISS"},
            ],
        },
    )
    write_gold(
        root / "gold",
        "k2",
        {
            "source": "k2.txt",
            "event": {"date": "2008-06-20"},
            "missions": [{"mention": "Sudan", "acronym": None}],
            "optional_missions": ["UNMIS", "UNAMID"],
        },
    )
    (root / "docs").mkdir()
    (root / "docs" / "k1.txt").write_text(CONGO, encoding="utf-8")
    (root / "docs" / "k2.txt").write_text(FILM, encoding="utf-8")
    return root


def wrong_date_extractor(paths):
    """As if the event parser had dated k1 in 2013: MONUSCO instead of MONUC."""
    made = {
        "k1.txt": extraction(
            report=report(event_date=date(2013, 4, 1)),
            mission_mentions=[mention("MONUSCO"), mention("UNMISS")],
        ),
        "k2.txt": extraction(report=report(event_date=date(2008, 6, 20))),
    }
    return [made[p.name] for p in paths]


def test_cli_linker_adds_two_rows_with_the_project_linker(corpus, capsys):
    status = cli_evaluate(
        corpus / "gold", [], None, True, linker=True, extractor=wrong_date_extractor
    )
    out = capsys.readouterr().out.splitlines()
    assert status == 0
    assert out[2] == (
        "field                      tp    fp    fn  precision  recall      F1  target"
    )
    assert out[4:8] == [
        "people                      0     0     0        n/a     n/a     n/a    0.90",
        "roles                       0     0     0        n/a     n/a     n/a    0.80",
        "positions                   0     0     0        n/a     n/a     n/a    0.85",
        "organizations               0     0     0        n/a     n/a     n/a    0.80",
    ]
    assert out[10:17] == [
        "missions                    1     1     1      0.500   0.500   0.500    0.85  FAIL",
        "event_date                  1     1     1      0.500   0.500   0.500    0.90  FAIL",
        "title                       0     0     0        n/a     n/a     n/a       -",
        "venue                       0     0     0        n/a     n/a     n/a       -",
        "missions_gold_date          2     0     0      1.000   1.000   1.000       -",
        "missions_gold_mentions      2     0     0      1.000   1.000   1.000       -",
        "",
    ]
    details = out[out.index("== k1 (k1.txt) [all]") :]
    assert details[1:4] == [
        "  missions: tp 1, fp 1, fn 1",
        "    - miss  MONUC",
        "    + extra MONUSCO",
    ]
    assert "== k2 (k2.txt) [all]" in details


def test_cli_linker_rows_in_markdown_and_json(corpus, tmp_path, capsys):
    json_path = tmp_path / "scores.json"
    status = cli_evaluate(
        corpus / "gold",
        [corpus / "docs"],
        json_path,
        markdown=True,
        linker=True,
        extractor=wrong_date_extractor,
    )
    out = capsys.readouterr().out.splitlines()
    assert status == 0
    assert "| missions (gold date) | 2 | 0 | 0 | 1.000 | 1.000 | 1.000 | - |  |" in out
    assert "| missions (gold mentions) | 2 | 0 | 0 | 1.000 | 1.000 | 1.000 | - |  |" in out
    assert out[
        out.index(
            "| kind | docs | people | roles | positions | organizations | agenda items "
            "| agenda speakers | missions | event date | title | venue | missions (gold date) "
            "| missions (gold mentions) |"
        )
        + 2
    ] == (
        "| all | 2 | n/a | n/a | n/a | n/a | n/a | n/a | 0.500 | 0.500 | n/a | n/a "
        "| 1.000 | 1.000 |"
    )
    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert data["fields"]["missions_gold_date"] == {
        "tp": 2,
        "fp": 0,
        "fn": 0,
        "precision": 1.0,
        "recall": 1.0,
        "f1": 1.0,
        "target": None,
        "pass": None,
    }
    assert data["per_document"]["k2"]["fields"]["missions_gold_mentions"]["tp"] == 0
    assert data["per_kind"]["all"]["fields"]["missions_gold_mentions"]["f1"] == 1.0


def test_cli_linker_with_a_fake_linker_lists_its_misses_and_extras(corpus, capsys):
    def fake_link(text, ref_date):
        return [linked(text, "Sudan", "UNMISS", nth=1)] if "film" in text else []

    def fake_read(path: Path) -> str:
        return path.read_text(encoding="utf-8")

    status = cli_evaluate(
        corpus / "gold",
        [],
        None,
        True,
        linker=True,
        link=fake_link,
        read_text=fake_read,
        extractor=wrong_date_extractor,
    )
    out = capsys.readouterr().out
    assert status == 0
    assert "missions_gold_date          0     1     2      0.000   0.000   0.000       -" in out
    assert "missions_gold_mentions      0     1     2      0.000   0.000   0.000       -" in out
    assert (
        "  missions_gold_mentions: tp 0, fp 0, fn 2\n"
        "    - miss  MONUC at 'Congo'\n"
        "    - miss  UNMISS at 'UN Mission in South Sudan'\n"
    ) in out
    assert "  missions_gold_mentions: tp 0, fp 1, fn 0\n    + extra UNMISS at 'Sudan'\n" in out


def test_cli_linker_unreadable_report_is_not_scored(corpus, capsys):
    def no_text(path: Path) -> str:
        raise OSError(f"{path.name} vanished")

    status = cli_evaluate(
        corpus / "gold",
        [],
        None,
        False,
        linker=True,
        link=lambda text, ref: [],
        read_text=no_text,
        extractor=wrong_date_extractor,
    )
    assert status == 2
    assert "none of the 2 gold documents could be scored" in capsys.readouterr().err


def test_pko_extract_evaluate_linker_option(corpus, monkeypatch, capsys):
    from pko_extract.cli import main

    monkeypatch.setattr(ev_run, "extract_reports", wrong_date_extractor)
    assert main(["evaluate", "--gold", str(corpus / "gold"), "--linker"]) == 0
    out = capsys.readouterr().out
    assert "missions_gold_date          2     0     0      1.000   1.000   1.000       -" in out


def test_without_linker_option_there_are_no_linker_rows(corpus, capsys):
    assert cli_evaluate(corpus / "gold", [], None, False, extractor=wrong_date_extractor) == 0
    out = capsys.readouterr().out
    assert "missions_gold" not in out
    assert out.splitlines()[2].startswith("field               tp    fp")
