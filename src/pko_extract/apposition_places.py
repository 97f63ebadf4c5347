"""Parse stage, where an office was held: "Police Observer in Norland and Westmere" ->
"Police Observer" (the places and years a career list adds to an office are not part of it).

Pure. A position ending with "in" and places (countries of the gazetteer or places the
recogniser found), two or more joined by "and", "&" or commas, or one with a year or a span
of years after it, is cut to the office before "in" when that holds a position word and
does not end with an organisation word ("Special Representative of the Chairperson of the X
Commission in Norland" keeps its place: the office ends with a body). One place alone stays:
"Police Commissioner in X" names the post (and the mission served, see
``served_mission.py``).
"""

from __future__ import annotations

import re

from pko_extract.lexicon import Lexicon
from pko_extract.models import Mention

__all__ = ["trim_service_places"]

#: " in " and what follows it to the end of a position: "in Norland and Westmere in 1994".
_IN_TAIL = re.compile(r"[ \t]+in[ \t]+(.+)$")
#: A year or a span of years, after "in" or not: "in 1994", "2004-05", "1989–90".
_YEARS = re.compile(r"(?:[ \t]+in)?[ \t]+\d{4}(?:[-–]\d{2,4})?$")
#: The joints between places: "and", "&", a comma.
_PLACE_JOINT = re.compile(r"[ \t]*(?:,|&|\band\b)[ \t]*")


def trim_service_places(mentions: list[Mention], places: frozenset[str], lex: Lexicon) -> None:
    """Cut the places (and years) where an office was held from each mention's positions."""
    folded = frozenset(p.casefold() for p in places)
    for m in mentions:
        m.positions = [_without_places(p, folded, lex) for p in m.positions]


def _without_places(position: str, places: frozenset[str], lex: Lexicon) -> str:
    """The office of "<office> in <places> [years]", or the position unchanged."""
    tail = _IN_TAIL.search(position)
    if tail is None:
        return position
    office = position[: tail.start()]
    where = _YEARS.sub("", tail.group(1))
    names = [n for n in _PLACE_JOINT.split(where) if n]
    if len(names) < 2 and where == tail.group(1):
        return position  # "Police Commissioner in X": one place and no year names the post
    named = bool(names) and all(n.casefold() in places for n in names)
    if named and lex.has_position(office) and not lex.org_at_end(office):
        return office
    return position
