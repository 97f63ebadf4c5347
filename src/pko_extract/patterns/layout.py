"""Regular expressions of the layout: bullets, numbering, labels, clock times, dates.

Each is a named constant with an example; vocabulary lives in the data files.
"""

from __future__ import annotations

import re

# A bullet at the start of a line: "  • Mr. X", "- item", "* item", "· item", "○ Session"
# (the hollow circles, squares and arrows of ministry pages: ○ □ ■ ◆ ◇ ➢ ► ▶ ❖).
BULLET = re.compile(r"^[ \t]*(?:[•●▪◦·\u2022\u2023\u25E6○□■◆◇➢►▶❖]|\*(?!\*)|-(?=\s)|–(?=\s))[ \t]*")

# A numbered heading or item: "1. Opening Remarks", "(2) Session I", "2) ...", "1. a) ...",
# "IV. ...", a minutes paragraph "3.2 The Chair invited ...", a list item "(a) Maj Gen X".
NUMBERED = re.compile(
    r"^[ \t]*(?:\(\d{1,2}\)|(?:\d{1,2}\.\d{1,2}\.?|\d{1,2}[.)])(?:[ \t]*[a-z][.)])?|[IVX]{1,4}\.|\(?[a-z]\))[ \t]+"
)

# A label line: "Speaker: Mr. X, ...", "Date: Friday, 2 November 2012", "Opening Remarks:",
# "Session 1:Keynote Speech ...". The label is 1-5 words, starts upper-case, no sentence inside.
LABEL = re.compile(
    r"^[ \t]*(?P<label>[A-Z][\w’'&/\-]*(?:[ \t]+[\w’'&/\-]+){0,4}?)[ \t]*:(?!//)[ \t]*(?P<value>.*)$"
)

# A label inside a program line: "Chair: Prof. X · Speakers: Ms. Y", "Modérateur / Moderator :".
INLINE_LABEL = re.compile(
    r"(?<![\w-])(?P<label>[A-Za-z][\w’'-]*(?:[ \t]+[\w’'-]+)?(?:[ \t]*/[ \t]*[A-Za-z]?[\w’'-]+(?:[ \t]+[\w’'-]+)?)?)[ \t]*:(?!//)"
)

# A role cue right before a person in a program line: "panel chaired by Mr. X", "Presentation
# of medals - Maj. Gen. X, assisted by Col. Y" (Y helps: a participant).
_BY_CUES = r"chaired|moderated|facilitated|presided|presented|presentations?|briefings?"
BY_ROLE = re.compile(rf"\b(?P<cue>{_BY_CUES}|introduced|assisted)[ \t]+by[ \t]+$", re.IGNORECASE)
# The same cue before a list of people, at the end of the text before the second or a later
# one: "Presentations by Ms. A (Fund) and Mr. B" (no "with", which starts another list, and
# no sentence end between).
BY_ROLE_LIST = re.compile(
    rf"\b(?P<cue>{_BY_CUES})[ \t]+by[ \t]+(?:(?!\bwith\b)[^.;:\n]){{2,120}}?(?:,|[ \t]and)[ \t]+$",
    re.IGNORECASE,
)
# A short capitalised word with its full stop ("Ms.", "Lt.", "Col."): an honorific's ends
# no sentence, and is masked before BY_ROLE_LIST looks for a sentence end.
SHORT_ABBREVIATION = re.compile(r"\b([A-Z][a-z]{0,3})\.")
# The verb right after a name in a programme line's prose, past its affiliation: "Ms. X
# presented the plan", "Mr. Y of the Air Section briefed on", "Dr. Z (Fund) commented"
# (group "verb"; the caller looks it up among the role cues).
NAME_THEN_VERB = re.compile(
    r"(?:[ \t]+(?:of|from)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w’'-]*[ \t]+){0,4}[A-Z][\w’'-]*)?"
    r"(?:[ \t]*\([^()\n]{1,60}\))?[ \t]+(?:also[ \t]+)?(?P<verb>[a-z]+)\b"
)
# Words before a role label in a heading: "Our speakers", "Meet the panelists".
LABEL_LEAD_WORDS = re.compile(r"^(?:meet[ \t]+)?(?:our|the|today[’']s)[ \t]+", re.IGNORECASE)
# A role in parentheses right after a name: "Hon. X, MP (Chairman)", "Dr. Y (moderator)".
PAREN_ROLE = re.compile(r"[^()\n]{0,25}?\((?P<label>[A-Za-z][A-Za-z -]{2,30})\)")

