"""The few regular expressions of the pipeline, as named constants with an example each.

Everything that is vocabulary (honorifics, labels, cue words, position words) lives in the
data files; these patterns only describe layout: bullets, numbering, labels, dates, quotes.
"""

from __future__ import annotations

import re

# A bullet at the start of a line: "  • Mr. X", "- item", "* item", "· item".
BULLET = re.compile(r"^[ \t]*(?:[•●▪◦·\u2022\u2023\u25E6]|\*(?!\*)|-(?=\s)|–(?=\s))[ \t]*")

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

# A role cue right before a person in a program line: "panel chaired by Mr. X".
BY_ROLE = re.compile(
    r"\b(?P<cue>chaired|moderated|facilitated|presided|introduced|presented)[ \t]+by[ \t]+$",
    re.IGNORECASE,
)
# A role in parentheses right after a name: "Hon. X, MP (Chairman)", "Dr. Y (moderator)".
PAREN_ROLE = re.compile(r"[^()\n]{0,25}?\((?P<label>[A-Za-z][A-Za-z -]{2,30})\)")

# "(Ret.)" after a rank: "GEN (Ret.) Ryoichi Oriki", "Colonel (retd) X".
RETIRED = re.compile(r"[ \t]*\((?:Ret|Retd|ret|retd|Retired|retired)\.?\)")

# Markdown emphasis or a heading mark before a label: "**When:** ...", "## Programme".
MARKUP = re.compile(r"(?:#{1,6}[ \t]+|\*\*|__)")

# A session label: "Session 1", "Session I", "Session Two", "Panel 2", "Part III".
SESSION_LABEL = re.compile(
    r"\b(?P<label>(?:Session|Panel|Part|Segment|Roundtable|Workshop|Plenary)[ \t]+"
    r"(?:\d{1,2}|[IVX]{1,4}|[A-H]|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\b)"
)

# Quoted titles: "...", “...”, ‘...’ (straight or curly), at most one line break inside.
QUOTED = re.compile(r"[\"“”](?P<q>[^\"“”\n]{3,200}(?:\n[^\"“”\n]{1,200})?)[\"“”]")

# A clock time or range at the start of a program line: "10:00–10:15", "2:00-5:00 PM", "09.30".
# Also "09h00", "[00:12:30]" and a table cell "| 09:00 |".
_CLOCK = r"\[?\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?\]?(?:[ \t]*(?:[AaPp]\.?[Mm]\.?))?"
TIME_PREFIX = re.compile(rf"^[ \t|]*{_CLOCK}(?:[ \t]*[-–—~][ \t]*{_CLOCK})?[ \t]*[-–—:|]?[ \t]*")

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
# "15/03/2017", "15.03.2017": day first, unless the first number cannot be a day's month
# partner (then month first: "03/15/2017").
DATE_NUMERIC = re.compile(
    r"(?<![\d/.])(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<year>(?:19|20)\d{2})(?![\d/.])"
)
# A month and year without a day: "In March 2012", "during June 2015".
MONTH_YEAR = re.compile(rf"\b{_MONTH}[ \t]+{_YEAR}\b")
# The last day of a range inside a date match: "4–5 October", "10 to 12 February", "April 3-4".
RANGE_END = re.compile(r"\d{1,2}(?:st|nd|rd|th)?[ \t]*(?:-|–|to|and)[ \t]*(?P<last>\d{1,2})\b")

# A year alone: "in 2012".
YEAR = re.compile(r"\b(?:19|20)\d{2}\b")

# Attendance: "More than 300 people", "some 150 participants", "Some one hundred fifty people".
ATTENDANCE = re.compile(
    r"\b(?:(?P<qual>more than|over|some|about|around|approximately|nearly|almost|at least)[ \t]+)?"
    r"(?P<num>\d{1,3}(?:,\d{3})*|\d+)[ \t]+(?:people|participants|attendees|guests|persons|delegates|representatives)\b",
    re.IGNORECASE,
)

# --------------------------------------------------------------------------------------
# Event metadata (event.py)
# --------------------------------------------------------------------------------------

