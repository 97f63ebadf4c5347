"""Review pages: static HTML that shows a reviewer what was extracted where.

Contract: :func:`write_review` reads the output's current snapshot (one whole commit, a few
hundred reports at a time: :mod:`pko_extract.review_load`), so the pages match the committed
tables, and writes ``<output>/review/index.html`` (every report with its counts and flags,
the files not extracted) and ``<output>/review/reports/<report_id[:16]>.html`` per report:
the report text with every extracted value highlighted at its offsets
(:mod:`pko_extract.review_spans`) and a side table of its records. It needs no lock: it only
reads the tables, and every file is written whole (a temporary file renamed into place).

Why the text is read again: the tables keep offsets, not the text. The page reads the
report's file (``source_uri``) and uses it only when its sha256 is still the ``report_id``;
otherwise the page lists the records and says the text is not available.

Why it is cheap to re-run: ``review/manifest.json`` keeps, per report, a fingerprint of what
its page was built from (the ``reports`` row's id, path, extraction time and pipeline version,
and the code and templates of the pages); only reports whose fingerprint changed are read and
rendered again, and the pages of reports no longer in the tables are removed.

Untrusted input: report text and every extracted value go through Jinja's autoescaping; the
pages carry no script and a Content-Security-Policy that forbids scripts and any external
resource, so they work offline from a ``file://`` URL.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any
from urllib.parse import unquote, urlparse

import jinja2
from markupsafe import Markup, escape

from pko_extract import PIPELINE_VERSION
from pko_extract.errors import PkoExtractError, StoreError, UsageError
from pko_extract.ingest import read_document
from pko_extract.models import ROLES, PersonRecord, ReportRecord
from pko_extract.review_load import ReportRows, load
from pko_extract.review_spans import LOW_CONFIDENCE, Highlight, Part, mission_flag, nest
from pko_extract.review_spans import report_highlights as highlights_of

__all__ = ["REVIEW_DIR", "ReviewResult", "find_report", "page_name", "write_review"]

#: Folder of the pages under the output folder, and of the report pages under it.
REVIEW_DIR = "review"
PAGES_DIR = "reports"
MANIFEST = "manifest.json"
TEMPLATES = Path(__file__).parent / "templates"
#: Colours of people by their first role (``vocab.ROLES`` order), light enough for text.
ROLE_PALETTE = (
    "#ffd8a8", "#ffc9c9", "#b2f2bb", "#a5d8ff", "#d0bfff", "#99e9f2",
    "#ffec99", "#fcc2d7", "#eebefa", "#e9ecef", "#dee2e6",
)  # fmt: skip


@dataclass(frozen=True)
class ReviewResult:
    """What :func:`write_review` did: the index, every report's page, how many were built."""

    index: Path
    pages: dict[str, Path]
    rebuilt: int


