"""docs/ANALYSIS.md stays true: each worked question's DuckDB query and Polars query run on
the project's own reports (tests/fixtures/reports and tests/fixtures/analysis, extracted into
a temporary output folder) and both give exactly the result the page prints.

After a reviewed change of extraction moves a result, rewrite the printed results with
``PKO_REGEN_ANALYSIS=1 python -m pytest tests/test_analysis_doc.py`` and review the diff.
"""

from __future__ import annotations

import os
import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

import duckdb
import polars as pl
import pytest

from pko_extract.extract import extract_documents
from pko_extract.gazetteer import default_gazetteer
from pko_extract.ingest import read_document
from pko_extract.store import OutputStore

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "ANALYSIS.md"
REPORTS = [
    *sorted((ROOT / "tests" / "fixtures" / "reports").glob("*.txt")),
    *sorted((ROOT / "tests" / "fixtures" / "analysis").glob("*.txt")),
]
#: One worked question: a "## N. ..." section with a sql, a python and a text block.
SECTION = re.compile(r"^## (\d+)\. (.+?)$(.*?)(?=^## |\Z)", re.M | re.S)
BLOCK = re.compile(r"^```(sql|python|text)\n(.*?)^```$", re.M | re.S)


def questions(text: str) -> list[tuple[str, dict[str, str]]]:
    """(title, {"sql": ..., "python": ..., "text": ...}) of each worked question."""
    out = []
    for match in SECTION.finditer(text):
        blocks = {kind: body for kind, body in BLOCK.findall(match.group(3))}
        out.append((match.group(2), blocks))
    return out


def cell(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)


def render(columns: list[str], rows: list[tuple[Any, ...]]) -> str:
    """A result as the page prints it: a header line, then one line per row."""
    lines = [" | ".join(columns)] + [" | ".join(cell(v) for v in row) for row in rows]
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def output_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The reports extracted with the configured model into ``<tmp>/output``."""
    root = tmp_path_factory.mktemp("analysis")
    gazetteer = default_gazetteer()
    extractions = list(extract_documents([read_document(p) for p in REPORTS], gazetteer=gazetteer))
    OutputStore(root / "output").commit(
        extractions=extractions, missions=gazetteer.mission_records()
    )
    return root


def results(root: Path, blocks: dict[str, str]) -> tuple[str, str]:
    """(DuckDB result, Polars result) rendered, both run in ``root`` (the queries read
    ``output/...``)."""
    here = Path.cwd()
    os.chdir(root)
    try:
        relation = duckdb.sql(blocks["sql"])
        by_duckdb = render(relation.columns, relation.fetchall())
        scope: dict[str, Any] = {}
        exec(compile(blocks["python"], str(DOC), "exec"), scope)  # noqa: S102 - our own doc
        frame = scope["result"]
        assert isinstance(frame, pl.DataFrame), "the Polars snippet must leave a DataFrame"
        by_polars = render(frame.columns, frame.rows())
    finally:
        os.chdir(here)
    return by_duckdb, by_polars


def test_the_page_has_five_worked_questions_each_with_both_queries() -> None:
    found = questions(DOC.read_text(encoding="utf-8"))
    assert [sorted(blocks) for _, blocks in found] == [["python", "sql", "text"]] * 5


def test_each_query_gives_the_printed_result(output_dir: Path) -> None:
    text = DOC.read_text(encoding="utf-8")
    regen = os.environ.get("PKO_REGEN_ANALYSIS") == "1"
    for title, blocks in questions(text):
        by_duckdb, by_polars = results(output_dir, blocks)
        assert by_polars == by_duckdb, f"{title}: Polars and DuckDB disagree"
        if regen:
            text = text.replace(f"```text\n{blocks['text']}```", f"```text\n{by_duckdb}```", 1)
        else:
            assert by_duckdb == blocks["text"], f"{title}: the printed result is out of date"
    if regen:
        DOC.write_text(text, encoding="utf-8")
