"""The peace operation a person serves in, read from a position ("Force Commander of MINUSCA").

Why: an analyst asks who served in a mission and whether they spoke about it; the people
table has the position as written, not the mission. A position names the mission in one of
three ways, tried in this order:

1. by acronym, as written in capitals ("Force Commander, MINUSCA", "Head of UNMISS");
2. by the mission's name or an alias of the gazetteer ("... of the United Nations
   Multidimensional Integrated Stabilization Mission in Mali");
3. by a post of a mission (``data/mission_posts.txt``: "Special Representative", "Force
   Commander", ...) and a country or place ("SRSG for Mali"): the mission active there at
   the report's date, preferring a UN peacekeeping operation, then a UN political mission,
   then a regional one; when two of the preferred kind are active, none is chosen. A
   report without a date links only a place's sole mission of all time. A position that
   names the body leading missions ("Special Representative of the ECOWAS Commission in
   Mali", "... of the African Union ...") considers only that body's missions: none, when
   it had none there then. A position that names a mission the gazetteer does not know
   ("Force Commander of the European Training Mission Mali": a capitalised word before
   "Mission", "Operation" or "Force" other than a lead body or a word of
   ``data/mission_generic_words.txt``) is not read as the place's mission.

Pure: the gazetteer is given (:class:`MissionFinder` compiles its look-ups once).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from pko_extract.alternation import longest_first
from pko_extract.gazetteer import fold
from pko_extract.organizations import default_organizations
from pko_extract.resources import DATA_DIR, _read_words

__all__ = ["MissionFinder", "default_posts", "load_posts", "mission_finder"]

#: Acronyms matched by the first way: those with two capitals in a row ("MINUSCA",
#: "EUFOR Althea"); a word-like operation name ("Concordia") is too often something else.
_ACRONYM_LIKE = re.compile(r"[A-Z]{2}")
#: Mission names and aliases shorter than this are not matched in lower case.
_MIN_NAME = 10
#: "Training Mission": a capitalised word and a mission noun (after the posts are removed).
_MISSION_PHRASE = re.compile(r"\b([A-Z][\w’'-]*)\s+(?:Mission|Operation|Force)\b")
#: Kinds in the order the third way prefers them.
_KIND_ORDER = ("UN_PKO", "UN_SPM", "REGIONAL")


def _norm(text: str) -> str:
    """Folded text with hyphens as spaces and single spacing (names and posts compare so)."""
    return " ".join(re.sub(r"[-‐‑–/,;()]", " ", fold(text)).split())


def _alternation(phrases: list[str]) -> re.Pattern[str] | None:
    """Whole-word alternation of ``phrases``, longest first; None when there is none."""
    if not phrases:
        return None
    return re.compile(r"(?<!\w)" + longest_first(phrases) + r"(?!\w)")  # a trie: faster


def load_posts(path: Path = DATA_DIR / "mission_posts.txt") -> tuple[str, ...]:
    """The posts of a mission (validated word list: errors name the file and line)."""
    return _read_words(path)


@lru_cache(maxsize=1)
def default_posts() -> tuple[str, ...]:
    """The packaged posts (loaded once per process)."""
    return load_posts()


@lru_cache(maxsize=1)
def default_generic_words() -> frozenset[str]:
    """Words before "Mission" that name no mission of their own (validated word list)."""
    return frozenset(_read_words(DATA_DIR / "mission_generic_words.txt"))


@dataclass(frozen=True)
class MissionFinder:
    """Look-ups of one gazetteer: acronyms, names and places as patterns.

    Build with :func:`mission_finder`.
    """

    gazetteer: Any
    acronyms: re.Pattern[str] | None
    acronym_of: dict[str, str]
    names: re.Pattern[str] | None
    name_of: dict[str, str]
    posts: re.Pattern[str] | None
    places_cased: re.Pattern[str] | None
    places: re.Pattern[str] | None
    leads: dict[str, tuple[re.Pattern[str], re.Pattern[str] | None]]
    posts_as_written: re.Pattern[str] | None

    def find(self, position: str, on: date | None) -> str | None:
        """The acronym of the mission ``position`` names (see the module docstring), or None."""
        if self.acronyms is not None and (hit := self.acronyms.search(position)):
            return self.acronym_of[hit.group(0)]
        norm = _norm(position)
        if self.names is not None and (hit := self.names.search(norm)):
            return self.name_of[hit.group(0)]
        if self.posts is None or not self.posts.search(norm) or self._names_another(position):
            return None
        leads = {
            code
            for code, (cased, folded) in self.leads.items()
            if cased.search(position) or (folded is not None and folded.search(norm))
        }
        for place in self._places(position, norm):
            found = self._active(place, on, leads)
            if found is not None:
                return found
        return None

    def named(self, text: str) -> str | None:
        """The acronym of the mission ``text`` is the whole name of ("UNMISS", "UN Mission in
        South Sudan", "AU Mission in Somalia (AMISOM)"), or None."""
        whole = re.sub(r"\s*\([^()]*\)\s*$", "", text.strip().rstrip(".,;")) or text
        for part in (whole, text.strip().rstrip(".,;")):
            if part in self.acronym_of:
                return self.acronym_of[part]
            folded = _norm(part)
            folded = folded[4:] if folded.startswith("the ") else folded
            if folded in self.name_of:
                return self.name_of[folded]
        return None  # "Joint Analysis Centre (MONUSCO)" is a unit, not the mission

    def _names_another(self, position: str) -> bool:
        """True when the position names a mission of its own that the gazetteer lacks."""
        rest = self.posts_as_written.sub(" ", position) if self.posts_as_written else position
        generic = default_generic_words() | set(self.leads)
        return any(m.group(1) not in generic for m in _MISSION_PHRASE.finditer(rest))

    def _places(self, position: str, norm: str) -> list[str]:
        """Places named in the position: capitalised aliases as written ("CAR"), others folded."""
        found: list[str] = []
        if self.places_cased is not None:
            found += [m.group(0) for m in self.places_cased.finditer(position)]
        if self.places is not None:
            found += [m.group(0) for m in self.places.finditer(norm)]
        return found

    def _active(self, place: str, on: date | None, leads: set[str]) -> str | None:
        """The one mission of the preferred kind active in ``place`` on ``on`` (led by one of
        ``leads`` when given), or None."""
        missions = self.gazetteer.active_in(place, on)
        if leads:
            missions = [m for m in missions if leads & set(_codes(m.lead_organization))]
        if on is None:  # every mission the place ever had: only a sole one is safe
            return str(missions[0].acronym) if len(missions) == 1 else None
        for kind in _KIND_ORDER:
            of_kind = [m for m in missions if m.kind == kind]
            if len(of_kind) == 1:
                return str(of_kind[0].acronym)
            if of_kind:
                return None
        return None


def _codes(lead_organization: str) -> list[str]:
    """The bodies leading a mission ("ECOWAS; AU" -> ECOWAS, AU)."""
    return [code.strip() for code in lead_organization.split(";") if code.strip()]


def _lead_patterns(gazetteer: Any) -> dict[str, tuple[re.Pattern[str], re.Pattern[str] | None]]:
    """Per leading body with an acronym ("AU"): its acronym as written, and its canonical
    name folded ("african union") when the organisation names know it."""
    orgs = default_organizations()
    out: dict[str, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}
    for code in {c for m in gazetteer.missions for c in _codes(m.lead_organization)}:
        if code.isupper():  # "AU", "ECOWAS"; not "PIF (Australia-led)"
            name = orgs.lookup(code)
            cased = re.compile(rf"(?<!\w){re.escape(code)}(?!\w)")
            out[code] = (cased, _alternation([_norm(name)]) if name else None)
    return out


def _place_patterns(gazetteer: Any) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """(capitalised aliases matched as written, other names matched folded)."""
    cased: list[str] = []
    folded: list[str] = []
    for place in gazetteer.places:
        for name in place.names():
            if " " not in name and sum(ch.isupper() for ch in name) >= 2:
                cased.append(name)
            else:
                folded.append(_norm(name))
    return _alternation(cased), _alternation(folded)


@lru_cache(maxsize=4)
def mission_finder(gazetteer: Any, posts: tuple[str, ...] | None = None) -> MissionFinder:
    """The look-ups of ``gazetteer`` (cached per gazetteer object) with ``posts`` (default:
    the packaged mission posts)."""
    acronym_of: dict[str, str] = {}
    name_of: dict[str, str] = {}
    for m in gazetteer.missions:
        for acronym in (m.acronym, m.french_acronym):
            if acronym and _ACRONYM_LIKE.search(acronym):
                acronym_of.setdefault(acronym, m.acronym)
        for name in (m.name, m.french_name, *m.aliases):
            if name and len(name) >= _MIN_NAME:
                name_of.setdefault(_norm(name), m.acronym)
    cased, folded = _place_patterns(gazetteer)
    post_list = posts if posts is not None else default_posts()
    as_written = [r"[\s-]+".join(re.escape(w) for w in p.split()) for p in post_list]
    longest = sorted(as_written, key=len, reverse=True)
    return MissionFinder(
        gazetteer=gazetteer,
        acronyms=_alternation(list(acronym_of)),
        acronym_of=acronym_of,
        names=_alternation(list(name_of)),
        name_of=name_of,
        posts=_alternation([_norm(p) for p in post_list]),
        places_cased=cased,
        places=folded,
        leads=_lead_patterns(gazetteer),
        posts_as_written=re.compile("|".join(longest), re.I) if longest else None,
    )
