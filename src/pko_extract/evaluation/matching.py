"""Matching of names, text slots, phrases and agenda items. Pure.

Contract:
    names -> one-to-one matches (:func:`match_names`, used for people, roles and agenda
    speakers); titles and venues -> equal or not (:func:`text_slot_match`); a person's
    positions or organisations -> one-to-one matches (:func:`match_phrases`); gold and
    predicted agenda items -> one-to-one matches (:func:`match_agenda`).

The normalisation itself lives in :mod:`~pko_extract.evaluation.normalize` (re-exported
here); agenda items are taken through the :class:`AgendaItemLike` protocol, so this module
imports neither the gold records nor the pipeline's.

The scorer deliberately does not reuse the pipeline's own name keys, so a bug there cannot
hide itself.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Protocol

from pko_extract.evaluation.normalize import name_tokens, normalize_text

__all__ = [
    "SLOT_CONTAIN_MIN_RATIO",
    "AgendaItemLike",
    "match_agenda",
    "match_names",
    "match_phrases",
    "name_match_score",
    "name_tokens",
    "normalize_label",
    "normalize_text",
    "text_slot_match",
]

#: Title/venue: containment counts as a match when the shorter normalised string is at
#: least this share of the longer one ("UNU Headquarters" vs "UNU Headquarters, Tokyo").
SLOT_CONTAIN_MIN_RATIO = 0.6

# Roman numerals up to 89 as a whole label token: "Session IV" == "Session 4".
_ROMAN = re.compile(r"l?x{0,3}(?:ix|iv|v?i{0,3})")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50}


class AgendaItemLike(Protocol):
    """What :func:`match_agenda` reads of an agenda item (gold or predicted)."""

    @property
    def kind(self) -> str:
        """The item's kind (opening_remarks, keynote, session, panel, ...)."""
        ...

    @property
    def label(self) -> str | None:
        """The program label as written ("Session II"), or None."""
        ...

    @property
    def title(self) -> str | None:
        """The item's title, or None."""
        ...


def name_match_score(a: str, b: str) -> tuple[int, int] | None:
    """How well two names match: ``(tier, shared tokens)``, higher is better, or None.

    Tiers: 3 = same token multiset (any order); 2 = one name's tokens are a sub-multiset of
    the other's with at least two shared ("Karin Olsberg" / "Karin T. Olsberg"); 1 = a shared
    family-name token and the same first initial, one of them written as an initial
    ("K. Olsberg" / "Karin T. Olsberg").
    """
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return None
    ca, cb = Counter(ta), Counter(tb)
    if ca == cb:
        return (3, len(ta))
    shared = sum((ca & cb).values())
    if shared >= 2 and (ca <= cb or cb <= ca):
        return (2, shared)
    for family in ca & cb:
        if len(family) < 2:
            continue
        rest_a = list(ta)
        rest_a.remove(family)
        rest_b = list(tb)
        rest_b.remove(family)
        if rest_a and rest_b:
            fa, fb = rest_a[0], rest_b[0]
            if fa[0] == fb[0] and (len(fa) == 1 or len(fb) == 1):
                return (1, shared)
    return None


def _greedy(candidates: list[tuple[tuple[float, ...], int, int]]) -> list[tuple[int, int]]:
    """One-to-one assignment, best score first; ties go to the earlier gold, then pred."""
    pairs: list[tuple[int, int]] = []
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    for _, i, j in sorted(candidates, key=lambda c: c[0], reverse=True):  # stable
        if i not in used_gold and j not in used_pred:
            pairs.append((i, j))
            used_gold.add(i)
            used_pred.add(j)
    return sorted(pairs)


def match_names(gold: Sequence[str], pred: Sequence[str]) -> list[tuple[int, int]]:
    """Match gold names to predicted names one-to-one (greedy, best match first).

    Returns:
        ``(gold index, pred index)`` pairs, sorted.
    """
    candidates: list[tuple[tuple[float, ...], int, int]] = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            score = name_match_score(g, p)
            if score is not None:
                candidates.append((score, i, j))
    return _greedy(candidates)


def _contains(a: str, b: str) -> bool:
    """Whether one normalised string holds the other as whole words."""
    short, long_ = sorted((a, b), key=len)
    return bool(short) and f" {short} " in f" {long_} "


