"""The files of a commit (store_write.py): each table written sorted in row groups as it is
built; nothing replaced unless the commit publishes."""

from __future__ import annotations

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pko_extract.store_write import DATA_FILE, ROW_GROUP_ROWS, TEMP_DIR, CommitFiles


def _table(n: int) -> pa.Table:
    """``n`` rows whose keys repeat out of order; ``seq`` is the row's original position."""
    keys = [f"k{(i * 7919) % 97:03d}" for i in range(n)]
    return pa.table({"report_id": keys, "seq": list(range(n))})


def test_a_table_is_written_stably_sorted_in_row_groups(tmp_path):
    n = 2 * ROW_GROUP_ROWS + 123
    with CommitFiles(tmp_path) as files:
        files.add("people", _table(n), "report_id")
        files.publish(["people"], ["people"])

    path = tmp_path / "people" / DATA_FILE
    assert pq.ParquetFile(path).metadata.num_row_groups == 3
    written = pq.read_table(path).to_pylist()
    expected = sorted(_table(n).to_pylist(), key=lambda r: r["report_id"])  # Python: stable
    assert written == expected
    assert files.rows == {"people": n}


def test_a_table_without_sort_key_keeps_its_order(tmp_path):
    with CommitFiles(tmp_path) as files:
        files.add("missions", _table(5))
        files.publish(["missions"], ["missions"])

    assert pq.read_table(tmp_path / "missions" / DATA_FILE)["seq"].to_pylist() == [0, 1, 2, 3, 4]


def test_an_empty_table_is_written_with_its_schema(tmp_path):
    empty = _table(0)
    with CommitFiles(tmp_path) as files:
        files.add("rejects", empty, "report_id")
        files.publish(["rejects"], ["rejects"])

    back = pq.read_table(tmp_path / "rejects" / DATA_FILE)
    assert back.num_rows == 0
    assert back.schema.equals(empty.schema)


def test_an_error_before_publishing_removes_the_temp_files_and_replaces_nothing(tmp_path):
    with pytest.raises(RuntimeError, match="while building the next table"):
        with CommitFiles(tmp_path) as files:
            files.add("people", _table(10), "report_id")
            assert len(list((tmp_path / TEMP_DIR).iterdir())) == 1
            raise RuntimeError("while building the next table")

    assert list((tmp_path / TEMP_DIR).iterdir()) == []
    assert not (tmp_path / "people").exists()
