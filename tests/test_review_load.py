"""Reading a few reports' rows of a committed table (src/pko_extract/review_load.py).

The review reads the child tables row group by row group, chunk by chunk in report_id order,
choosing the row groups by their min/max statistics; the rows of a chunk are the same, in
the same order, whether the file is sorted by report_id (as a commit writes it) or not.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pko_extract.review_load import TableRows

#: (report_id, value) rows: three reports, the rows of each in their table order.
ROWS = [("a", 1), ("a", 2), ("b", 3), ("b", 4), ("b", 5), ("c", 6), ("d", 7)]


def _file(path: Path, rows: list[tuple[str, int]]) -> pq.ParquetFile:
    table = pa.table({"value": [v for _, v in rows], "report_id": [r for r, _ in rows]})
    pq.write_table(table, path, row_group_size=2)
    return pq.ParquetFile(path)


def _values(reader: TableRows, ids: list[str]) -> list[int]:
    return reader.rows(ids)["value"].to_pylist()


def test_sorted_file_reads_only_the_row_groups_of_each_chunk(tmp_path):
    reader = TableRows(_file(tmp_path / "t.parquet", ROWS))  # row groups: aa, bb, bc, d

    assert _values(reader, ["a"]) == [1, 2]
    assert sorted(reader._kept) == [0]
    assert _values(reader, ["b", "c"]) == [3, 4, 5, 6]
    assert sorted(reader._kept) == [1, 2]
    assert _values(reader, ["d"]) == [7]
    assert sorted(reader._kept) == [3]


@pytest.mark.parametrize("chunks", [[["a", "b"], ["c", "d"]], [["b"], ["a", "d"], ["c"]]])
def test_unsorted_file_gives_the_same_rows(tmp_path, chunks):
    shuffled = [ROWS[i] for i in (6, 2, 0, 5, 3, 1, 4)]
    reader = TableRows(_file(tmp_path / "t.parquet", shuffled))
    expected = {rid: [v for r, v in shuffled if r == rid] for rid in "abcd"}

    for ids in chunks:
        rows = reader.rows(ids)
        assert rows.column_names == ["value", "report_id"]
        got = list(zip(rows["report_id"].to_pylist(), rows["value"].to_pylist(), strict=True))
        assert got == [(r, v) for r, v in shuffled if r in ids]
        assert {rid: [v for r, v in got if r == rid] for rid in ids} == {
            rid: expected[rid] for rid in ids
        }


def test_ids_with_no_rows_give_an_empty_table_of_the_schema(tmp_path):
    reader = TableRows(_file(tmp_path / "t.parquet", ROWS))

    empty = reader.rows(["e", "f"])
    assert (empty.num_rows, empty.column_names) == (0, ["value", "report_id"])