def _phrase_score(g: str, p: str) -> tuple[int, float] | None:
    """How well two normalised phrases match: ``(2, 1.0)`` equal, ``(1, ratio)`` contained.

    Containment is as whole words with the shorter at least :data:`SLOT_CONTAIN_MIN_RATIO`
    of the longer's length; ``ratio`` is their length ratio. None when they do not match.
    """
    if not g or not p:
        return None
    if g == p:
        return (2, 1.0)
    ratio = min(len(g), len(p)) / max(len(g), len(p))
    if _contains(g, p) and ratio >= SLOT_CONTAIN_MIN_RATIO:
        return (1, ratio)
    return None


def text_slot_match(gold: str | None, pred: str | None) -> bool:
    """Title/venue equality: same normalised text, or containment covering >= 60 %."""
    return _phrase_score(normalize_text(gold), normalize_text(pred)) is not None


def match_phrases(gold: Sequence[str], pred: Sequence[str]) -> list[tuple[int, int]]:
    """Match gold phrases (a person's positions or organisations) to predicted ones one-to-one.

    Two phrases match as text slots do (:func:`text_slot_match`): equal normalised text, or
    one containing the other as whole words with the shorter >= 60 % of the longer. Greedy,
    best first: equal pairs, then containments by length ratio; ties go to the earlier gold
    phrase, then the earlier predicted one. Blank phrases match nothing.

    Example: ``match_phrases(["Special Representative", "Minister"], ["minister",
    "Special Representative of the Secretary-General"])`` is ``[(1, 0)]`` (the first gold
    phrase is less than half as long as the predicted one it is part of).

    Returns:
        ``(gold index, pred index)`` pairs, sorted.
    """
    pred_norm = [normalize_text(p) for p in pred]
    candidates: list[tuple[tuple[float, ...], int, int]] = []
    for i, g in enumerate(gold):
        g_norm = normalize_text(g)
        for j, p_norm in enumerate(pred_norm):
            score = _phrase_score(g_norm, p_norm)
            if score is not None:
                candidates.append((score, i, j))
    return _greedy(candidates)


def _roman_to_int(token: str) -> int | None:
    if not token or not _ROMAN.fullmatch(token):
        return None
    values = [_ROMAN_VALUES[ch] for ch in token]
    total = 0
    for k, v in enumerate(values):
        total += -v if k + 1 < len(values) and values[k + 1] > v else v
    return total


def normalize_label(label: str | None) -> str:
    """Agenda label key: normalised, roman numerals as digits ("Session IV" -> "session 4")."""
    tokens = normalize_text(label).split()
    return " ".join(str(n) if (n := _roman_to_int(t)) is not None else t for t in tokens)


def match_agenda(
    gold: Sequence[AgendaItemLike], pred: Sequence[AgendaItemLike]
) -> list[tuple[int, int]]:
    """Match gold agenda items to predicted ones one-to-one.

    First by title (equal normalised titles, then one containing the other, closest in
    position first); the items left over by kind and label (null labels equal), pairing
    items of the same kind and label in sequence order. Both inputs are expected in
    program order.

    Returns:
        ``(gold index, pred index)`` pairs, sorted.
    """
    candidates: list[tuple[tuple[float, ...], int, int]] = []
    for i, g in enumerate(gold):
        gt = normalize_text(g.title)
        if not gt:
            continue
        for j, p in enumerate(pred):
            pt = normalize_text(p.title)
            if not pt:
                continue
            if gt == pt:
                candidates.append(((2, 1.0, -abs(i - j)), i, j))
            elif _contains(gt, pt):
                ratio = min(len(gt), len(pt)) / max(len(gt), len(pt))
                candidates.append(((1, ratio, -abs(i - j)), i, j))
    pairs = _greedy(candidates)
    used_gold = {i for i, _ in pairs}
    used_pred = {j for _, j in pairs}
    queues: dict[tuple[str, str], list[int]] = defaultdict(list)
    for j, p in enumerate(pred):
        if j not in used_pred:
            queues[(p.kind, normalize_label(p.label))].append(j)
    for i, g in enumerate(gold):
        if i in used_gold:
            continue
        queue = queues.get((g.kind, normalize_label(g.label)))
        if queue:
            pairs.append((i, queue.pop(0)))
    return sorted(pairs)
