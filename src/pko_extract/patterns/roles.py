"""Regular expressions of roles and agenda parts (agenda_prose.py, agenda_program.py,
agenda_rows.py).

Each is a named constant with an example; vocabulary lives in the data files.
"""

from __future__ import annotations

import re

from pko_extract.patterns.layout import DAY_CELL

# --------------------------------------------------------------------------------------
# Roles and agenda parts in running text (agenda.py)
# --------------------------------------------------------------------------------------

# Cues after which the person follows ("chaired by X", "Photo by X").
AFTER_CUE = re.compile(r"(?:\bby|\bfrom|\bwith|:)$")

# The gap between two role cues that are two verbs of one subject: "X opened the seminar
# and moderated ...", "X bid the officers welcome and gave the audience a briefing": no
# stop or new line, then "and" and at most four lower-case words before the second cue.
SECOND_VERB_GAP = re.compile(r"[^.;:!?\n]{0,120}?\band[ \t]+(?:[a-z’'-]+[ \t]+){0,4}")

# A panel whose members follow a verb after an apposition that interrupts it: "The panel,
# moderated by Ms. X, included A and B" (the uninterrupted "panel included" is a cue).
PANEL_SUBJECT = re.compile(
    r"\b(?:panel|round[ -]?table)[ \t]*,[^,;:\n]{3,100},[ \t]*"
    r"(?:included|includes|featured|features|comprised|consisted[ \t]+of)\b"
    # "a panel on women and security brought together A, B and C" (lower case: not a body,
    # "the Independent Panel on ...")
    r"|\b(?:a|an|the)[ \t]+(?:[a-z-]+[ \t]+)?(?:panel|round[ -]?table)[ \t]+on[ \t]+[^,;:\n]{3,100}?"
    r"[ \t]+(?:brought[ \t]+together|featured|included|gathered)\b"
)

# A cue that names the person right after it ("introduced the keynote speaker, Dr. X"):
# a comma or colon, within a few characters, before that person.
CUE_NAMES_NEXT = re.compile(r"[^.;:!?\n,]{0,20}[,:][ \t]*$")

# A role announced with a count: "We had three wonderful panellists.", "two speakers".
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
COUNTED_ROLE = re.compile(
    r"\b(?P<n>two|three|four|five|six|seven|eight|[2-8])[ \t]+(?:[a-z-]+[ \t]+){0,2}"
    r"(?P<noun>panellists|panelists|speakers|presenters|discussants|commentators)\b",
    re.IGNORECASE,
)

# A byline or photo credit before a name: "By Ana Ruiz", "Reporting by X", "Photo by Y".
BYLINE = re.compile(
    r"(?:^|\n|[·•|])[ \t]*(?:By|Posted by|Written by|Reporting by|Reported by|Text by|Story by"
    r"|Produced by|Edited by|Compiled by|Music by|Notes by)[ \t]+"
    r"|\bPhoto(?:graph)?s?[ \t]+by[ \t]+"
)
# A second writer joined to a byline's name: " & " of "Notes by J. Ferreira & L. Obi".
BYLINE_JOIN = re.compile(r"[ \t]+(?:&|and)[ \t]+(?=[A-Z])")
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

# A part of the program named by its place in the day: "In the first session, X ...",
# "During the second session, ...", "the programme's inaugural session", "A first panel
# discussed ...", "The second session, on "Title", was chaired by ...". Not "the first session of the Committee" (a meeting of a body); opening and
# closing sessions are role cues (data/role_cues.jsonl).
# PART_PLACES: the place in the programme each word names (-1: the last part; 0: a time of
# day, no place).
PART_PLACES = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "inaugural": 1,
    "final": -1,
    "last": -1,
    "concluding": -1,
    "morning": 0,
    "afternoon": 0,
}
ORDINAL_PART = re.compile(
    r"\b(?:a|the)[ \t]+(?:[\w’'-]+['’]s[ \t]+)?"
    rf"(?P<title>(?:{'|'.join(PART_PLACES)})"
    r"[ \t]+(?P<noun>session|panel discussion|panel|roundtable|round table"
    r"|workshop|segment))\b(?![ \t]+of\b)"
    r"(?:,?[ \t]+(?:on|entitled|titled)[ \t]+[\"“](?P<quoted>[^\"“”\n]{3,150})[\"”])?",
    re.IGNORECASE,
)
# The same part named by its number in words after the noun: "Session one looked at X",
# "In session two, ...", "Panel three heard from ..." (its title: "first session").
CARDINAL_PART = re.compile(
    r"\b(?P<noun>[Ss]ession|[Pp]anel)[ \t]+(?P<number>one|two|three|four|five|six)\b"
    r"(?![ \t]+of\b)(?![ \t]*[-–—:])"
)
CARDINAL_PLACES = {
    "one": "first",
    "two": "second",
    "three": "third",
    "four": "fourth",
    "five": "fifth",
    "six": "sixth",
}
# The words before such a part when it frames its sentence: "In the programme's inaugural
# session, X bid the officers welcome" (a welcome inside the part, not a part of its own).
PART_FRAME = re.compile(r"[ \t]*(?:In|During|At)[ \t]+", re.IGNORECASE)

# "at the session on the Guest of the Chair", "the session marking the tenth anniversary of X".
ON_PART = re.compile(
    r"\bthe[ \t]+(?P<noun>session|panel|workshop)[ \t]+(?:on|marking|devoted[ \t]+to|dedicated[ \t]+to|about)[ \t]+(?:the[ \t]+)?"
    r"(?P<title>[^,;.()\n]{3,120}?)(?=[ \t]+and[ \t]+(?:once|then|at|in)\b|[,;.()]|$)",
    re.IGNORECASE,
)


# --------------------------------------------------------------------------------------
# Roles in running text (agenda_prose.py)
# --------------------------------------------------------------------------------------