# "(Ret.)" after a rank: "GEN (Ret.) Ryoichi Oriki", "Colonel (retd) X".
RETIRED = re.compile(r"[ \t]*\((?:Ret|Retd|ret|retd|Retired|retired)\.?\)")

# Markdown emphasis or a heading mark before a label: "**When:** ...", "## Programme".
MARKUP = re.compile(r"(?:#{1,6}[ \t]+|\*\*|__)")

# A session label: "Session 1", "Session I", "Session Two", "Panel 2", "Part III", a course's
# "Module 3", a parallel programme's "Track 1"; the same in French, Spanish and Portuguese
# programmes: "Séance 2", "Sesión 1", "Sessão 3", "Mesa 1" (a panel), "Painel 2".
SESSION_LABEL = re.compile(
    r"\b(?P<label>(?:Session|Panel|Part|Segment|Roundtable|Workshop|Plenary|Module|Track"
    r"|Séance|Sesión|Sessão|Mesa|Painel)[ \t]+"
    r"(?:\d{1,2}|[IVX]{1,4}|[A-H]|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\b"
    # "Keynote 1: Title" (not "Keynote    H.E. Mr. X" of a two-column list)
    r"|Keynote[ ](?:\d{1,2}|[IVX]{1,4})\b)"
)

# A paragraph of running text opening with the label of a programme part it tells about:
# "In Session II, Dr. X presented ...", "During Panel 2, ...", "Session III heard ...".
PART_LEAD = re.compile(
    r"[ \t]*(?:(?:In|During|At)[ \t]+(?:the[ \t]+)?)?" + SESSION_LABEL.pattern + r"(?=[ \t,])"
)

# An agenda item heading of a meeting record: "Item 3. Report of the Secretariat",
# "Agenda item 4: Any other business", "ITEM 2 – Adoption of the agenda".
ITEM_HEADING = re.compile(
    r"[ \t]*(?P<label>(?:Agenda[ \t]+)?[Ii]tem[ \t]+\d{1,2}|(?:AGENDA[ \t]+)?ITEM[ \t]+\d{1,2})"
    r"[ \t]*[.:\u2013\u2014-][ \t]*(?P<title>\S.{0,120})$"
)

# A part of the day labelling the timetable rows under it: "Morning session", "Afternoon
# session", "Evening programme", "Day 2".
DAY_PART = re.compile(
    r"(?:Morning|Afternoon|Evening)\b|Day[ \t]+(?:\d|One|Two|Three)\b", re.IGNORECASE
)

# A horizontal rule drawn with one character, alone on its line: "-----", "=====", "_____",
# "*****", "─────" (the top or bottom edge of a table flattened to text).
RULE_LINE = re.compile(r"[ \t]*([-=_*~─━])\1{4,}[ \t]*")

# An annex's heading over a list: "ANNEX A - LIST OF PARTICIPANTS (extract)", "Appendix 2:
# Participants (partial list)": the annex mark before and a note in brackets after the list's
# label (group "label").
ANNEX_HEADING = re.compile(
    r"(?:ANNEX|Annex|APPENDIX|Appendix)[ \t]+[A-Z0-9IVX]{1,4}[ \t]*[-–—:.][ \t]*"
    r"(?P<label>[^()\n]+?)[ \t]*(?:\([^()\n]{1,30}\))?[ \t]*"
)

# Quoted titles: "...", “...”, ‘...’ (straight or curly), at most one line break inside.
QUOTED = re.compile(r"[\"“”](?P<q>[^\"“”\n]{3,200}(?:\n[^\"“”\n]{1,200})?)[\"“”]")

