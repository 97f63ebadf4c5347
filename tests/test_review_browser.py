"""The review pages in a real browser: Chromium (Debian's package) renders them headless.

Each page is loaded from its file:// URL with ``chromium --headless --dump-dom``; the DOM it
returns is read back, and every highlight's text (its pieces joined) must equal the value of
the record it names, every record with offsets must be highlighted, the page text must be the
report's text exactly, and the browser must log nothing to the console (the pages have no
script; a script from a report, or a blocked external resource, would log a CSP error).

Without Chromium the tests fail under CI (``CI=true``: ``.ci/run`` installs it) and are
skipped elsewhere with the command that installs it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections import defaultdict
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest
from review_support import build_output, write_reports

from pko_extract.ingest import read_document
from pko_extract.review import find_report, write_review
from pko_extract.review_spans import LOW_CONFIDENCE
from pko_extract.snapshot import read_snapshot

INSTALL = "apt-get update && apt-get install -y chromium"
#: Fields whose values the page highlights (an agenda item's evidence is checked apart).
SHOWN = {"raw_name", "mention", "label", "title", "event_date_text", "venue", "city"}
SHOWN |= {"organizers", "positions", "organizations"}


@pytest.fixture(scope="module")
def chromium() -> str:
    """The Chromium executable; missing: a failure under CI, a skip elsewhere."""
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    reason = f"Chromium is not installed; the review pages are checked in it ({INSTALL})"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(reason)
    pytest.skip(reason)


@dataclass
class Dom:
    """What the test reads back from the browser's DOM."""

    marks: dict[str, dict[str, str]] = field(default_factory=dict)  # data-span -> attributes
    texts: dict[str, str] = field(default_factory=lambda: defaultdict(str))  # data-span -> text
    pre: str = ""
    scripts: int = 0
    links: list[str] = field(default_factory=list)
    cells: list[str] = field(default_factory=list)


class _DomReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.dom = Dom()
        self.open: list[str | None] = []  # data-span of each open mark (None: a legend mark)
        self.in_pre = False
        self.in_cell = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "mark":
            span = a.get("data-span")
            self.open.append(span)
            if span is not None:
                self.dom.marks.setdefault(span, a)
        elif tag == "pre":
            self.in_pre = True
        elif tag == "script":
            self.dom.scripts += 1
        elif tag == "a" and "href" in a:
            self.dom.links.append(a["href"])
        elif tag == "td":
            self.in_cell = True
            self.dom.cells.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self.open.pop()
        elif tag == "pre":
            self.in_pre = False
        elif tag == "td":
            self.in_cell = False

    def handle_data(self, data: str) -> None:
        for span in self.open:
            if span is not None:
                self.dom.texts[span] += data
        if self.in_pre:
            self.dom.pre += data
        if self.in_cell:
            self.dom.cells[-1] += data


