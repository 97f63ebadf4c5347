"""Parse stage, positions and organisations given in labelled columns: the cells of a table
row whose header names its columns ("| 2 | Ms. X | Chief of Mission Support | UNMISS |" under
"Name | Title / Function | Organisation", or cells divided by tabs), and the field lines
under a name line ("Speaker: Ms. X" / "Position: Senior Analyst" / "Institution: Y").

Pure. The column labels are ``data/column_labels.jsonl``. A table's header is the first row
of the run of table rows the person's row belongs to (rows of dashes skipped). A position
value is read as an apposition ("Head, Mission Planning Unit" -> position "Head",
organisation "Mission Planning Unit"; under a field label it must hold an office, so a talk's
"Title:" gives nothing); an organisation value is one organisation. In a row with no such
header, the cells after a cell holding only the name are its apposition when the first
opens with an office or a body ("| Moderator: Dr. X | Head of Research, Y |").
"""

from __future__ import annotations

import re

from pko_extract.apposition_segments import classify_segments, split_segments
from pko_extract.lexicon import Lexicon
from pko_extract.models import Layout, Line, Mention

__all__ = ["read_field_columns", "read_office_labels", "read_table_cells", "table_cells"]

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
        cells = table_cells(line)
        own = next((j for j, (s, e, _t) in enumerate(cells) if s <= m.anchor < e), None)
        if not kinds:
            if own is not None and not (m.positions or m.organizations):
                _next_cell(layout, m, cells, own, lex)
            continue
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


def _next_cell(
    layout: Layout, m: Mention, cells: list[tuple[int, int, str]], own: int, lex: Lexicon
) -> None:
    """In a row with no header, the cells after a cell that holds only the name (after a
    label or not: "| Moderator: Dr. X | Head of Research, Y |") are its apposition when the
    first opens with an office or a body."""
    end = cells[own][1]
    if own + 1 >= len(cells) or layout.text[m.end : end].strip(" ,.;:"):
        return
    segs = [seg for _s, _e, cell in cells[own + 1 :] for seg in split_segments(cell)]
    if segs and classify_segments(segs[:1], lex) != ([], []):
        m.positions, m.organizations = classify_segments(segs, lex)


def read_office_labels(layout: Layout, mentions: list[Mention], lex: Lexicon) -> None:
    """A field line whose label is an office and whose value opens with the name ("Course
    Director: Lt. Col. X, French Army") gives the person that office, before what the
    value's apposition gives; a role or programme label ("Moderator:", "Keynote:") is no
    office, nor a label of one word ("Secretary:" of minutes: a function at the meeting)."""
    for m in mentions:
        line = layout.lines[layout.line_index(m.anchor)]
        label = " ".join((line.label or "").split())
        if not label or layout.text[line.content_start : m.anchor].strip():
            continue
        if lex.is_program_label(label) or not lex.position_at_end(label) or " " not in label:
            continue  # "Secretary:", "Rapporteur:" of minutes: the meeting's functions
        if label not in m.positions:
            m.positions.insert(0, label)