# A verb saying the event happened: "was held on", "hosted", "met in Geneva", "meeting at".
EVENT_VERBS = re.compile(
    r"\b(?:held|hosted|organi[sz]ed|convened|convenes|took place|takes place|will take place"
    r"|met|meeting|meets|attended|gathered|staged|co-hosted|opened|was opened|will be held"
    r"|is held|participated|joined)\b",
    re.IGNORECASE,
)
_CAP_WORD = r"(?:[A-Z][\w’'&+\-]*|\d+(?:st|nd|rd|th)?|\([A-Z][\w+\-]*\))"
_CONN = r"(?:of|for|the|and|on|in|to|de|&|of\s+of)"
# A capitalised phrase: "Seminar for Special and Personal Representatives of the SG".
CAP_PHRASE = re.compile(rf"{_CAP_WORD}(?:[ \t]+(?:{_CONN}[ \t]+)*{_CAP_WORD})*")
_CAP = CAP_PHRASE.pattern
_ACRONYM_PAREN = r"(?:[ \t]+\([A-Z][\w+\-]*\))?"
# A dateline's city: "TOKYO, 5 June --", "Seoul, Republic of Korea —", "NEW YORK, Friday, 11 May".
DATELINE = re.compile(
    r"^[ \t]*(?P<city>[A-Z][A-Z .’'-]{2,30}|[A-Z][a-z]+(?: [A-Z][a-z]+)?),[ \t]+"
    r"(?:[A-Z][a-z]+,[ \t]+)?"
)
# Words that make a capitalised phrase a venue: "Library Hall", "United Nations University".
VENUE_NOUNS = re.compile(
    r"\b(?:University|Hall|Hotel|Museum|Centre|Center|Headquarters|Library|Room|Building"
    r"|Palace|Institute|House|Auditorium|Academy|College|Theatre|Theater|Embassy|Office"
    r"|Campus|Pavilion|Residence|Square|Chamber)\b"
)
# Venue words that name a place rather than an institution: "Aurora Hall", "Room 3".
PLACE_NOUNS = re.compile(
    r"\b(?:Hall|Hotel|Room|Auditorium|Theatre|Theater|Pavilion|Library|Museum|Palace"
    r"|Conference Centre|Conference Center|Convention Centre|Convention Center|Residence"
    r"|Square|Chamber|Salle|Campus)\b"
)
# A first line that names the genre, not the event: "WEBINAR RECAP", "Press release".
GENRE_LINE = re.compile(
    r"^(?:\[?(?:press release|news|news release|event|webinar recap|event recap|conference report"
    r"|workshop report|meeting report|summary|media advisory|communiqu[ée])\]?)$",
    re.IGNORECASE,
)

# "at the United Nations University in Tokyo" -> venue, city.
VENUE = re.compile(
    rf"\b(?:at|in)[ \t]+(?:the[ \t]+)?(?P<venue>{_CAP})"
    r"(?:[ \t]+in[ \t]+(?P<city>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?))?"
)
# "The Ministry of X and the Y hosted ...", "GENEVA, 3 May -- The Centre for Z hosted ...".
ORG_BEFORE_VERB = re.compile(
    r"(?:^|[.,;]\s+|\n|\s(?:--|—|–)\s+)(?:The[ \t]+|the[ \t]+)?"
    rf"(?P<orgs>{_CAP}(?:,?[ \t]+and[ \t]+(?:the[ \t]+)?{_CAP})?)"
    r"[ \t]+(?:co-)?(?:hosted|organi[sz]ed|convened|held)\b"
)
# "organized by ACUNS", "organized by the X together with its partner, the Y".
ORG_AFTER_BY = re.compile(
    r"\b(?:organi[sz]ed|hosted|convened|co-hosted)[ \t]+by[ \t]+(?:the[ \t]+)?"
    rf"(?P<orgs>{_CAP}{_ACRONYM_PAREN}"
    r"(?:(?:,?[ \t]+and|,?[ \t]+together[ \t]+with(?:[ \t]+its[ \t]+partner,)?"
    r"|[ \t]+in[ \t]+association[ \t]+with)[ \t]+(?:the[ \t]+)?"
    rf"{_CAP}{_ACRONYM_PAREN})?)"
)
# "which UNITAR organized in association with the UN System Staff College".
ORG_WHICH = re.compile(
    rf"\bwhich[ \t]+(?:the[ \t]+)?(?P<orgs>{_CAP})[ \t]+(?:organi[sz]ed|hosted|convened)"
    rf"(?:[ \t]+in[ \t]+association[ \t]+with[ \t]+(?:the[ \t]+)?(?P<more>{_CAP}))?"
)

# --------------------------------------------------------------------------------------
# Roles and agenda parts in running text (agenda.py)
# --------------------------------------------------------------------------------------

# Cues after which the person follows ("chaired by X", "Photo by X").
AFTER_CUE = re.compile(r"(?:\bby|\bfrom|\bwith|:)$")

# A role announced with a count: "We had three wonderful panellists.", "two speakers".
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
COUNTED_ROLE = re.compile(
    r"\b(?P<n>two|three|four|five|six|seven|eight|[2-8])[ \t]+(?:[a-z-]+[ \t]+){0,2}"
    r"(?P<noun>panellists|panelists|speakers|presenters|discussants|commentators)\b",
    re.IGNORECASE,
)

