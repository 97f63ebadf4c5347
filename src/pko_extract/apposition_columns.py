"""Parse stage, positions and organisations given in labelled columns: the cells of a table
row whose header names its columns ("| 2 | Ms. X | Chief of Mission Support | UNMISS |" under
"Name | Title / Function | Organisation", or cells divided by tabs), and the field lines
under a name line ("Speaker: Ms. X" / "Position: Senior Analyst" / "Institution: Y").

Pure. The column labels are ``data/column_labels.jsonl``. A table's header is the first row
of the run of table rows the person's row belongs to (rows of dashes skipped). A position
value is read as an apposition ("Head, Mission Planning Unit" -> position "Head",
organisation "Mission Planning Unit"; under a field label it must hold an office, so a talk's
"Title:" gives nothing); an organisation value is one organisation. A table with no such
header gives nothing here (its cells are no apposition of the name either).
"""

from __future__ import annotations

import re

from pko_extract.apposition_segments import classify_segments, split_segments
from pko_extract.lexicon import Lexicon
from pko_extract.models import Layout, Line, Mention

__all__ = ["read_field_columns", "read_table_cells", "table_cells"]

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
        kind = _column_kind(cell, lex)
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


def _column_kind(label: str, lex: Lexicon) -> str | None:
    """The column kind of a header or a field label, whole or by its "/" parts."""
    folded = " ".join(label.split()).casefold()
    keys = [folded, *(p.strip() for p in folded.split("/"))]
    return next((lex.column_kinds[key] for key in keys if key in lex.column_kinds), None)


def read_field_columns(layout: Layout, mentions: list[Mention], lex: Lexicon) -> None:
    """Give a person named alone on a line (or as the value of a field line) the values of
    the field lines right under it whose labels name a position or an organisation column
    ("Position: Senior Analyst", "Institution: Y"), up to a blank line, a line that is no
    field or a line naming another person."""
    anchors = sorted(m.anchor for m in mentions)
    for m in mentions:
        k = layout.line_index(m.anchor)
        line = layout.lines[k]
        if layout.text[m.end : line.end].strip(" ,.;:") or (
            layout.text[line.content_start : m.anchor].strip()
        ):
            continue  # the name is not alone on its line (or its field's value)
        positions: list[str] = []
        orgs: list[str] = []
        for nxt in layout.lines[k + 1 :]:
            if nxt.blank or nxt.label is None or any(nxt.start <= a < nxt.end for a in anchors):
                break
            kind = _column_kind(nxt.label, lex)
            value = nxt.content.strip()
            if kind == "organization" and value:
                orgs.append(value)
            elif kind == "position" and value:
                positions.extend(classify_segments(split_segments(value), lex)[0])
        if positions or orgs:
            m.positions, m.organizations = positions, orgs