# A clock time or range at the start of a program line: "10:00–10:15", "2:00-5:00 PM", "09.30".
# Also "09h00", "[00:12:30]" and a table cell "| 09:00 |".
_CLOCK = r"\[?\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?\]?(?:[ \t]*(?:[AaPp]\.?[Mm]\.?))?"
# A table row's first cell naming the day before its time cell: "Day 1 | 09:00 | ...",
# "Tuesday | 09:00 | ...", "Tue 12 March | 09:00 | ...".
DAY_CELL = (
    r"(?:[ \t|]*(?:(?:Day|DAY|Jour|JOUR|Día|Dia)[ \t]+\d{1,2}"
    r"|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday)?\.?"
    r"(?:[ \t]+\d{1,2}(?:[ \t]+[A-Z][a-z]{2,8})?)?)[ \t]*\|)?"
)
#: What a timed row starts with: a digit, maybe after a day cell, bars, spaces or "[".
TIMED_START = re.compile(rf"{DAY_CELL}[\s|\[]*\d")
TIME_PREFIX = re.compile(
    rf"^{DAY_CELL}[ \t|]*{_CLOCK}(?:[ \t]*[-–—~][ \t]*{_CLOCK})?[ \t]*[-–—:|]?[ \t]*"
)

# A label before a dash instead of a colon: "Moderator – Ms. X", "Respondent - Dr. Y"
# (segment.py keeps it only when the label is a role label).
DASH_LABEL = re.compile(
    r"^[ \t]*(?P<label>[A-Z][\w’'&/-]*(?:[ \t]+[\w’'&/-]+){0,3}?)[ \t]+[—–-][ \t]+(?P<value>\S.*)$"
)

# A label in a column before its value, without colon or dash: "Moderator      Ms. X" (three
# spaces or a tab after the label; single spaces inside it).
COLUMN_LABEL = re.compile(
    r"^[ \t]*(?P<label>[A-Z][\w’'&/-]*(?: [\w’'&/-]+){0,3})(?: {3,}|[ ]*\t[ \t]*)(?P<value>\S.*)$"
)

# A dash used as a separator between an agenda label and a speaker: "Welcome remarks — X".
DASH_SEPARATOR = re.compile(r"[ \t]+[—–-][ \t]+")

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
    # French ("12 avril 2010", "12 avr. 2010"): programmes of francophone organisers.
    "janvier": 1,
    "janv": 1,
    "février": 2,
    "févr": 2,
    "mars": 3,
    "avril": 4,
    "avr": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "juil": 7,
    "août": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
    "déc": 12,
    # Spanish ("21 de septiembre de 2018"): pages of Spanish-speaking organisers.
    "enero": 1,
    "febrero": 2,
    "marzo": 3,
    "abril": 4,
    "mayo": 5,
    "junio": 6,
    "julio": 7,
    "agosto": 8,
    "septiembre": 9,
    "setiembre": 9,
    "octubre": 10,
    "noviembre": 11,
    "diciembre": 12,
    # Portuguese ("10 de setembro de 2021").
    "janeiro": 1,
    "fevereiro": 2,
    "março": 3,
    "maio": 5,
    "junho": 6,
    "julho": 7,
    "setembro": 9,
    "outubro": 10,
    "dezembro": 12,
}
_EN_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
)
_FR_MONTHS = (
    "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
    "|janv|févr|avr|juil|déc"
)
_ES_MONTHS = (
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre"
    "|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro"
)
# A month name: English as written or in capitals ("29 MAY 2018"), French, Spanish and
# Portuguese in lower case or capitalised ("12 avr. 2010", "Lundi 12 Avril 2010", "21 de
# septiembre de 2018", "10 de setembro de 2021").
_MONTH = (
    rf"(?P<month>{_EN_MONTHS}|{_EN_MONTHS.upper()}|{_FR_MONTHS}|{_FR_MONTHS.title()}"
    rf"|{_ES_MONTHS}|{_ES_MONTHS.title()})(?![A-Za-zÀ-ÿ])\.?"
)
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
# A weekday before a range's last day: "Monday 2 to Friday 6 September".
_RANGE_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?"

