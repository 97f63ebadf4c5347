"""Regular expressions of people (people.py, apposition.py).

Each is a named constant with an example; vocabulary lives in the data files.
"""

from __future__ import annotations

import re

# --------------------------------------------------------------------------------------
# People (people.py)
# --------------------------------------------------------------------------------------

# The slash before a photographer's name in a credit line: "UN Photo/Ibrahim Cheikh".
CREDIT_SLASH = re.compile(r"/[ \t]*")
# The agency before the slash of a photo credit, right before the photographer's name:
# "PHOTO: UN Photo/Ana Ruiz", "[Photo] UN Women / Ana Ruiz" (group "owner": "UN Photo").
CREDIT_OWNER_BEFORE_NAME = re.compile(
    r"(?:^|(?<=[\s:\]\(.]))(?P<owner>(?:[A-Z][\w&-]*[ \t]+){0,4}[A-Z][\w&-]*)[ \t]*/[ \t]*\Z"
)
# A delegation's country in parentheses and the verb after it, as meeting summaries write a
# speaker: "KAREL NOVAK (Czech Republic) said", "Ivo Berzins (Latvia), stressed" (group
# "verb"; the caller checks it is a verb of speech and reads the name before the bracket).
PLACE_BEFORE_SPEECH = re.compile(
    r"[ \t]+\([A-Z][\w’'.-]*(?:[ \t]+(?:[A-Z][\w’'.-]*|of|and|the|de|du|des|d’|d'))*\)"
    r"[ \t]*,?[ \t]+(?P<verb>[a-z]+)\b"
)
# A country in parentheses after a name, then a comma, "and" or any lower-case word: "Ana
# Ruiz (Argentina), Li Wei (Poland) and", "ANA RUIZ (Ghana) paid tribute" (group "place";
# the caller checks the bracket is a place the NER found and reads the name before it).
PLACE_IN_BRACKETS = re.compile(
    r"[ \t]+\((?P<place>[A-Z][\w’'.-]*(?:[ \t]+(?:[A-Z][\w’'.-]*|of|and|the))*)\)"
    r"(?=[ \t]*[,;]|[ \t]+[a-z])"
)
# What may follow a name that opens a line under a role heading: the line's end, or its
# apposition after a comma, a bracket or a spaced dash ("Jane Doe", "Jane Doe, Director",
# "Jane Doe (Peace Institute)", "Jane Doe – Director").
NAME_LINE_REST = re.compile(r"[ \t]*(?:$|,|\(|[–—-][ \t])", re.MULTILINE)
# A name between commas right before a verb, after an office: "The representative of
# Uruguay, MARTIN OLAZABAL, said" (group 1 the name, group "verb" the verb; the caller
# checks the verb is one of speech and the clause before the comma holds an office).
NAME_BETWEEN_COMMAS_BEFORE_VERB = re.compile(
    r",[ \t]+([A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+){1,4})[ \t]*,[ \t]+(?P<verb>[a-z]+)\b"
)
# Two to five capitalised name words, lower-case particles allowed between them: "Ana Ruiz",
# "João Paulo dos Santos" (the name of the two patterns below).
_NAME_WITH_PARTICLES = (
    r"[A-ZÀ-ÖØ-Þ][\w’'.-]+(?:[ \t]+(?:[A-ZÀ-ÖØ-Þ][\w’'.-]+|de|da|van|von|del|dos)){1,4}"
)
# A name between commas, or after a comma at a sentence's end, after an office: "the Special
# Representative, Ana Ruiz, travelled", "the Minister for Defence, Li Wei, and", "moderated
# by the Forum's Vice President, Ana Ruiz." (group 1 the name, "verb" the word after it; the
# caller checks the clause before the comma is an office opened by a determiner).
NAME_AFTER_OFFICE_COMMA = re.compile(
    rf",[ \t]+({_NAME_WITH_PARTICLES})[ \t]*(?:,[ \t]+(?P<verb>[a-z]+)\b|\.(?=[ \t\n]|$))"
)
# The determiner or possessor opening an office before such a comma: "the", "a", "its",
# "la", "el", "le", "the Forum's".
OFFICE_DETERMINER = re.compile(
    r"(?<![\w’'-])(?:the|a|an|its|his|her|their|our|la|el|le|[A-Z][\w-]*[’']s)[ \t]", re.I
)
# A verb of speech before the name that ends a quotation: ', said Ana Ruiz-Vik, a trader',
# '" says Li Wei.', "according to Ana Ruiz," (group "name"; the caller checks it ends there).
SPEAKER_AFTER_VERB = re.compile(
    r"(?:[,\"”’'][ \t]*(?:said|says|added|explained|recalled|noted)|\baccording[ \t]+to)[ \t]+"
    rf"(?P<name>{_NAME_WITH_PARTICLES})"
    r"(?=[ \t]*[,.;:]|[ \t]*$)",
    re.MULTILINE,
)
# An ALL-CAPS family name written first where a line, a list item or a clause opens, with
# the title-case given names the NER may have left out before its span: "-- NGUYEN Thi " of
# "-- NGUYEN Thi Lan Anh" (group "family"; group "given" the words after it; searched with
# an end at the span's start).
CAPS_FAMILY_BEFORE = re.compile(
    r"(?:^|(?<=[-–—,:;(•*])[ \t]|(?<=\t))[ \t]*(?P<family>[A-ZÀ-ÖØ-Þ]{3,}(?:-[A-ZÀ-ÖØ-Þ]{2,})?)"
    r"[ \t](?P<given>(?:[A-ZÀ-ÖØ-Þ][a-zà-ÿ][\w’'-]*[ \t]){0,3})",
    re.MULTILINE,
)
# A lower-case noun of a prize or a fellowship right after a name, which makes the name an
# eponym: " medals" of "the Dag Hammarskjöld medals", " prize", " lecture", " fellowship".
EPONYM_NOUN_AFTER = re.compile(
    r"[ \t]+(?:medals?|prizes?|awards?|lectures?|fellowships?|scholarships?)\b"
)
# A lower-case particle right after a name, before another name word: " dos " of "João
# Paulo dos Santos" (group 1; the caller checks it is a particle).
PARTICLE_AFTER_NAME = re.compile(r"[ \t]+([a-z]+)[ \t]+[A-Z]")
# An initial inside a name: "F." of "Karin T. Olsberg".
INITIAL_WORD = re.compile(r"[A-Z]\.")
# "and" between two names: "written by Ana Ruiz and Li Wei" (matched at the first name's end).
AND_AFTER_NAME = re.compile(r",?[ \t]+and[ \t]+(?=[A-Z])")
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
# The dash after a dateline's date, past a news agency's tag: "TOKYO, 5 June -- ...", "29 May
# 2011 – Speaking today", "ACCRA, 3 May 2019 (GNA) - The".
DATELINE_DASH = re.compile(r"^\s*(?:\([^()\n]{1,40}\)\s*)?(?:--|—|–|-)\s")
# Words right before an event's date in a sentence: "held on", "from", "on Friday,",
# "Meeting today, 11 November 1996".
DATE_LEAD = re.compile(r"\b(?:on|from|between|held|since|today,?)\s+(?:\w+day,?\s+)?$")

