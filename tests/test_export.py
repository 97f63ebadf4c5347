"""``pko-extract export``: one CSV file per table, read from the snapshot (export.py, cli.py)."""

from __future__ import annotations

import csv
import json
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import openpyxl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pko_extract.cli import main
from pko_extract.errors import UsageError
from pko_extract.export import csv_cell, export_tables
from pko_extract.export_xlsx import write_xlsx
from pko_extract.models import (
    TABLE_MODELS,
    Extraction,
    MissionMentionRecord,
    PersonRecord,
    ReportRecord,
    RunRecord,
)
from pko_extract.schema import arrow_schema
from pko_extract.store import OutputStore

REPORT_ID = "a" * 64
WHEN = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)


def _extraction() -> Extraction:
    """A small report: a title, a date, two organisers, one person, one inferred mission."""
    report = ReportRecord(
        report_id=REPORT_ID,
        source_uri="file:///raw/séminaire.txt",
        source_name="séminaire.txt",
        title='Seminar on "Protection", Bamako',
        event_date=date(2026, 2, 14),
        organizers=["UN", "Union africaine"],
        organizer_start_chars=[10, 17],
        organizer_end_chars=[12, 32],
        content_type="text",
        encoding="utf-8",
        n_chars=400,
        pipeline_version="0.1.0",
        model_name="blank",
        gazetteer_version="g1",
        extracted_at=WHEN,
    )
    person = PersonRecord(
        start_char=40,
        end_char=55,
        report_id=REPORT_ID,
        person_id="p1",
        person_key="dembele awa",
        name="Awa Dembélé",
        raw_name="Awa DEMBÉLÉ",
        positions=[],
        organizations=["MINUSMA"],
        roles=["speaker", "moderator"],
        n_mentions=2,
        method="rule",
    )
    mention = MissionMentionRecord(
        start_char=80,
        end_char=84,
        report_id=REPORT_ID,
        mention_id="m1",
        mention="Mali",
        mission_acronym="MINUSMA",
        mission_kind="UN_PKO",
        explicit=False,
        confidence=0.75,
        rule="place",
        cue="mission",
        sentence="The mission in Mali, 2013.",
        candidates=["MINUSMA", "EUTM Mali"],
    )
    return Extraction(report=report, people=[person], mission_mentions=[mention])


def _run(run_id: str) -> RunRecord:
    return RunRecord(
        run_id=run_id,
        started_at=WHEN,
        finished_at=WHEN,
        n_new=1,
        pipeline_version="0.1.0",
        model_name="blank",
        gazetteer_version="g1",
    )


@pytest.fixture
def output(tmp_path: Path) -> Path:
    store = OutputStore(tmp_path / "out")
    store.commit(extractions=[_extraction()], run=_run("run-1"))
    return store.root


def _read_csv(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        (None, ""),
        (True, "true"),
        (False, "false"),
        ([], "[]"),
        (["UN", "Union africaine"], '["UN", "Union africaine"]'),
        ([3, 17], "[3, 17]"),
        (date(2026, 2, 14), "2026-02-14"),
        (WHEN, "2026-03-01T09:30:00+00:00"),
        (0.75, "0.75"),
        ("Dembélé", "Dembélé"),
    ],
    ids=[
        "null",
        "true",
        "false",
        "empty-list",
        "list",
        "int-list",
        "date",
        "time",
        "float",
        "utf8",
    ],
)
def test_csv_cell_writes_lists_as_json_and_dates_iso(value, cell) -> None:
    assert csv_cell(value) == cell


def test_export_writes_one_csv_per_table_with_header_and_rows(output: Path) -> None:
    result = export_tables(output)

    folder = output / "export"
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{t}.csv" for t in TABLE_MODELS)
    assert {name: rows for name, (_, rows) in result.files.items()} == {
        "reports": 1,
        "agenda_items": 0,
        "people": 1,
        "participations": 0,
        "mission_mentions": 1,
        "participants": 0,
        "rejects": 0,
        "missions": 0,
        "runs": 1,
    }
    header, row = _read_csv(folder / "people.csv")
    assert header == arrow_schema(TABLE_MODELS["people"]).names
    assert dict(zip(header, row, strict=True)) == {
        "start_char": "40",
        "end_char": "55",
        "report_id": REPORT_ID,
        "person_id": "p1",
        "person_key": "dembele awa",
        "name": "Awa Dembélé",
        "raw_name": "Awa DEMBÉLÉ",
        "honorific": "",
        "given_name": "",
        "family_name": "",
        "positions": "[]",
        "organizations": '["MINUSMA"]',
        "roles": '["speaker", "moderator"]',
        "n_mentions": "2",
        "method": "rule",
    }
    header, row = _read_csv(folder / "reports.csv")
    report = dict(zip(header, row, strict=True))
    assert (report["title"], report["event_date"], report["organizers"]) == (
        'Seminar on "Protection", Bamako',
        "2026-02-14",
        '["UN", "Union africaine"]',
    )
    assert (report["organizer_start_chars"], report["extracted_at"]) == (
        "[10, 17]",
        "2026-03-01T09:30:00+00:00",
    )
    header, row = _read_csv(folder / "mission_mentions.csv")
    mention = dict(zip(header, row, strict=True))
    assert (mention["explicit"], mention["confidence"], mention["candidates"]) == (
        "false",
        "0.75",
        '["MINUSMA", "EUTM Mali"]',
    )
    assert _read_csv(folder / "agenda_items.csv") == [
        arrow_schema(TABLE_MODELS["agenda_items"]).names
    ]


