"""Parse stage, positions and organisations in the cells of a table row: a participants list
written as a table ("| 2 | Ms. X | Chief of Mission Support | UNMISS |", or cells divided by
tabs) whose header row names its columns ("Name | Title / Function | Organisation").

Pure. The header is the first row of the run of table rows the person's row belongs to (rows
of dashes skipped); its cells are matched against ``data/column_labels.jsonl``. A position
cell is read as an apposition ("Head, Mission Planning Unit" -> position "Head",
organisation "Mission Planning Unit"); an organisation cell is one organisation. A table
with no such header gives nothing here (its cells are no apposition of the name either).
"""

from __future__ import annotations

import re

from pko_extract.apposition_segments import classify_segments, split_segments
from pko_extract.lexicon import Lexicon
from pko_extract.models import Layout, Line, Mention

__all__ = ["read_table_cells", "table_cells"]

#: A row of dashes under a header: "|---|:--:|", "----\t----".
_RULE_ROW = re.compile(r"^[\s|:+=-]*$")
#: The divider of a row's cells: a bar, or tabs.
_BAR = re.compile(r"\|")
_TABS = re.compile(r"\t+")


def table_cells(line: Line) -> list[tuple[int, int, str]]:
    """The cells of a table row as (start, end, stripped text), in order; a row written
    with bars drops the empty cells before its first bar and after its last one."""
    divider = _BAR if "|" in line.text else _TABS
    cells: list[tuple[int, int, str]] = []
    at = 0
    for hit in [*divider.finditer(line.text), None]:
        end = hit.start() if hit else len(line.text)
        cells.append((line.start + at, line.start + end, line.text[at:end].strip()))
        at = hit.end() if hit else at
    if divider is _BAR:
        if cells and not cells[0][2]:
            cells = cells[1:]
        if cells and not cells[-1][2]:
            cells = cells[:-1]
    return cells


def _header(layout: Layout, k: int, lex: Lexicon) -> dict[int, str]:
    """The column kinds ("position", "organization") by cell index of the header of the
    table row at line ``k``: the first row of its run of table rows, if it names any."""
    top = k
    while top > 0:
        prev = layout.lines[top - 1]
        if prev.blank or layout.kind_at(prev.start) != "table_row":
            break
        top -= 1
    kinds: dict[int, str] = {}
    for j, (_s, _e, cell) in enumerate(table_cells(layout.lines[top])):
        folded = " ".join(cell.split()).casefold()
        keys = [folded, *(p.strip() for p in folded.split("/"))]
        kind = next((lex.column_kinds[key] for key in keys if key in lex.column_kinds), None)
        if kind:
            kinds[j] = kind
    return kinds if top < k else {}


def read_table_cells(layout: Layout, mentions: list[Mention], lex: Lexicon) -> None:
    """Give each person named in a table row the positions and organisations of its
    position and organisation columns (replacing what the apposition rules read around
    the name: a cell's neighbours are other columns, not an apposition)."""
    for m in mentions:
        if layout.kind_at(m.anchor) != "table_row":
            continue
        k = layout.line_index(m.anchor)
        line = layout.lines[k]
        if _RULE_ROW.match(line.text):
            continue
        kinds = _header(layout, k, lex)
        if not kinds:
            continue
        cells = table_cells(line)
        own = next((j for j, (s, e, _t) in enumerate(cells) if s <= m.anchor < e), None)
        positions: list[str] = []
        orgs: list[str] = []
        for j, kind in sorted(kinds.items()):
            if j == own or j >= len(cells) or not cells[j][2].strip("-–— "):
                continue
            if kind == "organization":
                orgs.append(cells[j][2])
                continue
            pos, org = classify_segments(split_segments(cells[j][2]), lex)
            positions.extend(pos or [cells[j][2]])
            orgs.extend(org)
        m.positions, m.organizations = positions, orgs
