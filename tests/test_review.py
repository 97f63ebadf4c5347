"""Review pages (review.py, review_spans.py, review_cli.py): highlights, files, command.

The pages are checked in a real browser by tests/test_review_browser.py; these tests check
the pieces without one: nesting, locating, flags, the incremental rebuild and the command.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from review_support import build_output, write_reports

from pko_extract.cli import main
from pko_extract.review import REVIEW_DIR, find_report, page_name, write_review
from pko_extract.review_spans import Highlight, Part, locate, nest


def _h(number: int, start: int, end: int) -> Highlight:
    return Highlight(start, end, "k", "t", f"r{number}", "f", "v", number=number)


def _markup(parts: list[Part]) -> str:
    """The parts as bracketed text: ``[1 ... ]`` opens and closes highlight 1."""
    out = []
    for p in parts:
        assert p.kind == "text" or p.highlight is not None
        if p.kind == "open":
            out.append(f"[{p.highlight.number} " if p.highlight else "")
        elif p.kind == "close":
            out.append("]")
        else:
            out.append(p.text)
    return "".join(out)


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        ([(1, 0, 5)], "[1 Alpha] beta gamma"),
        ([(1, 0, 10), (2, 6, 10)], "[1 Alpha [2 beta]] gamma"),
        ([(1, 0, 10), (2, 6, 16)], "[1 Alpha [2 beta]][2  gamma]"),
        ([(1, 6, 10), (2, 6, 16)], "Alpha [2 [1 beta] gamma]"),
        ([(1, 11, 16), (2, 11, 16)], "Alpha beta [1 [2 gamma]]"),
    ],
    ids=["one", "nested", "crossing", "same-start", "same-span"],
)
def test_nest_writes_overlapping_highlights_as_nested_pieces(spans, expected) -> None:
    text = "Alpha beta gamma"
    parts = nest(text, [_h(*s) for s in spans])
    assert _markup(parts) == expected
    assert "".join(p.text for p in parts) == text
    firsts = [p.highlight.number for p in parts if p.kind == "open" and p.first and p.highlight]
    assert sorted(firsts) == sorted(s[0] for s in spans)  # one anchor per highlight


@pytest.mark.parametrize(
    ("near", "expected"),
    [(0, 9), (20, 30), (40, 30)],
    ids=["after-the-name", "next-after-the-name", "before-when-none-after"],
)
def test_locate_prefers_the_occurrence_after_the_name(near, expected) -> None:
    text = "Ann Lee, Director, UN. Bo Ko, Director, UN."
    assert locate(text, "Director", near, window=10) == expected


def test_locate_finds_nothing_for_a_value_not_written() -> None:
    assert locate("Ann Lee, Director, UN.", "Minister", 0) is None


def test_review_writes_index_and_one_page_per_report(tmp_path: Path) -> None:
    out = build_output(write_reports(tmp_path / "raw"), tmp_path / "out")
    result = write_review(out)
    folder = out / REVIEW_DIR
    assert result.index == folder / "index.html"
    assert result.rebuilt == 2
    assert sorted(p.relative_to(folder).as_posix() for p in result.pages.values()) == sorted(
        page_name(rid) for rid in result.pages
    )
    index = result.index.read_text(encoding="utf-8")
    for rid in result.pages:
        assert f'href="{page_name(rid)}"' in index
    assert "harbour_forum.txt" in index and "night_briefing.txt" in index


def test_review_rebuilds_only_changed_reports_and_drops_removed_ones(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    paths = write_reports(raw)
    out = build_output(paths, tmp_path / "out")
    first = write_review(out)
    again = write_review(out)
    assert (again.rebuilt, again.pages) == (0, first.pages)
    assert write_review(out, force=True).rebuilt == 2

    build_output([], out, remove=paths[1:])  # the second report is pruned, the first kept
    after = write_review(out)
    assert after.rebuilt == 0
    assert list(after.pages.values()) == [first.pages[r] for r in after.pages]
    assert sorted(p.name for p in (out / REVIEW_DIR / "reports").iterdir()) == [
        first.pages[r].name for r in after.pages
    ]


def test_a_changed_file_shows_the_records_without_its_text(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    paths = write_reports(raw)
    out = build_output(paths, tmp_path / "out")
    paths[0].write_text("Rewritten after the run.\n", encoding="utf-8")
    result = write_review(out, force=True)
    rid = find_report(out, paths[0].name)
    page = result.pages[rid].read_text(encoding="utf-8")
    assert "text not available: the file has changed since it was extracted" in page
    assert 'class="hl ' not in page  # no highlight over text that is not the extracted one
    assert "text not available" in result.index.read_text(encoding="utf-8")


def test_report_text_is_escaped_not_markup(tmp_path: Path) -> None:
    out = build_output(write_reports(tmp_path / "raw"), tmp_path / "out")
    result = write_review(out)
    rid = find_report(out, "harbour_forum.txt")
    page = result.pages[rid].read_text(encoding="utf-8")
    assert "<script" not in page.lower()
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in page


def test_find_report_by_name_path_or_id_prefix(tmp_path: Path) -> None:
    paths = write_reports(tmp_path / "raw")
    out = build_output(paths, tmp_path / "out")
    rid = find_report(out, "night_briefing.txt")
    assert find_report(out, str(paths[1])) == rid
    assert find_report(out, rid[:10]) == rid
    assert find_report(out, "night_briefing") == rid  # the file name without its extension
    with pytest.raises(Exception, match="no report of .* match 'nothing.txt'"):
        find_report(out, "nothing.txt")


def test_review_command_prints_the_page_and_exits_2_without_output(tmp_path, capsys) -> None:
    out = build_output(write_reports(tmp_path / "raw"), tmp_path / "out")
    assert main(["review", str(out), "harbour_forum.txt"]) == 0
    rid = find_report(out, "harbour_forum.txt")
    assert capsys.readouterr().out == f"{out / REVIEW_DIR / page_name(rid)}\n"
    assert main(["review", str(out)]) == 0
    assert capsys.readouterr().out == f"{out / REVIEW_DIR / 'index.html'}\n"
    assert main(["review", str(tmp_path / "none")]) == 2
    assert "no snapshot.json" in capsys.readouterr().err
    assert main(["review", str(out), "missing.txt"]) == 2
    manifest = json.loads((out / REVIEW_DIR / "manifest.json").read_text(encoding="utf-8"))
    assert sorted(manifest["pages"]) == sorted([rid, find_report(out, "night_briefing.txt")])


def test_a_run_with_nothing_to_extract_brings_the_pages_up_to_date(
    tmp_path: Path, blank_model: None
) -> None:
    """The command records such a run without the flow, and writes the pages itself."""
    from pko_extract.cli import Runner, run_command

    def no_flow(*args: object, **kwargs: object) -> None:
        raise AssertionError("the flow must not start: nothing to extract")

    raw = tmp_path / "raw"
    out = build_output(write_reports(raw), tmp_path / "out")
    assert not (out / REVIEW_DIR).exists()
    assert run_command(Runner(run=no_flow, serve=no_flow), [raw], output=out) == 0  # type: ignore[arg-type]
    index = (out / REVIEW_DIR / "index.html").read_text(encoding="utf-8")
    assert "harbour_forum.txt" in index and "night_briefing.txt" in index


def test_review_open_hands_the_page_to_the_web_browser(tmp_path: Path, monkeypatch) -> None:
    import webbrowser

    opened: list[str] = []
    monkeypatch.setattr(webbrowser, "open", opened.append)
    out = build_output(write_reports(tmp_path / "raw"), tmp_path / "out")
    assert main(["review", str(out), "night_briefing.txt", "--open"]) == 0
    rid = find_report(out, "night_briefing.txt")
    assert opened == [(out / REVIEW_DIR / page_name(rid)).resolve().as_uri()]


def test_pages_written_a_chunk_of_reports_at_a_time_are_the_same(tmp_path: Path, monkeypatch):
    """The records are loaded a few hundred reports at a time (memory stays flat); one
    report per chunk writes the same index, manifest and pages as all reports in one."""
    import pko_extract.review_load as review_mod

    out = build_output(write_reports(tmp_path / "raw"), tmp_path / "out")
    whole = write_review(out, force=True)
    folder = out / REVIEW_DIR
    before = {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}

    monkeypatch.setattr(review_mod, "CHUNK_REPORTS", 1)
    chunked = write_review(out, force=True)

    after = {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    assert (chunked.rebuilt, chunked.pages) == (2, whole.pages)
    assert sorted(after) == sorted(before)
    assert after == before


#: The template loop that wrote a page's text before the loop moved to Python
#: (``review._text_html``): the pages must not change.
_TEMPLATE_LOOP = (
    '{%- for p in parts -%}{%- if p.kind == "text" %}{{ p.text }}{% elif p.kind == "open" %}'
    '{% set h = p.highlight %}<mark class="hl {{ h.kind }}"{% if p.first %} id="{{ h.anchor }}"'
    '{% endif %} data-span="{{ h.number }}" data-table="{{ h.table }}" data-key="{{ h.key }}" '
    'data-field="{{ h.field }}" title="{{ h.note }}{% if h.flag %} [{{ h.flag }}]{% endif %}">'
    "{% else %}</mark>{% endif -%}{%- endfor -%}"
)


@pytest.mark.parametrize(
    ("flag", "note"),
    [("", "chair, Mr. <b>"), ("low confidence 0.40", "x & 'y' \"z\"")],
    ids=["plain", "flagged"],
)
def test_page_text_is_written_as_the_template_loop_wrote_it(flag: str, note: str) -> None:
    import jinja2

    from pko_extract.review import _text_html

    text = "Alpha <b>&</b> 'beta' \"gamma\" delta"
    highlights = [
        Highlight(0, 14, "person role-chair", "people", "p<1>", "raw_name", "v", note, flag, 1),
        Highlight(6, 20, "organization", "people", "p&2", "organizations", "v", note, "", 2),
        Highlight(21, 28, "mission flagged", "mission_mentions", "m'3", "mention", "v", "", "", 3),
    ]
    parts = nest(text, highlights)
    loop = jinja2.Environment(autoescape=True).from_string(_TEMPLATE_LOOP)
    assert str(_text_html(parts)) == loop.render(parts=parts)
    assert str(_text_html(parts)).count("<mark") == 4  # 1 and 2 cross: 2 is cut in two