# The end of the text before an inverted reporting verb whose subject follows it:
# '..., said Mr. X', '“...” noted the Chair, Ms. Y'.
INVERSION_LEAD = re.compile(r"[,\"“”’'][ \t]*$")
# A preposition right after a reporting verb, before the person: "paid tribute to Sergeant X",
# "spoke of Mr. Y" (the person is the verb's object, not its inverted subject).
CUE_OBJECT_PREPOSITION = re.compile(r"[ \t]+(?:to|of|for|about|on|with)[ \t]")
# A copula between a cue and the person it introduces: "Also speaking were X and Y".
COPULA_GAP = re.compile(r"\b(?:was|were|is|are|included|includes|being)\b")
# The agent of a passive right before a name: "was introduced by Professor X".
AGENT_LEAD = re.compile(r"\bby[ \t]+(?:the[ \t]+)?(?:[A-Z][\w.’'-]*[ \t]+){0,4}$")
# A lower-case word right after a cue ending in "by"/"with" that is not the start of a
# person's title: "address by video link", "by phone" (but "received by the Minister, X").
CUE_MEDIUM = re.compile(r"[ \t]+(?!the\b)[a-z]")
# A second subject joined to the first: "X opened the plenary together with Y".
JOINT_SUBJECT = re.compile(r"\b(?:together|along)[ \t]+with\b|\balongside\b")
# A second predicate before "together with": "X addressed the graduates and handed out
# certificates together with Y": Y shares the handing out, not the address.
SECOND_PREDICATE = re.compile(r"\band[ \t]+(?:then[ \t]+|also[ \t]+)?[a-z]+ed\b")
# A relative clause on a person's relative or colleague, ending at the name it introduces:
# "Mrs. A, whose husband, Sergeant B, died in 2006, spoke": B is not the subject.
WHOSE_LEAD = re.compile(
    r"\bwhose[ \t]+[a-z]+(?:[ \t]+[a-z]+)?,?[ \t]+(?:[A-Z][\w.’'()-]*[ \t]+){0,4}$"
)
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
# A presiding role written right before a name as a title: "Chair Ana Lind", "Moderator X"
# (not a former one: "former Chairperson X").
PRE_ROLE = re.compile(
    r"(?<![Ff]ormer )(?<!past )\b(?P<label>Chair|Chairman|Chairperson|Chairwoman|Moderator)[ \t]+$"
)
# The office of presiding over the body that meets, written after a name: a rotating
# presidency with its period ("Council President for March", "Chair of the Board for the
# month of May 2021") or the body named as this one ("elected Chair of this Committee").
# "President of the Republic" or "Chairperson of the Commission" alone is a title, not this.
_PRESIDING_HEAD = r"(?:President|Chair|Chairman|Chairperson|Chairwoman|Presiding[ \t]+Officer)"
_MONTH_NAME = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
PRESIDING_OFFICE = re.compile(
    rf"\b{_PRESIDING_HEAD}[ \t]+(?:"
    rf"(?:of[ \t]+(?:the[ \t]+)?[A-Z][\w-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w-]*){{0,5}}[ \t]+)?"
    rf"for[ \t]+(?:the[ \t]+month[ \t]+of[ \t]+)?{_MONTH_NAME}\b"
    r"|of[ \t]+this[ \t]+(?:Council|Committee|Commission|Conference|Meeting|Session|Assembly"
    r"|Board|Forum|Summit|Working[ \t]+Group|Group)\b)"
)
# The office of presiding over the body that meets written as a title right before the name,
# in a meeting's coverage (agenda_genres.is_meeting_coverage): "Committee Chair Ana Lind
# (Poland) opened the meeting", "Council President X (Ghana), closing the meeting, ...",
# "the Committee Chair, Ambassador X (Nigeria), said". Not "Vice-Chair", not "former ...".
BODY_CHAIR_TITLE = re.compile(
    rf"(?<!former[ \t])\b(?:Council|Committee|Commission|Assembly|Conference)[ \t]+"
    rf"{_PRESIDING_HEAD}[ \t]*,?[ \t]*"
)
# The second person, addressing someone: "allow me to congratulate you, Ambassador X",
# "My thanks go to Mr. X. Your leadership ..." (ADDRESS_START: a sentence opening so).
SECOND_PERSON = re.compile(r"\b(?:you|your|yours)\b", re.IGNORECASE)
ADDRESS_START = re.compile(r"[ \t\"“‘']*(?:You|Your)\b")
# Between a name and the "you" addressing it, only a comma: "Thank you, Dr. X", "Mr. X,
# you have ..." ("thank you to Dr. X" thanks X without addressing X).
ADDRESS_GAP = re.compile(r"[ \t]*,[ \t]*")
# The salutation that ends a speech's list of the people it addresses, on a line of its own:
# "Ladies and Gentlemen.", "Members of the Diplomatic Corps;", "Distinguished guests,",
# "Excellencies,", "All protocols observed." (agenda_prose_parts.salutation_people).
SALUTATION_CLOSE = re.compile(
    r"[ \t]*(?:[-–•*][ \t]*)?(?:(?:my[ \t]+)?(?:dear[ \t]+)?(?:distinguished|honou?red|esteemed)"
    r"[ \t]+(?:guests|delegates|participants|colleagues|invitees|friends)"
    r"|ladies[ \t]+and[ \t]+gentlemen|excellencies|members[ \t]+of[ \t]+the(?:[ \t]+[\w-]+){1,4}"
    r"|all[ \t]+protocols?[ \t]+(?:duly[ \t]+)?observed)[ \t]*[;,.:!]?[ \t]*",
    re.IGNORECASE,
)
# A line of a salutation list: it ends with a semicolon or a comma ("Your Excellency Mr. X,
# Resident Coordinator ...;", "- The Commandant of the Centre, Brigadier General Y;").
SALUTATION_LINE_END = re.compile(r"[;,][ \t]*$")
# An event held online: "a webinar", "the online seminar", "met via Zoom".
ONLINE_EVENT = re.compile(
    r"\b(?:webinar|web[ -]?seminar|(?:online|virtual)[ \t]+(?:event|seminar|symposium|conference"
    r"|discussion|panel|meeting|session|dialogue|workshop|round[ -]?table|briefing)"
    r"|via[ \t]+(?:Zoom|Microsoft[ \t]+Teams|Webex|video[ \t-]?conference))\b",
    re.IGNORECASE,
)
# A caption line of the rows of a video call's gallery: "Top row from left: A, B",
# "Bottom row: C" (in a photo of a hall, "Front row" lists the audience; see agenda_prose_parts).
GALLERY_ROW = re.compile(
    r"^[ \t]*(?:top|middle|bottom|upper|lower|first|second|third)[ \t]+row\b", re.IGNORECASE
)
# A colon right after a cue word that starts a line or a cell: the word is a label
# ("| Panelists: A; B", " - Panelists: A, B" after a bullet), not prose ("elected its
# officers: A, Chairman; ...").
LABEL_COLON = re.compile(r"[ \t]*:")
LABEL_LEAD = re.compile(r"(?:^|[|;\n])[ \t]*(?:[-–•○▪][ \t]+)?$")

