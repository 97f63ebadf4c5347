"""Tests of schema.py: Arrow schemas from the Pydantic models and the Parquet round trip."""

from __future__ import annotations

import typing
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Literal

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, Field, ValidationError

from pko_extract.errors import SchemaError
from pko_extract.models import (
    SCHEMA_VERSION,
    TABLE_MODELS,
    MissionMentionRecord,
    ReportRecord,
    RunRecord,
)
from pko_extract.schema import (
    arrow_schema,
    data_dictionary_markdown,
    records_to_table,
    table_to_records,
)

UTC = UTC
DOCS = Path(__file__).resolve().parents[1] / "docs" / "OUTPUT.md"


class _AllTypes(BaseModel):
    s: str = Field(description="a string")
    i: int
    f: float
    b: bool
    d: date
    t: datetime
    lit: Literal["a", "b"]
    tags: list[str]
    kinds: list[Literal["x", "y"]]
    opt_s: str | None = None
    opt_d: date | None = None
    opt_t: datetime | None = None
    opt_i: int | None = None


def test_type_mapping() -> None:
    """Each annotation maps to its Arrow type; only X | None is nullable."""
    schema = arrow_schema(_AllTypes)
    expected = {
        "s": (pa.string(), False),
        "i": (pa.int64(), False),
        "f": (pa.float64(), False),
        "b": (pa.bool_(), False),
        "d": (pa.date32(), False),
        "t": (pa.timestamp("us", tz="UTC"), False),
        "lit": (pa.string(), False),
        "tags": (pa.list_(pa.field("element", pa.string())), False),
        "kinds": (pa.list_(pa.field("element", pa.string())), False),
        "opt_s": (pa.string(), True),
        "opt_d": (pa.date32(), True),
        "opt_t": (pa.timestamp("us", tz="UTC"), True),
        "opt_i": (pa.int64(), True),
    }
    assert {f.name: (f.type, f.nullable) for f in schema} == expected
    assert schema.field("s").metadata == {b"description": b"a string"}
    assert schema.metadata[b"pko_extract.table"] == b"_AllTypes"


def test_unsupported_annotation_names_the_field() -> None:
    """A type without a mapping is a SchemaError naming model and field."""

    class Bad(BaseModel):
        extra: dict[str, int]

    with pytest.raises(SchemaError, match=r"Bad\.extra"):
        arrow_schema(Bad)


@pytest.mark.parametrize("table", list(TABLE_MODELS), ids=list(TABLE_MODELS))
def test_every_table_model_converts(table: str) -> None:
    """Every output model has a schema with descriptions and the version metadata."""
    model = TABLE_MODELS[table]
    schema = arrow_schema(model)
    assert schema.names == list(model.model_fields)
    assert schema.metadata == {
        b"pko_extract.schema_version": SCHEMA_VERSION.encode(),
        b"pko_extract.table": table.encode(),
        b"pko_extract.model": model.__name__.encode(),
    }
    for field in schema:
        assert field.metadata[b"description"], f"{table}.{field.name} has no description"
    empty = records_to_table([], model)
    assert empty.num_rows == 0 and empty.schema == schema


def _report(**changes: Any) -> ReportRecord:
    values: dict[str, Any] = dict(
        report_id="a" * 64,
        source_uri="file:///raw/a.txt",
        source_name="a.txt",
        pipeline_version="0.1.0",
        model_name="blank",
        extracted_at=datetime(2026, 1, 2, 3, 4, 5, 678901, tzinfo=UTC),
    )
    values.update(changes)
    return ReportRecord(**values)


def test_naive_datetime_refused() -> None:
    """A naive datetime is ambiguous: SchemaError with the fix."""
    with pytest.raises(SchemaError, match="no time zone.*timezone.utc"):
        records_to_table([_report(extracted_at=datetime(2026, 1, 2))], ReportRecord)


def test_aware_datetime_stored_as_utc() -> None:
    """A datetime in another zone is stored as the same instant in UTC."""
    tokyo = timezone(timedelta(hours=9))
    table = records_to_table(
        [_report(extracted_at=datetime(2026, 1, 2, 9, tzinfo=tokyo))], ReportRecord
    )
    value = table.column("extracted_at")[0].as_py()
    assert value == datetime(2026, 1, 2, 0, tzinfo=UTC)
    assert value.utcoffset() == timedelta(0)


