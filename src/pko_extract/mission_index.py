"""The linker's search index: compiled name, acronym, title and place patterns built once
per gazetteer and cue set, and the folding that makes matching case-, accent- and
punctuation-tolerant while keeping character offsets."""

from __future__ import annotations

import hashlib
import importlib
import json
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from pko_extract import patterns as P
from pko_extract.alternation import longest_first
from pko_extract.gazetteer import Gazetteer, Place, fold
from pko_extract.mission_cues import Cues, TitleCue

_CHAR_MAP = {"‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "\u00a0": " ", "\u2009": " "}


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    mapped = _CHAR_MAP.get(ch)
    if mapped is None:
        folded = fold(ch)
        mapped = folded if len(folded) == 1 else (ch.lower() if len(ch.lower()) == 1 else ch)
    return mapped


def fold_text(text: str) -> str:
    """``fold`` character by character, so that offsets into the result index ``text``."""
    return "".join(map(_fold_char, text))


def _phrase_regex(phrase: str) -> str:
    """Regex of a folded cue phrase, without the word start before it (see
    :func:`_compile_phrases`); a trailing ``*`` matches any word ending."""
    star = phrase.endswith("*")
    words = phrase.rstrip("*").split()
    body = r"\s+".join(re.escape(w) for w in words)
    return body + (r"[\w'-]*" if star else r"(?![\w])")


def _compile_phrases(phrases: Sequence[str]) -> re.Pattern[str]:
    """One regex of the phrases, longest first (then in text order: the same regex in every
    process), each starting a word.

    The word-start test is written once before the alternation, not in each alternative: it
    matches the same, but inside a word (most positions of a text) the regex fails at once
    instead of trying every phrase there, 20 times faster for the ~60 context cues.
    """
    parts = sorted({_phrase_regex(fold(p)) for p in phrases}, key=lambda p: (-len(p), p))
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + ")")


def _is_cased_alias(alias: str) -> bool:
    """Aliases such as DRC, CAR, BiH match case-sensitively (two capitals, one plain word)."""
    return alias.isalpha() and sum(ch.isupper() for ch in alias) >= 2


def _is_acronym(name: str) -> bool:
    bare = re.sub(r"[-/ ]", "", name)
    return bool(bare) and len(name) <= 16 and bare.isupper() and bare.isalnum() is not False


def _writes_title_case(acronym: str, lead: str) -> bool:
    """UN and AU acronyms of five letters or more that newspapers write in title case
    ("Monusco", "Amisom"); shorter ones and others' could be words or names."""
    orgs = {o.strip() for o in lead.split(";")}
    return (
        len(acronym) >= 5 and acronym.isalpha() and acronym.isupper() and bool(orgs & {"UN", "AU"})
    )


