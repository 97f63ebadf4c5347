"""Tests of the segment stage: line layout roles, wrapped program lines, sentence spans."""

from __future__ import annotations

import pytest

from pko_extract.segment import (
    Line,
    is_continuation,
    logical_lines,
    read_layout,
    split_lines,
    split_sentences,
)


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


# ---------------------------------------------------------------------------------------
# The layout model (read_layout)
# ---------------------------------------------------------------------------------------

PROGRAMME_PAGE = (
    "Skip to main content\n"
    "PROGRAMME\n"
    "09:30 - 10:00  Opening remarks\n"
    "10:00 - 11:00  Panel: Protection of civilians\n"
    "Speakers:\n"
    "• Ms. Ana Ruiz, Director, Peace Lab\n"
    "• Dr. Omar Haddad, Senior Fellow\n"
    "Venue: Aurora Hall, Copenhagen\n"
    "By Lena Park\n"
    "Wednesday, 12 June 2019\n"
    "\n"
    "| 12:00 | Lunch | Hall B |\n"
    "Photo: Participants at the forum (L-R) Ms. Ruiz and Dr. Haddad.\n"
    "The forum opened with a minute of silence. Mr. Lee spoke next.\n"
    "Moderator\n"
    "Kai Tan"
)


def _blocks(text: str, hints: tuple[tuple[int, int, str], ...] = ()) -> list[tuple[str, str]]:
    layout = read_layout(text, hints)
    return [(b.kind, text[b.start : b.end]) for b in layout.blocks]


def test_read_layout_gives_each_line_its_block_kind() -> None:
    """Navigation, headings, timetable rows, list items, a field, a byline, a date line, a
    table row, a caption and running text, each recognised from the line alone."""
    assert _blocks(PROGRAMME_PAGE) == [
        ("boilerplate", "Skip to main content"),
        ("heading", "PROGRAMME"),
        ("timetable_row", "09:30 - 10:00  Opening remarks"),
        ("timetable_row", "10:00 - 11:00  Panel: Protection of civilians"),
        ("heading", "Speakers:"),
        ("list_item", "• Ms. Ana Ruiz, Director, Peace Lab"),
        ("list_item", "• Dr. Omar Haddad, Senior Fellow"),
        ("field", "Venue: Aurora Hall, Copenhagen"),
        ("byline", "By Lena Park"),
        ("dateline", "Wednesday, 12 June 2019"),
        ("timetable_row", "| 12:00 | Lunch | Hall B |"),
        ("caption", "Photo: Participants at the forum (L-R) Ms. Ruiz and Dr. Haddad."),
        ("paragraph", "The forum opened with a minute of silence. Mr. Lee spoke next."),
        ("heading", "Moderator"),
        ("paragraph", "Kai Tan"),
    ]


def test_a_heading_heads_the_blocks_below_it_until_running_text() -> None:
    """'Speakers:' heads its name lines (and what follows up to running text); a paragraph
    of running text ends the heading's reach; 'Moderator' heads the name line under it."""
    layout = read_layout(PROGRAMME_PAGE)
    text = PROGRAMME_PAGE
    speakers = layout.blocks[4]
    assert [text[b.start : b.end] for b in layout.under(speakers)][:2] == [
        "• Ms. Ana Ruiz, Director, Peace Lab",
        "• Dr. Omar Haddad, Senior Fellow",
    ]
    prose = layout.blocks[12]
    assert layout.heading_of(prose) is None
    name = layout.blocks[14]
    assert text[layout.heading_of(name).start : layout.heading_of(name).end] == "Moderator"


def test_a_wrapped_program_line_is_one_block_and_one_logical_line() -> None:
    """A label line wrapped by the layout is one field block and one logical line."""
    text = "Speaker: Mr. Lars Eng, Under-Secretary-General for Peacekeeping\nOperations, UN\n\nNext"
    layout = read_layout(text)
    assert _blocks(text) == [
        (
            "field",
            "Speaker: Mr. Lars Eng, Under-Secretary-General for Peacekeeping\nOperations, UN",
        ),
        ("paragraph", "Next"),
    ]
    line, end = layout.logical_line_at(text.index("Lars"))
    assert (line.start, end) == (0, text.index("\n\nNext"))


def test_html_hints_win_over_the_text_layout() -> None:
    """A line the HTML marks as a heading or a list item is one, whatever it looks like."""
    text = "Our speakers today\nAna Ruiz, Director\nThe day went well."
    hints = ((0, 18, "heading"), (19, 37, "list_item"))
    layout = read_layout(text, hints)
    assert _blocks(text, hints) == [
        ("heading", "Our speakers today"),
        ("list_item", "Ana Ruiz, Director"),
        ("paragraph", "The day went well."),
    ]
    assert [b.source for b in layout.blocks] == ["html", "html", "text"]


def test_sentences_are_read_once_and_found_by_offset() -> None:
    """The layout's sentences come from the one splitter; sentence_at finds the sentence of
    an offset and kind_at the block kind."""
    text = "Lt. Col. Ana Ruiz (ret.) Spoke first. Then Dr. Omar Haddad spoke.\nVenue: Hall A"
    layout = read_layout(text)
    assert [text[a:b] for a, b in layout.sentences] == [
        "Lt. Col. Ana Ruiz (ret.) Spoke first.",
        "Then Dr. Omar Haddad spoke.",
        "Venue: Hall A",
    ]
    assert layout.sentence_at(text.index("Omar")) == layout.sentences[1]
    assert layout.kind_at(text.index("Hall")) == "field"
    assert layout.kind_at(text.index("Omar")) == "paragraph"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("9h00 à 9h30 : Accueil des participants", "timetable_row"),
        ("0900 – 0930 Opening ceremony", "timetable_row"),
        ("2:00 p.m. Welcome", "timetable_row"),
        ("09:00 – 09:30", "timetable_row"),
        ("2019 was a difficult year for the mission.", "paragraph"),
        ("We use cookies to improve your experience.", "boilerplate"),
    ],
    ids=["french-range", "military-range", "pm", "time-alone", "year-not-time", "cookies"],
)
def test_programme_times_and_cookie_notices_are_read_as_such(line: str, kind: str) -> None:
    """Timetable rows in several clock styles, a time alone on its line, and a cookie notice."""
    assert [b.kind for b in read_layout(line).blocks] == [kind]


@pytest.mark.parametrize(
    ("line", "label", "content"),
    [
        ("Moderator – Ms. Ada Lind", "Moderator", "Ms. Ada Lind"),
        ("Respondent - Dr. Nina Petrova", "Respondent", "Dr. Nina Petrova"),
        ("Session 2 - Logistics", None, "Session 2 - Logistics"),
        ("Keynote - Dr. Ivo Sand", None, "Keynote - Dr. Ivo Sand"),
    ],
    ids=["role-en-dash", "role-hyphen", "not-a-role", "part-of-the-programme"],
)
def test_a_role_label_before_a_dash_is_the_line_label(
    line: str, label: str | None, content: str
) -> None:
    """ "Moderator – Ms. X" reads like "Moderator: Ms. X"; a dash after words that are no
    role label, or after the name of a part ("Keynote"), leaves the line unlabelled."""
    read = read_layout(line + "\n").lines[0]
    assert (read.label, line[read.content_start - read.start :]) == (label, content)
