"""Regular expressions of the event's venue beyond those of :mod:`.event` (event_venue.py).

Each is a named constant with an example; vocabulary lives in the data files.
"""

from __future__ import annotations

import re

from pko_extract.patterns.event import _CAP, _OWN_PLACE

# A dateline that opens with the venue before the town: "Camp Meridian, Tessalit, 12 May
# 2016 –" (the date itself is checked by the caller).
VENUE_DATELINE = re.compile(
    rf"^[ \t]*(?P<venue>{_CAP}),[ \t]+(?P<city>[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*)?),[ \t]+"
)
# A host's place in lower case after "at the": "hosted at the residence of the Ambassador of
# Ireland", "at the memorial garden of its headquarters"; one or two words, the last a place
# noun, then "of" and whose place it is (a capitalised name or the host's own place).
LOWER_PLACE_OF = re.compile(
    rf"\bat[ \t]+the[ \t]+(?P<venue>(?:[a-z]+[ \t]+)?(?:{_OWN_PLACE}|garden|gardens|lawn)"
    rf"[ \t]+of[ \t]+(?:(?:the|its|their)[ \t]+)?(?:{_CAP}|{_OWN_PLACE}))"
)
# Where a venue's name runs on to the event it hosted: "the X Training Centre for Exercise Y"
# (cut before "for" when an event noun follows).
FOR_EVENT = re.compile(r"[ \t]+for[ \t]+(?:the[ \t]+)?(?=\S)")