class LazyRegex:
    """A regex compiled on its first search: most mission names and titles are never
    scanned in a process, because a report must hold every plain run of the regex first
    (:func:`required_literals`), so compiling all ~530 of them up front (about 0.3 s of
    each worker's and the seed run's start) is mostly wasted. Matches as the compiled
    pattern does; ``pattern`` is its source."""

    __slots__ = ("_compiled", "pattern")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it was not yet)."""
        if self._compiled is None:
            self._compiled = re.compile(self.pattern)
        return self._compiled

    def search(self, text: str, pos: int = 0, endpos: int = 2**63 - 1) -> re.Match[str] | None:
        return self.compiled().search(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = 2**63 - 1) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(text, pos, endpos)


@dataclass
class _Index:
    names: list[tuple[LazyRegex, tuple[str, ...], str | None]]
    acronym_re: re.Pattern[str] | None
    acronyms: dict[str, tuple[str, ...]]
    place_re: re.Pattern[str]
    place_cased_re: re.Pattern[str] | None
    place_of: dict[str, Place]
    prefix_names: list[tuple[str, Place]]
    titles: list[tuple[LazyRegex, TitleCue]]
    cue_re: re.Pattern[str]
    neg_after_re: re.Pattern[str]
    neg_before_re: re.Pattern[str]
    former_re: re.Pattern[str]
    recent_re: re.Pattern[str]
    future_re: re.Pattern[str]
    contributor_re: re.Pattern[str]
    not_cue_re: re.Pattern[str] | None
    of_blockers: frozenset[str]
    agent_before: frozenset[str]
    org_res: dict[str, re.Pattern[str]]
    generic_re: re.Pattern[str] | None
    name_connectors: frozenset[str]
    acronym_name_connectors: frozenset[str]
    ocr_re: re.Pattern[str] = field(default_factory=lambda: re.compile("x^"))
    former_place_re: re.Pattern[str] = field(default_factory=lambda: re.compile("x^"))
    venue_re: re.Pattern[str] = field(default_factory=lambda: re.compile("x^"))
    military_re: re.Pattern[str] = field(default_factory=lambda: re.compile("x^"))
    service_re: re.Pattern[str] = field(default_factory=lambda: re.compile("x^"))
    continuation_re: re.Pattern[str] = field(default_factory=lambda: re.compile("x^"))
    lowercase_openers: frozenset[str] = frozenset()
    present_re: re.Pattern[str] = field(default_factory=lambda: re.compile("x^"))
    movement_from: frozenset[str] = frozenset()
    locative_before: frozenset[str] = frozenset()
    attributive_re: re.Pattern[str] = field(default_factory=lambda: re.compile("x^"))
    #: "the European Union force", "the AU's training mission" (organisation in group "org")
    org_operation_re: re.Pattern[str] = field(default_factory=lambda: re.compile("x^"))
    #: the organisation of each word of ``org_operation_re`` (folded): "european" -> "EU"
    org_operation_orgs: dict[str, str] = field(default_factory=dict)
    #: place adjectives on folded text ("malian"), for places named only by their adjective
    adjective_re: re.Pattern[str] = field(default_factory=lambda: re.compile("x^"))
    led_not_national: frozenset[str] = frozenset()
    title_org_res: dict[str, re.Pattern[str]] = field(default_factory=dict)
    home_unit_re: re.Pattern[str] = field(default_factory=lambda: re.compile("x^"))
    #: Per entry of ``names``: the texts every match of its regex contains (none known: ()),
    #: so that a text without one of them is not scanned by that regex at all.
    name_literals: list[tuple[str, ...]] = field(default_factory=list)
    #: Every run of ``name_literals`` once: a report is searched for each once, not per name.
    literal_runs: frozenset[str] = frozenset()
    #: Per entry of ``titles``: the texts every match of its regex contains (as above).
    title_literals: list[tuple[str, ...]] = field(default_factory=list)


def _place_alternation(names: Sequence[str]) -> str:
    parts = sorted(
        {r"\s+".join(re.escape(w) for w in fold(n).split()) for n in names},
        key=lambda p: (-len(p), p),
    )
    return "(?:" + "|".join(parts) + ")"


def _place_trie(names: Sequence[str]) -> str:
    """:func:`_place_alternation` as a trie (:mod:`pko_extract.alternation`): the same
    matches, without trying hundreds of names one by one at every word of every report."""
    return longest_first((fold(n) for n in names), space=r"\s+")


def _ocr_variant(name: str) -> str | None:
    """ "cote d'ivoire" -> "cote d'lvoire": an upper-case I read as a lower-case l."""
    variant = re.sub(r"(^|[\s'])i", r"\1l", name)
    return variant if variant != name else None


def _constant(value: str) -> Callable[[re.Match[str]], str]:
    """A re.sub replacement that inserts ``value`` as it is (no escapes expanded)."""

    def replace(_m: re.Match[str]) -> str:
        return value

    return replace


@lru_cache(maxsize=8)
def _variant_substitutions(
    variants: tuple[tuple[str, ...], ...],
) -> tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...]:
    """Per group of name variants (canonical form first), the regex of the canonical form's
    escaped words in a name's regex and what replaces it: the group's alternation. Made once
    per variant table instead of once per mission name (about 530 names, 12 groups)."""
    out = []
    for group in variants:
        canon = r"\s+".join(re.escape(w) for w in fold(group[0]).split())
        alts = "|".join(r"\s*".join(re.escape(w) for w in fold(v).split()) for v in group)
        pattern = re.compile(r"(?<![\w\\])" + re.escape(canon) + r"(?![\w])")
        out.append((pattern, _constant(f"(?:{alts})")))
    return tuple(out)


def _name_regex(
    name: str, gazetteer: Gazetteer, variants: list[list[str]]
) -> tuple[str, str | None]:
    """Regex (on folded text) of a mission name with its common variants, and the place it names."""
    words = fold(name).split()
    place_part = ""
    place_name: str | None = None
    for i in range(1, len(words)):
        tail = " ".join(words[i:])
        place = gazetteer.place(tail)
        if (
            place is not None
            and words[i - 1] in {"in", "for", "to", "of", "at", "on"}
            or (
                place is not None
                and words[i - 1] == "the"
                and i >= 2
                and words[i - 2] in {"in", "for", "to", "of"}
            )
        ):
            if words[i - 1] == "the":
                i -= 1
            names = [n for n in place.names() if not _is_cased_alias(n)]
            place_part = r"(?:the\s+)?" + _place_alternation(names)
            place_name = place.place
            words = words[:i]
            break
    body = r"\s+".join(re.escape(w) for w in words)
    for canon_re, replace in _variant_substitutions(tuple(tuple(g) for g in variants)):
        body = canon_re.sub(replace, body)
    if place_part:
        body = body + r"\s+" + place_part if body else place_part
    return r"(?<![\w])" + body + r"(?![\w])", place_name


_INDEX_CACHE: dict[tuple[int, int], tuple[Gazetteer, Cues, _Index]] = {}


def _index(gazetteer: Gazetteer, cues: Cues) -> _Index:
    """The compiled index of a gazetteer and cue set (cached while both objects live)."""
    key = (id(gazetteer), id(cues))
    cached = _INDEX_CACHE.get(key)
    if cached is not None and cached[0] is gazetteer and cached[1] is cues:
        return cached[2]
    if len(_INDEX_CACHE) >= 8:
        _INDEX_CACHE.clear()
    built = _build_index(gazetteer, cues)
    _INDEX_CACHE[key] = (gazetteer, cues, built)
    return built


def _name_patterns(
    gazetteer: Gazetteer, cues: Cues
) -> tuple[list[tuple[LazyRegex, tuple[str, ...], str | None]], dict[str, list[str]]]:
    """Mission name regexes (with variants, longest first) and the acronyms of each."""
    names: list[tuple[LazyRegex, tuple[str, ...], str | None]] = []
    by_pattern: dict[tuple[str, str | None], list[str]] = {}
    acronyms: dict[str, list[str]] = {}
    stop = set(cues.acronym_stoplist)
    needs_place = set(cues.acronyms_needing_place)
    for m in gazetteer.missions:
        keys = {m.acronym, *(filter(None, [m.french_acronym])), *m.aliases}
        full = {m.name, *(filter(None, [m.french_name])), *m.aliases}
        words = m.acronym.split()
        if len(words) >= 2 and words[0].isupper() and not _is_acronym(m.acronym):
            full.add(m.acronym)  # "EUTM Somalia", "EUCAP Sahel Niger"; not "Amber Fox" (a name)
        for key in sorted(keys):  # sorted: a set's order changes from process to process
            if _is_acronym(key) and key not in stop:
                acronyms.setdefault(key, []).append(m.acronym)
                if key not in needs_place and _writes_title_case(key, m.lead_organization):
                    acronyms.setdefault(key.capitalize(), []).append(m.acronym)
        for text in sorted(full):
            if _is_acronym(text) or len(text) < 6:
                continue
            by_pattern.setdefault(_name_regex(text, gazetteer, cues.name_variants), []).append(
                m.acronym
            )
    for pattern, acrs in sorted(by_pattern.items(), key=lambda kv: (-len(kv[0][0]), kv[0][0])):
        names.append((LazyRegex(pattern[0]), tuple(dict.fromkeys(acrs)), pattern[1]))
    return names, acronyms


def _place_patterns(
    gazetteer: Gazetteer,
) -> tuple[re.Pattern[str], re.Pattern[str] | None, dict[str, Place], list[tuple[str, Place]]]:
    """Place names on folded text (with OCR variants), case-sensitive aliases, the place of
    each name, and the long names a text cut off at its end may start."""
    place_of: dict[str, Place] = {}
    plain: list[str] = []
    cased: list[str] = []
    prefix_names: list[tuple[str, Place]] = []
    for place in gazetteer.places:
        for n in place.names():
            if _is_cased_alias(n):
                cased.append(n)
                place_of[n] = place
                continue
            f = fold(n)
            plain.append(n)
            place_of[f] = place
            ocr = _ocr_variant(f)
            if ocr and len(f) >= 5:
                plain.append(ocr)
                place_of[ocr] = place
            if len(f) >= 8:
                prefix_names.append((f, place))
        for adj in place.adjectives:
            place_of.setdefault(fold(adj), place)
    place_re = re.compile(r"(?<![\w])" + _place_trie(plain) + r"(?![\w])")
    alts = "|".join(re.escape(c) for c in sorted(cased, key=len, reverse=True))
    place_cased_re = re.compile(r"(?<![\w])(?:" + alts + r")(?![\w])") if cased else None
    return place_re, place_cased_re, place_of, prefix_names


def _title_patterns(gazetteer: Gazetteer, cues: Cues) -> list[tuple[LazyRegex, TitleCue]]:
    """The title cues with {PLACE} standing for any place name and {ADJ} for any adjectival
    form of a place ("Namibian")."""
    all_places = _place_trie(
        [n for p in gazetteer.places for n in p.names() if not _is_cased_alias(n)]
    )
    adjectives = _place_trie([a for p in gazetteer.places for a in p.adjectives] or ["x^"])
    orgs = _place_trie([w for ws in cues.organizations.values() for w in ws] or ["x^"])
    return [
        (
            LazyRegex(
                r"(?<![\w])"
                + t.pattern.replace(
                    "{PLACE}", "(?:" + P.TITLE_COMPASS + ")??(?P<place>" + all_places + ")"
                )
                .replace("{ADJ}", "(?P<place>" + adjectives + ")")
                .replace("{ORG}", orgs)
                + r"(?![\w])"
            ),
            t,
        )
        for t in cues.titles
    ]


def _generic_pattern(cues: Cues) -> re.Pattern[str] | None:
    """ "the Mission" and other generic references (not "the mission of/in/for ...")."""
    if not cues.generic_references:
        return None
    return re.compile(
        "|".join(
            r"(?<![\w])"
            + f"[{g[0].upper()}{g[0].lower()}]"
            + re.escape(g[1:])
            + r"(?![\w-])(?!\s+(?:of|in|for)\s)"
            for g in cues.generic_references
        )
    )


def _venue_pattern(cues: Cues) -> re.Pattern[str]:
    """The venue words ending right before a place: "held in ", "Venue: "."""
    if not cues.venue_before:
        return re.compile("x^")
    alts = "|".join(
        r"\s+".join(re.escape(w) for w in fold(v).split())
        for v in sorted(cues.venue_before, key=len, reverse=True)
    )
    return re.compile(r"(?<![\w])(?:" + alts + r")\s*:?\s*(?:the\s+)?\Z")


def _title_org_patterns(cues: Cues) -> dict[str, re.Pattern[str]]:
    """The organisations a title may name, with their words: the regional ones of
    ``organizations`` and the UN (``un_words``)."""
    words = {"UN": cues.un_words, **cues.organizations}  # the UN first: "de l'ONU au Mali"
    return {org: _compile_phrases(ws) for org, ws in words.items() if ws}


def _org_operation_pattern(cues: Cues) -> re.Pattern[str]:
    """A regional organisation's operation named without a place, on folded text: "the
    European Union force", "the AU's training mission", "the ECOWAS-led troops". The
    organisation's words are group ``org``."""
    if not cues.org_operation_nouns or not cues.organizations:
        return re.compile("x^")
    words = {**cues.organizations}
    for org, extra in cues.org_operation_words.items():
        words[org] = [*words.get(org, []), *extra]
    orgs = _place_alternation([w for ws in words.values() for w in ws])
    kinds = _place_alternation(cues.org_operation_kinds or ["x^"])
    nouns = _place_alternation(cues.org_operation_nouns)
    return re.compile(
        r"(?<![\w])(?:the\s+)?(?P<org>" + orgs + r")(?:'s)?(?:\s*-\s*led|\s+led)?\s+"
        r"(?:" + kinds + r"\s+)?" + nouns + r"(?![\w-])"
    )