# "5 June 2008", "5th November, 2012", "10 to 12 February 2011", "9 and 10 December", "12 au
# 14 juin 2017", "2 to Friday 6 September 2019", "21 y 22 de septiembre de 2018".
DATE_DMY = re.compile(
    rf"\b{_DAY}(?:[ \t]*(?:-|–|to|and|et|au|y|al)[ \t]*{_RANGE_WEEKDAY}\d{{1,2}}(?:st|nd|rd|th)?)?"
    rf"[ \t]+(?:of[ \t]+|de[ \t]+)?{_MONTH}(?:,?[ \t]+(?:de[ \t]+)?{_YEAR})?\b"
)
# "November 5, 2012", "March 10", "Sept. 21", "April 3-4, 2019", "January 24 (Thursday)".
DATE_MDY = re.compile(
    rf"\b{_MONTH}[ \t]+{_DAY}(?:[ \t]*(?:-|–|to|and)[ \t]*\d{{1,2}})?(?:[ \t]*\([A-Z][a-z]+\))?(?:,?[ \t]+{_YEAR})?\b"
)
# "2019-04-03", "2012•10•25", "2012/10/25", "2012.10.25".
DATE_ISO = re.compile(r"\b(?P<year>(?:19|20)\d{2})[-/.•](?P<month>\d{1,2})[-/.•](?P<day>\d{1,2})\b")
# "15/03/2017", "15.03.2017": day first, unless the first number cannot be a day's month
# partner (then month first: "03/15/2017").
DATE_NUMERIC = re.compile(
    r"(?<![\d/.])(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<year>(?:19|20)\d{2})(?![\d/.])"
)
# A weekday with its day and month in brackets, no year (Indonesian and Malay news style): "on
# Monday (4/3)" -> 4 March.
WEEKDAY_DAY_MONTH = re.compile(
    r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day[ \t]*\((?P<day>\d{1,2})/(?P<month>\d{1,2})\)"
)
# Earlier days written before a date, which open its range: "3, 4 and 5 June 2020" (before "4
# and 5 June 2020"), "from the 3rd to the 5th of May 2017" (before "5th of May 2017"), "from 11
# until 15 September 2023", "from 4 through 8 March" (before "15 September 2023", "8 March").
EARLIER_DAYS = re.compile(
    r"(?:\b(?P<listed>\d{1,2}),[ \t]+(?:\d{1,2},[ \t]+)*"
    r"|\bfrom[ \t]+(?:the[ \t]+)?(?P<from>\d{1,2})(?:st|nd|rd|th)?[ \t]+"
    r"(?:to|until|till|through)[ \t]+(?:the[ \t]+)?)$"
)
# A month and year without a day: "In March 2012", "during June 2015".
MONTH_YEAR = re.compile(rf"\b{_MONTH}[ \t]+{_YEAR}\b")
# The last day of a range inside a date match: "4–5 October", "10 to 12 February", "April 3-4".
RANGE_END = re.compile(
    r"\d{1,2}(?:st|nd|rd|th)?[ \t]*(?:-|–|to|and|et|au|y|al)[ \t]*"
    + _RANGE_WEEKDAY
    + r"(?P<last>\d{1,2})\b"
)

# The words between the two dates of a range across months: "29 June to 1 July 2022", "30
# December 2019 – 2 January", "del 30 de septiembre al 4 de octubre", "du 30 mai au 2 juin",
# "Monday 20 September – Friday 24 September" (a weekday before the second date).
RANGE_BETWEEN = re.compile(
    r"[ \t]*(?:-|–|—|to|until|till|through|al|au|a|jusqu['’]au|hasta[ \t]+el)[ \t]+"
    + _RANGE_WEEKDAY
)

# What a date line holds besides its date: a weekday, a clock time ("10:00 am", "14.30",
# "09h00", "9h"), AM/PM, a time zone, a French weekday: "Wednesday, June 12, 2019 / 10:00 am
# EST", "Jeudi 7 février 2019, de 9h à 17h".
WEEKDAY_OR_TIME = re.compile(
    r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?"
    r"|\b[AP]M\b|\b(?:CET|GMT|UTC|EST|EDT|JST)\b"
    r"|\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b|\b\d{1,2}h\b",
    re.IGNORECASE,
)

# A year alone: "in 2012".
YEAR = re.compile(r"\b(?:19|20)\d{2}\b")

# Attendance: "More than 300 people", "some 150 participants", "Some one hundred fifty people".
ATTENDANCE = re.compile(
    r"\b(?:(?P<qual>more than|over|some|about|around|approximately|nearly|almost|at least)[ \t]+)?"
    r"(?P<num>\d{1,3}(?:,\d{3})*|\d+)[ \t]+(?:people|participants|attendees|guests|persons|delegates|representatives)\b",
    re.IGNORECASE,
)
