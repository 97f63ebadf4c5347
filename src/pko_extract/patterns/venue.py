"""Regular expressions of the event's venue beyond those of :mod:`.event` (event_venue.py).

Each is a named constant with an example; vocabulary lives in the data files.
"""

from __future__ import annotations

import re

from pko_extract.patterns.event import _CAP, _OWN_PLACE

# A dateline that opens with the venue before the town: "Camp Meridian, Tessalit, 12 May
# 2016 –", "Press Briefing Room, Mission Headquarters, Kinshasa, 18 July 2014" (the date
# itself is checked by the caller).
VENUE_DATELINE = re.compile(
    rf"^[ \t]*(?P<venue>{_CAP}(?:,[ \t]+{_CAP})*?),[ \t]+"
    r"(?P<city>[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*)?),[ \t]+"
    r"(?=\d|[A-Z][a-z]+\.?[ \t]+\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
)
# A line of the town, the venue and the date, the town first: "Abuja, Commission Headquarters,
# Thursday 21 July 2022", "Accra, Kofi Annan Centre, 3 May 2019" (the date and the venue noun
# are checked by the caller).
CITY_VENUE_DATELINE = re.compile(
    r"^[ \t]*(?P<city>[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*)?),[ \t]+"
    rf"(?P<venue>{_CAP}),[ \t]+"
    r"(?=\d|[A-Z][a-z]+\.?[ \t]+\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
)
# "the facilities of" in Spanish or Portuguese before a venue: "en las instalaciones del X",
# "nas instalações da X".
FACILITIES_CUE = re.compile(r"instala(?:ciones|ções)", re.IGNORECASE)
# Two places joined by "and the" inside a venue match: " and the " of "Entebbe and the Global
# Service Centre" (a list of places, not one venue).
PLACE_LIST_JOIN = re.compile(r"[ \t]and[ \t]+the[ \t]+")
# A weekday and its comma before a date, e.g. "Wednesday, " of "Windhoek, Wednesday, 29 May 2019".
WEEKDAY_COMMA = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+")
# A host's place in lower case after "at the" or "in the": "hosted at the residence of the Ambassador of
# Ireland", "at the memorial garden of its headquarters", "recorded at the studio of the X"; one or two words, the last a place
# noun, then "of" and whose place it is (a capitalised name or the host's own place).
LOWER_PLACE_OF = re.compile(
    rf"\b(?:at|in)[ \t]+the[ \t]+(?P<venue>(?:[a-z]+[ \t]+)?(?:{_OWN_PLACE}|garden|gardens|lawn|studios?)"
    rf"[ \t]+of[ \t]+(?:(?:the|its|their)[ \t]+)?(?:{_CAP}|{_OWN_PLACE}))"
)
# Where a venue's name runs on to the event it hosted: "the X Training Centre for Exercise Y"
# (cut before "for" when an event noun follows).
FOR_EVENT = re.compile(r"[ \t]+for[ \t]+(?:the[ \t]+)?(?=\S)")
# The same in French, Portuguese, Spanish and Italian: "au camp de la force", "dans la salle
# des conférences de l'École", "au siège de l'organisation", "no auditório do Instituto X",
# "en el auditorio de la Escuela Y", "presso la sede del Z" (one word after the article, or a
# capitalised name).
LOWER_PLACE_ROMANCE = re.compile(
    r"(?<!\w)(?:au|à[ \t]+la|à[ \t]+l['’]|dans[ \t]+(?:la|le|l['’])|no|na|en[ \t]+el|en[ \t]+la"
    r"|presso[ \t]+(?:il|la|l['’])"
    r"|nel|nella)[ \t]*(?P<venue>(?:camp|siège|quartier[ \t]+général|base|salle|QG|auditório"
    r"|auditorio|auditorium|salão|salón|sede|sala|aula)[ \t]+(?:de[ \t]+la[ \t]+|du[ \t]+"
    r"|de[ \t]+l['’]|des[ \t]+|de[ \t]+|do[ \t]+|da[ \t]+|del[ \t]+|della[ \t]+|dell['’])"
    rf"(?:{_CAP}|[\w’'-]+))"
)
# A host's own place in lower case: "at its logistics base", "at our main campus".
OWN_LOWER_PLACE = re.compile(
    rf"\bat[ \t]+(?:its|our|their)[ \t]+(?P<venue>(?:[a-z-]+[ \t]+)?{_OWN_PLACE})\b"
)
# A host's own place after its owner in lower case: "at the centre's main campus", "at the
# battalion's headquarters" (the owner kept, as "mission's headquarters" in the dev corpus).
OWNER_LOWER_PLACE = re.compile(
    rf"\bat[ \t]+the[ \t]+(?P<venue>[a-z]+['’]s[ \t]+(?:[a-z-]+[ \t]+)?{_OWN_PLACE})\b"
)
# A unit's own place in lower case, with no possessive: "at the battalion headquarters", "at
# the sector headquarters", "at the force logistics base".
UNIT_LOWER_PLACE = re.compile(
    r"\bat[ \t]+the[ \t]+(?P<venue>(?:battalion|brigade|sector|force|mission|contingent"
    r"|company|regiment|unit|division)[ \t]+(?:[a-z-]+[ \t]+)?(?:headquarters|camp|base|barracks"
    r"|compound))\b"
)
# A named building written with its noun in lower case: "at the Europa building", "at the
# Hamilton hall" (a capitalised name of one or two words before it).
NAME_LOWER_BUILDING = re.compile(
    r"\bat[ \t]+the[ \t]+(?P<venue>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)?[ \t]+(?:building"
    r"|hall|auditorium|pavilion|tower))\b"
)
# What runs on past a venue's city: "Custume Barracks in Athlone| for the 40th" (the venue
# and its city kept, the rest dropped).
CITY_RUN_ON = re.compile(
    r"[ \t]+in[ \t]+[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?(?P<rest>[ \t]+(?:for|to|with|as)\b.*)$"
)
# An acronym alone: "JPOTC", "KAIPTC" (three capitals or more).
ACRONYM = re.compile(r"[A-Z][A-Z0-9]{2,}")
# A venue field in brackets inside a sentence: "(Venue: Harbourview Hotel, Mombasa)".
BRACKETED_VENUE = re.compile(
    r"\((?:[Vv]enue|[Ll]ocation|[Pp]lace|[Ll]ieu|[Ll]ugar)[ \t]*:[ \t]*(?P<value>[^()\n]{3,120})\)"
)
# A label alone on its line over an address block: "Address:", "Adresse", "Dirección:".
ADDRESS_LABEL = re.compile(r"^[ \t]*(?:Address|Adresse|Dirección|Endereço)[ \t]*:?[ \t]*$", re.I)
# A street address closing a place line, and what follows it: ", Rue des Vignes 14, Geneva",
# ", 12 Harbour Road, Accra" (a street word and a house number in one part); the line is
# measured without it.
STREET_TAIL = re.compile(
    r",[ \t]+(?=[^,\n]*\d)(?=[^,\n]*\b(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Rue|Strasse|Straße"
    r"|Calle|Via|Viale|Rua|Boulevard|Lane|Drive)\b).*$"
)
# A speech's place and date line whose place is a host's own in lower case: "Sector North
# headquarters, 14 April 2017", "Camp Alpha training area, 3 May 2016" (the date checked by
# the caller).
OWN_PLACE_DATE_LINE = re.compile(
    rf"^[ \t]*(?P<venue>{_CAP}[ \t]+(?:[a-z-]+[ \t]+)?{_OWN_PLACE}),[ \t]+(?=\d|[A-Z][a-z]+\.?[ \t]+\d)"
)