# A personal pronoun as the subject right before a cue, the text before it in its sentence
# ending so: "He thanked the troops", "“We stay,” she added", "He also stressed"; or before
# a speaking verb whose object is the cue, a part of the programme: "she addressed the
# opening ceremony", "he spoke at the closing session".
PRONOUN_SUBJECT = re.compile(
    r"(?:^|(?<=[\s,“”\"(]))(?:He|he|She|she)[ \t]+(?:(?:also|further|then|later|again|\w+ly)[ \t]+)?"
    r"(?:(?:addressed|spoke[ \t]+at|gave|delivered)[ \t]+(?:the|an?)[ \t]+)?$"
)

# A title with "the" as the subject right before a cue: "The Chair opened the meeting",
# "The Force Commander then told" (group "title": a role label or a person's position).
DEFINITE_SUBJECT = re.compile(
    r"(?:^|(?<=[\s,“”\"(]))[Tt]he[ \t]+(?P<title>[A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+){0,2})[ \t]+"
    r"(?:(?:also|further|then|later|again|formally|\w+ly)[ \t]+)?$"
)
# ... or opening the sentence, the cue further on: "The Chair thanked them and closed"
# (not a longer title: "The Minister of Foreign Affairs spoke" is not "the Minister").
DEFINITE_OPENING = re.compile(
    r"[\s\d.]*[Tt]he[ \t]+(?P<title>[A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+){0,2})[ \t]+"
    r"(?!(?:of|for|to|and|in|on|at|from|with|de)\b)[a-z]"
)

# Where a picture was taken, before a part of the programme: "X and Y at the opening
# ceremony", "during the closing session".
SETTING_LEAD = re.compile(r"\b(?:at|during)[ \t]+the[ \t]+(?:official[ \t]+)?$", re.IGNORECASE)

# What shows a reporting verb describes words said elsewhere, not at the event: a past
# year or time near it ("X said in 2019 that", "Last month, X warned", "two years ago").
ELSEWHERE_TIME = re.compile(
    r"\b(?:in|since|back in|during)[ \t]+(?:(?:early|late|mid-?)[ \t]*)?(?:19|20)\d\d\b"
    r"|\blast[ \t]+(?:year|month|week|spring|summer|autumn|fall|winter)\b"
    r"|\bearlier[ \t]+this[ \t]+(?:year|month|week)\b|\b(?:years|months|weeks)[ \t]+ago\b"
    r"|\bpreviously\b|\bonce[ \t]+(?:said|wrote|warned|remarked|noted)\b",
    re.IGNORECASE,
)
# The gap between a subject's name and its verb when it holds the subject's apposition
# between commas: "X, Police Observer in Liberia in 2004, said" (matched from the name's end).
APPOSITION_GAP = re.compile(r"(?:[ \t]*\([^()\n]{1,60}\))?[ \t]*,[^.;:\n]*,[ \t]*$")
# The gap between two people of a list whose items carry long appositions, from the
# first name's end to the second's anchor: "A, Security Adviser in four missions from
# 1995-2015, B, winner of the award for the year 2011, and C", "briefings from A, Head of
# X, and three commissioners: B" (an apposition, then a comma, "and" or a colon, and at
# most four capitalised title words of the second).
LONG_LIST_GAP = re.compile(
    r"(?:[ \t]*\([^()\n]{1,60}\))?[ \t]*(?:,[^\n;“”\"]{1,250}?)?"
    r"(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+|:[ \t]*)(?:[A-Z][\w.'’-]*[ \t]+){0,4}"
)
# What may open a sentence before the list of its subjects: a participle clause
# ("Addressing the gathering, A, B and C said") or a label, group "label" (the caller
# checks it is a role label: "Speakers A, B and C said", not "Besides A, B said").
SUBJECT_LIST_LEAD = re.compile(
    r"[\W\d]*(?:[A-Z][a-z]+(?:[ \t]+[a-z]+){0,3}[ \t]*,|(?P<label>[A-Z][a-z]+(?:[ \t]+[a-z]+)?))?"
    r"[ \t]*"
)
# Someone acting for another person, who is then not at the event: "on behalf of" right
# before the person represented ("On behalf of HE X", "read a message on behalf of Dr. Y")
# ... "represented" right before them ("Maj.-Gen. X, Director, represented him"), or a
# passive whose agent is the representative ("The Minister, Dr. Y, was represented by X").
# (titles may stand between: "on behalf of HE X", "represented Secretary-General Y").
ON_BEHALF_LEAD = re.compile(
    r"\b[Oo]n[ \t]+behalf[ \t]+of[ \t]+(?:the[ \t]+)?(?:[A-Z][\w.’'-]*[ \t]+){0,3}$"
)
REPRESENTED_LEAD = re.compile(
    r"\b(?:represented|stood[ \t]+in[ \t]+for)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w.’'-]*[ \t]+){0,3}$"
)
REPRESENTED_PRONOUN = re.compile(r"\b(?:represented|stood[ \t]+in[ \t]+for)[ \t]+(?:him|her)\b")
REPRESENTED_BY = re.compile(r"\b(?:was|were|is|being)[ \t]+represented[ \t]+by[ \t]+$")
# A passive auxiliary right before a reporting verb: "Ms. X was praised" (X is the object).
# ... or a pluperfect, words said before the event: "that Ms. X had called for more troops".
PASSIVE_LEAD = re.compile(r"\b(?:was|were|is|are|been|being|be|had)[ \t]+(?:\w+ly[ \t]+)?$")
# A verb of attending right before a panel: its subject was in the audience, not on the
# panel ("X sat in on a panel discussion", "attended the closing panel").
ATTEND_LEAD = re.compile(
    r"\b(?:attended|attending|attends|sat[ \t]+in[ \t]+on|watched|listened[ \t]+to)[ \t]+"
    r"(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){0,2}$",
    re.IGNORECASE,
)
# A cue that is no verb, so a copula before it is no passive: "X was among the speakers".
NOUN_CUE = re.compile(r"(?:among|amongst)\b", re.IGNORECASE)
# A preposition right before a name: "the report by Ms. X recommended", "a tribute to Dr. X"
# (titles may hold "for", "to" or "of": "Minister for Defence X said", so only "by" may be
# followed by capitalised title words).
# A relative clause whose subject is the person before it: "represented by X, Minister of
# Y, who expressed ...", "followed by Colonel X, who argued ..." (X spoke, though "by" leads).
RELATIVE_WHO = re.compile(r",[ \t]*who[ \t]+(?:\w+ly[ \t]+|also[ \t]+|then[ \t]+)?$")
# A presiding verb before its agent: a chair's words in a relative clause are chairing
# ("chaired by X, who reminded delegations ..."), not a speech.
PRESIDING_BY = re.compile(
    r"\b(?:chaired|co-chaired|presided[ \t]+over|moderated|facilitated)[ \t]+by[ \t]+"
    r"(?:the[ \t]+)?(?:[A-Z][\w.’'-]*[ \t]+){0,4}$"
)
OBJECT_LEAD = re.compile(
    r"\bby[ \t]+(?:the[ \t]+)?(?:[A-Z][\w.’'-]*[ \t]+){0,3}$"
    r"|\b(?:to|for|about|from|of)[ \t]+(?:[A-Z][a-z]{0,3}\.[ \t]+)?$"
)
# Only title words between a verb and a name: the name is the verb's object ("He thanked
# Ambassador X and urged ...").
OBJECT_GAP = re.compile(r"[ \t]+(?:the[ \t]+)?(?:[A-Z][\w.’'-]*[ \t]+){0,3}")

