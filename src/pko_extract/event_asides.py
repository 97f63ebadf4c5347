"""Asides of a page for the event fields: the parts that speak of other events or of the page.

Pure; reads the layout model. An event page often closes (or opens, in a side bar) with
teasers of other events under a short heading ("Upcoming events", "Next event", "Related
events", "See also") and a footer line ("Last updated 4 June 2023", "Copyright 2023"). Their
dates and places are not the event's, so the date and venue readers skip them. The headings
are rule data (``data/aside_labels.jsonl``): a ``block`` heading covers the lines after it up
to the next paragraph of running text (a story's own text, longer than a teaser) or the end
of the page; a ``line`` label covers its own line only, below the page's first
lines (at the top, "Last updated 4 June 2023" is the page's byline, the date of last resort).
A label on the page's first line names the page's section ("Latest news" over a story) and
opens no aside.
"""

from __future__ import annotations

from bisect import bisect_right

from pko_extract.models import Layout, Line
from pko_extract.resources import AsideLabel

#: A heading over teasers is a short line: at most this many words ("Upcoming events at
#: the Institute").
_HEADING_WORDS = 6
#: A paragraph at least this long is running text again (a story, not a teaser's blurb).
_RUNNING_TEXT_CHARS = 250
#: The first lines of a page: a "Last updated" line there is its byline, not a footer.
_TOP_LINES = 3
#: A footer line is short too ("Copyright 2023 X Institute. Last updated 4 June 2023").
_FOOTER_CHARS = 120


class Asides:
    """The character ranges of a report that the event fields do not read."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        self.ranges = sorted(ranges)
        self._starts = [s for s, _ in self.ranges]

    def covers(self, pos: int) -> bool:
        """Whether the character at ``pos`` stands in an aside."""
        i = bisect_right(self._starts, pos) - 1
        return i >= 0 and pos < self.ranges[i][1]


def _label_of(line: Line, labels: list[tuple[str, AsideLabel]]) -> AsideLabel | None:
    """The aside label (of ``labels``, each with its folded text) a short line opens with
    ("Upcoming Events:", "© 2023 X")."""
    body = line.text.strip().rstrip(":").strip()
    folded = body.casefold()
    for key, label in labels:
        if not (folded == key or folded.startswith(key) and not folded[len(key)].isalpha()):
            continue
        short = len(body.split()) <= _HEADING_WORDS or label.extent == "line"
        if short and len(body) <= _FOOTER_CHARS:
            return label
    return None


#: The last layout and labels asked about, with their asides: the date and the venue
#: readers ask about the same report one after the other (found once, not twice).
_LAST: tuple[Layout, tuple[AsideLabel, ...], Asides] | None = None


def find_asides(layout: Layout, labels: tuple[AsideLabel, ...]) -> Asides:
    """The asides of ``layout``: each ``block`` label's line up to the next long paragraph
    (or the end), each ``line`` label's own line below the page's first lines."""
    global _LAST
    last = _LAST
    if last is not None and last[0] is layout and last[1] is labels:
        return last[2]
    asides = _find_asides(layout, labels)
    _LAST = (layout, labels, asides)
    return asides


def _find_asides(layout: Layout, labels: tuple[AsideLabel, ...]) -> Asides:
    ranges: list[tuple[int, int]] = []
    top = [ln.start for ln in layout.lines if not ln.blank][:_TOP_LINES]
    keyed = [(label.text.casefold(), label) for label in labels]
    starts = [(ln, lab) for ln in layout.lines if (lab := _label_of(ln, keyed)) is not None]
    for line, label in starts:
        if top and line.start == top[0]:
            continue  # the page's first line names its section ("Latest news"), no aside
        if label.extent == "line":
            if line.start not in top:  # a footer; at the top it is the page's byline
                ranges.append((line.start, line.end))
            continue
        end = next(
            (
                b.start
                for b in layout.blocks
                if b.start > line.end
                and b.kind == "paragraph"
                and b.end - b.start >= _RUNNING_TEXT_CHARS
            ),
            len(layout.text),
        )
        ranges.append((line.start, end))
    return Asides(ranges)
