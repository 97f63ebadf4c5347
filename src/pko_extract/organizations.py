"""Organisation names in one canonical form, with the text as written kept beside it.

Why: reports name one body in many ways ("UN", "U.N.", "the United Nations"; "DPKO",
"UN Department of Peacekeeping Operations"), so counting organisations across people and
events needs one name per body. The names and their aliases are data
(``data/organizations.jsonl``), as are the spellings read alike
(``data/spelling_variants.jsonl``: "Organisation" and "Organization", "Centre" and "Center");
both are validated when loaded, and an error names the file and the line.

Contract: :func:`canonical_organization` returns the canonical name of a known body, and for
any other name the name as written with its spacing normalised and a leading "the" dropped
("the Osaka University Foundation" -> "Osaka University Foundation"). A name followed by its
acronym in brackets ("Department of Peacekeeping Operations (DPKO)") is read by either part.
Pure: no I/O after the data is loaded (once per process by :func:`default_organizations`).

Example::

    orgs = default_organizations()
    orgs.canonical("U.N.") == "United Nations"
    orgs.canonical("the African Union Commission") == "African Union Commission"
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import field_validator

from pko_extract.errors import ResourceError
from pko_extract.resources import DATA_DIR, _Entry, _read_jsonl

__all__ = [
    "OrganizationAlias",
    "Organizations",
    "SpellingVariant",
    "canonical_organization",
    "default_organizations",
    "default_spellings",
    "load_organizations",
    "load_spellings",
    "org_key",
]

#: "Department of Peacekeeping Operations (DPKO)": the name, then its acronym in brackets.
_BRACKETED = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<inner>[^()]+)\)\s*$")
#: Dots of an abbreviation ("U.N.") and apostrophes ("Children's") join the letters.
_JOINING = re.compile(r"[.’'`]")
#: Hyphens join too ("Co-operation" reads as "Cooperation").
_HYPHENS = re.compile(r"[-‐‑–]")
#: Any other punctuation separates words.
_PUNCT = re.compile(r"[^\w\s]")


class OrganizationAlias(_Entry):
    """A body's canonical name (``text``) and the other names reports give it."""

    aliases: list[str]

    @field_validator("aliases")
    @classmethod
    def _clean(cls, value: list[str]) -> list[str]:
        for alias in value:
            if not alias.strip() or alias != alias.strip():
                raise ValueError(f"alias {alias!r}: empty or with surrounding spaces")
        return value


class SpellingVariant(_Entry):
    """One word (``text``) and its other spellings, for organisation names or person names."""

    variants: list[str]
    scope: Literal["org", "name"]

    @field_validator("variants")
    @classmethod
    def _one_word(cls, value: list[str]) -> list[str]:
        for word in value:
            if len(word.split()) != 1 or word != word.casefold():
                raise ValueError(f"variant {word!r} must be one lower-case word")
        return value


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def org_key(text: str, spellings: dict[str, str] | None = None) -> str:
    """The comparison key of an organisation name: case-, accent-, punctuation- and
    "the"-insensitive, "&" read as "and", ``spellings`` (variant -> form) applied per word.

    >>> org_key("The U.N. Children's Fund")
    'un childrens fund'
    """
    text = _strip_accents(text).casefold().replace("&", " and ")
    text = _PUNCT.sub(" ", _HYPHENS.sub("", _JOINING.sub("", text)))
    words = text.split()
    if words and words[0] == "the":
        words = words[1:]
    if spellings:
        words = [spellings.get(w, w) for w in words]
    return " ".join(words)


def _spelling_map(entries: tuple[SpellingVariant, ...], scope: str, path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    for entry in entries:
        if entry.scope != scope:
            continue
        for variant in entry.variants:
            if out.get(variant, entry.text) != entry.text:
                raise ResourceError(
                    f"{path}: variant {variant!r} belongs to both {out[variant]!r} and "
                    f"{entry.text!r} (scope {scope}); keep it under one"
                )
            out[variant] = entry.text
    return out


@dataclass(frozen=True)
class Spellings:
    """Variant -> form of each scope (``org``, ``name``)."""

    org: dict[str, str]
    name: dict[str, str]


def load_spellings(path: Path = DATA_DIR / "spelling_variants.jsonl") -> Spellings:
    """Load and check the spelling variants (a variant may belong to one form per scope)."""
    entries = _read_jsonl(path, SpellingVariant)
    return Spellings(_spelling_map(entries, "org", path), _spelling_map(entries, "name", path))


@lru_cache(maxsize=1)
def default_spellings() -> Spellings:
    """The packaged spelling variants (loaded once per process)."""
    return load_spellings()


@dataclass(frozen=True)
class Organizations:
    """Canonical organisation names by key (:func:`org_key`) of every name and alias."""

    by_key: dict[str, str]
    spellings: dict[str, str]

    def lookup(self, text: str) -> str | None:
        """The canonical name of a known body, or None."""
        key = org_key(text, self.spellings)
        if key in self.by_key:
            return self.by_key[key]
        bracketed = _BRACKETED.match(text.strip())
        if bracketed is not None:
            for part in ("name", "inner"):
                found = self.by_key.get(org_key(bracketed.group(part), self.spellings))
                if found is not None:
                    return found
        return None

    def canonical(self, text: str) -> str:
        """The canonical name; an unknown body keeps its name as written (spacing normalised,
        without a leading "the")."""
        found = self.lookup(text)
        if found is not None:
            return found
        words = text.split()
        if len(words) > 1 and words[0].casefold() == "the":
            words = words[1:]
        return " ".join(words)


def load_organizations(
    path: Path = DATA_DIR / "organizations.jsonl", spellings: Spellings | None = None
) -> Organizations:
    """Load and check the organisation names (a name or alias may belong to one body)."""
    org_spellings = (spellings or default_spellings()).org
    by_key: dict[str, str] = {}
    for entry in _read_jsonl(path, OrganizationAlias):
        for name in (entry.text, *entry.aliases):
            key = org_key(name, org_spellings)
            if by_key.get(key, entry.text) != entry.text:
                raise ResourceError(
                    f"{path}: {name!r} names both {by_key[key]!r} and {entry.text!r}; "
                    "keep it under one body"
                )
            by_key[key] = entry.text
    return Organizations(by_key, org_spellings)


@lru_cache(maxsize=1)
def default_organizations() -> Organizations:
    """The packaged organisation names (loaded once per process)."""
    return load_organizations()


def canonical_organization(text: str) -> str:
    """The canonical name of ``text`` with the packaged data (see :class:`Organizations`)."""
    return default_organizations().canonical(text)