def _continuation_pattern(cues: Cues) -> re.Pattern[str]:
    """The words that open a sentence continuing the previous one ("Among them: ..."), after
    any bullet or quote; used with ``match`` at the sentence's start."""
    if not cues.continuation_openers:
        return re.compile("x^")
    return re.compile(r"[\W_]*(?:" + _compile_phrases(cues.continuation_openers).pattern + ")")


def required_literal(pattern: str) -> str:
    r"""The longest run of plain characters that every match of ``pattern`` contains.

    Example: ``(?<![\w])united\s+nations\s+mission\s+in\s+(?:haiti)`` -> ``"nations"``
    (the first of the longest). Returns "" when there is none (see :func:`required_literals`).
    """
    runs = required_literals(pattern)
    return runs[0] if runs else ""


def required_literals(pattern: str) -> tuple[str, ...]:
    r"""Every run of plain characters that every match of ``pattern`` contains, longest first.

    Only characters the pattern matches one after the other at its top level count (no
    group, alternative, repeat or class), so a text that lacks any of the runs cannot match:
    testing ``all(run in text ...)`` first (fast substring searches) skips the regex without
    changing what it finds. One run alone lets through most texts when it is a common word
    ("operation" of "operation\s+turquoise"); all of them rarely do. Example:
    ``(?<![\w])un\s+operation\s+in\s+somalia`` -> ``("operation", "somalia", "un", "in")``.
    Returns () when there is none (or the pattern cannot be read).
    """
    try:
        parser: Any = importlib.import_module("re._parser")
        items = list(parser.parse(pattern))
    except Exception:  # noqa: BLE001 - no run known: the regex is always tried
        return ()
    runs: list[str] = []
    run = ""
    for op, arg in [*items, (None, None)]:
        if op is parser.LITERAL:
            run += chr(arg)
            continue
        if run and run not in runs:
            runs.append(run)
        run = ""
    return tuple(sorted(runs, key=len, reverse=True))


