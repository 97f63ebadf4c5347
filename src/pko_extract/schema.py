"""Pydantic output models -> Arrow schemas and tables (the Parquet data contract).

Contract:

* :func:`arrow_schema` derives one Arrow schema per output model from its annotations, so
  ``models.py`` stays the single source of truth. Types: ``str`` -> string, ``int`` -> int64,
  ``float`` -> float64, ``bool`` -> bool, ``date`` -> date32, ``datetime`` ->
  timestamp[us, tz=UTC], ``Literal[...]`` -> string, ``list[str]``/``list[Literal]`` ->
  list<string>. ``X | None`` makes a nullable field; every other field is non-nullable.
* Each field carries its description in the field metadata (``b"description"``); the schema
  metadata holds the schema version, the table name and the model name.
* :func:`records_to_table` turns validated records into a table with that schema; naive
  datetimes are refused (they are ambiguous), aware ones are stored in UTC.
* :func:`data_dictionary_markdown` renders the data dictionary of ``docs/OUTPUT.md``.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any, Literal, Union

import pyarrow as pa
from pydantic import BaseModel

from pko_extract.errors import SchemaError
from pko_extract.models import SCHEMA_VERSION, TABLE_MODELS

__all__ = [
    "META_MODEL",
    "META_SCHEMA_VERSION",
    "META_TABLE",
    "arrow_schema",
    "arrow_type",
    "data_dictionary_markdown",
    "records_to_table",
    "table_to_records",
]

META_SCHEMA_VERSION = b"pko_extract.schema_version"
META_TABLE = b"pko_extract.table"
META_MODEL = b"pko_extract.model"

_SCALARS: dict[Any, pa.DataType] = {
    str: pa.string(),
    int: pa.int64(),
    float: pa.float64(),
    bool: pa.bool_(),
    date: pa.date32(),
    datetime: pa.timestamp("us", tz="UTC"),
}


def _table_name(model: type[BaseModel]) -> str:
    for name, candidate in TABLE_MODELS.items():
        if candidate is model:
            return name
    return model.__name__


def _split_optional(annotation: Any) -> tuple[Any, bool]:
    """``(inner, nullable)`` for ``X | None`` / ``Optional[X]``; ``(annotation, False)`` else."""
    origin = typing.get_origin(annotation)
    if origin is Union or origin is types.UnionType:
        args = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        if len(args) == 1:
            return args[0], len(args) < len(typing.get_args(annotation))
    return annotation, False


def arrow_type(annotation: Any, *, where: str = "field") -> pa.DataType:
    """The Arrow type of one (non-optional) annotation.

    Raises:
        SchemaError: the annotation has no mapping (e.g. a dict or a union of two types).
    """
    if annotation in _SCALARS:
        return _SCALARS[annotation]
    origin = typing.get_origin(annotation)
    if origin is Literal:
        values = typing.get_args(annotation)
        if all(isinstance(value, str) for value in values):
            return pa.string()
    if origin is list:
        (item,) = typing.get_args(annotation) or (Any,)
        inner, nullable = _split_optional(item)
        if not nullable:
            # "element" is the item name Parquet's LIST type uses: the schema read back equals it
            return pa.list_(pa.field("element", arrow_type(inner, where=f"{where} (list item)")))
    raise SchemaError(
        f"{where}: type {annotation!r} has no Parquet mapping; use str, int, float, bool, "
        "date, datetime, a string Literal, a list of those, or X | None"
    )


def arrow_schema(model: type[BaseModel], *, table: str | None = None) -> pa.Schema:
    """The Arrow schema of an output model.

    Args:
        model: a Pydantic model, usually a value of ``models.TABLE_MODELS``.
        table: table name for the metadata; default the model's key in ``TABLE_MODELS``.

    Returns:
        Fields in model order, with descriptions and the schema version in the metadata.

    Raises:
        SchemaError: a field's annotation has no mapping.
    """
    fields = []
    for name, info in model.model_fields.items():
        inner, nullable = _split_optional(info.annotation)
        dtype = arrow_type(inner, where=f"{model.__name__}.{name}")
        metadata = {b"description": (info.description or "").encode("utf-8")}
        fields.append(pa.field(name, dtype, nullable=nullable, metadata=metadata))
    return pa.schema(
        fields,
        metadata={
            META_SCHEMA_VERSION: SCHEMA_VERSION.encode(),
            META_TABLE: (table or _table_name(model)).encode(),
            META_MODEL: model.__name__.encode(),
        },
    )


def _to_utc(value: datetime, where: str) -> datetime:
    if value.tzinfo is None or value.tzinfo.utcoffset(value) is None:
        raise SchemaError(
            f"{where}: datetime {value.isoformat()} has no time zone; "
            "use datetime.now(timezone.utc) or attach tzinfo=timezone.utc"
        )
    return value.astimezone(UTC)


def records_to_table(records: Sequence[BaseModel], model: type[BaseModel]) -> pa.Table:
    """Records of one model -> an Arrow table with :func:`arrow_schema` (model order kept).

    Raises:
        SchemaError: a record is not an instance of ``model``, or holds a naive datetime.
    """
    schema = arrow_schema(model)
    datetime_fields = [f.name for f in schema if pa.types.is_timestamp(f.type)]
    rows = []
    for index, record in enumerate(records):
        if not isinstance(record, model):
            raise SchemaError(
                f"{_table_name(model)} record {index}: expected {model.__name__}, "
                f"got {type(record).__name__}"
            )
        row = record.model_dump(mode="python")
        for name in datetime_fields:
            if row[name] is not None:
                row[name] = _to_utc(row[name], f"{_table_name(model)} record {index}, {name}")
        rows.append(row)
    try:
        return pa.Table.from_pylist(rows, schema=schema)
    except (pa.ArrowException, ValueError, TypeError) as exc:
        raise SchemaError(f"{_table_name(model)}: records do not fit the schema: {exc}") from exc


def table_to_records(table: pa.Table, model: type[BaseModel]) -> list[BaseModel]:
    """Rows of a table -> validated model instances (the inverse of :func:`records_to_table`).

    Raises:
        SchemaError: a row fails validation (the message names the row).
    """
    records = []
    for index, row in enumerate(table.to_pylist()):
        try:
            records.append(model.model_validate(row))
        except ValueError as exc:
            raise SchemaError(f"{_table_name(model)} row {index}: {exc}") from exc
    return records


def _type_name(dtype: pa.DataType) -> str:
    if pa.types.is_list(dtype):
        return f"list<{_type_name(dtype.value_type)}>"
    if pa.types.is_timestamp(dtype):
        return f"timestamp[{dtype.unit}, {dtype.tz}]"
    return str(dtype)


def _annotation_note(model: type[BaseModel], name: str) -> str:
    inner, _ = _split_optional(model.model_fields[name].annotation)
    if typing.get_origin(inner) is list:
        (inner,) = typing.get_args(inner)
    if typing.get_origin(inner) is Literal:
        return " One of: " + ", ".join(f"`{v}`" for v in typing.get_args(inner)) + "."
    return ""


def data_dictionary_markdown() -> str:
    """The data dictionary of every output table as Markdown (generated from the models).

    ``docs/OUTPUT.md`` embeds this text verbatim; a test keeps the two in step.
    """
    parts = [f"Schema version {SCHEMA_VERSION}.\n"]
    for table, model in TABLE_MODELS.items():
        schema = arrow_schema(model, table=table)
        doc = (model.__doc__ or "").strip().splitlines()[0] if model.__doc__ else ""
        parts.append(f"### `{table}`\n\n{doc} (model `{model.__name__}`)\n")
        parts.append("| column | type | null | description |\n|---|---|---|---|")
        for field in schema:
            description = field.metadata[b"description"].decode() + _annotation_note(
                model, field.name
            )
            null = "yes" if field.nullable else "no"
            description = description.replace("|", "\\|")
            parts.append(f"| `{field.name}` | {_type_name(field.type)} | {null} | {description} |")
        parts.append("")
    return "\n".join(parts)


if __name__ == "__main__":  # python -m pko_extract.schema > dictionary.md
    print(data_dictionary_markdown(), end="")