def test_list_cells_read_back_as_the_lists(output: Path) -> None:
    export_tables(output)

    header, row = _read_csv(output / "export" / "people.csv")
    assert json.loads(row[header.index("roles")]) == ["speaker", "moderator"]


def test_export_reads_the_snapshot_not_a_table_a_commit_is_replacing(
    output: Path, tmp_path: Path
) -> None:
    """A commit replaces the child tables before snapshot.json: the export keeps to the snapshot."""
    people_file = output / "people" / "data.parquet"
    people_file.unlink()  # the hard link of the snapshot's version stays intact
    pq.write_table(arrow_schema(TABLE_MODELS["people"], table="people").empty_table(), people_file)

    result = export_tables(output, to=tmp_path / "elsewhere")

    assert result.files["people"] == (tmp_path / "elsewhere" / "people.csv", 1)
    assert len(_read_csv(tmp_path / "elsewhere" / "people.csv")) == 2


def test_cli_export_prints_each_file_and_exits_0(output: Path, tmp_path: Path, capsys) -> None:
    code = main(["export", str(output), "--to", str(tmp_path / "csv")])

    out = capsys.readouterr()
    assert (code, out.err) == (0, "")
    lines = out.out.splitlines()
    assert lines[0] == f"  reports: 1 row -> {tmp_path / 'csv' / 'reports.csv'}"
    assert lines[-1].startswith("exported 9 tables of commit ")
    assert len(lines) == 10


def test_cli_export_without_output_exits_2_with_one_line(tmp_path: Path, capsys) -> None:
    code = main(["export", str(tmp_path / "none")])

    out = capsys.readouterr()
    assert (code, out.out) == (2, "")
    assert out.err == (
        f"pko-extract: error: {tmp_path / 'none'}: no snapshot.json; run `pko-extract run` first\n"
    )


def test_xlsx_writes_one_workbook_per_table_with_typed_cells(output: Path, tmp_path: Path) -> None:
    """One .xlsx per table, one sheet named after it, header first; lists as JSON arrays,
    dates as dates, times in UTC, booleans and numbers typed, nulls empty."""
    result = export_tables(output, "xlsx", tmp_path / "x")

    assert sorted(p.name for p in (tmp_path / "x").iterdir()) == sorted(
        f"{t}.xlsx" for t in TABLE_MODELS
    )
    assert result.files["people"] == (tmp_path / "x" / "people.xlsx", 1)
    book = openpyxl.load_workbook(tmp_path / "x" / "reports.xlsx")
    assert book.sheetnames == ["reports"]
    header, row = list(book["reports"].iter_rows(values_only=True))
    assert list(header) == arrow_schema(TABLE_MODELS["reports"]).names
    cells = dict(zip(header, row, strict=True))
    assert (cells["source_name"], cells["title"], cells["organizers"]) == (
        "séminaire.txt",
        'Seminar on "Protection", Bamako',
        '["UN", "Union africaine"]',
    )
    assert (cells["event_date"], cells["extracted_at"]) == (
        datetime(2026, 2, 14, 0, 0),
        datetime(2026, 3, 1, 9, 30),
    )
    assert (cells["venue"], cells["n_chars"]) == (None, 400)
    mentions = openpyxl.load_workbook(tmp_path / "x" / "mission_mentions.xlsx")
    header, row = list(mentions["mission_mentions"].iter_rows(values_only=True))
    cells = dict(zip(header, row, strict=True))
    assert (cells["explicit"], cells["confidence"]) == (False, 0.75)
    assert len(list(book["reports"].iter_rows())) == 2


@pytest.mark.parametrize(
    ("value", "stored"),
    [
        ('=HYPERLINK("http://x")', '=HYPERLINK("http://x")'),
        ("bell\x07 and tab\t", "bell and tab\t"),
        ("x" * 40_000, "x" * 32_767),
        ([date(2026, 1, 2)], '["2026-01-02"]'),
        (
            datetime(2026, 3, 1, 11, 30, tzinfo=timezone(timedelta(hours=2))),
            datetime(2026, 3, 1, 9, 30),
        ),
    ],
    ids=["formula-stays-text", "control-characters", "cell-limit", "list", "time-in-utc"],
)
def test_xlsx_cells_are_values_never_formulas(value, stored, tmp_path: Path) -> None:
    table = pa.table({"value": [value]})
    write_xlsx(table, "t", tmp_path / "t.xlsx")

    cell = openpyxl.load_workbook(tmp_path / "t.xlsx")["t"]["A2"]
    assert cell.value == stored
    assert cell.data_type == ("s" if isinstance(stored, str) else "d")


def test_cli_export_xlsx_prints_the_workbooks(output: Path, tmp_path: Path, capsys) -> None:
    code = main(["export", str(output), "--format", "xlsx", "--to", str(tmp_path / "x")])

    out = capsys.readouterr()
    assert (code, out.err) == (0, "")
    assert out.out.splitlines()[0] == f"  reports: 1 row -> {tmp_path / 'x' / 'reports.xlsx'}"


def test_an_unknown_format_is_a_usage_error(output: Path) -> None:
    with pytest.raises(UsageError) as error:
        export_tables(output, "ods")

    assert str(error.value) == "unknown export format 'ods'; use one of: csv, xlsx"


def test_cli_export_help_has_an_example(capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["export", "--help"])

    assert exit_info.value.code == 0
    assert "pko-extract export output --to ~/pko-csv" in capsys.readouterr().out