@functools.cache
def _environment() -> jinja2.Environment:
    """The templates, autoescaped (report text is untrusted input)."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )


@functools.cache
def _code_version() -> str:
    """A hash of the page code and templates: a new build rebuilds every page."""
    digest = hashlib.sha256()
    here = Path(__file__).parent
    for path in [here / "review.py", here / "review_spans.py", *sorted(TEMPLATES.iterdir())]:
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:12]


def page_name(report_id: str) -> str:
    """The page of a report, relative to the review folder (no part of a file name in it)."""
    return f"{PAGES_DIR}/{report_id[:16]}.html"


def _fingerprint(report: ReportRecord) -> str:
    parts = [_code_version(), report.report_id, report.source_uri, report.pipeline_version]
    parts.append(report.extracted_at.isoformat())
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


def _report_text(report: ReportRecord) -> tuple[str | None, str]:
    """The text the offsets index, or None and why not (file gone, changed, unreadable)."""
    uri = urlparse(report.source_uri)
    if uri.scheme != "file":
        return None, f"text not available: {report.source_uri} is not a local file"
    try:
        doc = read_document(Path(unquote(uri.path)))
    except PkoExtractError as exc:
        return None, f"text not available: {exc}"
    if doc.report_id != report.report_id:
        return None, "text not available: the file has changed since it was extracted"
    return doc.text, ""


# --------------------------------------------------------------------------------------
# Pages
# --------------------------------------------------------------------------------------


def _anchors(highlights: list[Highlight]) -> dict[tuple[str, str, str, str], str]:
    """(table, key, field, value) -> anchor of the first highlight of that value."""
    out: dict[tuple[str, str, str, str], str] = {}
    for h in highlights:
        out.setdefault((h.table, h.key, h.field, h.value), h.anchor)
    return out


def _side_tables(rows: ReportRows, highlights: list[Highlight]) -> dict[str, Any]:
    """The records of the page's side table, each with the anchor of its highlight."""
    at = _anchors(highlights)
    report = rows.report
    event = [
        ("title", report.title, "title"),
        ("date", report.event_date_text or report.event_date, "event_date_text"),
        ("venue", report.venue, "venue"),
        ("city", report.city, "city"),
        ("attendance", report.attendance, "attendance"),
    ]
    event_rows = [
        {"field": label, "value": value, "anchor": at.get(("reports", f, f, str(value)))}
        for label, value, f in event
        if value is not None
    ]
    event_rows += [
        {"field": "organiser", "value": name, "anchor": at.get(key)}
        for n, name in enumerate(report.organizers)
        for key in [("reports", f"organizers.{n}", "organizers", name)]
    ]
    names = {p.person_id: p.name for p in rows.people}
    items = {i.item_id: i.title or i.label or i.kind for i in rows.items}

    def located(p: PersonRecord, field: str, values: list[str]) -> list[dict[str, Any]]:
        return [{"value": v, "anchor": at.get(("people", p.person_id, field, v))} for v in values]

    flags = [mission_flag(m) for m in rows.mentions]
    return {
        "event_rows": event_rows,
        "people_rows": [
            {
                "name": p.name,
                "anchor": at.get(("people", p.person_id, "raw_name", p.raw_name)),
                "roles": p.roles,
                "positions": located(p, "positions", p.positions),
                "organizations": located(p, "organizations", p.organizations),
                "n_mentions": p.n_mentions,
            }
            for p in rows.people
        ],
        "participation_rows": [
            {
                "person": names.get(pa.person_id, pa.person_id),
                "role": pa.role,
                "item": items.get(pa.item_id, "(the event)") if pa.item_id else "(the event)",
            }
            for pa in rows.participations
        ],
        "agenda_rows": [
            {
                "seq": i.seq,
                "kind": i.kind,
                "label": i.label,
                "title": i.title,
                "anchor": at.get(
                    ("agenda_items", i.item_id, "evidence", i.title or i.label or i.kind)
                ),
            }
            for i in rows.items
        ],
        "mission_rows": [
            {
                "mention": m.mention,
                "anchor": at.get(("mission_mentions", m.mention_id, "mention", m.mention)),
                "acronym": m.mission_acronym,
                "kind": m.mission_kind,
                "confidence": m.confidence,
                "rule": m.rule,
                "cue": m.cue,
                "candidates": m.candidates,
                "flag": flag,
            }
            for m, flag in zip(rows.mentions, flags, strict=True)
        ],
        "n_flagged": sum(bool(f) for f in flags),
    }


def _text_html(parts: list[Part]) -> Markup:
    """The page's text with its highlights as nested ``<mark>`` elements, escaped as the
    template's autoescaping escapes (MarkupSafe's ``escape``). Written here, not in a template
    loop: the loop's steps and escapes (about 90 parts a page, seven values escaped per
    highlight) were most of the time a run spends on its pages."""
    out: list[str] = []
    for p in parts:
        h = p.highlight
        if p.kind == "text":
            out.append(escape(p.text))
        elif p.kind == "open" and h is not None:
            anchor = f' id="{escape(h.anchor)}"' if p.first else ""
            flag = f" [{escape(h.flag)}]" if h.flag else ""
            out.append(
                f'<mark class="hl {escape(h.kind)}"{anchor} data-span="{h.number}" '
                f'data-table="{escape(h.table)}" data-key="{escape(h.key)}" '
                f'data-field="{escape(h.field)}" title="{escape(h.note)}{flag}">'
            )
        else:
            out.append("</mark>")
    return Markup("".join(out))


def _render_page(rows: ReportRows, commit: str) -> tuple[str, bool]:
    """One report's page (its text with the highlights, and the side table), and whether
    the text was not available."""
    text, note = _report_text(rows.report)
    highlights = (
        highlights_of(text, rows.report, rows.people, rows.items, rows.mentions)
        if text is not None
        else []
    )
    roles = {p.roles[0] for p in rows.people if p.roles}
    template = _environment().get_template("review_report.html.j2")
    html = template.render(
        report=rows.report,
        commit=commit,
        pipeline_version=PIPELINE_VERSION,
        role_colours=list(zip(ROLES, ROLE_PALETTE, strict=False)),
        roles_present=[r for r in ROLES if r in roles],
        text_note=note,
        text_html=_text_html(nest(text, highlights)) if text is not None else "",
        **_side_tables(rows, highlights),
    )
    return html, text is None