# A byline or photo credit before a name: "By Ana Ruiz", "Reporting by X", "Photo by Y".
BYLINE = re.compile(
    r"(?:^|\n)[ \t]*(?:By|Posted by|Written by|Reporting by|Reported by|Text by)[ \t]+"
    r"|\bPhoto(?:graph)?s?[ \t]+by[ \t]+"
)
# A photo-credit line, where "Org/Name" names the photographer: "UN Photo/Ibrahim Cheikh".
CREDIT_LINE = re.compile(r"\b(?:Photo|Credit|Photograph|Image)s?\b", re.IGNORECASE)

# The writer speaking: "I had the privilege of moderating ...", "I presented our dataset".
FIRST_PERSON = re.compile(r"(?:^|[\s(])I(?:[ \t]+|’|')")

# A passive after a cue: "was opened on 11 November by X", "closed by X".
PASSIVE_BY = re.compile(r"[^.;:\n]{0,40}?\bby\b(?=[ \t]+[A-Z])")

# A part of the program named in running text: "the “Title” session", "a dialogue session".
QUOTED_PART = re.compile(
    r"[\"“](?P<title>[^\"“”\n]{3,150})[\"”][ \t]+(?P<noun>panel discussion|panel|session|workshop|roundtable|round table|dialogue)\b"
    r"|\b(?P<noun2>panel discussion|panel|session|workshop|roundtable|round table)[ \t]+(?:on[ \t]+|entitled[ \t]+|titled[ \t]+)?[\"“](?P<title2>[^\"“”\n]{3,150})[\"”]",
    re.IGNORECASE,
)
NOUN_PART = re.compile(
    r"\b(?:a|an|the)[ \t]+(?P<title>(?:dialogue|panel discussion|plenary|breakout|interactive|working|high-level)[ \t]+session)\b",
    re.IGNORECASE,
)

# "at the session on the Guest of the Chair", "the session marking the tenth anniversary of X".
ON_PART = re.compile(
    r"\bthe[ \t]+(?P<noun>session|panel|workshop)[ \t]+(?:on|marking|devoted[ \t]+to|dedicated[ \t]+to|about)[ \t]+(?:the[ \t]+)?"
    r"(?P<title>[^,;.()\n]{3,120}?)(?=[ \t]+and[ \t]+(?:once|then|at|in)\b|[,;.()]|$)",
    re.IGNORECASE,
)

# What follows a venue but is not part of it: "Rosewood Hotel in Kigali on Monday".
VENUE_TRAILING_DAY = re.compile(
    r"[ \t]+on[ \t]+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d.*|[A-Z][a-z]+[ \t]+\d.*)$"
)
VENUE_TRAILING_MONTH = re.compile(
    r"[ \t]+in[ \t]+(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\b.*$"
)

# --------------------------------------------------------------------------------------
# People (people.py)
# --------------------------------------------------------------------------------------

# The slash before a photographer's name in a credit line: "UN Photo/Ibrahim Cheikh".
CREDIT_SLASH = re.compile(r"/[ \t]*")
# A name followed by a parenthetical: "Amina Yusuf (Deputy Head, Department of X)".
NAME_WITH_PAREN = re.compile(
    r"(?<![\w’'-])([A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+){1,3})[ \t]+\(([^()\n]{3,200})\)"
)

# An event noun inside a quoted title: "“Peace Operations Forum 2019”".
EVENT_NAME_NOUN = re.compile(r"\b(?:Forum|Symposium|Seminar|Conference|Summit)\b")
# A day before an event's name: "Thursday's Peacekeeping Forum", "Today's Seminar".
DAY_POSSESSIVE = re.compile(
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Today|Yesterday)[’']s\s+"
)

# A compact date in a file or image name: "20150310" (2015-03-10).
COMPACT_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)")
# The dash after a dateline's date: "TOKYO, 5 June -- ...", "29 May 2011 – Speaking today".
DATELINE_DASH = re.compile(r"^\s*(?:--|—|–|-)\s")
# Words right before an event's date in a sentence: "held on", "from", "on Friday,".
DATE_LEAD = re.compile(r"\b(?:on|from|between|held|since)\s+(?:\w+day,?\s+)?$")

# --------------------------------------------------------------------------------------
# Missions (mission_hits.py, mission_context.py)
# --------------------------------------------------------------------------------------

