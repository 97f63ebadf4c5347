"""Regular expressions of the event metadata (event.py, event_title.py, dates.py).

Each is a named constant with an example; vocabulary lives in the data files.
"""

from __future__ import annotations

import re

# --------------------------------------------------------------------------------------
# Event metadata (event.py)
# --------------------------------------------------------------------------------------

# A verb saying the event happened: "was held on", "hosted", "met in Geneva", "meeting at",
# "recorded on" (a podcast, a video), "closed" (a course); in French "s'est tenu le", "a eu lieu", "a réuni"; in
# Spanish "se celebró", "tuvo lugar", "reunió", "inauguró", "se realizó"; Portuguese "realizado",
# "decorreu"; "will run from 29 June" / "ran from 3 to 5 May" (not "run by"); a message
# "delivered ... in Montevideo on 10 May"; Italian "si è svolto", "si è tenuta", "ha ospitato".
EVENT_VERBS = re.compile(
    r"\b(?:held|hosted|host|hosts|organi[sz]ed|convened|convenes|took place|takes place|will take place"
    r"|met|meeting|meets|attended|gathered|staged|co-hosted|opened|was opened|will be held"
    r"|is held|participated|joined|recorded|was recorded|closed|officially closed|conducted"
    r"|s['’]est[ \t]+(?:tenue?|déroulée?)|a[ \t]+eu[ \t]+lieu|ont[ \t]+eu[ \t]+lieu|a[ \t]+réuni"
    r"|ont[ \t]+participé|a[ \t]+accueilli|organisée?"
    r"|se[ \t]+celebró|tuvo[ \t]+lugar|se[ \t]+llevó[ \t]+a[ \t]+cabo|reunió|inauguró"
    r"|a[ \t]+inauguré|realizad[oa]|realizó|realizou-se|decorreu|delivered"
    r"|si[ \t]+è[ \t]+(?:svolt[oa]|tenut[oa])|ha[ \t]+ospitato|ospitat[oa]"
    r"|(?:will[ \t]+run|runs|ran)(?=[ \t]+from[ \t]))\b",
    re.IGNORECASE,
)
_CAP_WORD = r"(?:St\.|[A-Z][\w’'&+\-]*|\d+(?:st|nd|rd|th|ST|ND|RD|TH)?|\([A-Z][\w+\-]*\))"
_CONN = (
    r"(?:of|for|the|and|on|in|to|de|du|des|del|la|&|of\s+of|per|di|della|do|da|dos|das|para|pour)"
)
# A capitalised phrase: "Seminar for Special and Personal Representatives of the SG".
CAP_PHRASE = re.compile(rf"{_CAP_WORD}(?:[ \t]+(?:{_CONN}[ \t]+)*{_CAP_WORD})*")
_CAP = CAP_PHRASE.pattern
_ACRONYM_PAREN = r"(?:[ \t]+\([A-Z][\w+\-]*\))?"
# A dateline's city: "TOKYO, 5 June --", "Seoul, Republic of Korea —", "NEW YORK, Friday, 11 May".
DATELINE = re.compile(
    r"^[ \t]*(?P<city>[A-Z][A-Z .’'-]{2,30}|[A-Z][a-z]+(?: [A-Z][a-z]+)?),[ \t]+"
    r"(?:[A-Z][a-z]+,[ \t]+)?"
)
# Words that make a capitalised phrase a venue: "Library Hall", "United Nations University",
# "Kpone Training Camp", "Université X", "Centro de Y".
VENUE_NOUNS = re.compile(
    r"\b(?:University|Hall|Hotel|Museum|Centre|Center|Headquarters|Library|Room|Building"
    r"|Palace|Institute|House|Auditorium|Academy|College|Theatre|Theater|Embassy|Office"
    r"|Campus|Pavilion|Residence|Square|Chamber|Annex|Hôtel|Camp|Barracks|Base|Auditorio"
    r"|Training[ \t]+Area|Training[ \t]+Ground|Faculty"
    r"|Université|Universidad|Universidade|Centro|Salle|Sala|Palais|Palacio|Institut|Instituto"
    r"|Maison|Casa|École|Escuela|Amphithéâtre|Amphitheatre|School|Garrison|Airport|Stadium"
    r"|Cathedral|Church|Chapel|Mosque|Temple|Bookshop|Bookstore|Gallery|Cinema|Cantonment"
    r"|Park|Gardens?)\b"
)
# A venue noun that opens a place's name: "Hotel Serena", "Hôtel Ivoire", "Palais des Nations".
HOTEL_FIRST = re.compile(r"Hotel|Hôtel|Palais|Palace|Centre|Center")
# A venue noun right after an event noun, which makes the pair a place: "Conference| Room 2",
# "Seminar| Hall".
VENUE_NOUN_NEXT = re.compile(r"[ \t]+" + VENUE_NOUNS.pattern)
# Venue words that name a place rather than an institution: "Aurora Hall", "Room 3".
PLACE_NOUNS = re.compile(
    r"\b(?:Hall|Hotel|Room|Auditorium|Theatre|Theater|Pavilion|Library|Museum|Palace"
    r"|Conference Centre|Conference Center|Convention Centre|Convention Center|Residence"
    r"|Square|Chamber|Salle|Campus|Hôtel)\b"
)
# A genre word over the kind of event it records: "SUMMARY OF PUBLIC HEARING", "Minutes of
# the Meeting" -> the kind ("PUBLIC HEARING", "Meeting").
GENRE_OF_KIND = re.compile(
    r"^(?:summary|report|record|minutes|transcript|proceedings|highlights|outcome)[ \t]+of"
    r"[ \t]+(?:the[ \t]+|a[ \t]+)?(?P<kind>.+)$",
    re.IGNORECASE,
)
# A first line that names the genre, not the event: "WEBINAR RECAP", "Press release",
# "Training announcement", "Call for Applications", "Videos", "Embassy news", "Think Tank
# Events", "Activity report 2015"; as a label,
# "Watch: X"; "Transcript (English service)".
GENRE_LINE = re.compile(
    r"^(?:\[?(?:press releases?|(?:[\w-]+[ \t]+)?news|news releases?|(?:[\w-]+[ \t]+){0,2}events?"
    r"|(?:[\w-]+[ \t]+)?recap"
    r"|conference report|workshop report|meeting report|summary|media advisory|communiqu[ée]"
    r"|cover news|latest news|general news|top stories|past events?|upcoming events?"
    r"|press notes?|press statements?|media releases?|media notes?"
    r"|(?:conference |event |meeting )?(?:schedule|programme|program|agenda)"
    r"|note to correspondents|statements?|speeches|news & events|news and events"
    r"|statements and speeches|speeches and statements|event details|newsletter"
    r"|(?:[\w-]+[ \t]+)?announcements?|call[ \t]+for[ \t]+(?:applications|papers|nominations"
    r"|participants|proposals)|videos?|podcasts?|watch|listen|replay|recordings?"
    r"|comunicado de prensa|nota de prensa|noticias|eventos|communiqué de presse|actualités"
    r"|événements|memorandum|concept note|chair['’]s summary|co-chairs['’] summary"
    r"|summary of discussions|outcome document|(?:[\w-]+[ \t]+)?report(?:[ \t]+\d{4})?|minutes"
    r"|note for the file|save the date|panel|in pictures|in photos|photo gallery|photo story"
    r"|in brief|news in brief|briefs|(?:events?[ \t]+)?calendar|calendar[ \t]+of[ \t]+events"
    r"|transcript[ \t]+\([^()\n]{1,40}\))\]?)$",
    re.IGNORECASE,
)

