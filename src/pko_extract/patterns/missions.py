"""Regular expressions of the mission linker (mission_hits.py, mission_context.py).

Each is a named constant with an example; vocabulary lives in the data files.
"""

from __future__ import annotations

import re

# --------------------------------------------------------------------------------------
# Missions (mission_hits.py, mission_context.py)
# --------------------------------------------------------------------------------------

# Where a mission acronym may start: not inside a word nor after a hyphen ("EU-UNMIK",
# "UN-MINUSCA"), but after a lower-case prefix of service, e.g. "ex-UNDOF", "post-MINUSMA".
ACRONYM_START = r"(?:(?<![\w-])|(?<=\bex-)|(?<=\bpre-)|(?<=\bpost-))"
# "since" right before a year (folded text), e.g. "in the Congo since 2001": a period that
# runs to the report's date, not the year alone.
SINCE_BEFORE_YEAR_RE = re.compile(r"\b(?:since|depuis|desde)\s+(?:the\s+year\s+)?\Z")
# A year written in a clause, e.g. "in 1992" or "(2004-2006)"; 1945-2049 only.
# A period counted back from the report's date, on folded text: "sixty years ago", "25 years
# ago" (group 1: the number, in digits or words).
YEARS_AGO_RE = re.compile(
    r"(?<![\w-])(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
    r"|twenty|twenty-five|thirty|forty|fifty|sixty|seventy|seventy-five|eighty)\s+years\s+ago\b"
)
# A line that opens with a year (after spaces or a bullet), e.g. "1999-2000  Staff officer".
LINE_OPENS_WITH_YEAR_RE = re.compile(r"[ \t*•-]*(?:19[4-9]\d|20[0-4]\d)(?!\d)")
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
# Text allowed between two places of one list, e.g. ", ", " and ", ", to the ", ", in the ",
# ", on the " ("in Lebanon, on the Golan Heights and in Mali").
# A bare " in " or " on the " is not list glue: "peacekeepers from Burundi in Somalia".
LIST_GLUE_RE = re.compile(
    r"^(?!\s*(?:(?:in|on|the)\s+)+$)(?:\s|,|;|&|\band\b|\bor\b|\bto\b|\bin\b|\bon\b|\bthe\b)*$"
)
# Text between two places of one list that also names places the gazetteer does not know
# (countries without a mission), matched on the raw text: ", Djibouti, ", ", Kenya and the ".
NAME_LIST_GLUE_RE = re.compile(
    r"(?:\s*(?:,|;|&|\band\b|\bor\b)\s*(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})+"
    r"\s*(?:,|;|&|\band\b|\bor\b)\s*(?:the\s+)?"
)
# The names of a list written before its first known place, up to that place (raw text):
# "delivered by Kenya, Djibouti and " before "Mali"; what precedes them says who the list is.
NAME_LIST_HEAD_RE = re.compile(
    r"(?:(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s*(?:,|;|&|\band\b|\bor\b)\s*){1,8}\Z"
)
# The text between an organisation's name and a title that follows it: "the AU's special
# envoy", "the NATO-led force", "African Union Special Representative".
ORG_TO_TITLE_RE = re.compile(r"(?:'s)?(?:\s*-?\s*led)?\s+(?:the\s+)?")
# The text between a person's name and a place in apposition to it: "Major Ba, Mali,".
PERSON_APPOSITION_GAP_RE = re.compile(r",\s*(?:the\s+)?")
# What follows a place in apposition to a person: a comma, a bracket, a semicolon or the end
# of the line ("Major Ba, Mali, completed", "Ms. Roe, Ghana)").
PLACE_APPOSITION_AFTER_RE = re.compile(r"\s*(?:[,;)]|$)", re.MULTILINE)
# A possessive right after a place, up to the noun it owns (folded text): "'s peacekeeping ",
# "'s " in "Liberia's peacekeeping contingent", "Rwanda's peacekeepers".
POSSESSIVE_RE = re.compile(
    r"'s?\s+(?:own\s+|first\s+|new\s+|national\s+|peacekeeping\s+|military\s+)*"
)
# A compass word that a title may write before its place (folded text), as in "the UN mission
# in eastern Chad", "the force commander in north-eastern Congo"; tried only when the words
# are not a place's own name ("southern Lebanon" is an alias of South Lebanon).
TITLE_COMPASS = (
    r"(?:(?:north|south)(?:[- ]?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central)\s+"
)
# An operation led by a nation, on the raw text: "the Kenyan-led mission", "a French-led
# force" (group 1; organisations such as "NATO-led" are told apart by a word list).
NATION_LED_RE = re.compile(r"(?<![\w-])([A-Z][a-z]+)-led(?![\w-])")
# The text between a "-led" word and the place or title it qualifies: at most eight words,
# without a comma or semicolon before "and" ("Kenyan-led security support mission approved
# for Haiti"; not "American-led task force that preceded them, and the chapter on the
# Rwandan mission").
LED_REACH_RE = re.compile(r"(?![^\n]*[,;]\s+and\s)(?:\s*[^\s;]+){0,8}?\s*", re.S)
# What follows a place that opens a headline: a colon and the headline's words, as in
# "Goma: engineers hand over a bridge" (not "Goma:" alone, a field's key with no value, nor
# "Juba: 12 March", a dateline).
HEADLINE_PLACE_AFTER_RE = re.compile(r"[ \t]*:[ \t]+[^\W\d_][^\n]*\w")
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
# A year written right after a place, with "in" or a bracket allowed, on folded text: "Congo
# 1961", "the Sinai in 1957", "Liberia (2004)" (a place of a record, not a contributor's).
YEAR_RIGHT_AFTER_RE = re.compile(r",?\s?(?:in\s+)?\(?(?:19[4-9]\d|20[0-4]\d)(?!\d)")
# The text between a place and the period it owns: "Liberia 2004-05", "Mozambique in 1994",
# "Cambodia (1992-93)". Such a period is not the period of a place written after it.
# "Liberia in the 1990s" too (a decade).
OWN_PERIOD_GAP_RE = re.compile(r",?\s?(?:in\s+)?(?:the\s+)?\(?")
# Text between two places of a record of deployments: the first place's period, then list glue,
# e.g. " (1989-90), ", " 1994 and " or " in 1961, in ".
PERIOD_LIST_GLUE_RE = re.compile(
    r"^,?\s?(?:in\s+)?\(?(?:19[4-9]\d|20[0-4]\d)(?:\s?(?:-|/|to)\s?\d{2,4})?\)?"
    r"(?:\s|,|;|&|\band\b|\bthe\b|\bin\b)*$"
)
# A mission of unarmed observers, by its name: "United Nations Truce Supervision Organization",
# "UN Observer Mission in Georgia"; a name that also says "force" ("Disengagement Observer
# Force") is a force (mission_resolve: armed forces are not an observer body's).
OBSERVER_NAME_RE = re.compile(r"\b(?:observers?|observation|supervision|verification)\b", re.I)
FORCE_NAME_RE = re.compile(r"\bforce\b", re.I)
# A word that marks a mission name as French, Spanish or Portuguese (written in sentence
# case): "Mission multidimensionnelle intégrée des Nations unies", "Misión de Verificación".
ROMANCE_NAME_WORD_RE = re.compile(r"\b(?:de|des|du|pour|del|las|los|para|da|do|das|dos)\b")
# A rotation number in Roman numerals right after a place, on the raw text: " XXXI" of "the
# "GUATEMALA XXXI" contingent", " IV" of "Nepal IV": a contingent named for its sender.
ROTATION_AFTER_RE = re.compile(r"[ \t]+[IVXL]{2,}\b")
# A place as the subject that sends troops, on folded text right after it: "Rwanda had
# deployed its first formed police unit to Haiti", "Ghana sent observers" (a contributor).
SENDER_AFTER_RE = re.compile(
    r"\s+(?:(?:has|had|have|also|first|then)\s+)*(?:deployed|sent|contributed|dispatched)\b"
)