# A year written in a clause, e.g. "in 1992" or "(2004-2006)"; 1945-2049 only.
YEAR_RE = re.compile(r"(?<!\d)(19[4-9]\d|20[0-4]\d)(?![\d'’]?s\b)(?!\d)")
# A decade, e.g. "in the 1990s" or "the 2000's".
DECADE_RE = re.compile(r"(?<!\d)(19[4-9]0|20[0-4]0)['’]?s\b")
# A year range, e.g. "from 2016 to 2020", "2004-2006", "2004–2006".
YEAR_RANGE_RE = re.compile(
    r"(?<!\d)(19[4-9]\d|20[0-4]\d)\s*(?:-|to|until)\s*(19[4-9]\d|20[0-4]\d)(?!\d)"
)
# Clause breaks in a sentence: ";" and contrastive conjunctions (", but in other cases").
CLAUSE_BREAK_RE = re.compile(r";|\s(?:but|whereas|while|although|however)\s")
# Text allowed between two places of one list, e.g. ", ", " and ", ", to the ".
LIST_GLUE_RE = re.compile(r"^(?:\s|,|;|&|\band\b|\bor\b|\bto\b|\bthe\b)*$")
# An acronym in parentheses right after a name, e.g. " (UNTAC)".
PAREN_ACRONYM_RE = re.compile(r"\s*\(\s*([A-Z][A-Za-z/ -]{1,20}?)\s*\)")

# --------------------------------------------------------------------------------------
# People (people.py, apposition.py)
# --------------------------------------------------------------------------------------

# "of" or "from" right after a name, before an affiliation: "Ana Ruiz of the Peace Institute",
# "Li Wei, from UNDP".
AFFILIATION_AFTER_NAME = re.compile(r",?[ \t]+(?:of|from)[ \t]+")
# The next person of a list inside an affiliation phrase: "Peace Institute, and Li Wei of",
# "African Union, Remember Banda from" (a comma or "and", two or more capitalised words, then
# "of"/"from"/"," or the end).
NEXT_PERSON_IN_LIST = re.compile(
    r",[ \t]*(?:and[ \t]+)?"
    r"(?=[A-Z](?:[\w’'-]+|\.)(?:[ \t]+[A-Z][\w’'.-]+){1,3}(?:,?[ \t]+(?:of|from)\b|,|$))"
    r"|[ \t]+and[ \t]+(?=[A-Z](?:[\w’'-]+|\.)(?:[ \t]+[A-Z][\w’'.-]+){1,3},?[ \t]+(?:of|from)\b)"
)
# "and" or "&" between two offices of one person: "Deputy Head of Office & Director of X".
JOINED_POSITIONS = re.compile(r"[ \t]+(?:&|and)[ \t]+")
# A name after a list boundary (punctuation or a lower-case word, not an article, preposition
# or possessive: "the Kansas Chapter of" is no name) and before "of"/"from" and
# a capitalised affiliation: "with Ana Ruiz of the Peace Institute", ", Li Wei from UNDP".
NAME_BEFORE_AFFILIATION = re.compile(
    r"(?:^|[,;:(][ \t]*|\b(?!(?:the|a|an|of|at|in|on|to|our|their|its|his|her|all)\b)[a-z]+[ \t]+)"
    r"([A-Z](?:[\w’'-]+|\.)(?:[ \t]+[A-Z][\w’'.-]+){1,3})(?=,?[ \t]+(?:of|from)[ \t]+(?:the[ \t]+)?[A-Z])",
    re.MULTILINE,
)
# A line that is only a name and a parenthetical: "Ana Ruiz (Peace Institute)".
NAME_LINE_WITH_PAREN = re.compile(
    r"^[ \t]*(?:[A-Z][\w’'.-]+[ \t]+)?([A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+){1,3})"
    r"[ \t]*\([^()\n]{2,80}\)[ \t]*$"
)
# A picture credit before a name: "Picture: JONA TUI", "Photo: Ana Ruiz".
PICTURE_CREDIT = re.compile(r"(?:^|\n)[ \t]*(?:Picture|Photo|Photograph|Credit)s?[ \t]*:[ \t]*")
# A possessor before an office: "New Zealand’s Defence Adviser" (group 0 is "New Zealand’s ").
POSSESSOR_BEFORE_TITLE = re.compile(r"^(?:[A-Z][\w-]*[ \t]+){0,3}[A-Z][\w-]*[’']s[ \t]+")
# The title-case run after a position word, up to the name it introduces: "... for
# Peace-Keeping Operations Kofi Annan said" (capitalised words and the connectors of titles).
TITLE_RUN = re.compile(r"(?:[ \t]+(?:[A-Z][\w’'.-]*|of|for|the|and|on))+")
# A parenthesised title or retirement mark after a rank: "Col. (Dr.) X", "Col. (rtd.) X".
RANK_PAREN = re.compile(r"[ \t]*\((?:Dr|Prof|Ret|Retd|ret|retd|rtd|Rtd|Retired|retired)\.?\)")
# "of" before a unit named by its owner: "Director of Lakeside’s Policy Department".
OF_POSSESSOR_ORG = re.compile(r"[ \t]+of[ \t]+([A-Z][\w-]*[’']s[ \t]+[A-Z].*)$")