# A place a host owns, after its name: "the High Commissioner’s residence", "the mission's
# headquarters", "the Nepalese battalion camp".
_OWN_PLACE = (
    r"(?:residence|headquarters|offices?|compound|premises|grounds|hall|room|auditorium|centre"
    r"|center|campus|camp|base|barracks|court|stadium|training[ \t]+area|parade[ \t]+ground)"
)
# "at the United Nations University in Tokyo" -> venue, city; in French or Spanish "à
# l'Université X", "en el Centro Y"; a host's own place, "at its Sector East headquarters",
# "at the Ituri provincial court"; a room of a named place, "The main hall of the X Centre
# was full" (not "the reading room of the X Library", a room named by its use).
VENUE = re.compile(
    r"(?:\b(?:at|in)[ \t]+(?:the[ \t]+|its[ \t]+|their[ \t]+|our[ \t]+)?"
    r"|\b[Tt]he[ \t]+(?:main[ \t]+)?(?:hall|room|auditorium|courtyard|grounds)[ \t]+of"
    r"[ \t]+the[ \t]+|(?<!\w)(?:à[ \t]+l['’]|à[ \t]+la[ \t]+|au[ \t]+|en[ \t]+el[ \t]+"
    r"|dans[ \t]+l['’]|dans[ \t]+la[ \t]+|dans[ \t]+le[ \t]+"
    r"|(?:en[ \t]+las|nas)[ \t]+instala(?:ciones|ções)[ \t]+d(?:el|e[ \t]+la|o|a)[ \t]+"
    r"|en[ \t]+la[ \t]+|presso[ \t]+(?:il[ \t]+|la[ \t]+|l['’])))"
    rf"(?P<venue>{_CAP}(?:[ \t]+(?:[a-z]+[ \t]+)?{_OWN_PLACE}\b)?)"
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
# Event metadata (event.py, dates.py)
# --------------------------------------------------------------------------------------

# A day the event fell on counted from the publication date, in a sentence without a date:
# "gathered here on Sunday", "met last Thursday" (a week back at most), "opened yesterday"
# (Spanish "ayer", French "hier").
RELATIVE_DAY = re.compile(
    r"\b(?:(?P<last>[Ll]ast|[Tt]his[ \t]+past)|[Oo]n)[ \t]+(?P<day>Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
    r"|\b(?P<yesterday>[Yy]esterday|[Aa]yer|[Hh]ier)\b"
)
# A date opening its sentence, before the date itself: "On 9 September, X visited Y" (the
# text from the sentence's start to the date).
DATE_OPENS = re.compile(r"[ \t\n]*(?:On|on)[ \t]+")
# A sentence dated by its story's date line: "The forum opened today".
TODAY = re.compile(r"\b(?:today|this morning|this afternoon|this evening|tonight)\b", re.IGNORECASE)
# An opening clause about what came before the event, to its comma: "After a first meeting held
# on 2 February in Arusha,", "Following the summit of 12 March,", "Ahead of the summit on X,".
BACKGROUND_CLAUSE = re.compile(
    r"[ \t\n]*(?:After|Following|Further[ \t]+to|Ahead[ \t]+of|Prior[ \t]+to|Building[ \t]+on"
    r"|Since)\b[^,;.\n]{3,120},"
)
# An event's length in days: "a three-day workshop", "the 2-day conference".
N_DAYS = re.compile(r"\b(?P<n>two|three|four|five|six|seven|[2-7])[ \t-]+days?\b", re.IGNORECASE)
# A verb saying the event ended, before its date: "ended on Friday", "closed yesterday",
# "completed a five-day course on preventing X on Friday".
ENDED_ON = re.compile(
    r"\b(?:ended|closed|concluded|wrapped[ \t]+up|came[ \t]+to[ \t]+(?:an|a[ \t]+close)|ends|closes"
    r"|concludes|completed|finished)\b[^.;\n]{0,80}$"
)
# The length after the end: "X ended yesterday at Y after three days of discussions".
AFTER_N_DAYS = re.compile(
    r"\bafter[ \t]+(?P<n>two|three|four|five|six|seven|[2-7])[ \t]+days\b", re.IGNORECASE
)
# A verb saying the event ended, right before its length: "completed a five-day course", "at
# the end of the two-day conference".
ENDED_BEFORE_DAYS = re.compile(
    r"\b(?:completed|concluded|finished|ended|wrapped[ \t]+up|end[ \t]+of)[ \t]+(?:a|an|the|its|their)[ \t]+$"
)
# A sentence about what is still to come: "the seminar will be held on Friday", "next Monday".
FUTURE_WORD = re.compile(r"\b(?:will|shall|next|upcoming|is to be|are to be)\b", re.IGNORECASE)
# A UN meeting-coverage line: "6370th Meeting (AM)", "9451st Meeting (AM & PM)", "Summary record of
# the 214th meeting", "Seventy-Fourth Session, 20th Meeting (PM)", "102nd Plenary Meeting (AM)".
MEETING_NUMBER_LINE = re.compile(
    r"^[ \t]*(?:(?:[Ss]ummary[ \t]+|[Pp]rovisional[ \t]+|[Vv]erbatim[ \t]+)?(?:[Rr]ecord|[Mm]inutes)"
    r"[ \t]+of[ \t]+the[ \t]+)?"
    r"(?:[A-Z][\w-]*[ \t]+(?:[Ss]ession|SESSION),[ \t]+)?"
    r"(?P<n>\d+(?:st|nd|rd|th|ST|ND|RD|TH)[ \t]+(?:(?:[Pp]lenary|PLENARY)[ \t]+)?(?:[Mm]eeting|MEETING))"
    r"(?:[ \t]*\((?:AM|PM|Night|Resumed)(?:[ \t]*(?:&|and|,)[ \t]*(?:AM|PM|Night|Resumed))*\))?[ \t]*$"
)
# A meeting-coverage line that names the body and its numbered meeting at once: "Security
# Council 9447th Meeting (AM & PM)", "Fourth Committee 21st Meeting".
BODY_MEETING_LINE = re.compile(
    rf"^[ \t]*(?P<line>(?:{_CAP_WORD}[ \t]+(?:(?:and|of)[ \t]+)?)*"
    r"(?:Council|Committee|Assembly|Commission)[ \t]+\d+(?:st|nd|rd|th|ST|ND|RD|TH)[ \t]+"
    r"(?:(?:[Pp]lenary|PLENARY)[ \t]+)?(?:[Mm]eeting|MEETING)"
    r"(?:[ \t]*\((?:AM|PM|Night|Resumed)(?:[ \t]*(?:&|and|,)[ \t]*(?:AM|PM|Night|Resumed))*\))?)"
    r"[ \t]*$"
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
# A line naming who speaks, between an event's title and its date: "with UN Special
# Representative Ana Ruiz".
WITH_SPEAKER_LINE = re.compile(r"^[ \t]*with[ \t]+[A-Z]")
# An indefinite article opening a line: "A Chatham House Conference", "An evening with".
INDEFINITE_START = re.compile(r"^[ \t]*(?:A|An)[ \t]")
# The small words a capitalised title leaves in lower case: "Peace in the Age of Drones".
TITLE_SMALL_WORD = re.compile(
    r"(?:a|an|the|and|or|but|nor|of|for|in|on|at|to|by|with|from|into|as|vs\.?|de|du|des|la|le"
    r"|les|et|en)[,:]?"
)
# A speech's heading: "Speaking Notes for X", "Remarks by Y", "Keynote Address by Z".
SPEECH_HEAD = re.compile(
    r"[ \t]*(?:[\w.-]+[’']s[ \t]+)?"  # "Secretary-General's message to X"
    r"(?:Speaking[ \t]+(?:Notes|Points)|Talking[ \t]+Points|(?:(?:Opening|Closing|Welcome"
    r"|Welcoming|Introductory|Concluding)[ \t]+)?(?:Remarks|Statement|Speech|Address)"
    r"|(?:Keynote[ \t]+)?Address|Keynote(?:[ \t]+Speech)?|Message)\b",
    re.IGNORECASE,
)
# The word of a speech's heading that leads to the event, past an opening or closing: "Remarks
# by X at the opening of the Y Seminar", "Statement ... during the General Debate of Z",
# "Address ... on the occasion of the W Day".
SPEECH_EVENT_LINK = re.compile(
    r"[ \t,]+(?:at|to|during|before|on[ \t]+the[ \t]+occasion[ \t]+of)[ \t]+(?:the[ \t]+)?"
    r"(?:(?:official[ \t]+)?(?:opening|closing|launch)(?:[ \t]+(?:ceremony|session))?[ \t]+of"
    r"[ \t]+(?:the[ \t]+)?)?",
    re.IGNORECASE,
)
# A dash between the parts of a heading: "X – Y - Z".
SPACED_DASH = re.compile(r"[ \t]+[-–—][ \t]+")
# A quotation that opens with an opening mark: "“X”", "\"X\"" (never from a closing ” to the
# next “, which pairs the end of one quotation with the start of the next).
OPENED_QUOTED = re.compile(r"[\"“](?P<q>[^\"“”\n]{3,200}(?:\n[^\"“”\n]{1,200})?)[\"”]")
# A title in single quotation marks, which an apostrophe does not close: "the seminar 'Lessons
# from the Field'", "‘Women's Voices in Missions’" (not the possessive of "peacekeepers' day").
OPENED_SINGLE_QUOTED = re.compile(
    r"(?:(?<=[\s(])|^)['‘](?P<q>[A-Z](?:[^'‘’\n]|['’](?=[a-z])){2,200}?)['’](?![A-Za-z])",
    re.MULTILINE,
)
# A title named without quotation marks after its cue word: "a workshop entitled Protecting
# Civilians in Urban Settings", "a conference on the theme: Women in Peace Operations".
NAMED_AFTER_CUE = re.compile(
    r"\b(?:(?P<cue>entitled|titled|themed|called|named|dubbed|code-named|codenamed)"
    r"|(?P<theme>(?:on|under)[ \t]+the[ \t]+"
    rf"theme(?:[ \t]+of)?))[ \t]*:?[ \t]+(?P<q>{_CAP})"
)
# A preposition opening a phrase: "for", "on", "at" ("for follow-up meeting" is a complement).
PREPOSITION = re.compile(
    r"(?:for|on|at|in|to|with|from|of|by|about|after|before|during|over|into)", re.IGNORECASE
)
# A small word typed twice: "International Day of of UN Peacekeepers".
DOUBLED_WORD = re.compile(r"\b(?P<word>of|the|and|for|in|on|to|a)[ \t]+(?P=word)\b")
# A blog's or a report's words before the event it is about: "Reflections on the X
# Retreat", "Notes from the Y Forum", "Highlights of the Z Conference", "Closing ceremony of
# the X Course", "Communiqué of the 12th Ordinary Session of X" -> the event.
TITLE_GENRE_PREFIX = re.compile(
    r"(?:reflections|thoughts|notes|lessons|takeaways|highlights|impressions|recap|report"
    r"|minutes|summary[ \t]+record"
    r"|key[ \t]+messages|outcomes?|(?:opening|closing|graduation)[ \t]+ceremony"
    r"|(?:final[ \t]+)?communiqu[ée])"
    r"[ \t]+(?:on|from|of)[ \t]+(?:the[ \t]+)?",
    re.IGNORECASE,
)
# A genre suffix after a dash or a colon at the end of a headline: "X Ministerial - Chair's
# Summary", "X: Roundtable Recap".
TITLE_GENRE_SUFFIX = re.compile(
    r"(?:[ \t]+[-–—]|[ \t]*:)[ \t]+(?:[\w’']+[ \t]+){0,2}"
    r"(?:summary|report|statement|communiqu[ée]|recap"
    r"|highlights|press release|programme|program|agenda)[ \t]*$",
    re.IGNORECASE,
)
# The event a heading places its subject beside: "an interview on the sidelines of the
# Global Police Summit" -> "Global Police Summit"; "Reception on the occasion of the X Day",
# "Reception to mark the X Day" -> "X Day".
SIDELINES_OF = re.compile(
    r"\b(?:on[ \t]+the[ \t]+(?:sidelines|margins|occasion)[ \t]+of|to[ \t]+mark|to[ \t]+celebrate"
    rf"|in[ \t]+commemoration[ \t]+of)[ \t]+(?:the[ \t]+)?(?P<event>{_CAP})"
)
# A statement's heading that names the event it follows: "Joint press statement following
# the 5th Annual Consultation on X" -> "5th Annual Consultation on X", "Communiqué at the
# close of the Y Summit" -> "Y Summit".
STATEMENT_AFTER_EVENT = re.compile(
    r"\b(?i:statement|communiqu[ée]|declaration|press[ \t]+release|readout|conclusions)"
    r"[ \t]+(?i:(?:issued[ \t]+)?(?:following|after|at[ \t]+the[ \t]+(?:close|end|conclusion)"
    rf"[ \t]+of)[ \t]+(?:the[ \t]+)?)(?P<event>{_CAP})"
)
# A street address as a part of a place: "220 Market Street", "41 Baker Row".
STREET_PART = re.compile(r"[ \t]*\d{1,5}[A-Za-z]?[ \t]+[A-Z][\w.]*(?:[ \t]+[\w.]+)*[ \t]*$")
# A connector right before a word, which makes a participle after it an adjective: "and
# (Organised Crime)", "of (Trained Units)".
CONNECTOR_BEFORE = re.compile(r"\b(?:and|of|on|for|in|the|against|with|&)[ \t]+$", re.IGNORECASE)
# The launch a speech is given at: "Launch" of "at the Launch of the X Strategy".
LAUNCH_WORD = re.compile(r"\b[Ll]aunch\b")
# An event held both online and at a place: "Online and at X House", "X Hall and online".
HYBRID_PREFIX = re.compile(
    r"^(?:[Oo]nline|[Vv]irtual(?:ly)?|[Ll]ivestream)[ \t]+(?:and|&|\+)[ \t]+(?:at[ \t]+|in[ \t]+)?"
)
HYBRID_SUFFIX = re.compile(r"[ \t]+(?:and|&|\+)[ \t]+(?:online|virtually|livestreamed)$")
# A host's own place closing a venue phrase: "Sector East headquarters", "Nairobi campus".
OWN_PLACE_END = re.compile(rf"[ \t]{_OWN_PLACE}$")
# A count closing a capitalised phrase, which is no part of a name: "Workshop on X| for 40".
CONNECTOR_NUMBER_END = re.compile(r"[ \t]+(?:for|of|on|in|to|and|with)[ \t]+\d+$")
# A title in French quotation marks: "« La police dans les opérations de paix »".
GUILLEMETS = re.compile(r"«[ \t\u00a0]*(?P<q>[^«»\n]{3,200}?)[ \t\u00a0]*»")
# A date inside a capitalised phrase, after "on" or "in": "Course on X| on 8 June 2020".
ON_DATE_INSIDE = re.compile(r"[ \t]+(?:on|in)[ \t]+\d{1,2}\b")
# A page header or footer of a converted PDF: "Page 1 of 12", "- 3 -", "p. 4".
PAGE_LINE = re.compile(
    r"^[ \t]*(?:(?:[Pp]age|[Pp]\.)[ \t]*\d+(?:[ \t]*(?:of|/)[ \t]*\d+)?|-[ \t]*\d+[ \t]*-)[ \t]*$"
)
# A letter's salutation: "Dear colleagues,", "Excellencies, ladies and gentlemen,".
SALUTATION = re.compile(r"^[ \t]*(?:Dear|Excellenc(?:y|ies)|Distinguished|Ladies)\b.*,[ \t]*$")
# The subject label of a memo, a letter or an e-mail: "Subject: Town hall meeting on X".
SUBJECT_LABEL = re.compile(r"(?:Subject|SUBJECT|Re|RE|Objet|OBJET|Asunto|ASUNTO)")
# A date closing a title line after a spaced dash, a bar or a comma: "Launch of X – 12 May
# 2016", "International Conference, 22–24 September 2022".
TITLE_DATE_TAIL = re.compile(r"(?:[ \t]+[-–—][ \t]+|[ \t]*[|,][ \t]*)[^|,]*?\d[^|,]*$")
# A heading line that runs on to the next: it ends with a small word ("INTERNATIONAL
# SYMPOSIUM ON" / "PEACEKEEPING IN CITIES").
RUNS_ON = re.compile(r"[ \t](?:on|of|for|and|in|the|to|at|with|ON|OF|FOR|AND|IN|THE|TO|AT|WITH)$")
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
    r"\b\d+(?:st|nd|rd|th|ST|ND|RD|TH)[ \t]+(?:(?:Ordinary|Extraordinary|Regular|Special|ORDINARY"
    r"|EXTRAORDINARY|REGULAR|SPECIAL)[ \t]+)?(?:Session|SESSION)\b"
)
# A site banner over the headline: "Lakeside Staff College – College News", "Faculty of X -
# News and Events".
SITE_BANNER = re.compile(
    r"[ \t][-–—|:][ \t]+(?:[\w’']+[ \t]+){0,2}(?:News|Newsroom|Press Releases|Blog|Media Centre"
    r"|Events|News and Events|News & Events)$"
)
# A quotation that is the event's theme, not its name: "under the theme "X"".
THEME_BEFORE = re.compile(r"\btheme[ \t]*(?:of|was|:)?[ \t]*$", re.IGNORECASE)
# The word that introduces a quoted title, past a connector and an article: "Seminar on
# "X"", "a conference entitled "X"", "a two-day workshop, "X"", "the webinar "X"" -> the
# word before ("Seminar", "conference", "workshop", "webinar").
WORD_BEFORE_QUOTE = re.compile(
    r"(?P<word>[\w-]+)[ \t]*,?[ \t]*(?:(?:on|entitled|titled|called|named|themed|dubbed"
    r"|code-named|codenamed|:)[ \t]*)?"
    r"(?:(?:the|a|an|our|its|their|this)[ \t]+)?$",
    re.IGNORECASE,
)
# The words between a quoted title and its event noun after it: "“X” panel discussion",
# ""X", the annual public symposium", "our panel "X" at the Annual Conference" (the
# page's subject, held at the event); not across another preposition or a verb: ""X" with
# an event", ""X", which the Institute ran".
QUOTE_TAIL = re.compile(
    r"[ \t]*,?[ \t]*(?:(?!(?:with|in|on|for|by|to|of|from|and|was|is|which|were)\b)"
    r"[A-Za-z][\w-]*[ \t]+){0,3}"
)
# Words of a spoken quotation, which a title does not use: "In my town, the men decide".
SPOKEN = re.compile(r"\b(?:I|me|my|[Ww]e|us|our)\b|,[ \t]+(?:the|we|they|he|she|it)[ \t]")
# The place after an event cue ("held", "took place", "conference"): "held at the New Zealand
# High Commissioner’s residence in Suva", "conference at The Helix, Dublin City University
# (DCU)", "an event at the JICA Global Plaza, Tokyo", "took place at Grand Hyatt Seoul",
# "held at the mission's headquarters in Juba", "held on 29 May at the X headquarters", "held
# from 24 February to 6 March 2020 at the centre's main campus"; a line of a PDF's text may
# break after "at" or "the" ("took place at" / "the X Centre").
AT_VENUE = re.compile(
    r"[ \t]+(?:(?:[\w-]+|from[ \t]+[\w ,]{3,40}?\d{4}"
    r"|on[ \t]+(?:[\w ,]{3,25}?\d{4}|\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]+"
    r"|[A-Z][a-z]+\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?),?)[ \t]+){0,2}?"
    r"(?P<prep>at|in[ \t]+the)(?:[ \t]+|[ \t]*\n[ \t]*)(?:the(?:[ \t]+|[ \t]*\n[ \t]*))?"
    r"(?:[a-z-]+[’']s[ \t]+(?=[A-Z]))?"  # "hosted at the centre's Wolseley Hall"
    rf"(?P<venue>(?:{_CAP}|[a-z]+[’']s(?=[ \t]+(?:[a-z-]+[ \t]+)?{_OWN_PLACE}))"
    rf"(?:[ \t]+(?:[a-z-]+[ \t]+)?{_OWN_PLACE})?"
    r"(?:[ \t]+\([A-Z][\w+\-]*\))?)"
    rf"(?:,[ \t]+(?P<more>{_CAP}(?:[ \t]+\([A-Z][\w+\-]*\))?))?"
    r"(?:(?:,|[ \t]+in)[ \t]+(?P<city>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?))?"
)
# A body's name closing a phrase, which names who met rather than where: "the African Union",
# "the Security Council", "the United Nations".
BODY_LAST_WORD = re.compile(
    r"\b(?:Union|Council|Nations|Committee|Commission|Assembly|Organi[sz]ation|Community)$"
)
# A sentence naming the venue: "The venue was the Lakeside Hotel in Kigali", "the venue is X".
VENUE_WAS = re.compile(
    r"\b[Vv]enue[ \t]+(?:was|is|will[ \t]+be)[ \t]+(?:the[ \t]+)?"
    rf"(?P<venue>{_CAP})(?:(?:,|[ \t]+in)[ \t]+(?P<city>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?))?"
)
# A field after a separator on a line of fields: "Date: 3 May 2019 | Venue: Cedar Hall, Oslo"
# -> key "Venue", value "Cedar Hall, Oslo" (to the next separator).
INLINE_FIELD = re.compile(
    r"(?:^|[ \t]+[|·•][ \t]+|[ \t]{2,})(?P<key>[A-Z][A-Za-z]+)[ \t]*:[ \t]*(?P<value>[^|·•\n]+?)"
    r"[ \t]*(?=[ \t]+[|·•]|$)"
)
# A part of a field that is only a clock time or a weekday: " 10:00-12:30", " Monday".
CLOCK_PART = re.compile(
    r"[ \t]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d{1,2}(?:[:.]\d{2})?[ \t]*(?:[ap]\.?m\.?)?"
    r"(?:[ \t]*[-–][ \t]*\d{1,2}(?:[:.]\d{2})?[ \t]*(?:[ap]\.?m\.?)?)?(?:[ \t]*[A-Z]{3,4})?)[ \t]*",
    re.IGNORECASE,
)
# A cell of a table row written with tabs or pipes: "Venue<TAB>Cedar Hall", "| Venue | Cedar
# Hall |" -> "Venue", "Cedar Hall" (each without the spaces around it).
TABLE_CELL = re.compile(r"[^\t| ](?:[^\t|]*[^\t| ])?")
# The dash after a label that has no colon: "Venue - Cedar Hall" -> "- ".
LABEL_DASH = re.compile(r"[-–—][ \t]+")
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
# "Embassy honours Y", "Kofi Annan visits Z" (not "-ss", "-us", "-is": "across", "status"; not
# a French or Spanish article: "L'avenir des opérations"; not a plural noun that follows a
# capitalised word: "Opening remarks at the X").
HEADLINE_S_VERB = re.compile(
    r"^(?:[A-Z][\w’'.-]*[ \t]+)+(?!(?:des|les|ses|mes|tes|nos|vos|aux|las|los|dos|sus|mis|tus"
    r"|remarks|notes|points|proceedings|minutes|highlights|news|affairs|operations|forces"
    r"|nations|studies|relations|rights|series|services|headquarters|arms|means)\b)"
    r"(?P<verb>[a-z]{2,}(?<![sui])s)\b"
)
# A navigation line: "Home › News & Events › Reports", "Research | Events | Experts",
# "Events > Past Events", "Inicio / Noticias / Eventos" (three parts or more with "/").
NAV_LINE = re.compile(
    r"[›»>|].*[›»>|]|^[\w &]+[ \t][›»>][ \t][\w &]+$|^[\w &]+(?:[ \t]/[ \t][\w &]+){2,}$"
)
# A byline opening a line: "Posted 3 March 2015 by", "Published on", "By Ana Ruiz", "Publié le",
# "Last Updated: 15 March 2019", "Date of issue: 14/03/2019".
BYLINE_START = re.compile(
    r"^[ \t]*(?:Posted|Published|Updated|Last[ \t]+[Uu]pdated|By|Publié|Posté|Mis[ \t]+à[ \t]+jour"
    r"|Date[ \t]+of[ \t]+issue|Publicado)\b"
)
# A publication word right before a date in the middle of a line: "Speeches · Uploaded 03 June
# 2019", "News | Posted on 4 May 2021" (the date the page went up, not the event's).
PUBLISHED_BEFORE_DATE = re.compile(
    r"\b(?:Posted|Published|Uploaded|Updated|Last[ \t]+updated|Publié|Publicado)"
    r"(?:[ \t]+(?:on|in|at|le|el|em))?[ \t]*:?[ \t]*\Z"
)
# A weekday written right before a date without a year, e.g. "Saturday " of "Saturday 24
# October", "Fri., " of "Fri., March 3" (group ``day``: the weekday's stem).
WEEKDAY_RIGHT_BEFORE = re.compile(
    r"\b(?P<day>Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+(?:the[ \t]+)?\Z"
)
# A writer's name after the date on the date line, past a separator: "Wednesday, August 14,
# 2024 | By X, Staff Writer", "12 May 2021 · By X" (a byline that opens with its date).
BY_AFTER_DATE = re.compile(r"[ \t]*[|·•—–][ \t]*(?:By|Par|Por)[ \t]+[A-ZÀ-Ý]")
# An article or question word after a word, which makes it a verb: "debate the", "brief a".
ARTICLE_AFTER = re.compile(r"[ \t]+(?:the|a|an|how|whether|its|their)\b")
# A document number line over a headline: "Press Note No. 14/2014", "Press release 210/18",
# "GA/PK/137", "SC/9876".
DOC_NUMBER_LINE = re.compile(
    r"^(?:(?:press[ \t]+(?:note|release)|communiqu[ée]|statement|note)[ \t]+(?:(?:No\.?|Nr\.?|#)"
    r"[ \t]*[\w/.-]+|\d+(?:[/.-]\w+)*)|[A-Z]{2,}(?:/[A-Z0-9.]+)+)$",
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

# A body meeting in its numbered session, near the top of a communiqué: "The Mediation and
# Security Council (MSC) of X, meeting at ministerial level in its 44th Ordinary Session" ->
# "Mediation and Security Council 44th Ordinary Session".
BODY_ITS_SESSION = re.compile(
    r"\b[Tt]he[ \t]+" + BODY_NAME.pattern + r"[^.;\n]{0,160}?\bits[ \t]+"
    r"(?P<session>\d+(?:st|nd|rd|th)[ \t]+(?:(?:Ordinary|Extraordinary|Regular|Special)[ \t]+)?"
    r"Session)\b"
)
# A body's numbered meeting in running text: "The Peace and Security Council of the AU, at
# its 780th meeting held on 4 July" -> "Peace and Security Council 780th meeting".
BODY_ITS_MEETING = re.compile(
    r"\b[Tt]he[ \t]+" + BODY_NAME.pattern + r"[^.;\n]{0,80}?\b(?:at|in)[ \t]+its[ \t]+"
    r"(?P<session>\d+(?:st|nd|rd|th)[ \t]+meeting)\b"
)

# A place line near the top of a page: "Lumley Beach Conference Hall, Freetown",
# "Security Council Chamber, New York, 23 May 2019".
TOP_PLACE_LINE = re.compile(
    rf"^[ \t]*(?P<venue>{_CAP_WORD}(?:[ \t]+{_CAP_WORD}){{0,6}})"
    r",[ \t]+(?P<city>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)(?:,[ \t]+[^,\n]{4,30})?[ \t]*$"
)
# "at" or "in" opening a place line: "at University of Limerick (Lecture Theatre 2)".
AT_IN_START = re.compile(r"(?:at|in)[ \t]+")
# A comma that is not inside parentheses: "UN House (Hall A, East Wing), Tokyo" splits once.
COMMA_OUTSIDE_PARENS = re.compile(r",[ \t]*(?![^()]*\))")
# A further part of a venue after a comma: ", Ministry Annex".
VENUE_MORE = re.compile(rf",[ \t]+(?P<more>{_CAP})")

# What follows a venue but is not part of it: "Rosewood Hotel in Kigali on Monday".
VENUE_TRAILING_DAY = re.compile(
    r"[ \t]+on[ \t]+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d.*|[A-Z][a-z]+\.?(?:[ \t]+\d.*)?)$"
)
VENUE_TRAILING_MONTH = re.compile(
    r"[ \t]+in[ \t]+(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\b.*$"
)
# A clock time opening a place part after a date: "11:00, " of "29 May 2022, 11:00, Memorial
# Garden, Castle Hill".
LEADING_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?[ \t]*(?:,|[-–—])[ \t]*")
# A part of a place naming the open site it stands on, which stays with the venue: "Castle
# Hill" of "Memorial Garden, Castle Hill", "Town Green".
SITE_PART = re.compile(r"[A-Z]\w*[ \t]+(?:Hill|Green|Common|Esplanade|Promenade)[ \t]*$")