# The people a chair or moderator is "with": the panel's members ("an expert panel
# moderated by X of UNU, with A of the AU and B", "chaired by X, with A and B").
CHAIR_WITH = re.compile(
    r"\b(?:moderated|chaired|facilitated)[ \t]+by[ \t][^;:\n]{2,160}?,[ \t]*with[ \t]+(?=[A-Z])"
)
# A word that joins the people of a list (not a bare comma): "A and B", "A together with
# B", "A; B", "A & B".
LIST_JOIN = re.compile(r"\band\b|\b(?:together|along)[ \t]+with\b|\balongside\b|[;&]")
# What may stand between a subject's name and its verb: "B (Ghana) said", "B said".
CLAUSE_SUBJECT_END = re.compile(r"(?:[ \t]*\([^()\n]{1,60}\))?[ \t]+")
# ", with" between two names ends a list ("moderated by X, with A"), unlike "together with".
WITH_BREAK = re.compile(r",[ \t]*with[ \t]")
# "and by" right before the next name repeats the agent of the same act: "made by A on X and
# by B on Y" (searched at the end of the text between two names).
AND_BY_END = re.compile(r"[ \t,]and[ \t]+(?:also[ \t]+)?by[ \t]+$")
# The text between two listed names that is one apposition between commas, whatever its
# case: "Dr. A, head of training at the Centre, Mr. B" or "A (Peru), a lecturer, and B"
# (group "app"; the caller checks it holds a title word, so that a clause such as "A, he
# was received by the Minister, B" is not one).
LIST_APPOSITION = re.compile(
    r"(?:[ \t]*\([^()\n]{1,60}\))?[ \t]*,[ \t]*"
    r"(?!(?:who|whom|whose|which|that|where|when|while|although|however|but|he|she)\b)"
    r"(?P<app>[^,;:()\s\"“”][^,;:()\n\"“”]{1,99}),[ \t]*(?:and[ \t]+)?"
)

# --------------------------------------------------------------------------------------
# Programme layouts (agenda_program.py)
# --------------------------------------------------------------------------------------

