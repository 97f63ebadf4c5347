"""The few regular expressions of the pipeline, as named constants with an example each.

Everything that is vocabulary (honorifics, labels, cue words, position words) lives in the
data files; these patterns only describe layout: bullets, numbering, labels, dates, quotes.
"""

from __future__ import annotations

import re

# A bullet at the start of a line: "  • Mr. X", "- item", "* item", "· item".
BULLET = re.compile(r"^[ \t]*(?:[•●▪◦·\*\u2022\u2023\u25E6]|-(?=\s)|–(?=\s))[ \t]*")

# A numbered heading or item: "1. Opening Remarks", "(2) Session I", "2) ...", "1. a) ...", "IV. ...".
NUMBERED = re.compile(
    r"^[ \t]*(?:\(\d{1,2}\)|\d{1,2}[.)](?:[ \t]*[a-z][.)])?|[IVX]{1,4}\.|[a-z]\))[ \t]+"
)

# A label line: "Speaker: Mr. X, ...", "Date: Friday, 2 November 2012", "Opening Remarks:",
# "Session 1:Keynote Speech ...". The label is 1-5 words, starts upper-case, no sentence inside.
LABEL = re.compile(
    r"^[ \t]*(?P<label>[A-Z][\w’'&/\-]*(?:[ \t]+[\w’'&/\-]+){0,4}?)[ \t]*:(?!//)[ \t]*(?P<value>.*)$"
)

# A session label: "Session 1", "Session I", "Session Two", "Panel 2", "Part III".
SESSION_LABEL = re.compile(
    r"\b(?P<label>(?:Session|Panel|Part|Segment|Roundtable|Workshop|Plenary)[ \t]+"
    r"(?:\d{1,2}|[IVX]{1,4}|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\b)"
)

# Quoted titles: "...", “...”, ‘...’ (straight or curly), at most one line break inside.
QUOTED = re.compile(r"[\"“”](?P<q>[^\"“”\n]{3,200}(?:\n[^\"“”\n]{1,200})?)[\"“”]")

# A clock time or range at the start of a program line: "10:00–10:15", "2:00-5:00 PM", "09.30".
TIME_PREFIX = re.compile(
    r"^[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*(?:[AaPp]\.?[Mm]\.?))?"
    r"(?:[ \t]*[-–—~][ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*(?:[AaPp]\.?[Mm]\.?))?)?[ \t]*[-–—:|]?[ \t]*"
)

# A dash used as a separator between an agenda label and a speaker: "Welcome remarks — X".
DASH_SEPARATOR = re.compile(r"[ \t]+[—–-][ \t]+")

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}
_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"

# "5 June 2008", "5th November, 2012", "10 to 12 February 2011", "9 and 10 December".
DATE_DMY = re.compile(
    rf"\b{_DAY}(?:[ \t]*(?:-|–|to|and)[ \t]*\d{{1,2}}(?:st|nd|rd|th)?)?[ \t]+(?:of[ \t]+)?{_MONTH}(?:,?[ \t]+{_YEAR})?\b"
)
# "November 5, 2012", "March 10", "Sept. 21", "April 3-4, 2019", "January 24 (Thursday)".
DATE_MDY = re.compile(
    rf"\b{_MONTH}[ \t]+{_DAY}(?:[ \t]*(?:-|–|to|and)[ \t]*\d{{1,2}})?(?:[ \t]*\([A-Z][a-z]+\))?(?:,?[ \t]+{_YEAR})?\b"
)
# "2019-04-03", "2012•10•25", "2012/10/25", "2012.10.25".
DATE_ISO = re.compile(r"\b(?P<year>(?:19|20)\d{2})[-/.•](?P<month>\d{1,2})[-/.•](?P<day>\d{1,2})\b")
# A year alone: "in 2012".
YEAR = re.compile(r"\b(?:19|20)\d{2}\b")

# Attendance: "More than 300 people", "some 150 participants", "Some one hundred fifty people".
ATTENDANCE = re.compile(
    r"\b(?:(?P<qual>more than|over|some|about|around|approximately|nearly|almost|at least)[ \t]+)?"
    r"(?P<num>\d{1,3}(?:,\d{3})*|\d+)[ \t]+(?:people|participants|attendees|guests|persons|delegates|representatives)\b",
    re.IGNORECASE,
)