def test_wrong_model_refused() -> None:
    """Records of another model are refused."""
    run = RunRecord(
        run_id="r",
        started_at=datetime(2026, 1, 1, tzinfo=UTC),
        pipeline_version="0.1.0",
        model_name="blank",
    )
    with pytest.raises(SchemaError, match="expected ReportRecord, got RunRecord"):
        records_to_table([run], ReportRecord)  # type: ignore[list-item]


# --------------------------------------------------------------------------------------
# Round trip: records -> Parquet -> records (hypothesis)
# --------------------------------------------------------------------------------------

_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=20)
_HEX64 = st.text("0123456789abcdef", min_size=64, max_size=64)


def _strategy(annotation: Any, name: str) -> st.SearchStrategy[Any]:
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin in (typing.Union, __import__("types").UnionType):
        inner = [a for a in args if a is not type(None)][0]
        return st.none() | _strategy(inner, name)
    if origin is list:
        return st.lists(_strategy(args[0], name), max_size=3)
    if origin is Literal:
        return st.sampled_from(args)
    if annotation is str:
        if name == "report_id":
            return _HEX64
        if name in ("name", "acronym", "mention"):
            return st.from_regex(r"[A-Za-zÀ-ÿ][A-Za-z .'-]{1,15}", fullmatch=True)
        return _TEXT
    if annotation is int:
        return st.integers(min_value=1, max_value=2**62)
    if annotation is float:
        return st.floats(min_value=0.0, max_value=1.0)
    if annotation is bool:
        return st.booleans()
    if annotation is date:
        return st.dates()
    if annotation is datetime:
        return st.datetimes(
            min_value=datetime(1900, 1, 1),
            max_value=datetime(2200, 1, 1),
            timezones=st.sampled_from([UTC, timezone(timedelta(hours=-5, minutes=-30))]),
        )
    raise AssertionError(f"no strategy for {annotation!r}")


def _records(model: type[BaseModel]) -> st.SearchStrategy[BaseModel]:
    fields = {name: _strategy(info.annotation, name) for name, info in model.model_fields.items()}

    def build(values: dict[str, Any]) -> BaseModel | None:
        if "start_char" in values and values["end_char"] < values["start_char"]:
            values["start_char"], values["end_char"] = values["end_char"], values["start_char"]
        try:
            return model(**values)
        except ValidationError:
            return None

    return st.fixed_dictionaries(fields).map(build).filter(lambda r: r is not None)


@pytest.mark.parametrize("table", list(TABLE_MODELS), ids=list(TABLE_MODELS))
def test_parquet_round_trip(table: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    """records -> Parquet -> read -> model_validate equals the original records."""
    model = TABLE_MODELS[table]
    folder = tmp_path_factory.mktemp(table)

    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
    @given(st.lists(_records(model), max_size=5))
    def check(records: list[BaseModel]) -> None:
        path = folder / "t.parquet"
        pq.write_table(records_to_table(records, model), path)
        back = pq.read_table(path)
        assert back.schema.equals(arrow_schema(model), check_metadata=True)
        assert table_to_records(back, model) == records

    check()


def test_round_trip_keeps_values_exactly(tmp_path: Path) -> None:
    """Unicode text, empty lists, nulls, floats and microseconds survive exactly."""
    record = MissionMentionRecord(
        report_id="b" * 64,
        mention_id="m1",
        mention="MINUSMA\u00a0(Mali) — 国連",
        start_char=3,
        end_char=10,
        explicit=False,
        confidence=0.1 + 0.2,
        candidates=[],
        cue=None,
    )
    pq.write_table(records_to_table([record], MissionMentionRecord), tmp_path / "m.parquet")
    assert table_to_records(pq.read_table(tmp_path / "m.parquet"), MissionMentionRecord) == [record]


def test_docs_output_md_holds_generated_dictionary() -> None:
    """docs/OUTPUT.md contains the data dictionary generated from the models, verbatim."""
    assert data_dictionary_markdown() in DOCS.read_text(encoding="utf-8"), (
        "docs/OUTPUT.md is out of date: run .venv/bin/python scripts/update_output_doc.py "
        "(it rewrites the block between the DATA DICTIONARY markers)"
    )