# One clock time of a programme: "09:30", "9h00", "09.30", "2:00 p.m.", "9 a.m.", "0930hrs".
_PROGRAM_CLOCK = (
    r"(?:\[?\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?\]?(?:[ \t]*[AaPp]\.?[Mm]\.?(?![A-Za-z]))?"
    r"|\d{1,2}[ \t]*[AaPp]\.?[Mm]\.?(?![A-Za-z])|[01]\d[0-5]\d(?=[ \t]*(?:hrs?\b|:|[-–—]|$)))(?:[ \t]*hrs?\b)?"
)
# The serial number cell of a programme table flattened from a PDF, before the time cell:
# "3.   0905 – 0915   Welcome Remarks" (a number, a full stop or a column gap, then a digit).
_SERIAL_CELL = r"(?:\d{1,2}(?:\.[ \t]+|[ \t]{2,})(?=\d))?"
# A time or time range at the start of a programme row, with the separator after it:
# "9h00 à 9h30 : Accueil", "10:00–10:15 Opening", "2:00 p.m. Welcome", "0900-1000 Panel",
# "1000: Keynote", "| 09:00 |", "Day 1 | 09:00 |", "from 08.30 to 09.00   Opening".
PROGRAM_TIME = re.compile(
    rf"^{DAY_CELL}[ \t|]*{_SERIAL_CELL}(?:(?:[Ff]rom|FROM)[ \t]+(?=\d))?{_PROGRAM_CLOCK}"
    r"(?:[ \t]*(?:[-–—~]|à|to|until|au|bis)[ \t]*"
    rf"(?:{_PROGRAM_CLOCK}|[01]\d[0-5]\d(?!\d)))?"
    r"[ \t]*[-–—:|.]?[ \t]*"
)
# The end of a label line whose list of people runs onto the next line: a separator, "and",
# or an honorific left alone ("Present: A; B;", "Chairs: Brig. Gen. A and Ms.").
LIST_RUNS_ON = re.compile(r"(?:[;,&]|\band|(?<![\w.])(?:[A-Z][a-z]{0,4}|[A-Z]{2,4})\.)[ \t]*$")
# A programme row's part given "by the Chair" before the person it names: "Opening remarks by
# the Chairperson - Hon. X" (X chairs).
BY_THE_CHAIR = re.compile(
    r"\bby[ \t]+the[ \t]+(?:Chair|Chairperson|Chairman|Chairwoman|Chairs)\b[^\n]{0,12}$"
)
# Lower-case words joined to a part's label by "and", up to a dash, colon or the line's end:
# "Welcome| and framing - Dr. X", "Opening| and introduction: Ms. Y".
LABEL_AND_MORE = re.compile(
    r"[ \t]+and[ \t]+[a-z][\w-]*(?:[ \t]+[a-z][\w-]*){0,2}(?=[ \t]*(?:[:—–|-][ \t]|$))"
)
# A transcript turn right after the speaker's name: a colon, then what they said ("Lt. Gen.
# X: Thank you. Over ...").
TURN_COLON = re.compile(r"[ \t]*(?:\([^()\n]{1,80}\)[ \t]*)?:[ \t]+\S")
# A turn given to the chair's office, at the start of a line: "THE PRESIDENT: I thank ...",
# "The Chair: ...", "The ACTING PRESIDENT (Mr. X): ..." (the office then the colon).
OFFICE_TURN = re.compile(
    r"[ \t]*(?:THE|The)[ \t]+(?:(?:ACTING|Acting)[ \t]+)?(?:PRESIDENT|President|CHAIR(?:MAN|PERSON)?"
    r"|Chair(?:man|person)?)(?:[ \t]*\([^()\n]{1,80}\))?[ \t]*:[ \t]+"
)
# The label of a meeting record's line naming the office whose turns the record gives:
# "President: Mr. X (Country)", "Chair: Ms. Y (Country)", "Acting President: ...".
OFFICE_LABEL = re.compile(r"(?:Acting[ \t]+)?(?:President|Chair(?:man|person)?)")
# A turn given to a role, the person in parentheses: "MODERATOR (Dr. X, Org): Welcome ...",
# "AUDIENCE MEMBER (Mr. Y, Stimson Center): How do ..." (``label`` and ``who``).
LABELLED_TURN = re.compile(
    r"[ \t]*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+)?"  # a recording's stamp: "[00:00:04] "
    r"(?P<label>[A-Z][A-Za-z]*(?:[ \t]+[A-Z][A-Za-z]+){0,2})[ \t]*"
    r"\((?P<who>[^()\n]{3,120})\)[ \t]*:(?:[ \t]+|[ \t]*$)"  # the speech after it or below
)
# The label of a turn from the floor: "AUDIENCE MEMBER (Mr. Y): ...", "Participant (...)",
# "Q (Lt. Cdr. Y): How do ...?".
AUDIENCE_LABEL = re.compile(
    r"(?i:audience(?:[ \t]+member)?|participant|questioner|floor|member of the audience)"
    r"|Q|Question"
)
# What a press conference's transcript calls itself in its heading: "Transcript of the
# weekly press conference of 14 June", "DAILY PRESS BRIEFING BY THE OFFICE OF ...", "Noon
# briefing", "News conference by the Force Commander".
PRESS_BRIEFING = re.compile(
    r"\b(?:press|news|media)[ \t]+(?:conference|briefing)s?\b|\bnoon[ \t]+briefing\b",
    re.IGNORECASE,
)
# A programme line's office after "by the", to its end: "Address by the Force Commander",
# "Remarks by the Minister of National Defence" (``office``).
BY_OFFICE = re.compile(
    r"\bby[ \t]+the[ \t]+(?P<office>[A-Z][\w'’-]*(?:[ \t]+(?:of|for|the|and|[A-Z][\w'’-]*)){0,8})"
    r"[ \t.]*$"
)
# What a communiqué calls itself in its heading: "COMMUNIQUÉ", "Final Communiqué", "Joint
# Communique of the Third Ministerial Meeting"; with PRESS_WORD on the line it is a press
# release ("COMMUNIQUÉ DE PRESSE / PRESS RELEASE").
COMMUNIQUE = re.compile(r"\bcommuniqu[eé]s?\b", re.IGNORECASE)
PRESS_WORD = re.compile(r"\bpress(?:e)?\b", re.IGNORECASE)
# A heading line of the UN's coverage of a meeting (a press release on a body's sitting): the
# site's "Meetings Coverage and Press Releases", the release's symbol "GA/PK/251",
# "SC/11661", "GA/12150", or the numbered sitting "7317th Meeting (AM)", "SEVENTIETH SESSION,
# 21ST MEETING (AM)" (not "Summary record of the 214th meeting", a record of the meeting).
MEETING_COVERAGE = re.compile(
    r"\bmeetings[ \t]+coverage\b"
    r"|^[ \t]*(?:GA|SC)(?:/[A-Z0-9]+)*/\d+[ \t]*$"
    r"|\d(?:st|nd|rd|th)[ \t]+(?:plenary[ \t]+)?meeting[ \t]*\((?:AM|PM)\b",
    re.IGNORECASE,
)
# A question turn of the press at a line's start: "Question (X, Radio Y): How ...",
# "QUESTION: ...", "Q: ...".
QUESTION_TURN = re.compile(r"^[ \t]*(?:Q|QUESTION|Question)[ \t]*(?:\([^()\n]*\))?[ \t]*:", re.M)
# A turn under a name the recogniser may not read as one, maybe after a rank: "MR. JONAS X:
# Thank you ...", "BGen Marie-Claude Y: The commitment ..." (``name``: up to six words).
CAPS_TURN = re.compile(
    r"[ \t]*(?P<name>[A-ZÀ-Þ][\w.'’-]*(?:[ \t]+[A-ZÀ-Þ][\w.'’-]*){1,5})[ \t]*:[ \t]+"
)
# A question from the floor as a turn's whole text: "How do missions keep data when they
# close?" (five words or more).
QUESTION = re.compile(r"[ \t]*[A-Z][^\n?]*?(?:\s+\S+){4,}\?[ \t]*")
# Words of a turn addressing the person named next, not a label's value: "Thank you, " in
# "MODERATOR: Thank you, Jonas. ...", "Thank you. " in "The Chair: Thank you. Mr. X, six
# minutes." (lower-case words after the first, then a comma or a full stop, maybe a title
# the recogniser does not know: "Thank you both. Senator X"; not "Director of Research, Ms. X").
ADDRESS_LEAD = re.compile(
    r"[ \t]*[A-Z][a-z]*(?:[ \t]+[a-z]+)+[,.!][ \t]*(?:[A-Z][a-z]{1,9}\.?[ \t]+)?"
)
# A short rank or title the recogniser does not read as an honorific, before a turn's name:
# "BGen X:", "LCol Y:", "Senator Z:" (one capitalised token of two to nine letters).
TURN_RANK = re.compile(r"[ \t]*[A-Z][A-Za-z]{1,8}\.?[ \t]+")
# A passive cue's agent that is an office with no name, running to the sentence's end: "(was
# closed) by the Deputy Special Representative of the Secretary-General (Political).", "(was
# introduced) by the Under-Secretary-General for Peace Operations."
OFFICE_AGENT = re.compile(
    r"(?:(?:[ \t]+(?:on|in|at)[ \t]+[A-Z]?[a-z]+)?[ \t]+by(?=[ \t]))?[ \t]+the[ \t]+[A-Z][\w'’-]*"
    r"(?:[ \t]+(?:[A-Z][\w'’-]*|of|for|the|and|on|in|\([A-Z][\w ]*\)))*[ \t]*[.;]?[ \t\n]*"
)
# The offices with "the" after a passive "by", one item of the agents' list each: "opened
# by the Chairperson, who ...", "laid by the Resident Coordinator, the Chief of General Staff,
# ambassadors ... and the Dean of the Diplomatic Corps, H.E. Mr. X" (AGENT_BY opens the list,
# AGENT_SPLIT parts it, AGENT_OFFICE is one office, AGENT_STOP a clause that ends the list).
AGENT_BY = re.compile(r"[ \t]+by[ \t]+(?=the[ \t]+[A-Z])")
AGENT_SPLIT = re.compile(r",[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+")
AGENT_OFFICE = re.compile(
    r"the[ \t]+(?P<title>[A-Z][\w'’-]*(?:[ \t]+(?:of|for|the|[A-Z][\w'’-]*))*?)"
    r"(?:[ \t]+(?:of|for|the))*[ \t]*[.;]?[ \t]*"
)
AGENT_STOP = re.compile(r"(?:who|which|whose|where|when|as|after|before|while|during)\b")
# A speech framing the subject of its sentence, which is an office with "the": "In her
# opening statement the Chair recalled ...", "In his closing remarks, the Chairperson ...".
FRAMED_OFFICE = re.compile(
    r"[ \t]*,?[ \t]*the[ \t]+(?P<title>[A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+){0,2})[ \t]+[a-z]"
)
FRAME_LEAD = re.compile(
    r"[ \t\n]*(?:\d+[.)][ \t]+)?(?:In|During|With)[ \t]+(?:his|her|their|its)[ \t]+"
)