def _index_row(rows: ReportRows, built: dict[str, Any]) -> dict[str, Any]:
    report = rows.report
    flagged = sum(bool(mission_flag(m)) for m in rows.mentions)
    flags = [
        *(["no title"] if report.title is None else []),
        *(["no date"] if report.event_date is None else []),
        *(["no people"] if not rows.people else []),
        *(["text not available"] if built.get("text_missing") else []),
    ]
    return {
        "href": page_name(report.report_id),
        "source_name": report.source_name,
        "title": report.title,
        "date": report.event_date.isoformat() if report.event_date else None,
        "n_people": len(rows.people),
        "n_items": len(rows.items),
        "n_missions": len(rows.mentions),
        "n_flagged": flagged,
        "flags": flags,
    }


def _write(path: Path, content: str) -> None:
    """Write a file whole: a temporary file in the same folder, renamed into place."""
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temp.write_text(content, encoding="utf-8")
        os.replace(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise StoreError(f"{path}: cannot be written ({exc}); check the folder") from exc


# --------------------------------------------------------------------------------------
# The review folder
# --------------------------------------------------------------------------------------


def _read_manifest(folder: Path) -> dict[str, dict[str, Any]]:
    """Per report id, what its page was built from (empty when absent or unreadable)."""
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        return {str(k): dict(v) for k, v in data["pages"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def find_report(output: str | Path, query: str) -> str:
    """The report id a user names: an id or its prefix, a file name (with or without its
    extension), or the file's path.

    Raises:
        UsageError: no report, or several, match.
    """
    reports = load(Path(output)).report_records()
    uri = Path(query).resolve().as_uri() if Path(query).exists() else None
    found = {
        r.report_id
        for r in reports
        if r.report_id.startswith(query.lower())
        or query in (r.source_name, r.source_uri, PurePath(r.source_name).stem)
        or r.source_uri == uri
    }
    if len(found) != 1:
        what = "no report" if not found else f"{len(found)} reports"
        raise UsageError(
            f"{what} of {output} match {query!r}; name a report by its file name, its path or "
            "its report_id (or a prefix of it); a file name matches with or without its extension"
        )
    return found.pop()


def write_review(
    output: str | Path, *, force: bool = False, report: str | None = None
) -> ReviewResult:
    """Write the review pages of the output's current snapshot.

    Args:
        output: the output folder of ``pko-extract run``.
        force: rebuild every page, not only those whose report changed.
        report: a report id whose page is rebuilt whether it changed or not.

    Returns:
        The index, the page of every report, and how many pages were built.

    Raises:
        StoreError: the output has no snapshot yet, or a page cannot be written.
    """
    root = Path(output)
    snap = load(root)
    commit = snap.commit
    folder = root / REVIEW_DIR
    try:
        (folder / PAGES_DIR).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"{folder}: cannot be created ({exc}); check the path") from exc
    manifest = _read_manifest(folder)
    built: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {}  # manifest entry, index row
    rebuilt = 0
    for chunk in snap.chunks():  # in report_id order; the index lists them by file name
        for rows in chunk:
            rid = rows.report.report_id
            page = folder / page_name(rid)
            fingerprint = _fingerprint(rows.report)
            entry = manifest.get(rid, {})
            stale = entry.get("fingerprint") != fingerprint or not page.exists()
            if force or stale or rid == report:
                html, text_missing = _render_page(rows, commit)
                entry = {"fingerprint": fingerprint, "text_missing": text_missing}
                _write(page, html)
                rebuilt += 1
            built[rid] = (entry, _index_row(rows, entry))
    order = snap.index_order()
    kept = {rid: built[rid][0] for rid in order}
    pages = {rid: folder / page_name(rid) for rid in order}
    index_rows = [built[rid][1] for rid in order]
    _remove_stale_pages(folder, {p.name for p in pages.values()})
    index = (
        _environment()
        .get_template("review_index.html.j2")
        .render(
            rows=index_rows,
            rejects=snap.rejects,
            commit=commit,
            pipeline_version=PIPELINE_VERSION,
            low_confidence=LOW_CONFIDENCE,
            role_colours=[],
        )
    )
    _write(folder / MANIFEST, json.dumps({"commit": commit, "pages": kept}, indent=1))
    _write(folder / "index.html", index)
    return ReviewResult(folder / "index.html", pages, rebuilt)


def _remove_stale_pages(folder: Path, current: set[str]) -> None:
    """Remove the pages of reports the tables no longer hold."""
    for path in (folder / PAGES_DIR).glob("*.html"):
        if path.name not in current:
            path.unlink(missing_ok=True)