# --------------------------------------------------------------------------------------
# People (people.py, apposition.py)
# --------------------------------------------------------------------------------------

# The seat of a peer after the name: "Lord Hartwell of Eastmere", "Baroness Ashby of
# Lyndon Hill" (one or two capitalised words after "of").
PEERAGE_SEAT = re.compile(r"[ \t]+of[ \t]+[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)?")
# "of" or "from" right after a name, before an affiliation: "Ana Ruiz of the Peace Institute",
# "Li Wei, from UNDP".
AFFILIATION_AFTER_NAME = re.compile(r",?[ \t]+(?:of|from)[ \t]+")
# The next person of a list inside an affiliation phrase: "Peace Institute, and Li Wei of",
# "African Union, Remember Banda from", "X Community, Ana Ruiz and Li Wei" (a comma or "and",
# two or more capitalised words, then "of"/"from"/",", the end, or "and" and a name of two
# capitalised words that ends the phrase).
NEXT_PERSON_IN_LIST = re.compile(
    r",[ \t]*(?:and[ \t]+)?"
    r"(?=[A-Z](?:[\w’'-]+|\.)(?:[ \t]+[A-Z][\w’'.-]+){1,3}"
    r"(?:,?[ \t]+(?:of|from)\b|,|$|[ \t]+and[ \t]+[A-Z][\w’'.-]+[ \t]+[A-Z][\w’'.-]+$))"
    r"|[ \t]+and[ \t]+(?=[A-Z](?:[\w’'-]+|\.)(?:[ \t]+[A-Z][\w’'.-]+){1,3},?[ \t]+(?:of|from)\b)"
)
# "and" or "&" between two offices of one person, with an article or not: "Deputy Head of
# Office & Director of X", "Lecturer at X and a former Political Officer of Y", "a former
# Deputy Force Commander of X and now Senior Fellow at Y".
JOINED_POSITIONS = re.compile(
    r"[ \t]+(?:&|and)[ \t]+(?:(?:now|currently|later)[ \t]+)?(?:(?:a|an)[ \t]+)?"
)
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
# A questioner's turn in a press-briefing transcript, the name and outlet in brackets
# before the colon: "QUESTION (Ana Ruiz, Daily Star):", "Question (Li Wei):",
# "CORRESPONDENT (Tom Vik, Radio X):", a participant from the floor after a time stamp:
# "[00:36:41] PARTICIPANT (Ana Ruiz, Police Service):" (group "name" starts at the name).
TRANSCRIPT_ASKER = re.compile(
    r"^[ \t]*(?:\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]*)?"
    r"(?:QUESTIONS?|Questions?|Q|REPORTER|Reporter|CORRESPONDENT|Correspondent|"
    r"JOURNALIST|Journalist|PARTICIPANT|Participant|AUDIENCE(?:[ \t]+MEMBER)?|QUESTIONER)"
    r"[ \t]*\((?P<name>[^(),:\n]{3,60})(?:,[^()\n]{1,80})?\)[ \t]*:",
    re.MULTILINE,
)
# ... or named first after the colon, with their outlet, before the question: "Question:
# Ana Ruiz, Daily Star. How many police ...?" (group "name" starts at the name).
TRANSCRIPT_ASKER_AFTER = re.compile(
    r"^[ \t]*(?:QUESTION|Question|Q)[ \t]*:[ \t]+(?P<name>[A-Z][^(),:\n.?!]{2,59}),"
    r"[ \t]*[A-Z][^\n.?!:]{1,60}\.[ \t]+[A-Z]",
    re.MULTILINE,
)
# A picture credit before a name: "Picture: JONA TUI", "Photo: Ana Ruiz", "Story and photos:
# Ana Ruiz", "Text & photo: Li Wei".
PICTURE_CREDIT = re.compile(
    r"(?:^|\n)[ \t]*(?:(?:Story|Text|Words|Report)[ \t]+(?:and|&)[ \t]+)?"
    r"(?:[Pp]icture|[Pp]hoto|[Pp]hotograph|Credit)s?[ \t]*:[ \t]*"
)
# A contact, editor or credit label where it opens a line, a bracket or a sentence, before
# the name it gives: "Contact: Ana Ruiz, Press officer", "Media contact: Li Wei, press@x",
# "(Photo: Ana Ruiz)", "... at the memorial. Picture: ANA RUIZ", "Editor: Ana Ruiz | x",
# "Clerk of the Committee: Ana Ruiz", "<footer>Media: Ana Ruiz, press@x", "by Ana Ruiz · 2 min
# read" (a lower-case byline), "office@x.example (J. Ofori)" (an address, its person).
CONTACT_CREDIT = re.compile(
    r"(?:^|(?<=[(>])|(?<=[.·|] ))[ \t]*(?:(?:(?:Media|Press|Course|Programme|Program)[ \t]+)?"
    r"(?:[Cc]ontacts?|[Ee]nquiries|[Ii]nquiries)|Media|Editor|Picture|Photo(?:graph)?s?|Credit"
    r"|Clerk(?:[ \t]+of[ \t]+the[ \t]+[A-Z]\w+)?)[ \t]*:[ \t]*|^[ \t]*by[ \t]+(?=[A-Z])"
    # an address and its person in brackets: "course.office@x.example (J. Ofori)"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+[ \t]+\((?=[A-Z])",
    re.MULTILINE,
)
# What closes a name given by such a label: punctuation, a bracket, a slash, a bar, a middle
# dot or the line's end ("Ana Ruiz, press@x", "Ana Ruiz)", "Ana Ruiz / Institute").
CONTACT_NAME_END = re.compile(r"[ \t]*(?:[,.;)/|·]|\n|$)")
# The rest of a credit line after the name: an office or unit after a comma or slash, then
# the line's end: ", Press Office", "/ UN Photo".
CREDIT_TAIL = re.compile(r"(?:[ \t]*[,/][^,/\n]{1,80})?[ \t]*(?:\n|$)")
# A possessor before an office: "New Zealand’s Defence Adviser" (group 0 is "New Zealand’s ").
POSSESSOR_BEFORE_TITLE = re.compile(r"^(?:[A-Z][\w-]*[ \t]+){0,3}[A-Z][\w-]*[’']s[ \t]+")
# A capitalised word right before a name span, after a space: "El " of "El Hadji Sarr Ndiaye"
# (group 1 is "El"; searched with an end position at the name).
LEADING_PARTICLE = re.compile(r"(?<![\w’'-])([A-Z][a-z]{1,3})[ \t]$")
# An ordinal inside an office before a name: "23rd" of "Commander of the 23rd Contingent"
# (a year or a day is no part of it: "On 15 March 2021 Secretary-General X").
ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")
# The link inside an office: "Permanent Representative of X to Y", "Envoy for Z".
OFFICE_LINK = re.compile(r"[ \t](?:of|for|to)[ \t]")
# An elided article or preposition before a capitalised word: "d’Ivoire", "l'Union".
ELIDED_CAPITAL = re.compile(r"^[dlDL][’'][A-ZÀ-Ý]")
# A possessor ending right before an office: "the UN Women’s " before "Senior Gender
# Specialist" (group 1 is "UN Women"; searched with an end position at the office).
POSSESSOR_BEFORE_OFFICE_END = re.compile(r"((?:[A-Z][\w-]*[ \t]+){0,3}[A-Z][\w-]*)[’']s[ \t]+$")
# A body with its acronym in parentheses ending right before an office: "UN Peace Support
# Office (PSO) " before "Chief" (group 1 is "UN Peace Support Office (PSO)"; searched with
# an end position at the office).
BODY_WITH_ACRONYM_BEFORE_OFFICE_END = re.compile(
    r"((?:[A-Z][\w’'-]*[ \t]+(?:(?:of|for|the|in)[ \t]+)?){0,6}[A-Z][\w’'-]*[ \t]*"
    r"\([A-Z]{2,}\))[ \t]+$"
)
# The title-case run after a position word, up to the name it introduces: "... for
# Peace-Keeping Operations Kofi Annan said" (capitalised words and the connectors of titles;
# the column gap of a flattened table ends it: "Course Director        Lt Col X"; a name may
# open with an accented capital: "... for Field Support Élise Martin").
TITLE_RUN = re.compile(r"(?:(?:\t| {1,2})(?:[A-ZÀ-ÖØ-Þ][\w’'.-]*|of|for|the|and|on))+")
# A parenthesised title or retirement mark after a rank: "Col. (Dr.) X", "Col. (rtd.) X".
# Also a reserve class ("Gen. Div. (R1)", Brazilian reserve) and "(ret'd)".
RANK_PAREN = re.compile(
    r"[ \t]*\((?:Dr|Prof|Ret|Retd|ret|retd|rtd|Rtd|Retired|retired|[Rr]et[’']d|R1|R/1)\.?\)"
)
# "of" before a unit named by its owner: "Director of Lakeside’s Policy Department".
OF_POSSESSOR_ORG = re.compile(r"[ \t]+of[ \t]+([A-Z][\w-]*[’']s[ \t]+[A-Z].*)$")
# "and" before a word, inside an apposition segment: "USN and Mr. Y" (group 1 is "Mr.").
AND_BEFORE_WORD = re.compile(r"[ \t]+and[ \t]+(\S+)")
# The rest of a list of names (each may carry a parenthetical) closed by one plural office
# shared by all: "(Chile), Ana Ruiz (Peru) and Li Wei (China), Vice-Chairmen;" (group 1 is
# "Vice-Chairmen"; the office ends the clause).
PLURAL_OFFICE_AFTER_LIST = re.compile(
    r"(?:[ \t]*\([^()\n]*\))?"
    r"(?:(?:,[ \t]*|,?[ \t]+and[ \t]+)(?:[A-Z][\w’'.-]*[ \t]+){0,4}[A-Z][\w’'-]+"
    r"(?:[ \t]*\([^()\n]*\))?)*"
    r",[ \t]*([A-Z][\w’-]*(?:[ \t]+[A-Z][\w’-]*){0,3})[ \t]*(?=[;.\n]|$)"
)
# The rest of a list of names closed by ", respectively" after one of its names: " and Mr. B,
# respectively " (group 1 holds the names after this one; the offices start where it ends).
RESPECTIVE_LIST = re.compile(
    r"((?:(?:,[ \t]*|,?[ \t]+and[ \t]+)(?:[A-Z][\w’'.-]*[ \t]+){0,4}[A-Z][\w’'-]+)*)"
    r",?[ \t]+respectively[ \t]+(?:the[ \t]+)?(?=[A-Z])"
)
# The joints of a list: ", " and " and " (", and" once).
LIST_JOINT = re.compile(r",[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+")
# A plural office opening a list of names with a colon, the list running to the name (no
# sentence end, no other colon; "Mr." and "U.N." are no sentence end): "three United Nations
# Police Commissioners: Ana Ruiz, from X, and " (group 1 is "United Nations Police
# Commissioners"; searched up to the name).
PLURAL_OFFICE_BEFORE_LIST = re.compile(
    r"((?:[A-Z][\w’-]*[ \t]+){0,4}[A-Z][\w’-]*s):[ \t]+"
    r"(?:[^.:;\n]|\.(?=\S)|\.(?:(?<=\b[A-Z]\.)|(?<=\b[A-Z][a-z]\.)|(?<=\b[A-Z][a-z]{2}\.)))*$"
)
# An indefinite article before a capitalised office: "a Vice-Chairman", "a retired
# Commissioner of Police" (dropped).
INDEFINITE_BEFORE_OFFICE = re.compile(
    r"^(?:a|an)[ \t]+(?=[A-Z]|(?:former|one-time|retired|senior|acting)[ \t]+[A-Z])"
)
# "and" and the next name before its "of"/"from": "Ana Ruiz and Li Wei from the Forum" (the
# match ends before ", from"/" of", where the shared affiliation starts).
AND_NAME_BEFORE_AFFILIATION = re.compile(
    r"[ \t]+and[ \t]+[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){1,3}(?=,?[ \t]+(?:of|from)[ \t])"
)
# A closed-class word that cannot be part of an office written in lower case: "X, who was
# director of" is a clause, not an office (used inside the two patterns below).
_NOT_OFFICE_WORD = (
    r"(?!(?:who|whose|which|that|was|were|is|are|be|been|has|had|have|also|then|now|"
    r"said|says|both|each|all|not|this|these|those)\b)"
)
# An office in lower case between a name's comma and a comma, a full stop, or a linking
# word: ", a former electoral affairs officer with", ", the commander of", ", a journalist."
# (group 1 is the office without its article: up to five lower-case words, the fewest that
# reach such an end).
LOWER_OFFICE_AFTER = re.compile(
    r",[ \t]+(?:(?:a|an|the)[ \t]+)?"
    rf"((?:{_NOT_OFFICE_WORD}[a-z][\w’'-]*[ \t]+){{0,4}}?{_NOT_OFFICE_WORD}[a-z][\w’'-]*)"
    r"(?=[ \t]*(?:[,.;:)]|$)|[ \t]+(?:of|with|at|in|from|for)[ \t]|[ \t]+\([A-Z])"
)
# The same office given by a verb in a biography, after the name or a pronoun: " is a senior
# researcher at", " was also a lecturer at" (group 1 as above).
LOWER_OFFICE_AFTER_VERB = re.compile(
    r"[ \t]+(?:is|was|(?:has[ \t]+)?(?:served|serves|worked|works)[ \t]+as)[ \t]+"
    r"(?:(?:also|currently|now|previously|formerly)[ \t]+)?(?:a|an)[ \t]+"
    rf"((?:{_NOT_OFFICE_WORD}[a-z][\w’'-]*[ \t]+){{0,4}}?{_NOT_OFFICE_WORD}[a-z][\w’'-]*)"
    r"(?=[ \t]*(?:[,.;:)]|$)|[ \t]+(?:of|with|at|in|from|for)[ \t]|[ \t]+\([A-Z])"
)
# A verb of leading a body right after a name: ", who heads the ", " leads the " (the body,
# or the unit of a body, starts where the match ends).
HEADS_BODY_AFTER_NAME = re.compile(
    r",?[ \t]+(?:who[ \t]+)?(?:(?:currently|now)[ \t]+)?"
    r"(?:heads|leads|directs|chairs|manages|coordinates)[ \t]+the[ \t]+(?=[A-Z])"
)
# A lower-case place or setting going on after a body's name: " in the country" of "the UN
# Mission in the country" (the name is a description, not the body's name).
LOWER_CASE_SETTING = re.compile(r"[ \t]+(?:in|of|for|to)[ \t]+(?:the|this|that|its)[ \t]+[a-z]")
# "of" and the body a lower-case unit belongs to: " of the " of "the Bangui office of the X
# Network" (the body starts where the match ends).
OF_BODY_IN_CLAUSE = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?(?=[A-Z])")
# Where a pictured person stands, in lower case in parentheses before a comma: " (centre)"
# of "X (centre), Deputy Force Commander", " (second from left)".
PLACE_IN_PICTURE = re.compile(r"[ \t]*\((?:[a-z]+[ \t]+){0,3}[a-z]+\)(?=,)")
# A body's acronym in brackets before a comma: "(UNMISS)," closing "The Police Commissioner of
# the UN Mission in South Sudan (UNMISS), X".
PAREN_ACRONYM_COMMA = re.compile(r"\([A-Z][A-Z0-9-]{1,11}\),")
# One post-nominal after a name, with its comma: ", ndc" of "X, ndc, psc, a former Force
# Commander", ", Ph.D." of "Y, Ph.D., Director" (the letters are checked against
# post_nominals.jsonl by apposition.py).
# The letters end at a comma, a bracket, the line's end or a full stop: not "PhD candidate".
POST_NOMINAL = re.compile(
    r",[ \t]*(?P<letters>[A-Za-z][\w.()+]*?)(?=[,;:)]|\.?[ \t]*(?:\n|$)|\.[ \t])"
)
# A second office in lower case after a first one and its body: " and a visiting fellow at"
# of "X is a former commissioner of the Y Mission and a visiting fellow at Z" (group 1 as
# above).
LOWER_OFFICE_AFTER_AND = re.compile(
    r"[ \t]+and[ \t]+(?:a|an)[ \t]+"
    rf"((?:{_NOT_OFFICE_WORD}[a-z][\w’'-]*[ \t]+){{0,4}}?{_NOT_OFFICE_WORD}[a-z][\w’'-]*)"
    r"(?=[ \t]+(?:of|with|at|in|from|for)[ \t])"
)
# A parenthesis right after a name and before a comma: " (Norland)" of "X (Norland), a
# military observer with Y".
PAREN_BEFORE_COMMA = re.compile(r"[ \t]*\([^()\n]{1,60}\)(?=,)")
# A pronoun that opens a biography sentence: "She" of "She was also a lecturer at X".
BIO_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
# A short capitalised qualifier in parentheses after a lower-case office: " (West)" of
# "secretary (West), Foreign Ministry".
OFFICE_QUALIFIER = re.compile(r"[ \t]+\([A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2}\)")
# An office in lower case after "the"/"our" and right before a name (searched up to it):
# "the events coordinator, " of "contact the events coordinator, Ms. X" (group "office" is
# "events coordinator"); a common noun's possessive after the article is no part of the
# office: "the centre's executive director, " gives "executive director"; a capitalised one
# is the office's owner (group "owner"): "the World Bank's country manager, ".
LOWER_OFFICE_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Oo]ur|[Tt]heir|[Ii]ts)[ \t]+(?:[a-z][\w-]*['’]s[ \t]+"
    r"|(?P<owner>(?:[A-Z][\w-]*[ \t]+){0,3}[A-Z][\w-]*)['’]s[ \t]+)?"
    rf"(?P<office>(?:{_NOT_OFFICE_WORD}[a-z][\w’'-]*[ \t]+){{0,3}}{_NOT_OFFICE_WORD}[a-z][\w’'-]*)"
    r",?[ \t]+$"
)
# A lower-case office with "of", "to" or "for" and a capitalised place or body after "the",
# right before a name and its comma: "the representative of Ghana, " (group 1 the office,
# group 2 what follows its link: "Ghana"), "the head of UNMISS, ".
LOWER_OFFICE_OF_BEFORE = re.compile(
    r"\b[Tt]he[ \t]+((?:[a-z][\w-]*[ \t]+){0,2}[a-z][\w-]*)[ \t]+(?:of|to|for)[ \t]+"
    r"(?:the[ \t]+)?([A-Z][\w’'-]*(?:[ \t]+(?:[A-Z][\w’'-]*|of|and|the)){0,5}),[ \t]+$"
)
# A lower-case office with no article right before an honorific, after a preposition or
# "and": "by visiting scholar " of "given by visiting scholar Dr. X" (group 1 the office).
LOWER_OFFICE_BARE_BEFORE = re.compile(
    r"\b(?:by|and|with|from|including)[ \t]+"
    rf"((?:{_NOT_OFFICE_WORD}[a-z][\w-]*[ \t]+){{0,2}}{_NOT_OFFICE_WORD}[a-z][\w-]*)[ \t]+$"
)
# One lower-case office word with no article right before a name, after a preposition or a
# verb of reporting, alone or after its body's acronym: "spokesperson " of "according to
# spokesperson X", "GFPO director " of "a welcome by GFPO director X" (group "owner").
LOWER_OFFICE_WORD_BEFORE = re.compile(
    r"\b(?:by|to|with|from|including|said|says)[ \t]+"
    r"(?:(?P<owner>[A-Z]{2,}[a-z]?)[ \t]+)?(?P<office>[a-z][\w-]*)[ \t]+$"
)
# A run of two to five capitalised words closed by a comma, before an office: "M Ghalib
# Rana, " of "M Ghalib Rana, retired Inspector General of Police," (group 1 is the run; the
# office after the comma and the words of the run are checked in code).
NAME_BEFORE_OFFICE = re.compile(r"((?:(?:[A-Z]\.|[A-Z][\w’'-]*)[ \t]+){1,4}[A-Z][\w’'-]+),[ \t]+")
# The office after such a comma, up to the next punctuation: "retired Inspector General of
# Police" (group 1).
OFFICE_CLAUSE = re.compile(r"([^,;.:()\n]{2,120})")
# The end of a list element before the next person of the list: ", " or " and " of "X, Police
# Observer in Haiti, and " (searched in the text between a name and the next one).
LIST_GAP_END = re.compile(r"(?:,|[ \t]and)[ \t]+$")
# Two capitalised words opening a name, after any honorific: "Bilal Ahmed", "Col. Ana Ruiz"
# (not "MINUSCA" alone).
TWO_NAME_WORDS = re.compile(r"(?:[A-Z][\w’'.-]*[ \t]+)+[A-Z][a-z]")
# A clause up to its comma, semicolon, colon, line end or full stop, parentheses included:
# "formed police units in the X Mission (XM)" of "coordinator of formed police units in the X
# Mission (XM), presented".
CLAUSE_TO_COMMA = re.compile(r"[^,;:\n]{1,160}?(?=[,;:\n]|\.(?:[ \t\n]|$)|$)")
# A full stop closing a word of three letters or more at the end of the searched span: the
# sentence's, not an abbreviation's ("Lakeside Institute." ends the phrase; "U.N." keeps it).
WORD_BEFORE_FULL_STOP = re.compile(r"\w{3}\.$")
# A body whose members or representatives a list of names gives, the list running to the
# name: "Five members of the Lakeside Debate Club, Ana Ruiz, Li Wei and " (group 1 is "Lakeside
# Debate Club"); a colon may open the list ("Representatives of the X: Ana Ruiz and ").
BODY_BEFORE_NAME_LIST = re.compile(
    r"\b(?:[Mm]embers|[Rr]epresentatives)[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"([A-Z][\w’'-]*(?:[ \t]+(?:[A-Z][\w’'-]*|of|for|and|on))*)[,:][ \t]+"
    r"(?:(?:[A-Z][\w’'.-]*[ \t]+){0,4}[A-Z][\w’'-]+(?:[ \t]*\([^()\n]*\))?"
    r"(?:,[ \t]*|,?[ \t]+and[ \t]+))*$"
)
# A phrase closed by an acronym in parentheses: "Coordinator Training for Peace (TfP)" (group 1
# is "Coordinator Training for Peace", group 2 "TfP").
PHRASE_WITH_ACRONYM = re.compile(r"^(.+?)[ \t]+\(([A-Z][A-Za-z]{1,9})\)$")
# A dash between spaces after a name on a name line: " - " of "Ms. X - Senior Adviser -
# UN Women" (a hyphen, an en dash or an em dash).
DASH_AFTER_NAME = re.compile(r"[ \t]+[-–—][ \t]+")
# A verb giving a post, with an adverb and an article or not: "is Head of", "serves as
# Inspector", "was previously a Political Officer", "works as Programme Officer".
_POST_ADVERB = (
    r"(?:(?:currently|previously|also|now|later|formerly|(?:most|until)[ \t]+recently|recently)"
    r"[ \t]+)?"
)
# A former post keeps its office without the word: "is a former Force Commander of X",
# ", a one-time Chief of Y" (the post starts at the capital).
_FORMER = r"(?:(?:former|one-time)[ \t]+)?"
# Verbs of a staff movement or a career: "held the post of X", "took over as Y", "assumed
# her functions as Z", "has been appointed W", "was named V".
_TAKE_POST = (
    r"(?:has[ \t]+|had[ \t]+)?(?:held|taken[ \t]+up|took[ \t]+up)[ \t]+the[ \t]+post[ \t]+of"
    r"|(?:has[ \t]+)?(?:taken|took)[ \t]+over[ \t]+as"
    r"|(?:has[ \t]+)?(?:assumed|assumes|took[ \t]+up|takes[ \t]+up)[ \t]+(?:his|her|their)[ \t]+"
    r"(?:functions|duties|post|office)[ \t]+as"
    r"|(?:has[ \t]+|had[ \t]+)?been[ \t]+(?:appointed|named)(?:[ \t]+as)?"
)
_POST_VERB = (
    rf"{_POST_ADVERB}"
    r"(?:is|was|(?:has[ \t]+)?served[ \t]+as|serves[ \t]+as|works[ \t]+as|worked[ \t]+as"
    rf"|{_TAKE_POST})[ \t]+"
    rf"{_POST_ADVERB}(?:(?:a|an|the)[ \t]+)?{_FORMER}(?=[A-Z])"
)
# A verb giving a person's post right after the name: " is Head of", ", who serves as
# Inspector", " is a Senior Officer" (the post starts where the match ends, at a capital).
COPULA_AFTER_NAME = re.compile(
    rf",?[ \t]+(?:who[ \t]+)?{_POST_VERB}"
    r"|,[ \t]+(?:a|an)[ \t]+(?=[A-Z])"  # ", a Programme Manager with the Y Foundation"
    # ", speaking in his capacity as Chief of X", ", acting as Officer-in-Charge of Y"
    # "appointed Mr. X of Norland as his Special Representative for Y"
    r"|(?:[ \t]+of[ \t]+[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2})?[ \t]+as[ \t]+"
    r"(?:his|her|its|their)[ \t]+(?=[A-Z])"
    r"|,[ \t]+(?:(?:speaking|acting|serving)[ \t]+)?(?:in[ \t]+(?:his|her|their)[ \t]+"
    r"capacity[ \t]+)?(?<=[a-z][ \t])as[ \t]+(?:(?:the|a|an)[ \t]+)?(?=[A-Z])"
)
# A body joined with a post right after a name: " has joined UNIFIL as " of "Ms. X has
# joined UNIFIL as Chief of Staff" (group "body"; the post starts where the match ends).
JOINED_BODY_AS = re.compile(
    r"[ \t]+(?:has[ \t]+|had[ \t]+)?(?:re)?joined[ \t]+(?:the[ \t]+)?"
    r"(?P<body>[A-Z][\w’'-]*(?:[ \t]+(?:[A-Z][\w’'-]*|of|for|and|on|the)){0,8}?)"
    r"[ \t]+as[ \t]+(?:(?:the|a|an|its|their)[ \t]+)?(?=[A-Z])"
)
# The word of a former post right before it: "former " of "is a former Force Commander".
FORMER_BEFORE = re.compile(r"(?:former|one-time)[ \t]+\Z")
# A post given by "he" or "she" and a verb in a biography: "She served as Deputy Chief of
# X", "before joining, he was previously a Political Officer in the Y" (the post starts
# where the match ends).
PRONOUN_POST = re.compile(rf"\b(?:[Hh]e|[Ss]he)[ \t]+{_POST_VERB}")
# The link between a post and its body: " at the " of "Head of Research at the Y Centre",
# " with " of "Officer with UNAMX", " in the " of "Adviser in the X Division", " for the " of
# "Programme Officer for the Y Commission" (not "Lecturer in Conflict Studies": a field; the
# body starts where the match ends).
BODY_LINK_IN_POST = re.compile(
    r"[ \t]+(?:(?:at|with)[ \t]+(?:the[ \t]+)?|(?:in|for)[ \t]+the[ \t]+)(?=[A-Z])"
)