# What may stand before the subject of a sentence: nothing, or a clause on the subject's own
# words ("In her opening remarks, ", "During his address, ").
SUBJECT_LEAD = re.compile(
    r"[ \t\n]*(?:(?:In|During|With|Then|Speaking)(?:[ \t]+(?:his|her|their))?[^,\n]{0,40},[ \t]*)?"
)
# Running speech in a turn: a sentence's end, then a capitalised word ("... Mr. President.
# Since my last briefing ..."); not an honorific's point ("Mutasa (World Bank), Ms. Ana").
SPEECH_SENTENCE = re.compile(
    r"\b(?!(?:Mrs|Prof|Capt|Gen|Col|Maj|Amb|Hon|Rev|Sgt|Cpl|Brig|Adm|Lt|Dr|Mr|Ms|St|Jr|Sr|No|etc|al)"
    r"[.])[A-Za-z]*[a-z]{2}[.!?][ \t]+[A-Z]"
)
# A timed line's rest that is only a time zone: "10:00 a.m. - 11:30 a.m. EDT", "14:00 CET",
# "09:00 (GMT+1)": the event's time, no part of the programme.
# A time or time range ending a programme row whose time is written last ("Welcome address
# by Ms. X 09:00", "Lunch 13:00 - 14:00", "Tea break ........ 10:30"): a clock with a
# colon, a point or "h", maybe after dot leaders.
TRAILING_TIME = re.compile(
    r"(?:[ \t]*[.…·_]{3,})?[ \t]+\(?\d{1,2}[:.h]\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?"
    r"(?:[ \t]*[-–—][ \t]*\d{1,2}[:.h]\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?)?\)?[ \t]*$"
)
# What a text before a trailing time says when it is prose, not a row: "... at 09:00",
# "... until 17:00", "... from 9.30".
TRAILING_CUT = re.compile(r"\b(?:at|until|till|from|to|by|before|after|since|around|about)$", re.I)
# A timed row that only announces the parts under it, run side by side: "Parallel
# sessions", "Concurrent panels", "Breakout groups", "Sessions in parallel".
PARALLEL_GROUP = re.compile(
    r"^(?:(?:parallel|concurrent|simultaneous|breakout|break-out)[ \t]+"
    r"(?:sessions|panels|workshops|tracks|groups|roundtables)"
    r"|(?:sessions|panels|workshops)[ \t]+in[ \t]+parallel)$",
    re.I,
)
# A recording's time stamp at the start of a transcript line, with its seconds and no range:
# "[00:01:12] COMMISSIONER X:", "01:14:59 -- END OF RECORDING --" (not a programme's time).
RECORDING_OFFSET = re.compile(r"^[ \t]*\[?\d{1,2}:\d{2}:\d{2}\]?(?![ \t]*(?:[-–—~]|to\b)[ \t]*\d)")
# "from" opening a time range at the start of a row ("from 08.30 to 09.00").
FROM_TIME = re.compile(r"^[ \t]*(?:[Ff]rom|FROM)[ \t]+(?=\d)")
TIME_ZONE = re.compile(
    r"\(?(?:UTC|GMT|[ECMPAW][SD]?T|CES?T|EAT|WAT|CAT|BST|IST|JST)(?:[ \t]*[+-][ \t]*\d{1,2})?\)?"
)
# What ends a timetable row's title: a dash between spaces, a table cell bar, a tab or the
# column gap of a flattened table ("Opening remarks — Dr. X", "Welcome | Dr. X",
# "Welcome<TAB>Dr. X", "Welcome Remarks      Director").
ROW_TITLE_END = re.compile(r"[ \t]+[—–-][ \t]+|[ \t]*[|\t][ \t]*| {3,}")
# A dash between spaces after a discussion's label, before its title: "Roundtable - Title".
PART_TITLE_DASH = re.compile(r"[ \t]+[—–-][ \t]+")
# Where a row that opens with its speaker turns to the talk: a dash between spaces, a cell
# bar, a tab or a colon ("Prof. X - Title", "Dr. Y (University of Z): Title").
SPEAKER_TALK_SEP = re.compile(r"[ \t]+[—–-][ \t]+|[ \t]*[|\t][ \t]*|:[ \t]+")
# The words that end a row's title right before its first speaker: "Keynote address by",
# "Panel discussion on transitions with", "Fireside chat featuring".
BEFORE_SPEAKER = re.compile(r"[ \t]+(?:by|with|featuring)$", re.IGNORECASE)
# An ordinal opening a talk's title line: "4th Annual Peace Lecture: Title", "2nd Panel".
ORDINAL_LEAD = re.compile(r"\d{1,2}(?:st|nd|rd|th)[ \t]+[A-Z]")
# A parenthesis in a row title: "Conference dinner (by invitation)".
PAREN_NOTE = re.compile(r"\s*\([^)]*\)")
# A note in parentheses naming who leads a part: "(moderated by Mr. X)", "(chaired by Dr. Y)".
BY_ROLE_NOTE = re.compile(
    r"\s*\([ \t]*(?:moderated|chaired|facilitated|presided(?:[ \t]+over)?|hosted)[ \t]+by\b",
    re.I,
)
# A web page's link text run into the last row of a programme: "Drinks reception Find the
# full meeting report.", "Lunch Read more", "Reception Download the programme".
LINK_TAIL = re.compile(r"\s+(?:Find|Read|Download|Click|View|Watch)\s.*$|\s+Read\s+more\b.*$")
# What joins two parts of a timetable row title: "Registration and coffee",
# "Accueil et discours de bienvenue", "Lunch & networking", "Coffee, tea", "Velkommen og
# introduksjon".
ROW_JOIN = re.compile(r"\s+(?:and|et|&|y|und|og|och)\s+|\s*[,;/+]\s*")
# A role in parentheses ending a member line, after the person's post: "Ms. X, Senior
# Fellow - Foreign Policy (Moderator)".
LINE_END_ROLE = re.compile(r"\((?P<label>[A-Za-z][A-Za-z -]{2,30})\)[ \t.]*$")
# What joins two people of one member line under a programme item: a comma or "and", and
# at most four capitalised title words of the second ("heard Chair X and Chief Y describe",
# "Dr. X, Ms. Y and Mr. Z").
MEMBER_JOIN = re.compile(
    r"^[ \t]*(?:,[ \t]*(?:and[ \t]+)?|and[ \t]+|&[ \t]*)(?:[A-Z][\w.'’-]*[ \t]+){0,4}$"
)


