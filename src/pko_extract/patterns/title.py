"""Regular expressions of the event's title beyond those of :mod:`.event` (event_title.py,
event_heading.py).

Each is a named constant with an example; vocabulary lives in the data files.
"""

from __future__ import annotations

import re

from pko_extract.patterns.event import _CAP

# A heading in capitals whose next line opens with a small word runs on to it ("REGIONAL
# SEMINAR ON THE PROTECTION OF CIVILIANS" / "IN UN PEACE OPERATIONS").
RUNS_ON_NEXT = re.compile(r"^[ \t]*(?:ON|OF|FOR|AND|IN|THE|TO|AT|WITH)[ \t]+[A-Z]")
# An observance named by its day ("International Day of UN Peacekeepers", "Journée
# internationale"): the event's name, which a theme it "carried" does not replace.
OBSERVANCE_DAY = re.compile(r"\b(?:Day|Journée|Día)\b")

# A weekday closing an event's name in running text: "the X Awards on Friday", "the Y Forum
# on Monday, 3 May".
ON_WEEKDAY_INSIDE = re.compile(
    r"[ \t]+(?:on|last|this|next)[ \t]+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
)
# Connectors after a weekday inside a capitalised phrase, before the event's name: "in
# Entebbe on Friday for the Open Day on X" -> "Open Day on X".
LEADING_CONNECTORS = re.compile(r"[ \t]*(?:(?:for|at|of|in|on|to|the|and)[ \t]+)*")
# A name that ends "on/of/for X" and goes on with a list: "Open Day on Women, Peace and
# Security", "Workshop on Gender, Peace and Security" (the comma ends a capitalised phrase).
NAME_LIST_END = re.compile(r"\b(?:on|of|for)[ \t]+[A-Z][\w’'-]*$")
NAME_LIST_TAIL = re.compile(
    r",[ \t]+[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)?,?[ \t]+(?:and|&)[ \t]+[A-Z][\w’'-]*"
)
# An observance named in French or Spanish, its words in lower case: "la Journée
# internationale des Casques bleus des Nations Unies au camp" -> up to "au"; "el Día
# Internacional del Personal de Paz en Bamako" -> up to "en".
OBSERVANCE_NAME = re.compile(
    r"\b(?:Journée|Día|Semaine|Semana)[ \t]+(?:[Ii]nternationale?|[Mm]ondiale|[Nn]ationale"
    r"|[Ii]nternacional|[Mm]undial|[Nn]acional)\b[^\n,.;:()]*?"
    r"(?=[ \t]+(?:au|à|en|le|avec|dans|par|con|el|lors|sur|y|et)[ \t]|[,.;:()\n]|$)"
)
# A subject after its event noun: "the workshop on X", "a seminar about X", "the forum: X".
NOUN_SUBJECT_LEAD = re.compile(r"(?:[ \t]+(?:on|of|for|about)[ \t]+|[ \t]*:[ \t]*)$")
# A title going on after a small word that a capitalised phrase does not take: "titled Lessons
# from the Drawdown in Darfur for Future Mission Transitions".
TITLE_RUN_ON = re.compile(
    r"(?:[ \t]+(?:from|with|after|before|through|towards|beyond|by|into|under|over|against"
    rf"|between|without|within|across|at|during|amid)[ \t]+(?:(?:the|a|an)[ \t]+)?{_CAP})+"
)
# A day of a programme, or another numbered label, before its date: "Day 1 – 10 April 2019"
# (not the range "1 – 10 April"), "Jour 2 : 11 avril", "Día 1 - 10 de abril", a version or
# issue line "Version 3 – 12 OCT 2022", "Issue 4 – 2 May 2019", "Week 1 – 9 March".
DAY_NUMBER_BEFORE = re.compile(
    r"\b(?:Day|DAY|Jour|JOUR|Día|DÍA|Version|VERSION|Rev\.|REV\.|Issue|ISSUE|Week|WEEK)[ \t]*$"
)
# The last clause opening before a word: "..., which ended on Saturday" (a relative clause
# after a comma); what the sentence says before it is another clause's.
CLAUSE_OPENING = re.compile(
    r"(?:[,;][ \t]+(?:which|who|that|where|when)\b)(?!.*[,;][ \t]+(?:which|who|that|where|when)\b)"
)
# The capitalised subject after a lower-case event noun: "A webinar on Policing in Missions
# during the Pandemic was held", "the workshop on Early Warning and Mission Analysis".
NOUN_ON_SUBJECT = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he)[ \t]+(?:[\w-]+[ \t]+){{0,2}}?(?P<noun>[a-z][\w-]*)[ \t]+(?:on|about)[ \t]+"
    rf"(?P<q>{_CAP})"
)
# A kind of ceremony, which names no event: "Medal parade", "handover ceremony", "Cérémonie".
CEREMONY_KIND = re.compile(
    r"(?:[\w-]+[ \t]+)?(?:parade|ceremony|cérémonie|ceremonia|dinner|luncheon|reception|send-off)",
    re.IGNORECASE,
)
# A kind of ceremony and whom or where it was for: "Medal Ceremony for Ghanaian Battalion",
# "Medal parade in Malakal" (no name when what follows names no event).
CEREMONY_FOR = re.compile(
    CEREMONY_KIND.pattern + r"(?:[ \t]+(?:for|of|in|at|honou?ring)[ \t]+(?P<rest>.+))?",
    re.IGNORECASE,
)
# A kind of ceremony and where it was held, no name: "Medal Parade in Juba", "Medal Parade".
CEREMONY_AT_PLACE = re.compile(
    CEREMONY_KIND.pattern + r"(?:[ \t]+(?:in|at)[ \t]+[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?)?",
    re.IGNORECASE,
)
# An adjective after an event noun before a quoted title, in French, Spanish, Italian or
# Portuguese: "il seminario internazionale "X"", "le colloque régional « X »".
ADJECTIVE_AFTER_NOUN = re.compile(
    r"(?P<word>[\w-]+)[ \t]+(?:internazionale|internacional|international|internationale"
    r"|regional|regionale|régional|régionale|nazionale|nacional|national|nationale|annuel"
    r"|annuelle|anual|annuale)[ \t]*:?[ \t]*$",
    re.IGNORECASE,
)
# A numbered or yearly edition before an event's name: "The 11th Retreat of the Council",
# "Fifth Annual Lecture", "the Annual Meeting of the Network": a recurring event's own name.
EDITION_WORD = re.compile(
    r"\b(?:\d+(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth"
    r"|Tenth|Annual)\b"
)
# The body's own subject after a name: "the 11th Retreat of the Council on its Working
# Methods", "a Meeting of the Board on their Rules of Procedure".
POSSESSIVE_SUBJECT_TAIL = re.compile(rf"[ \t]+on[ \t]+(?:its|their)[ \t]+{_CAP}")
# A course's or an issue's number on a line of its own: "Course No. 2/2019", "Issue #14"; a
# programme's episode or issue closing its line: "Peacekeeping Today, Episode 14".
NUMBER_LINE = re.compile(
    r"^[ \t]*(?:[A-Z][\w-]*[ \t]+)?(?:No\.|Nr\.|N°|#)[ \t]*\d+(?:[/-]\d+)?[ \t]*$"
    r"|^[^\n]*?[,:|–-][ \t]*(?:Episode|Ep\.|Issue|Vol\.|Volume)[ \t]+\d+[ \t]*$"
)
# Words before another event than the report's: "on the eve of the International Day of X",
# "ahead of the Summit", "in the run-up to the Conference", "on the sidelines of the Summit".
BEFORE_OTHER_EVENT = re.compile(
    r"\b(?:eve[ \t]+of|ahead[ \t]+of|run-up[ \t]+to|in[ \t]+preparation[ \t]+for|prior[ \t]+to"
    r"|sidelines[ \t]+of|margins?[ \t]+of)"
    r"[ \t]+(?:the[ \t]+)?$",
    re.IGNORECASE,
)
# The event's place right after its name: " took place in Bamako", " was held at the X", " was
# held in the (main) auditorium of the X", " took place on 19 March 2020 in Accra".
PLACE_FOLLOWS = re.compile(
    r"[ \t]+(?:[a-z]+[ \t]+){0,3}?(?:on[ \t]+\d{1,2}[ \t]+[A-Z][a-z]+(?:[ \t]+\d{4})?,?[ \t]+)?"
    r"(?:in|at)[ \t]+(?:the[ \t]+)?(?:[A-Z]|(?:[a-z]+[ \t]+){1,2}of[ \t]+the\b)"
)
# An invitation's formula, under its hosts and over the event it invites to: "have the honour to
# invite you to", "requests the pleasure of your company at", "cordially invites you to", "YOU
# ARE INVITED".
INVITATION_LINE = re.compile(
    r"\b(?:ha(?:s|ve)[ \t]+the[ \t]+(?:honou?r|pleasure)[ \t]+(?:to[ \t]+invite|of[ \t]+inviting)"
    r"|requests?[ \t]+the[ \t]+pleasure[ \t]+of[ \t]+your[ \t]+company"
    r"|(?:cordially[ \t]+)?invites?[ \t]+you[ \t]+to|you[ \t]+are[ \t]+(?:cordially[ \t]+)?invited)\b",
    re.IGNORECASE,
)
# A line opening with an article in lower case, which goes on a line above it: "a High-Level
# Panel Discussion" under "have the honour to invite you to" (a kind of event, not its name).
LOWER_ARTICLE_START = re.compile(r"^[ \t]*an?[ \t]")
# Kinds of event joined on one line under a title: "Panel discussion and book presentation".
KIND_JOINER = re.compile(r"[ \t]+(?:and|&|\+)[ \t]+")
# A recurring event named in lower case in running text, with its subject: "the annual seminar
# on civil-military coordination in peace operations, held at ...", "the 21st international
# peacekeeping course for junior officers came to an end" (up to a comma, a parenthesis or a
# verb of the sentence).
_NAME_STOP = r"(?:was|were|is|held|which|that|organi[sz]ed|hosted|came|ended|closed|opened|took|in[ \t]+[A-Z])"
RECURRING_LOWER_NAME = re.compile(
    r"\b[Tt]he[ \t]+(?P<name>(?:annual|yearly|\d+(?:st|nd|rd|th))[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}?"
    r"(?P<noun>[a-z][\w-]*)[ \t]+(?:on|about|of|for)[ \t]+"
    rf"[a-z][\w-]*(?:[ \t]+(?!{_NAME_STOP}\b)"
    rf"[\w-]+)*?)(?=[ \t]*[,.;()]|[ \t]+{_NAME_STOP}\b)"
)
# An event noun in lower case after a possessive: "the Minister's meeting with X", "the
# Under-Secretary-General's visit", "peacekeepers' reunion": an unnamed event (checked on the
# noun's start).
POSSESSIVE_BEFORE = re.compile(r"(?:[\w.-]['’]s|\ws['’])[ \t]+(?:[a-z][\w-]*[ \t]+)?$")
# A page's own title on its first line, before the site's name: "X Conference | Institute for
# Y", "X Forum – Y Network".
PAGE_TITLE_SPLIT = re.compile(r"[ \t]+[|–—][ \t]+")
# An organisation's name ending with an event noun: "Institute for Security Dialogue",
# "Centre for Humanitarian Dialogue" (its first word a body's and "for"/"of" after it).
ORG_HEAD_OF = re.compile(r"^(?:The[ \t]+)?[A-Z][\w-]*[ \t]+(?:for|of)[ \t]")
# A series' name and number before a heading's own title: "Peace Ops Conversations #12: X",
# "Podcast Episode 4 – X", "Webinar No. 3: X".
SERIES_NUMBER_PREFIX = re.compile(
    r"^[^:\n]{0,60}?(?:#|\b(?:No\.|Episode|Ep\.|Part|Session)[ \t]*)\d+[ \t]*(?::|[–—-][ \t])[ \t]*"
)
# A line of one small word between two lines of a heading on a cover: "HIGH-LEVEL SEMINAR" /
# "on" / "PEACE OPERATIONS AND THE PROTECTION OF CIVILIANS".
SMALL_WORD_LINE = re.compile(r"^[ \t]*(?:on|of|for|in|ON|OF|FOR|IN|On|Of|For)[ \t]*$")
# A report's section heading, which names no event: "Executive Summary", "1. Introduction",
# "Background", "Table of Contents", "About the conference".
SECTION_HEADING = re.compile(
    r"^[ \t]*(?:\d+\.?[ \t]+)?(?:Executive[ \t]+Summary|Summary|Introduction|Background|Overview"
    r"|Foreword|Preface|Abstract|Contents|Table[ \t]+of[ \t]+Contents|Acknowledge?ments"
    r"|Key[ \t]+(?:Findings|Messages|Points|Takeaways)|Conclusions?|Recommendations"
    r"|About[ \t]+(?:the|this|our)[ \t]+[\w-]+)[ \t]*:?[ \t]*$",
    re.IGNORECASE,
)
# A sentence saying the event closed, and one saying when it opened: "UNPOL Week closed on
# Friday" / "The week opened on Monday, 11 November" (the event's first day is the second).
CLOSED_VERB = re.compile(
    r"\b(?:closed|ended|concluded|wrapped[ \t]+up|came[ \t]+to[ \t]+a[ \t]+close)\b", re.IGNORECASE
)
OPENED_VERB = re.compile(
    r"\b(?:opened|began|started|kicked[ \t]+off|got[ \t]+under[ \t]?way)\b", re.IGNORECASE
)
# A closing parenthesis naming who organised an event: "Informal briefing on X (organized by
# the Permanent Mission of Y)".
ORGANISER_PAREN = re.compile(
    r"[ \t]*\((?:co-)?(?:organi[sz]ed|hosted|convened|sponsored)[ \t]+by[^()]*\)[ \t]*$",
    re.IGNORECASE,
)
# A programme's day label, which names no event: "Day One", "Day 2", "DAY THREE".
DAY_LABEL = re.compile(
    r"^[ \t]*(?:Day|DAY)[ \t]+(?:\d+|One|Two|Three|Four|Five|ONE|TWO|THREE|FOUR|FIVE)[ \t]*:?[ \t]*$"
)
# An earlier edition named before the report's event: "Following last year's X Forum", "the
# previous X Conference" (not "last week's X", often the event reported).
EARLIER_EDITION = re.compile(
    r"\b(?:(?:last|previous|past)[ \t]+year['’]s|previous)[ \t]+$", re.IGNORECASE
)
# A day of the month alone, its month the publication's: "was held on the 5th (Tue)" (not
# "the 5th of June").
DAY_OF_MONTH = re.compile(
    r"\bon[ \t]+the[ \t]+(?P<day>\d{1,2})(?:st|nd|rd|th)\b(?![ \t]+(?:of|[A-Z]))"
)
# A press release's genre line: "PRESS RELEASE", "News release", "Media release".
RELEASE_LINE = re.compile(r"^(?:press|news|media)[ \t]+releases?$", re.IGNORECASE)
# A press release's genre line with its number: "PRESS RELEASE No. 23/2019", "COMMUNIQUÉ DE
# PRESSE N° 014/ABC/CAB", "Comunicado de prensa n.º 7" (the release's, never the event's name).
RELEASE_NUMBER_LINE = re.compile(
    r"^[ \t]*(?:(?:press|news|media)[ \t]+release|communiqu[ée][ \t]+de[ \t]+presse"
    r"|comunicado[ \t]+de[ \t]+(?:prensa|imprensa))[ \t]*(?:No\.?|Nr\.|N[°º]|n\.?[°º]|#)"
    r"[ \t]*[A-Z0-9][\w/.-]*[ \t]*$",
    re.IGNORECASE,
)
# A session line between a body and its meeting line: "Seventy-Third Session", "2019
# Substantive Session", "Resumed Session".
SESSION_LINE = re.compile(r"^[ \t]*(?:[\w-]+[ \t]+){0,2}(?:[Ss]ession|SESSION)[ \t]*$")
# A programme row opening the event it names: "09:00 Opening of the Regional Workshop on X by
# the Director" (the row names the report's event).
OPENING_OF_BEFORE = re.compile(r"\b(?:[Oo]fficial[ \t]+)?[Oo]pening[ \t]+of[ \t]+(?:the[ \t]+)?$")
# The same at the start of a capitalised phrase, after a clock's minutes: "00 Opening of the X
# Workshop" of "09:00 Opening of the X Workshop".
OPENING_LEAD = re.compile(r"(?:\d+[ \t]+)?(?:Official[ \t]+)?Opening[ \t]+of[ \t]+(?:the[ \t]+)?")
# A first-person word in a heading, which makes it a sentence, no name: "What I learned at the
# Kampala Retreat", "Why we went to the Forum".
FIRST_PERSON_WORD = re.compile(
    r"(?<![\w'’])(?:I|I['’]ve|I['’]m|[Ww]e|[Mm]y|[Oo]ur|[Uu]s)(?![\w'’])"
)
# A ceremony or parade held for a Day, which names the Day elsewhere: "Peacekeepers' Day
# ceremony in Goma".
DAY_CEREMONY = re.compile(
    r"\bDay[ \t]+(?:ceremony|ceremonies|celebrations?|parade)\b", re.IGNORECASE
)
# The parts of a publication bar under a site's or paper's name: "Monday, 4 May 2015 | News >
# Features", "Obituaries | Wednesday 4 April 2012", "Home / Episodes / Ep. 12".
BAR_SEPARATOR = re.compile(r"[ \t]+[|·>›»/][ \t]+")
# A word of a publication bar that says the page was published, not the event held: "News &
# Stories | Posted 3 March 2015 by X", "Report No. 2/2020 (published 9 June 2020)".
PUBLISHED_WORD = re.compile(r"\b(?:[Pp]osted|[Pp]ublished|[Pp]ublié|[Pp]ublicado)\b")
# The gap between the cells of a menu written on one line: "Home   About   Events   Contact"
# (three spaces or more, or a tab).
MENU_GAP = re.compile(r"[ \t]{3,}|\t")
# A short breadcrumb of two parts: "Events / Past events", "News > 2018" (each part three
# words at most; the caller asks that one of them be a genre word).
SHORT_CRUMB = re.compile(
    r"^[ \t]*(?P<a>[\w&'’-]+(?:[ \t]+[\w&'’-]+){0,2})[ \t]+[/>›»][ \t]+"
    r"(?P<b>[\w&'’-]+(?:[ \t]+[\w&'’-]+){0,2})[ \t]*$"
)
# The separator of a banner's parts: "ANNUAL CONFERENCE 2023 | X | 12-14 SEPTEMBER 2023 | ACCRA".
BANNER_SPLIT = re.compile(r"[ \t]+[|·•][ \t]+")
# A year or an edition's number beside the kind of event in a banner: "ANNUAL CONFERENCE 2023",
# "5th Forum", "Forum 2019".
KIND_EDITION = re.compile(r"\b(?:\d{4}|\d+(?:st|nd|rd|th)|[IVX]+)\b", re.IGNORECASE)
# The bar after a heading's kind of event: "Webinar | Data for Peace".
KIND_BAR = re.compile(r"[ \t]+\|[ \t]+")
# What stands before the opening or closing of a course in a programme's or a speech's
# heading, e.g. "PROGRAMME FOR THE " of "PROGRAMME FOR THE CLOSING CEREMONY OF THE X COURSE",
# "AT THE " of "AT THE OFFICIAL OPENING OF THE 14TH X COURSE": the occasion is the title.
OCCASION_PREFIX = re.compile(
    r"(?:(?:programme|program|order[ \t]+of[ \t]+(?:events|proceedings))[ \t]+(?:for|of)[ \t]+"
    r"the[ \t]+|at[ \t]+the[ \t]+)"
    r"(?=(?:official[ \t]+)?(?:opening|closing|graduation|passing[ -]out)\b)",
    re.IGNORECASE,
)
# The separator of a bar of page furniture: a middle dot or bullet between items, e.g.
# "PAST EVENT · EXPERT PANEL", "Official website of X · Contact · Sitemap", "IN THIS ISSUE:
# Notes · Report · Diary".
DOT_BAR = re.compile(r"[ \t]+[·•][ \t]+")
# The launch of a named project, strategy or report as the event: "spoke at the project launch
# of Strengthening National Capacities for X", "during the official launch of the X
# Programme" -> the launched thing's name (``name``).
LAUNCH_OF_NAME = re.compile(
    r"\b(?:at|during|for|attended)[ \t]+the[ \t]+(?:[a-z]+[ \t]+)?launch[ \t]+of[ \t]+"
    rf"(?:the[ \t]+)?(?P<name>{_CAP})"
)
# A heading that reports a visit, an unnamed event: "Visit of the Chief of Defence Staff to
# Sector East", "Official visit by X", "Visite du ministre à Y".
VISIT_HEAD = re.compile(
    r"^[ \t]*(?:(?:Official|Working|Field|Farewell|Courtesy)[ \t]+)?(?:Visit|Visite|Visita)"
    r"[ \t]+(?:of|by|to|de|du|des|d['’]|del|al|à|a)\b",
    re.IGNORECASE,
)
# A breadcrumb opening with the site's home page: "Home / Episodes / Ep. 12", "Home > News".
HOME_CRUMB = re.compile(r"^[ \t]*(?:Home|Accueil|Inicio|Startseite)[ \t]*[|·>›»/]")
# An episode's number in a heading: "Ep. 12", "Episode 7", "EP 3".
EPISODE_NUMBER = re.compile(r"\b(?:Ep\.?|Episode)[ \t]*\d+", re.IGNORECASE)
# A label saying its line reports on an event: "Seminar recap", "Workshop report", "Event
# summary", "Conference highlights".
REPORT_GENRE_WORD = re.compile(
    r"\b(?:recap|report|summary|highlights|review|takeaways|debrief)\b", re.IGNORECASE
)
# "next" before an event noun, perhaps past one word: "the next seminar", "our next public
# lecture" (the next event of a series, not the report's).
NEXT_WORD = re.compile(r"\b[Nn]ext[ \t]+")
# One word and the space after it: "public " of "next public lecture".
ONE_WORD = re.compile(r"[\w-]+[ \t]+")
# A weekday right before a date: "on Tuesday, March 12", "Wed. 4 May"; in Spanish, French or
# Portuguese: "el jueves 16 de enero", "le mardi 4 mars", "na quinta-feira, 16 de janeiro".
WEEKDAY_BEFORE = re.compile(
    r"(?:\b(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
    r"|(?<!\w)(?i:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|lundi|mardi"
    r"|mercredi|jeudi|vendredi|samedi|dimanche|(?:segunda|ter[çc]a|quarta|quinta|sexta)-feira))"
    r",?[ \t]+(?:the[ \t]+)?$"
)
# A letterhead's town and country after a dash or a bar, ending the line: " - Musanze, Rwanda"
# of "X INSTITUTE (XI) - Musanze, Rwanda", " | Accra" (one to three capitalised names, at most
# two words each).
LETTERHEAD_TOWN = re.compile(
    r"[ \t]+[-–—|][ \t]+[A-Z][\w’'-]*(?:[ \t][A-Z][\w’'-]*)?"
    r"(?:,[ \t]+[A-Z][\w’'-]*(?:[ \t][A-Z][\w’'-]*)?){0,2}[ \t]*$"
)
# Numbered days of a programme, which name no event: "Day 1 and Day 2", "Day 3", "Days 2 to 4".
PROGRAMME_DAYS = re.compile(
    r"Days?[ \t]+\d{1,2}(?:[ \t]*(?:,|and|to|&|-|–)[ \t]*(?:Day[ \t]+)?\d{1,2})*"
)
# "for the" inside a capitalised phrase, before the event it names: " for the " of "Uruguay for
# the Regional Seminar on Gender".
FOR_THE_INSIDE = re.compile(r"[ \t]+for[ \t]+the[ \t]+(?=[A-Z0-9])")
# A byline in lower case opening its line, a name after it: "by Ana Ruiz, Spokesperson for X".
BY_NAME_LINE = re.compile(r"^[ \t]*by[ \t]+[A-Z][\w.’'-]*[ \t]+[A-Z]")
# A session opening a meeting's number line: "Seventy-Seventh Session, " of "Seventy-Seventh
# Session, 98th Meeting (AM)".
SESSION_BEFORE_MEETING = re.compile(r"[ \t]*(?P<s>[A-Z][\w-]*[ \t]+(?:[Ss]ession|SESSION),[ \t]+)")
# A closing "in" phrase that is an event's subject, not its place: " in Peace Operations", " in
# Peacekeeping", " in Missions", " in UN Missions".
TOPIC_TAIL = re.compile(
    r"\s+in\s+(?:(?:Peace|UN|Field|Peace[ \t]+Support)\s+)?(?:Operations|Missions|Peacekeeping)"
)
# A numbered meeting anywhere on a line: "Security Council 8391st meeting", "214th MEETING".
NUMBERED_MEETING = re.compile(r"\b\d+(?:st|nd|rd|th)[ \t]+(?:plenary[ \t]+)?meeting\b", re.I)
# A broadcast's labels: "Programme: Evening Bulletin" over "Broadcast: Friday 8 September
# 2023" names the show that reported the event, not the event.
SHOW_KEYS = frozenset({"programme", "program", "show"})
AIRED_KEYS = frozenset({"broadcast", "aired", "air date", "first broadcast"})
# A document's genre label with its version or reference code, over the event's own title:
# "Conference programme (final version, uploaded 2 May 2023)", "WORKSHOP REPORT -
# KCPN/WR/2024/03", "Meeting minutes - Ref. 12/2021".
DOC_GENRE_LINE = re.compile(
    r"^[ \t]*(?:[A-Za-z][\w-]*[ \t]+){0,2}(?:programme|program|report|minutes|agenda|summary)"
    r"[ \t]*(?:\(|[–—-][ \t]*(?:Ref\.?[ \t]*)?[A-Z0-9][\w/.-]*\d[\w/.-]*[ \t]*$)",
    re.IGNORECASE,
)
# A document's reference line: "Ref.: EGMS/3/MIN   Distribution date: 19 November 2021",
# "Our ref: 2021/114", "Reference No. 27/2019"; a report's or document's number line: "Report
# No. ABC/WS/2021/07 - Distribution: X", "Document No. 4/2020".
REF_LINE = re.compile(
    r"^[ \t]*(?:Our[ \t]+)?Ref(?:erence)?\.?[ \t]*(?:No\.?[ \t]*)?[:.]?[ \t]*[A-Z0-9]"
    r"|^[ \t]*(?:Report|Document|Doc\.)[ \t]+(?:No\.|Nr\.|N[°º]|#)[ \t]*[A-Z0-9][\w/.-]*\d"
)
# An account's handle on a line: "Thread by @PeaceLab", "@PeaceLab · 3h" (a social-media
# frame's line, never an event's name).
HANDLE_LINE = re.compile(r"(?<![\w.])@[A-Za-z0-9_]{2,}")
# A site's or show's name with its tagline after a dash: "BLUE LINES — a podcast about the
# people who keep the peace", "Peace Matters - the newsletter of X".
TAGLINE = re.compile(r"^[ \t]*[^\n—–]{2,60}?[ \t]+[—–-][ \t]+(?:a|an|the)[ \t]+[a-z]")
# A show's or a site's tagline on a line of its own, under its name: "a podcast about the
# people who keep the peace", "the newsletter of the X Centre" (the name over it is no title).
TAGLINE_LINE = re.compile(
    r"^[ \t]*(?:a|an|the)[ \t]+(?:[a-z-]+[ \t]+){0,2}"
    r"(?:podcast|newsletter|blog|magazine|bulletin|show|journal)[ \t]+(?:about|on|of|for)[ \t]"
)
# A newspaper's section label over a feature, an opinion or a profile: "FEATURES",
# "Opinion", "Analysis", "Profile" (its headline is the story's, not an event's name).
FEATURE_SECTION = re.compile(
    r"^[ \t]*(?:Features?|Opinion|Analysis|Profiles?|Long[ \t]+reads?|Weekend|Magazine"
    r"|Human[ \t]+interest|Comment)[ \t]*$",
    re.IGNORECASE,
)
# The last part of a breadcrumb, past its separator: "General Assembly > Fourth Committee" ->
# "Fourth Committee" (a meetings-coverage page's body, over its meeting number).
CRUMB_LAST = re.compile(r"[ \t][>›»/|][ \t]+(?P<last>[^>›»/|\n]+?)[ \t]*$")
# A subtitle after a title's head, as a quotation gives it in full: ": Peacekeeping under
# COVID-19", " - Lessons from Mali" (a colon or a spaced dash, then a capitalised word).
SUBTITLE_AFTER = re.compile(r"(?::|[ \t][–—-])[ \t]+[A-Z0-9]\S*(?:[ \t]+\S+)+$")
# An edition's ordinal before an event's name: "14th", "3rd", "Twenty-first".
ORDINAL_WORD = re.compile(
    r"(?:\d{1,3}(?:st|nd|rd|th)|(?:Twenty|Thirty|Forty|Fifty)-(?:first|second|third|fourth"
    r"|fifth|sixth|seventh|eighth|ninth)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth"
    r"|Ninth|Tenth|Eleventh|Twelfth)"
)