#: The package's file of :func:`required_literals` of the default gazetteer's and cues'
#: regexes, by :func:`literal_key` (written by ``scripts/build_literals.py``).
LITERALS_FILE = "required_literals.json"


def literal_key(pattern: str) -> str:
    """The key of a regex source in :data:`LITERALS_FILE`."""
    return hashlib.blake2b(pattern.encode("utf-8"), digest_size=16).hexdigest()


@lru_cache(maxsize=1)
def _shipped_literals() -> dict[str, tuple[str, ...]]:
    """:data:`LITERALS_FILE`'s runs by key; empty when the file is missing or unreadable."""
    try:
        text = resources.files("pko_extract").joinpath("data", LITERALS_FILE).read_text("utf-8")
        table = json.loads(text)["literals"]
        return {key: tuple(runs) for key, runs in table.items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def known_required_literals(pattern: str) -> tuple[str, ...]:
    """:func:`required_literals` of ``pattern``, read from the package's table when it holds
    the pattern (the default gazetteer's and cues' regexes: parsing ~530 regexes costs about
    0.25 s of every process's first report), else computed. The table is made by the same
    function from the regex sources alone (``tests/test_mission_literals.py`` checks it is
    up to date), so the runs, and what the linker finds, are the same either way."""
    runs = _shipped_literals().get(literal_key(pattern))
    return runs if runs is not None else required_literals(pattern)


def index_patterns(gazetteer: Gazetteer, cues: Cues) -> list[str]:
    """The regex sources whose runs the linker looks up: mission names, then titles."""
    names, _ = _name_patterns(gazetteer, cues)
    return [p.pattern for p, _, _ in names] + [
        p.pattern for p, _ in _title_patterns(gazetteer, cues)
    ]


def _build_index(gazetteer: Gazetteer, cues: Cues) -> _Index:
    names, acronyms = _name_patterns(gazetteer, cues)
    acronym_re = None
    if acronyms:
        alts = longest_first(acronyms)  # a trie, not hundreds of acronyms tried in turn
        # "MONUSCO-supported" and "UNMISS-run" name the mission; "UNEF-II" is another acronym;
        # "ex-UNDOF", "post-MINUSMA" name it after a prefix (not "EU-UNMIK": no lower prefix)
        acronym_re = re.compile(P.ACRONYM_START + alts + r"(?![\w])(?!-[A-Z0-9])")
    place_re, place_cased_re, place_of, prefix_names = _place_patterns(gazetteer)
    titles = _title_patterns(gazetteer, cues)
    generic_re = _generic_pattern(cues)
    literals = [known_required_literals(pattern.pattern) for pattern, _, _ in names]
    return _Index(
        names=names,
        name_literals=literals,
        literal_runs=frozenset(run for runs in literals for run in runs),
        acronym_re=acronym_re,
        acronyms={k: tuple(dict.fromkeys(v)) for k, v in acronyms.items()},
        place_re=place_re,
        place_cased_re=place_cased_re,
        place_of=place_of,
        prefix_names=prefix_names,
        titles=titles,
        title_literals=[known_required_literals(pattern.pattern) for pattern, _ in titles],
        cue_re=_compile_phrases(cues.context_cues),
        neg_after_re=_compile_phrases(cues.negations_after),
        neg_before_re=_compile_phrases(cues.negations_before),
        former_re=_compile_phrases(cues.former),
        venue_re=_venue_pattern(cues),
        military_re=_compile_phrases(cues.military_cues or ["x^"]),
        service_re=_compile_phrases(cues.service_cues or ["x^"]),
        continuation_re=_continuation_pattern(cues),
        lowercase_openers=frozenset(cues.lowercase_openers),
        title_org_res=_title_org_patterns(cues),
        home_unit_re=_compile_phrases(cues.national_units or ["x^"]),
        former_place_re=_compile_phrases(
            [w for w in cues.former if w not in cues.former_adverbs] or ["x^"]
        ),
        recent_re=_compile_phrases(cues.recent),
        future_re=_compile_phrases(cues.future),
        present_re=_compile_phrases(cues.present or ["x^"]),
        movement_from=frozenset(fold(w) for w in cues.movement_from),
        locative_before=frozenset(fold(w) for w in cues.locative_before),
        attributive_re=re.compile(
            r"\s+" + _compile_phrases(cues.attributive_nouns or ["x^"]).pattern
        ),
        org_operation_re=_org_operation_pattern(cues),
        org_operation_orgs={
            fold(w): org
            for org, ws in [*cues.organizations.items(), *cues.org_operation_words.items()]
            for w in ws
        },
        adjective_re=re.compile(
            r"(?<![\w])"
            + _place_alternation([a for p in gazetteer.places for a in p.adjectives] or ["x^"])
            + r"(?![\w])"
        ),
        led_not_national=frozenset(fold(w) for w in cues.led_not_national),
        contributor_re=_compile_phrases(cues.contributor),
        not_cue_re=_compile_phrases(cues.not_cues) if cues.not_cues else None,
        of_blockers=frozenset(fold(w) for w in cues.of_blockers),
        agent_before=frozenset(fold(w) for w in cues.agent_before),
        org_res={org: _compile_phrases(words) for org, words in cues.organizations.items()},
        generic_re=generic_re,
        name_connectors=frozenset(cues.name_connectors),
        acronym_name_connectors=frozenset(cues.acronym_name_connectors),
    )