def render(chromium: str, page: Path, profile: Path) -> Dom:
    """Load ``page`` in headless Chromium; its DOM, and no console message allowed."""
    proc = subprocess.run(
        [
            chromium,
            "--headless",
            "--no-sandbox",  # the tests may run as root (CI containers)
            "--disable-gpu",
            "--enable-logging=stderr",
            "--v=0",
            f"--user-data-dir={profile}",
            "--dump-dom",
            page.resolve().as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert [line for line in proc.stderr.splitlines() if ":CONSOLE" in line] == []
    reader = _DomReader()
    reader.feed(proc.stdout)
    return reader.dom


@pytest.fixture(scope="module")
def output(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path]]:
    root = tmp_path_factory.mktemp("review")
    paths = write_reports(root / "raw")
    out = build_output(paths, root / "out")
    write_review(out)
    return out, paths


def _expected_values(out: Path, report_id: str) -> dict[tuple[str, str, str], set[str]]:
    """(table, key, field) -> the values the records of one report hold there."""
    _, tables = read_snapshot(out)
    rows = {
        n: [r for r in t.to_pylist() if r.get("report_id") == report_id] for n, t in tables.items()
    }
    want: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    report = rows["reports"][0]
    for f, prefix in (
        ("title", "title"),
        ("event_date_text", "event_date"),
        ("venue", "venue"),
        ("city", "city"),
    ):
        if report[f"{prefix}_start_char"] is not None:
            want[("reports", f, f)].add(report[f])
    for n, name in enumerate(report["organizers"]):
        want[("reports", f"organizers.{n}", "organizers")].add(name)
    for p in rows["people"]:
        want[("people", p["person_id"], "raw_name")].add(p["raw_name"])
        want[("people", p["person_id"], "positions")].update(p["positions"])
        want[("people", p["person_id"], "organizations")].update(p["organizations"])
    for m in rows["mission_mentions"]:
        want[("mission_mentions", m["mention_id"], "mention")].add(m["mention"])
    for i in rows["agenda_items"]:
        for f in ("label", "title"):
            if i[f]:
                want[("agenda_items", i["item_id"], f)].add(i[f])
    return want


@pytest.mark.parametrize("name", ["harbour_forum.txt", "night_briefing.txt"])
def test_each_highlight_shows_its_record_value(chromium, output, name, tmp_path) -> None:
    out, paths = output
    rid = find_report(out, name)
    dom = render(chromium, out / "review" / "reports" / f"{rid[:16]}.html", tmp_path)
    text = read_document(next(p for p in paths if p.name == name)).text
    assert dom.pre == text  # the whole report, nothing added or lost
    assert dom.scripts == 0
    want = _expected_values(out, rid)
    _, tables = read_snapshot(out, ["agenda_items"])
    items = {
        i["item_id"]: (i["start_char"], i["end_char"])
        for i in tables["agenda_items"].to_pylist()
        if i["report_id"] == rid
    }
    shown: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for span, attrs in dom.marks.items():
        where = (attrs["data-table"], attrs["data-key"], attrs["data-field"])
        if where[2] == "evidence":  # an agenda item's evidence: the text at its offsets
            assert dom.texts[span] == text[items[where[1]][0] : items[where[1]][1]]
            shown[where].add("evidence")
            continue
        assert dom.texts[span] in want[where], (where, dom.texts[span])
        shown[where].add(dom.texts[span])
    # every value of the records that the text holds is shown (and nothing else)
    written = {k: {v for v in vs if v in text} for k, vs in want.items() if k[2] in SHOWN}
    evidence = {("agenda_items", item, "evidence"): {"evidence"} for item in items}
    assert shown == {k: vs for k, vs in written.items() if vs} | evidence
    assert shown.keys() >= {k for k in want if k[2] == "raw_name"}  # every person


def test_flagged_missions_are_those_unlinked_or_of_low_confidence(chromium, output, tmp_path):
    out, _ = output
    rid = find_report(out, "night_briefing.txt")
    dom = render(chromium, out / "review" / "reports" / f"{rid[:16]}.html", tmp_path)
    _, tables = read_snapshot(out, ["mission_mentions"])
    mentions = [m for m in tables["mission_mentions"].to_pylist() if m["report_id"] == rid]
    low = {
        m["mention_id"]
        for m in mentions
        if m["mission_acronym"] is None or m["confidence"] < LOW_CONFIDENCE
    }
    flagged = {a["data-key"] for a in dom.marks.values() if "flagged" in a["class"].split()}
    assert flagged == low
    assert len(low) == 1  # the invented report cites one mission the linker is unsure of


def test_index_links_every_report_page_with_its_counts(chromium, output, tmp_path) -> None:
    out, _ = output
    dom = render(chromium, out / "review" / "index.html", tmp_path)
    _, tables = read_snapshot(out, ["reports", "people"])
    reports = tables["reports"].to_pylist()
    pages = sorted(f"reports/{r['report_id'][:16]}.html" for r in reports)
    assert sorted(dom.links) == pages
    assert all((out / "review" / href).is_file() for href in pages)
    people = tables["people"].to_pylist()
    for r in reports:
        at = dom.cells.index(r["source_name"])
        n_people = sum(p["report_id"] == r["report_id"] for p in people)
        assert dom.cells[at + 3] == str(n_people)
