"""Tests of the segment stage: line layout roles, wrapped program lines, sentence spans."""

from __future__ import annotations

import pytest

from pko_extract.segment import Line, is_continuation, logical_lines, split_lines, split_sentences


@pytest.mark.parametrize(
    ("line", "bullet", "numbered", "label", "content"),
    [
        ("• Mr. Odin Rask, Adviser", True, False, None, "Mr. Odin Rask, Adviser"),
        ("  - Ms. Lena Hart", True, False, None, "Ms. Lena Hart"),
        ("* Panel wrap-up", True, False, None, "Panel wrap-up"),
        ('(1) Session I "Quiet Borders"', False, True, None, 'Session I "Quiet Borders"'),
        (
            "1. Opening Remarks by Mr. Sam Ode, Minister",
            False,
            True,
            None,
            "Opening Remarks by Mr. Sam Ode, Minister",
        ),
        ("2) Closing", False, True, None, "Closing"),
        ("1. a) Breakout groups", False, True, None, "Breakout groups"),
        ("IV. Conclusions", False, True, None, "Conclusions"),
        ("Date: 4 June 2015", False, False, "Date", "4 June 2015"),
        ("Venue:Hall B", False, False, "Venue", "Hall B"),
        ("Opening Remarks:", False, False, "Opening Remarks", ""),
        ("• Moderator: Dr. Ana Lima", True, False, "Moderator", "Dr. Ana Lima"),
        ("See http://example.org for more", False, False, None, "See http://example.org for more"),
        (
            "The meeting, which lasted a day and covered many topics: mandates",
            False,
            False,
            None,
            "The meeting, which lasted a day and covered many topics: mandates",
        ),
        ("-", False, False, None, "-"),
        ("", False, False, None, ""),
    ],
    ids=[
        "bullet-dot",
        "bullet-dash-indented",
        "bullet-star",
        "paren-number",
        "number-dot",
        "number-paren",
        "number-letter",
        "roman",
        "label-date",
        "label-no-space",
        "label-empty-value",
        "bullet-then-label",
        "url-not-label",
        "sentence-not-label",
        "lone-dash",
        "empty",
    ],
)
def test_line_layout_roles(
    line: str, bullet: bool, numbered: bool, label: str | None, content: str
) -> None:
    """Each line knows its bullet, number and label, and where its content starts."""
    text = "Header line\n" + line + "\nlast"
    (_, got, _) = split_lines(text)
    assert (got.start, got.end, got.text) == (12, 12 + len(line), line)
    assert (got.bullet, got.numbered, got.label) == (bullet, numbered, label)
    assert got.content == content
    assert text[got.content_start : got.end] == content


def test_label_start_points_at_label_after_bullet() -> None:
    """label_start is the offset of the label itself, after any bullet."""
    text = "x\n• Chair: Ms. Ida Berg"
    line = split_lines(text)[1]
    assert line.label == "Chair"
    assert line.label_start == 4
    assert text[line.label_start : line.label_start + 5] == "Chair"
    assert line.content_start == 11


def test_split_lines_offsets_cover_text() -> None:
    """Lines are the text split at newlines, with exact offsets (blank lines included)."""
    text = "a\n\n  \nlast line"
    lines = split_lines(text)
    assert [(ln.start, ln.end, ln.text, ln.blank) for ln in lines] == [
        (0, 1, "a", False),
        (2, 2, "", True),
        (3, 5, "  ", True),
        (6, 15, "last line", False),
    ]


def test_label_longer_than_forty_chars_is_not_a_label() -> None:
    """A "label" of more than 40 characters is prose, not a field."""
    line = split_lines("Participants Of The Seminar Discussed Mandates: at length")[0]
    assert line.label is None
    assert line.content_start == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Speaker: Mr. Lars Eng, Under-Secretary-General for Field\nSupport, United Nations",
            [(0, 80)],
        ),
        (
            "• Ms. Rosa Kent, Director of the Office for\nPartnerships and Outreach\n\nNext part",
            [(0, 69), (70, 70), (71, 80)],
        ),
        (
            "• Ms. Rosa Kent, Director of the Office\nfor Partnerships and\n"
            "Outreach, United Nations",
            [(0, 85)],
        ),
        ("Speaker: Mr. Lars Eng.\nSupport follows", [(0, 22), (23, 38)]),
        ("Speaker: Mr. Lars Eng, Adviser\n• Ms. Rosa Kent", [(0, 30), (31, 46)]),
        ("A plain heading line\ncontinued lower", [(0, 20), (21, 36)]),
        ("Speaker: Mr. Lars Eng, Adviser\n\nUnited Nations", [(0, 30), (31, 31), (32, 46)]),
        ("Moderator: Ms. Ana Sol, Head of\n2015 Review Team", [(0, 31), (32, 48)]),
    ],
    ids=[
        "label-wraps",
        "bullet-wraps",
        "bullet-wraps-twice",
        "sentence-end-stops",
        "bullet-not-continuation",
        "plain-line-no-join",
        "blank-breaks",
        "digit-start-no-join",
    ],
)
def test_logical_lines_join_wrapped_program_lines(
    text: str, expected: list[tuple[int, int]]
) -> None:
    """A wrapped label or bullet line is joined with its continuation; nothing else is."""
    assert [
        (lines[i].start, end) for lines in [split_lines(text)] for i, end in logical_lines(lines)
    ] == expected


def test_logical_lines_stop_after_wrapped_line_ending_a_sentence() -> None:
    """A continuation that ends a sentence ends the logical line: the next line is separate."""
    text = "• Ms. Rosa Kent, Director of the Office for\nPartnerships and Outreach.\nNext part"
    assert [
        (lines[i].start, end) for lines in [split_lines(text)] for i, end in logical_lines(lines)
    ] == [(0, 70), (71, 80)]


def test_is_continuation_rejects_long_prose() -> None:
    """Lines over 90 characters are prose paragraphs, never continuations."""
    prev = split_lines("Speaker: Mr. Lars Eng, Adviser")[0]
    long_line = Line(31, 31 + 95, "w" * 95)
    short_line = Line(31, 31 + 10, "wrapped on")
    assert not is_continuation(prev, long_line)
    assert is_continuation(prev, short_line)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Abe spoke. Ms. Ito replied.", ["Mr. Abe spoke.", "Ms. Ito replied."]),
        ("Lt. Col. B. Kane left! He returned.", ["Lt. Col. B. Kane left!", "He returned."]),
        ("U.N. staff met. Then 3 more came.", ["U.N. staff met.", "Then 3 more came."]),
        ("Hilde F. Johnson and Dr. Ray spoke.", ["Hilde F. Johnson and Dr. Ray spoke."]),
        ('He said "Go." Then left.', ['He said "Go."', "Then left."]),
        ("It ended on 3 Jan. 2015 in Accra.", ["It ended on 3 Jan. 2015 in Accra."]),
        ("One line\nSecond line.", ["One line", "Second line."]),
        ("Why? because.", ["Why? because."]),
        ("A.\n\n  \nB.", ["A.", "B."]),
    ],
    ids=[
        "honorifics",
        "ranks-and-initial",
        "acronym",
        "middle-initial",
        "quote-close",
        "month-abbreviation",
        "line-break",
        "lower-case-next",
        "blank-lines",
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    """Sentences end at . ! ? before a capital, not after abbreviations or initials."""
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == expected


def _logical(text: str) -> list[tuple[int, int]]:
    """(start, end) of each logical line of ``text``."""
    lines = split_lines(text)
    return [(lines[i].start, end) for i, end in logical_lines(lines)]
