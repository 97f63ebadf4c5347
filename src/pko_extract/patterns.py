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
}
_EN_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
)
_FR_MONTHS = (
    "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
    "|janv|févr|avr|juil|déc"
)
# A month name: English as written or in capitals ("29 MAY 2018"), French in lower case or
# capitalised ("12 avr. 2010", "Lundi 12 Avril 2010").
_MONTH = (
    rf"(?P<month>{_EN_MONTHS}|{_EN_MONTHS.upper()}|{_FR_MONTHS}|{_FR_MONTHS.title()}"
    r")(?![A-Za-zÀ-ÿ])\.?"
)
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"

# "5 June 2008", "5th November, 2012", "10 to 12 February 2011", "9 and 10 December".
DATE_DMY = re.compile(
    rf"\b{_DAY}(?:[ \t]*(?:-|–|to|and|et)[ \t]*\d{{1,2}}(?:st|nd|rd|th)?)?[ \t]+(?:of[ \t]+)?{_MONTH}(?:,?[ \t]+{_YEAR})?\b"
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
RANGE_END = re.compile(r"\d{1,2}(?:st|nd|rd|th)?[ \t]*(?:-|–|to|and|et)[ \t]*(?P<last>\d{1,2})\b")

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
    r"\b(?:held|hosted|host|hosts|organi[sz]ed|convened|convenes|took place|takes place|will take place"
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
    r"|Campus|Pavilion|Residence|Square|Chamber|Annex|Hôtel)\b"
)
# Venue words that name a place rather than an institution: "Aurora Hall", "Room 3".
PLACE_NOUNS = re.compile(
    r"\b(?:Hall|Hotel|Room|Auditorium|Theatre|Theater|Pavilion|Library|Museum|Palace"
    r"|Conference Centre|Conference Center|Convention Centre|Convention Center|Residence"
    r"|Square|Chamber|Salle|Campus|Hôtel)\b"
)
# A first line that names the genre, not the event: "WEBINAR RECAP", "Press release".
GENRE_LINE = re.compile(
    r"^(?:\[?(?:press releases?|news|news releases?|events?|webinar recap|event recap"
    r"|conference report|workshop report|meeting report|summary|media advisory|communiqu[ée]"
    r"|cover news|latest news|general news|top stories|past events?|upcoming events?"
    r"|(?:conference |event |meeting )?(?:schedule|programme|program|agenda)"
    r"|note to correspondents|statements?|speeches|news & events|news and events)\]?)$",
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
    r"[ \t]+on[ \t]+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d.*|[A-Z][a-z]+\.?(?:[ \t]+\d.*)?)$"
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
# A year range, e.g. "from 2016 to 2020", "2004-2006", "1999/2000" (group 2), or with a
# two-digit end year "1989-90", "2001/02" (group 3); not an ISO date "2001-02-15".
YEAR_RANGE_RE = re.compile(
    r"(?<!\d)(19[4-9]\d|20[0-4]\d)(?:\s*(?:-|/|to|until)\s*(19[4-9]\d|20[0-4]\d)"
    r"|\s?[-/]\s?(\d\d))(?!\d)(?![-/]\d)"
)
# Clause breaks in a sentence: ";" and contrastive conjunctions (", but in other cases").
CLAUSE_BREAK_RE = re.compile(r";|\s(?:but|whereas|while|although|however)\s")
# Text allowed between two places of one list, e.g. ", ", " and ", ", to the ", ", in the ".
LIST_GLUE_RE = re.compile(r"^(?:\s|,|;|&|\band\b|\bor\b|\bto\b|\bin\b|\bthe\b)*$")
# An acronym in parentheses right after a name, e.g. " (UNTAC)".
PAREN_ACRONYM_RE = re.compile(r"\s*\(\s*([A-Z][A-Za-z/ -]{1,20}?)\s*\)")
# The opening bracket right before a place that stands alone in brackets, the speaker's
# delegation or nationality: "Rapporteur Jane Roe (Egypt)", "(the Sudan)".
PAREN_PLACE_BEFORE_RE = re.compile(r"\((?:\s*the)?\s*\Z", re.IGNORECASE)
# The closing bracket right after such a place: "(Egypt)".
PAREN_PLACE_AFTER_RE = re.compile(r"\s*\)")
# A new coordinated part of a sentence between a period and a place that follows it: the period
# is not the place's ("closed in December 2010, and forward to Abyei").
PERIOD_NOT_OURS_RE = re.compile(r",\s*(?:and|or|then|and\s+then)\s")
# A year or period written right after a place, as in a record of deployments:
# "Namibia 1989-90", "Cambodia (1992-93)", "Mozambique, 1994".
PERIOD_AFTER_PLACE_RE = re.compile(r",?\s?\(?(?:19[4-9]\d|20[0-4]\d)(?!\d)")
# Text between two places of a record of deployments: the first place's period, then list glue,
# e.g. " (1989-90), " or " 1994 and ".
PERIOD_LIST_GLUE_RE = re.compile(
    r"^,?\s?\(?(?:19[4-9]\d|20[0-4]\d)(?:\s?(?:-|/|to)\s?\d{2,4})?\)?"
    r"(?:\s|,|;|&|\band\b|\bthe\b|\bin\b)*$"
)


# --------------------------------------------------------------------------------------
# Event metadata (event.py, dates.py)
# --------------------------------------------------------------------------------------

# A UN meeting-coverage line: "6370th Meeting (AM)", "265th Meeting (PM)".
MEETING_NUMBER_LINE = re.compile(
    r"^[ \t]*(?P<n>\d+(?:st|nd|rd|th)[ \t]+[Mm]eeting)(?:[ \t]*\((?:AM|PM|Night)\))?[ \t]*$"
)
# A body that meets: "Security Council", "the Special Committee on Peacekeeping Operations",
# "Peace and Security Council", "Fourth Committee".
BODY_NAME = re.compile(
    rf"(?P<body>(?:{_CAP_WORD}[ \t]+(?:(?:and|of)[ \t]+)?)*"
    r"(?:Council|Committee|Assembly|Commission)(?:[ \t]+on(?:[ \t]+[A-Z][\w\-]*)+)?)"
)
# The body as running text names it: "the Special Committee on Peacekeeping Operations".
BODY_AFTER_THE = re.compile(r"\bthe[ \t]+" + BODY_NAME.pattern)
# A video slug in capitals: "SOUTH SUDAN / PEACEKEEPERS DAY".
SLUG_LINE = re.compile(r"^[A-Z0-9 ,.'’-]+(?:[ \t]/[ \t][A-Z0-9 ,.'’-]+)+$")
# "the 865th meeting of the Peace and Security Council".
NTH_MEETING_OF = re.compile(
    r"\b(?P<n>\d+(?:st|nd|rd|th)[ \t]+meeting)[ \t]+of[ \t]+the[ \t]+"
    rf"(?P<body>(?:{_CAP_WORD}[ \t]+(?:(?:and|of)[ \t]+)?)*(?:Council|Committee|Assembly|Commission))"
)
# A genre suffix after a dash at the end of a headline: "X Ministerial - Chair's Summary".
TITLE_GENRE_SUFFIX = re.compile(
    r"[ \t]+[-–—:][ \t]+(?:[\w’']+[ \t]+){0,2}(?:summary|report|statement|communiqu[ée]|recap"
    r"|highlights|press release|programme|program|agenda)[ \t]*$",
    re.IGNORECASE,
)
# A place at the end of a headline's event phrase: "Workshop on X in El Geneina, West Darfur".
TITLE_PLACE_TAIL = re.compile(r"[ \t]+(?:in|at)[ \t]+[A-Z][\w’'\-]*(?:[ \t,]+[A-Z][\w’'\-]*)*$")
# The lower-case subject of an event name after its noun: "Meeting on comprehensive review of
# the whole question of peacekeeping operations" (to the end of the clause).
EVENT_SUBJECT_TAIL = re.compile(r"[ \t]+on[ \t]+[a-z][^,.;:\n()]{3,160}")
# A file name or address standing as a line: "20150310-The-Future-event.gif", "www.x.org".
FILE_OR_URL_LINE = re.compile(
    r"^\S+\.(?:gif|jpe?g|png|pdf|docx?|html?|php|aspx?)$|^(?:https?://|www\.)\S+$"
)
# A numbered session of a body, which names a meeting: "31st Session of the Council",
# "44th Ordinary Session" (a plain "session" is a part of an event, not its name).
ORDINAL_SESSION = re.compile(
    r"\b\d+(?:st|nd|rd|th)[ \t]+(?:(?:Ordinary|Extraordinary|Regular|Special)[ \t]+)?Session\b"
)
# A site banner over the headline: "Lakeside Staff College – College News".
SITE_BANNER = re.compile(
    r"[ \t][-–—|:][ \t]+(?:[\w’']+[ \t]+){0,2}(?:News|Newsroom|Press Releases|Blog|Media Centre)$"
)
# A quotation that is the event's theme, not its name: "under the theme "X"".
THEME_BEFORE = re.compile(r"\btheme[ \t]*(?:of|was|:)?[ \t]*$", re.IGNORECASE)
# Words of a spoken quotation, which a title does not use: "In my town, the men decide".
SPOKEN = re.compile(r"\b(?:I|me|my|[Ww]e|us|our)\b|,[ \t]+(?:the|we|they|he|she|it)[ \t]")
# The place after an event cue ("held", "took place", "conference"): "held at the New Zealand
# High Commissioner’s residence in Suva", "conference at The Helix, Dublin City University
# (DCU)", "an event at the JICA Global Plaza, Tokyo", "took place at Grand Hyatt Seoul".
AT_VENUE = re.compile(
    r"[ \t]+(?:(?:[\w-]+|on[ \t]+[\w ,]{3,25}?\d{4},?)[ \t]+){0,2}?(?P<prep>at|in[ \t]+the)[ \t]+(?:the[ \t]+)?"
    rf"(?P<venue>{_CAP}(?:[ \t]+(?:[a-z-]+[ \t]+)?(?:residence|headquarters|offices?|compound"
    r"|premises|grounds|hall|room|auditorium|centre|center))?"
    r"(?:[ \t]+\([A-Z][\w+\-]*\))?)"
    rf"(?:,[ \t]+(?P<more>{_CAP}(?:[ \t]+\([A-Z][\w+\-]*\))?))?"
    r"(?:(?:,|[ \t]+in)[ \t]+(?P<city>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?))?"
)
# A street address line of an address block: "1775 Massachusetts Avenue, N.W.".
STREET_LINE = re.compile(r"^[ \t]*\d{1,5}[ \t]+[A-Z][\w.]*(?:[ \t]+[\w.,]+)*[ \t]*$")
# A city line of an address block: "Washington, DC", "Oslo 0150".
CITY_LINE = re.compile(
    r"^[ \t]*(?P<city>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)(?:,[ \t]*[A-Z]{2}\b|[ \t]+\d{4,5}\b)"
)
# A city closing a venue phrase: "Camp Harmony in Zwedru" -> "Zwedru".
VENUE_CITY_TAIL = re.compile(r"[ \t]+in[ \t]+(?P<city>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)$")
# The clause before a venue phrase: "..., Head of Cooperation " (from the last , ; ( or line).
LAST_CLAUSE = re.compile(r"[^,;(\n]*$")
# A headline verb in -s right after its capitalised subject: "UNMIL hands over X",
# "Embassy honours Y", "Kofi Annan visits Z" (not "-ss", "-us", "-is": "across", "status").
HEADLINE_S_VERB = re.compile(r"^(?:[A-Z][\w’'.-]*[ \t]+)+(?P<verb>[a-z]{2,}(?<![su]s)(?<!is)s)\b")
# A navigation line: "Home › News & Events › Reports", "Research | Events | Experts",
# "Events > Past Events".
NAV_LINE = re.compile(r"[›»>|].*[›»>|]|^[\w &]+[ \t][›»>][ \t][\w &]+$")
# A byline opening a line: "Posted 3 March 2015 by", "Published on", "By Ana Ruiz".
BYLINE_START = re.compile(r"^[ \t]*(?:Posted|Published|Updated|Last updated|By)\b")
# An article or question word after a word, which makes it a verb: "debate the", "brief a".
ARTICLE_AFTER = re.compile(r"[ \t]+(?:the|a|an|how|whether|its|their)\b")
# A document number line over a headline: "Press Note No. 14/2014", "GA/PK/137", "SC/9876".
DOC_NUMBER_LINE = re.compile(
    r"^(?:(?:press[ \t]+(?:note|release)|communiqu[ée]|statement|note)[ \t]+(?:No\.?|Nr\.?|#)"
    r"[ \t]*[\w/.-]+|[A-Z]{2,}(?:/[A-Z0-9.]+)+)$",
    re.IGNORECASE,
)
# A cookie notice: "We use cookies to improve your experience".
COOKIE_LINE = re.compile(r"\bcookies?\b", re.IGNORECASE)
# A talk's title follows: "delivered a lecture on "X"", "gave a presentation entitled "X"".
TALK_BEFORE = re.compile(
    r"\b(?:delivered|gave|presented|give|deliver)\b[^.\n]{0,30}(?:on|entitled|titled)[ \t]*$"
)
# A body opening its yearly session: "the Special Committee on X, which was opening its 1996
# session" -> "Special Committee on X 1996 session".
BODY_OPENS_SESSION = re.compile(
    r"\bthe[ \t]+" + BODY_NAME.pattern + r",?[ \t]+(?:which[ \t]+)?(?:was[ \t]+|is[ \t]+)?"
    r"(?:opening|opened|opens|began|begins|beginning|starting|started)[ \t]+its[ \t]+"
    r"(?P<session>(?:19|20)\d{2}[ \t]+(?:substantive[ \t]+|annual[ \t]+|regular[ \t]+)?session)\b"
)

# A place line near the top of a page: "Lumley Beach Conference Hall, Freetown",
# "Security Council Chamber, New York, 23 May 2019".
TOP_PLACE_LINE = re.compile(
    rf"^[ \t]*(?P<venue>{_CAP_WORD}(?:[ \t]+{_CAP_WORD}){{0,6}})"
    r",[ \t]+(?P<city>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)(?:,[ \t]+[^,\n]{4,30})?[ \t]*$"
)
# A further part of a venue after a comma: ", Ministry Annex".
VENUE_MORE = re.compile(rf",[ \t]+(?P<more>{_CAP})")

# --------------------------------------------------------------------------------------
# Roles in running text (agenda_prose.py)
# --------------------------------------------------------------------------------------

# The end of the text before an inverted reporting verb whose subject follows it:
# '..., said Mr. X', '“...” noted the Chair, Ms. Y'.
INVERSION_LEAD = re.compile(r"[,\"“”’'][ \t]*$")
# A copula between a cue and the person it introduces: "Also speaking were X and Y".
COPULA_GAP = re.compile(r"\b(?:was|were|is|are|included|includes|being)\b")
# The agent of a passive right before a name: "was introduced by Professor X".
AGENT_LEAD = re.compile(r"\bby[ \t]+(?:the[ \t]+)?(?:[A-Z][\w.’'-]*[ \t]+){0,4}$")
# A lower-case word right after a cue ending in "by"/"with" that is not the start of a
# person's title: "address by video link", "by phone" (but "received by the Minister, X").
CUE_MEDIUM = re.compile(r"[ \t]+(?!the\b)[a-z]")
# A second subject joined to the first: "X opened the plenary together with Y".
JOINT_SUBJECT = re.compile(r"\b(?:together|along)[ \t]+with\b|\balongside\b")
# A presiding role written as a list label after a name and its country:
# "Ibrahim Bello (Nigeria), Chairman; ...", "Ms. Ana Lind, Moderator."
LIST_ROLE = re.compile(
    r"(?:[ \t]*\([^()\n]{1,40}\))?,[ \t]*(?P<label>[A-Z][A-Za-z-]{2,20}(?:[ \t][A-Z][a-z]+)?)"
    r"[ \t]*(?=[;.]|,[ \t]+and\b|$)",
    re.MULTILINE,
)
# An inverted subject after a copula: "Joining him at the briefing were X; Y", "Also
# speaking was Z" (the text from the cue to the first person after the copula).
COPULA_SUBJECT = re.compile(r"[^;\n]{0,120}?\b(?:were|was)[ \t]+")
# A presiding role written right before a name as a title: "Chair Ana Lind", "Moderator X".
PRE_ROLE = re.compile(r"\b(?P<label>Chair|Chairman|Chairperson|Chairwoman|Moderator)[ \t]+$")
# A colon right after a cue word that starts a line or a cell: the word is a label
# ("| Panelists: A; B"), not prose ("elected its officers: A, Chairman; ...").
LABEL_COLON = re.compile(r"[ \t]*:")
LABEL_LEAD = re.compile(r"(?:^|[|;\n])[ \t]*$")

# --------------------------------------------------------------------------------------
# Programme layouts (agenda_program.py)
# --------------------------------------------------------------------------------------

# One clock time of a programme: "09:30", "9h00", "09.30", "2:00 p.m.", "9 a.m.", "0930hrs".
_PROGRAM_CLOCK = (
    r"(?:\[?\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?\]?(?:[ \t]*[AaPp]\.?[Mm]\.?(?![A-Za-z]))?"
    r"|\d{1,2}[ \t]*[AaPp]\.?[Mm]\.?(?![A-Za-z])|[01]\d[0-5]\d(?=[ \t]*(?:hrs?\b|:|[-–—]|$)))(?:[ \t]*hrs?\b)?"
)
# A time or time range at the start of a programme row, with the separator after it:
# "9h00 à 9h30 : Accueil", "10:00–10:15 Opening", "2:00 p.m. Welcome", "0900-1000 Panel",
# "1000: Keynote", "| 09:00 |".
PROGRAM_TIME = re.compile(
    rf"^[ \t|]*{_PROGRAM_CLOCK}(?:[ \t]*(?:[-–—~]|à|to|until|au|bis)[ \t]*"
    rf"(?:{_PROGRAM_CLOCK}|[01]\d[0-5]\d(?!\d)))?"
    r"[ \t]*[-–—:|.]?[ \t]*"
)
# What ends a timetable row's title: a dash between spaces, a table cell bar or a tab
# ("Opening remarks — Dr. X", "Welcome | Dr. X", "Welcome<TAB>Dr. X").
ROW_TITLE_END = re.compile(r"[ \t]+[—–-][ \t]+|[ \t]*[|\t][ \t]*")
# A parenthesis in a row title: "Conference dinner (by invitation)".
PAREN_NOTE = re.compile(r"\s*\([^)]*\)")
# What joins two parts of a timetable row title: "Registration and coffee",
# "Accueil et discours de bienvenue", "Lunch & networking", "Coffee, tea".
ROW_JOIN = re.compile(r"\s+(?:and|et|&|y|und)\s+|\s*[,;/+]\s*")

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