# --------------------------------------------------------------------------------------
# Ceremonial acts named in running text (agenda_ceremony.py)
# --------------------------------------------------------------------------------------

# A ceremonial act that is a part of the programme wherever a sentence names it: "Proceedings
# opened with a medal parade", "a wreath-laying at the Cenotaph was performed by ...",
# "the Minister laid a wreath", "opened the course by lighting the flame of peace"; "a
# wreath was then laid", "inspected the guard of honour", "the national anthems", "a march
# past". Not a silence: a speaker who asks for a "moment of silence" holds it in a speech.
CEREMONY_ACT = re.compile(
    r"\b(?:medal|military|ceremonial|commemorative|memorial)[ \t]+parade\b"
    r"|\bwreath[ \t-]+laying(?:[ \t]+ceremony)?"
    r"(?:[ \t]+at[ \t]+the(?:[ \t]+(?-i:[A-Z][\w’'-]*))+)?"
    r"|\b(?:placed|laid|lays|laying)[ \t]+(?:a|the)[ \t]+wreaths?\b"
    r"|\bwreaths?[ \t]+(?:was|were)[ \t]+(?:\w+[ \t]+)?(?:laid|placed)\b"
    r"|\bguards?[ \t]+of[ \t]+hono(?:u)?r\b"
    r"|\bnational[ \t]+anthems?\b"
    r"|\bmarch[ \t-]+past\b"
    r"|\b(?:lighting|lit)[ \t]+(?:of[ \t]+)?the[ \t]+(?:[a-z]+[ \t]+)?(?:flame|torch)"
    r"(?:[ \t]+of[ \t]+(?:peace|remembrance|hope))?",
    re.IGNORECASE,
)
# The noun that names an act (folded title): two acts of one sentence with the same noun
# are one ("At a wreath-laying ceremony, X laid a wreath").
ACT_NOUN = re.compile(r"wreath|parade|flame|torch|anthem|guard|march")
# Right after an act, the people it honours, not its performers: "Wreaths were laid for
# Private X and Corporal Y", "a parade in honour of the fallen".
HONOURED_AFTER = re.compile(
    r"[ \t]+(?:for|in[ \t]+(?:honou?r|memory)[ \t]+of|to[ \t]+honou?r)\b", re.IGNORECASE
)
# An act the whole audience observes, performed by nobody the sentence names: "After the
# national anthems, X pinned the medals", "ended with a march past".
OBSERVED_ACT = re.compile(r"anthem|march[ \t-]+past", re.IGNORECASE)
# The act right after "by" is how its subject did what the sentence says: "opened the
# course by lighting the flame of peace".
MEANS_LEAD = re.compile(r"\bby[ \t]+$")
# A ceremony of its own in a report of several ("At a separate ceremony, X handed out
# peacekeeping medals"): a medal presented in a sentence that names a ceremony. The medal is
# the act's title: "ceremony presenting the “Star Medal for Courage”", "a ceremony at which
# the Hope Medal was awarded", "Hope medals were conferred", "handed out peacekeeping medals".
CEREMONY_NOUN = re.compile(r"\bceremon(?:y|ies)\b", re.IGNORECASE)
# A word that calls an event a ceremony (agenda.py: the speeches of a narrated ceremony):
# "the closing ceremony", "the medal parade", "the annual Commemoration", "the graduation".
CEREMONY_WORD = re.compile(
    r"\b(?:ceremon(?:y|ies)|c[ée]r[ée]monies?|parades?|commemorations?|graduations?)\b",
    re.IGNORECASE,
)
_MEDAL = (
    r"(?:(?-i:(?!(?:The|A|An|These|Those|Its|His|Her|Their)\b)[A-Z][\w’'.-]*)[ \t]+"
    r"(?:(?:of|for|and)[ \t]+)?|peacekeeping[ \t]+|service[ \t]+)*"
    r"medals?(?:[ \t]+(?:of|for)(?:[ \t]+(?-i:[A-Z][\w’'-]*))+)?"
)
MEDAL_ACT = re.compile(
    r"\bceremony[ \t]+(?:presenting|awarding|conferring|at[ \t]+which)[ \t]+(?:the[ \t]+)?[“\"]?"
    rf"(?P<named>{_MEDAL})"
    r"|\b(?:handed[ \t]+out|conferred|presented|awarded)[ \t]+(?:the[ \t]+)?"
    rf"(?P<object>{_MEDAL})"
    rf"|(?P<subject>{_MEDAL})[ \t]+(?:was|were)[ \t]+(?:\w+[ \t]+)?"
    r"(?:conferred|handed[ \t]+out|presented|awarded)\b",
    re.IGNORECASE,
)
# A paragraph of running text under a role heading (agenda_prose_roles.headed_paragraphs):
# it holds a full stop that ends a sentence ("... grounded helicopters for eleven weeks.").
HEADED_SENTENCE_END = re.compile(r"[a-z)\"”'’][.!?](?:[ \t]|$)")
# What may stand before the name a headed paragraph opens with: nothing, or a title of
# capitalised words ("Lieutenant General ", "Council President "), no lower-case word, no
# comma ("The representative of Ghana, X" opens with no name).
HEADED_TITLE_LEAD = re.compile(r"[ \t]*(?:(?:[A-Z][\w.'’()-]*|\(|\))[ \t]+){0,5}")
# A standing office in a bio, no part of the event (agenda_prose._standing_chair): "today she
# chairs the Women Veterans' Circle", "chairs the Group of Friends on Technology". ``head``
# is the capitalised run before any lower-case word: the body's own noun ("Circle", "Group").
CHAIRS_NAMED_BODY = re.compile(
    r"chairs[ \t]+the[ \t]+(?P<head>(?-i:[A-Z][\w’'-]*)(?:[ \t]+(?-i:[A-Z][\w’'-]*))*)"
    r"(?![ \t]*[“\"])",
    re.IGNORECASE,
)
# A cue that seats a person in the audience (agenda_prose: a quote of theirs that follows is
# told to the reporter, no statement at the event): "Among the families at the airport was
# X", "Among the spectators were A and B", "among those watching" (not "among the guests":
# a guest may be an official who speaks).
AUDIENCE_CUE = re.compile(
    r"among[ \t]+(?:the[ \t]+(?:families|relatives|spectators|onlookers|well-wishers)"
    r"|those[ \t]+watching)$",
    re.IGNORECASE,
)
# A verb that only reports what someone said (no statement, speech or address named):
# "she said", "he told reporters", "she added".
REPORTING_VERB = re.compile(r"(?:said|says|told|added)$", re.IGNORECASE)
# The relative of an audience member named in a "whose" clause: "Mrs X, whose son, Private
# Y, is on his first deployment" (Y is with the unit seen off). ``kin`` ends right before
# the name (rank included).
WHOSE_KIN = re.compile(
    r",?[ \t]+whose[ \t]+(?:son|daughter|husband|wife|brother|sister|father|mother|grandson"
    r"|granddaughter|nephew|niece|fianc[ée]e?|partner)s?,?[ \t]+(?P<kin>)",
    re.IGNORECASE,
)
# The same clause ending right before the relative's name (the text before a mention).
WHOSE_KIN_END = re.compile(WHOSE_KIN.pattern + r"$", re.IGNORECASE)
# A clause that tells of a death: the relative it names was not there ("whose son, Private
# Y, was killed in 2011", "whose husband died in Darfur", "the late Sgt. Y").
DEATH_WORD = re.compile(
    r"\b(?:died|killed|fell|fallen|lost[ \t]+(?:his|her|their)[ \t]+li(?:fe|ves)|late|memory"
    r"|buried|perished|slain)\b",
    re.IGNORECASE,
)
