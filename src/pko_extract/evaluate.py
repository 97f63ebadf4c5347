"""Evaluation: score extractions against gold annotation files (``pko-extract evaluate``).

Contract:
    gold JSON files (the corpus GUIDE.md format) + the reports they name
    -> per-field micro precision, recall and F1 over documents, per document kind, and per
    document the misses (in the gold, not extracted) and extras (extracted, not in the gold).

The scoring core is pure and works on records only: :func:`score_document` compares one
:class:`GoldDocument` with one :class:`~pko_extract.models.Extraction`, :func:`aggregate`
sums document scores. Every name comparison (people, roles, agenda speakers) goes through
:func:`match_names`. I/O stays at the edges: :func:`load_gold_dir` and :func:`read_kinds`
read the annotations, :func:`extract_reports` runs the pipeline (replaceable by any
:data:`Extractor`, which is how the tests inject hand-built extractions), and
:func:`cli_evaluate` prints the table, the details and the JSON.

Run ``python -m pko_extract.evaluate --help`` for the stand-alone command (it adds
``--markdown``, the results table of docs/EVALUATION.md).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sys
import tempfile
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from pko_extract.errors import EvaluationError, PkoExtractError
from pko_extract.models import (
    AgendaItemRecord,
    AgendaKind,
    Extraction,
    MissionKind,
    PersonRecord,
    Role,
)

#: Scored fields, in table order.
FIELDS: tuple[str, ...] = (
    "people",
    "roles",
    "agenda_items",
    "agenda_speakers",
    "missions",
    "event_date",
    "title",
    "venue",
)

#: F1 targets of issue 3; fields without a target are reported but not judged.
TARGETS: dict[str, float] = {
    "people": 0.90,
    "roles": 0.80,
    "agenda_items": 0.80,
    "agenda_speakers": 0.75,
    "missions": 0.85,
    "event_date": 0.90,
}

#: Mission mentions linked with less confidence than this are not counted as predictions.
MISSION_MIN_CONFIDENCE = 0.5

#: Title/venue: containment counts as a match when the shorter normalised string is at
#: least this share of the longer one ("UNU Headquarters" vs "UNU Headquarters, Tokyo").
SLOT_CONTAIN_MIN_RATIO = 0.6

#: Kind of every document when there is no index.tsv with a ``kind`` column.
ALL_KINDS = "all"
#: Kind of a document whose id is missing from index.tsv.
UNLISTED_KIND = "unlisted"


# --------------------------------------------------------------------------------------
# Gold annotations
# --------------------------------------------------------------------------------------

# "2008-06-05", "2008-06" or "2008"
_GOLD_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


class _Gold(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class GoldEvent(_Gold):
    """The event's metadata as annotated."""

    title: str | None = None
    date: str | None = Field(default=None, description='"YYYY-MM-DD", "YYYY-MM" or null.')
    venue: str | None = None
    city: str | None = None
    organizers: list[str] = Field(default_factory=list)

    @field_validator("date")
    @classmethod
    def _date_format(cls, value: str | None) -> str | None:
        if value is None:
            return None
        m = _GOLD_DATE.fullmatch(value)
        if not m:
            raise ValueError(f'date {value!r} is not "YYYY-MM-DD", "YYYY-MM" or null')
        year, month, day = (int(g) if g else 1 for g in m.groups())
        try:
            date(year, month, day)
        except ValueError as exc:
            raise ValueError(f"date {value!r} is not a calendar date ({exc})") from None
        return value


class GoldAgendaItem(_Gold):
    """One annotated part of the program."""

    seq: int = Field(ge=1)
    kind: AgendaKind
    label: str | None = None
    title: str | None = None
    people: list[str] = Field(default_factory=list)


class GoldPerson(_Gold):
    """One annotated individual."""

    name: str
    honorific: str | None = None
    positions: list[str] = Field(default_factory=list)
    organizations: list[str] = Field(default_factory=list)
    roles: list[Role] = Field(default_factory=list)

    @field_validator("name")
    @classmethod
    def _has_letters(cls, value: str) -> str:
        if not name_tokens(value):
            raise ValueError(f"name {value!r} has no letters or digits")
        return value


class GoldMission(_Gold):
    """One annotated mission (acronym null when it cannot be determined)."""

    mention: str
    acronym: str | None = None
    kind: MissionKind = "UNKNOWN"
    explicit: bool | None = None


class GoldDocument(_Gold):
    """One gold file: the expected extraction of the report named by ``source``."""

    id: str = Field(min_length=1)
    source: str = Field(min_length=1, description="File name of the report.")
    event: GoldEvent = Field(default_factory=GoldEvent)
    agenda_items: list[GoldAgendaItem] = Field(default_factory=list)
    people: list[GoldPerson] = Field(default_factory=list)
    missions: list[GoldMission] = Field(default_factory=list)
    optional_missions: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _people_once(self) -> GoldDocument:
        seen: dict[tuple[str, ...], str] = {}
        for person in self.people:
            key = tuple(sorted(name_tokens(person.name)))
            if key in seen:
                raise ValueError(
                    f"person {person.name!r} is annotated twice (also as {seen[key]!r}); "
                    "annotate each individual once and list all their roles"
                )
            seen[key] = person.name
        return self


def load_gold(path: Path) -> GoldDocument:
    """Read and validate one gold JSON file.

    A missing ``id`` defaults to the file stem.

    Raises:
        EvaluationError: the file cannot be read, is not JSON or does not match the format;
            the message names the file and the offending field.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise EvaluationError(f"cannot read gold file {path}: {exc.strerror or exc}") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise EvaluationError(f"gold file {path} is not valid UTF-8 JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise EvaluationError(
            f"gold file {path}: expected a JSON object, got {type(data).__name__}"
        )
    data.setdefault("id", path.stem)
    try:
        return GoldDocument.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or '(document)'}: {err['msg']}"
            for err in exc.errors()
        )
        raise EvaluationError(
            f"gold file {path} does not match the annotation format ({problems}); "
            "see the corpus GUIDE.md"
        ) from None


def load_gold_dir(gold_dir: Path) -> list[GoldDocument]:
    """Read every ``*.json`` file of a folder, sorted by file name.

    Raises:
        EvaluationError: the folder is missing or empty, a file is invalid, or two files
            share an id or a source.
    """
    if not gold_dir.is_dir():
        raise EvaluationError(f"gold folder {gold_dir} does not exist or is not a folder")
    files = sorted(gold_dir.glob("*.json"))
    if not files:
        raise EvaluationError(f"gold folder {gold_dir} holds no *.json files")
    golds = [load_gold(f) for f in files]
    for attr in ("id", "source"):
        owners: dict[str, Path] = {}
        for f, gold in zip(files, golds, strict=True):
            value = getattr(gold, attr)
            if value in owners:
                raise EvaluationError(
                    f"gold files {owners[value].name} and {f.name} have the same {attr} {value!r}"
                )
            owners[value] = f
    return golds


def read_kinds(index_path: Path) -> dict[str, str]:
    """Map document id -> kind from a tab-separated index (columns ``id``, ``kind``, ...).

    Returns an empty mapping when the file does not exist or has no ``kind`` column.

    Raises:
        EvaluationError: the file has a ``kind`` column but no ``id`` column.
    """
    if not index_path.is_file():
        return {}
    with index_path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t")
        columns = reader.fieldnames or []
        if "kind" not in columns:
            return {}
        if "id" not in columns:
            raise EvaluationError(f"{index_path} has a 'kind' column but no 'id' column")
        return {
            row["id"].strip(): (row["kind"] or "").strip() or UNLISTED_KIND
            for row in reader
            if row.get("id")
        }


# --------------------------------------------------------------------------------------
# Normalisation and matching
# --------------------------------------------------------------------------------------

# Hyphens, dashes and full stops separate name parts: "Ki-moon" -> "ki moon", "F." -> "f".
_NAME_SEPARATORS = re.compile(r"[-.\u2010-\u2015\u2212]")
# Roman numerals up to 89 as a whole label token: "Session IV" == "Session 4".
_ROMAN = re.compile(r"l?x{0,3}(?:ix|iv|v?i{0,3})")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50}


def _fold(text: str) -> str:
    """NFKD, without combining marks (accents), casefolded."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def name_tokens(name: str) -> tuple[str, ...]:
    """The parts of a name, accent- and case-folded, in written order.

    Example: ``name_tokens("Ban Ki-moon") == ("ban", "ki", "moon")``.
    """
    text = _NAME_SEPARATORS.sub(" ", _fold(name))
    text = "".join(ch for ch in text if ch.isalnum() or ch.isspace())
    return tuple(text.split())


def name_match_score(a: str, b: str) -> tuple[int, int] | None:
    """How well two names match: ``(tier, shared tokens)``, higher is better, or None.

    Tiers: 3 = same token multiset (any order); 2 = one name's tokens are a sub-multiset of
    the other's with at least two shared ("Hilde Johnson" / "Hilde F. Johnson"); 1 = a shared
    family-name token and the same first initial, one of them written as an initial
    ("H. Johnson" / "Hilde F. Johnson").
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
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            score = name_match_score(g, p)
            if score is not None:
                candidates.append((score, i, j))
    return _greedy(candidates)


def normalize_text(text: str | None) -> str:
    """Accent- and case-folded text with punctuation and quotes as spaces, spaces collapsed.

    Example: ``normalize_text(' “Building Peace” - Japan ') == "building peace japan"``.
    """
    if not text:
        return ""
    folded = _fold(text)
    return " ".join("".join(ch if ch.isalnum() else " " for ch in folded).split())


def _contains(a: str, b: str) -> bool:
    """Whether one normalised string holds the other as whole words."""
    short, long_ = sorted((a, b), key=len)
    return bool(short) and f" {short} " in f" {long_} "


def text_slot_match(gold: str | None, pred: str | None) -> bool:
    """Title/venue equality: same normalised text, or containment covering >= 60 %."""
    g, p = normalize_text(gold), normalize_text(pred)
    if not g or not p:
        return False
    if g == p:
        return True
    short, long_ = sorted((g, p), key=len)
    return _contains(g, p) and len(short) >= SLOT_CONTAIN_MIN_RATIO * len(long_)


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
    gold: Sequence[GoldAgendaItem], pred: Sequence[AgendaItemRecord]
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


# --------------------------------------------------------------------------------------
# Scores
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Counts:
    """True positives, false positives and false negatives of one field."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float | None:
        """tp / (tp + fp); None when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        """tp / (tp + fn); None when the gold is empty."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        """2tp / (2tp + fp + fn); None when both gold and prediction are empty."""
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator if denominator else None

    def as_dict(self) -> dict[str, Any]:
        """tp, fp, fn, precision, recall and f1 (rounded to 4 places; null when undefined)."""
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": _round(self.precision),
            "recall": _round(self.recall),
            "f1": _round(self.f1),
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


@dataclass
class DocScore:
    """The scores of one document and what went wrong in it, per field."""

    doc_id: str
    source: str
    counts: dict[str, Counts]
    misses: dict[str, list[str]] = field(default_factory=dict)
    extras: dict[str, list[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class Scores:
    """Micro-averaged counts per field over a set of documents."""

    fields: dict[str, Counts]
    n_documents: int


@dataclass
class _FieldDiff:
    tp: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    def counts(self) -> Counts:
        return Counts(self.tp, len(self.extras), len(self.misses))


def _pred_roles(extraction: Extraction) -> dict[str, set[str]]:
    """Roles of each predicted person: the ``roles`` of its PersonRecord (the people table)."""
    return {p.person_id: set(p.roles) for p in extraction.people}


def _score_people_and_roles(
    gold: GoldDocument, people: Sequence[PersonRecord], pred_roles: dict[str, set[str]]
) -> tuple[_FieldDiff, _FieldDiff]:
    pairs = match_names([p.name for p in gold.people], [p.name for p in people])
    by_gold = dict(pairs)
    matched_pred = set(by_gold.values())
    diff_people, diff_roles = _FieldDiff(tp=len(pairs)), _FieldDiff()
    for i, g in enumerate(gold.people):
        gold_roles = set(g.roles)
        j = by_gold.get(i)
        if j is None:
            diff_people.misses.append(g.name)
            diff_roles.misses += [f"{g.name}: {r}" for r in sorted(gold_roles)]
            continue
        p_roles = pred_roles.get(people[j].person_id, set())
        diff_roles.tp += len(gold_roles & p_roles)
        diff_roles.misses += [f"{g.name}: {r}" for r in sorted(gold_roles - p_roles)]
        diff_roles.extras += [f"{people[j].name}: {r}" for r in sorted(p_roles - gold_roles)]
    for j, p in enumerate(people):
        if j not in matched_pred:
            diff_people.extras.append(p.name)
            diff_roles.extras += [
                f"{p.name}: {r}" for r in sorted(pred_roles.get(p.person_id, set()))
            ]
    return diff_people, diff_roles


def _describe_item(seq: int, kind: str, label: str | None, title: str | None) -> str:
    parts = [f"#{seq} {kind}"]
    if label:
        parts.append(label)
    if title:
        parts.append(repr(title))
    return " ".join(parts)


def _score_agenda(gold: GoldDocument, extraction: Extraction) -> tuple[_FieldDiff, _FieldDiff]:
    gold_items = sorted(gold.agenda_items, key=lambda a: a.seq)
    pred_items = sorted(extraction.agenda_items, key=lambda a: a.seq)
    names = {p.person_id: p.name for p in extraction.people}
    item_people: dict[str, list[str]] = defaultdict(list)
    seen: set[tuple[str, str]] = set()
    for part in extraction.participations:
        key = (part.item_id or "", part.person_id)
        if part.item_id is not None and part.person_id in names and key not in seen:
            seen.add(key)
            item_people[part.item_id].append(names[part.person_id])

    pairs = match_agenda(gold_items, pred_items)
    by_gold = dict(pairs)
    matched_pred = set(by_gold.values())
    diff_items, diff_speakers = _FieldDiff(tp=len(pairs)), _FieldDiff()
    for i, g in enumerate(gold_items):
        g_desc = _describe_item(g.seq, g.kind, g.label, g.title)
        j = by_gold.get(i)
        if j is None:
            diff_items.misses.append(g_desc)
            diff_speakers.misses += [f"{g_desc}: {name}" for name in g.people]
            continue
        p = pred_items[j]
        p_people = item_people.get(p.item_id, [])
        p_desc = _describe_item(p.seq, p.kind, p.label, p.title)
        people_pairs = match_names(g.people, p_people)
        diff_speakers.tp += len(people_pairs)
        hit_gold = {a for a, _ in people_pairs}
        hit_pred = {b for _, b in people_pairs}
        diff_speakers.misses += [
            f"{g_desc}: {name}" for k, name in enumerate(g.people) if k not in hit_gold
        ]
        diff_speakers.extras += [
            f"{p_desc}: {name}" for k, name in enumerate(p_people) if k not in hit_pred
        ]
    for j, p in enumerate(pred_items):
        if j not in matched_pred:
            p_desc = _describe_item(p.seq, p.kind, p.label, p.title)
            diff_items.extras.append(p_desc)
            diff_speakers.extras += [f"{p_desc}: {name}" for name in item_people.get(p.item_id, [])]
    return diff_items, diff_speakers


def _acronym_key(acronym: str) -> str:
    return acronym.strip().upper()


def _score_missions(gold: GoldDocument, extraction: Extraction) -> _FieldDiff:
    required = {_acronym_key(m.acronym) for m in gold.missions if m.acronym and m.acronym.strip()}
    optional = {_acronym_key(a) for a in gold.optional_missions} - required
    predicted = {
        _acronym_key(m.mission_acronym)
        for m in extraction.mission_mentions
        if m.mission_acronym
        and m.mission_acronym.strip()
        and m.confidence >= MISSION_MIN_CONFIDENCE
    } - optional
    return _FieldDiff(
        tp=len(required & predicted),
        misses=sorted(required - predicted),
        extras=sorted(predicted - required),
    )


def _score_slot(gold: str | None, pred: str | None, same: Callable[[str, str], bool]) -> _FieldDiff:
    """A single-valued field: tp when both are set and the same; a wrong value is fp + fn."""
    if gold is not None and pred is not None and same(gold, pred):
        return _FieldDiff(tp=1)
    return _FieldDiff(
        misses=[gold] if gold is not None else [],
        extras=[pred] if pred is not None else [],
    )


def _same_date(gold: str, pred: str) -> bool:
    """The predicted ISO date equals the gold at the gold's precision ("2012-11" ~ 2012-11-02)."""
    return pred[: len(gold)] == gold


def _nonblank(text: str | None) -> str | None:
    return text if text is not None and normalize_text(text) else None


def score_document(gold: GoldDocument, pred: Extraction) -> DocScore:
    """Score one extraction against its gold annotation.

    Args:
        gold: the validated gold file.
        pred: what the pipeline extracted from the report named by ``gold.source``.

    Returns:
        Counts for every field of :data:`FIELDS`, with the misses (in the gold, not
        extracted) and extras (extracted, not in the gold) as readable strings.
    """
    report = pred.report
    people, roles = _score_people_and_roles(gold, pred.people, _pred_roles(pred))
    items, speakers = _score_agenda(gold, pred)
    diffs = {
        "people": people,
        "roles": roles,
        "agenda_items": items,
        "agenda_speakers": speakers,
        "missions": _score_missions(gold, pred),
        "event_date": _score_slot(
            gold.event.date,
            report.event_date.isoformat() if report.event_date else None,
            _same_date,
        ),
        "title": _score_slot(_nonblank(gold.event.title), _nonblank(report.title), text_slot_match),
        "venue": _score_slot(_nonblank(gold.event.venue), _nonblank(report.venue), text_slot_match),
    }
    return DocScore(
        doc_id=gold.id,
        source=gold.source,
        counts={name: diff.counts() for name, diff in diffs.items()},
        misses={name: diff.misses for name, diff in diffs.items() if diff.misses},
        extras={name: diff.extras for name, diff in diffs.items() if diff.extras},
    )


def aggregate(doc_scores: Iterable[DocScore]) -> Scores:
    """Sum the counts of documents per field (micro average)."""
    totals = {name: Counts() for name in FIELDS}
    n = 0
    for doc in doc_scores:
        n += 1
        for name in FIELDS:
            totals[name] = totals[name] + doc.counts.get(name, Counts())
    return Scores(fields=totals, n_documents=n)


# --------------------------------------------------------------------------------------
# Running an evaluation
# --------------------------------------------------------------------------------------

#: Takes report paths; returns, in the same order, each report's Extraction or the reason
#: it could not be extracted. :func:`extract_reports` is the pipeline's; tests pass fakes.
Extractor = Callable[[Sequence[Path]], Sequence["Extraction | str"]]


def extract_reports(paths: Sequence[Path]) -> list[Extraction | str]:
    """Read and extract reports with the pipeline; a failing report becomes its reason.

    Reports are extracted in one batch; if the batch fails they are retried one by one so
    that a single bad report does not hide the others.
    """
    from pko_extract.config import get_settings
    from pko_extract.extract import extract_documents
    from pko_extract.ingest import read_document

    results: list[Extraction | str] = ["not extracted"] * len(paths)
    docs, slots = [], []
    for k, path in enumerate(paths):
        try:
            docs.append(read_document(path, max_bytes=get_settings().max_file_bytes))
            slots.append(k)
        except (PkoExtractError, OSError) as exc:
            results[k] = f"cannot read {path}: {exc}"
    extractions: list[Extraction | str]
    try:
        extractions = list(extract_documents(docs))
        if len(extractions) != len(docs):
            raise EvaluationError(f"{len(extractions)} extractions for {len(docs)} reports")
    except Exception:  # noqa: BLE001 - isolate the failing report(s) below
        extractions = []
        for doc in docs:
            try:
                one = list(extract_documents([doc]))
                extractions.append(one[0] if one else "extraction returned nothing")
            except Exception as exc:  # noqa: BLE001 - recorded as this report's error
                extractions.append(f"extraction failed: {type(exc).__name__}: {exc}")
    for k, extraction in zip(slots, extractions, strict=False):
        results[k] = extraction
    return results


def locate_sources(golds: Sequence[GoldDocument], paths: Sequence[Path]) -> dict[str, Path | str]:
    """Find each gold file's report (by file name) under the given files and folders.

    Returns:
        gold id -> the report's path, or the reason it was not found (missing, ambiguous).

    Raises:
        EvaluationError: a given path does not exist.
    """
    by_name: dict[str, list[Path]] = defaultdict(list)
    for root in paths:
        if root.is_file():
            by_name[root.name].append(root)
        elif root.is_dir():
            for f in sorted(root.rglob("*")):
                if f.is_file():
                    by_name[f.name].append(f)
        else:
            raise EvaluationError(f"report path {root} does not exist")
    where = ", ".join(str(p) for p in paths)
    located: dict[str, Path | str] = {}
    for gold in golds:
        found = sorted(set(by_name.get(Path(gold.source).name, [])))
        if not found:
            located[gold.id] = f"report {gold.source!r} not found under {where}"
        elif len(found) > 1:
            located[gold.id] = (
                f"report {gold.source!r} is ambiguous: {', '.join(str(p) for p in found)}"
            )
        else:
            located[gold.id] = found[0]
    return located


@dataclass
class EvaluationResult:
    """Everything one evaluation produced."""

    doc_scores: list[DocScore]
    errors: dict[str, str]  # gold id -> why the document was not scored
    sources: dict[str, str]  # gold id -> source file name
    kinds: dict[str, str]  # gold id -> document kind
    overall: Scores
    per_kind: dict[str, Scores]
    gold_dir: Path | None = None

    @property
    def n_documents(self) -> int:
        """Gold documents, scored or not."""
        return len(self.doc_scores) + len(self.errors)


def evaluate(
    golds: Sequence[GoldDocument],
    paths: Sequence[Path],
    *,
    extractor: Extractor | None = None,
    kinds: dict[str, str] | None = None,
    gold_dir: Path | None = None,
) -> EvaluationResult:
    """Extract the reports named by the gold documents and score them.

    Args:
        golds: validated gold documents.
        paths: files or folders holding the reports.
        extractor: report paths -> extractions or error reasons (default: the pipeline).
        kinds: gold id -> document kind; missing ids are ``"unlisted"``; no mapping: ``"all"``.
        gold_dir: recorded in the result for the report.
    """
    extract = extractor or extract_reports
    located = locate_sources(golds, paths)
    errors = {gid: loc for gid, loc in located.items() if isinstance(loc, str)}
    todo = [g for g in golds if g.id not in errors]
    extracted = list(extract([located[g.id] for g in todo]))  # type: ignore[misc]
    if len(extracted) != len(todo):
        raise EvaluationError(
            f"the extractor returned {len(extracted)} results for {len(todo)} reports"
        )
    doc_scores = []
    for gold, pred in zip(todo, extracted, strict=True):
        if isinstance(pred, Extraction):
            doc_scores.append(score_document(gold, pred))
        else:
            errors[gold.id] = str(pred)
    kind_of = {g.id: (kinds.get(g.id, UNLISTED_KIND) if kinds else ALL_KINDS) for g in golds}
    by_kind: dict[str, list[DocScore]] = defaultdict(list)
    for doc in doc_scores:
        by_kind[kind_of[doc.doc_id]].append(doc)
    order = {g.id: k for k, g in enumerate(golds)}
    return EvaluationResult(
        doc_scores=doc_scores,
        errors=dict(sorted(errors.items(), key=lambda kv: order[kv[0]])),
        sources={g.id: g.source for g in golds},
        kinds=kind_of,
        overall=aggregate(doc_scores),
        per_kind={k: aggregate(v) for k, v in by_kind.items()},
        gold_dir=gold_dir,
    )


def run_evaluation(
    gold_dir: Path,
    paths: Sequence[Path] = (),
    *,
    extractor: Extractor | None = None,
    index_path: Path | None = None,
) -> EvaluationResult:
    """Evaluate the reports of a gold folder.

    Args:
        gold_dir: folder of gold ``*.json`` files.
        paths: files or folders holding the reports (default: ``gold_dir/../docs``).
        extractor: see :data:`Extractor` (default: the pipeline).
        index_path: tab-separated document index with ``id`` and ``kind`` columns
            (default: ``gold_dir/../index.tsv``, used when it exists).

    Raises:
        EvaluationError: bad gold input, a missing report path, or no report could be scored.
    """
    golds = load_gold_dir(gold_dir)
    if not paths:
        default = gold_dir.parent / "docs"
        if not default.is_dir():
            raise EvaluationError(
                f"no report paths given and {default} does not exist; "
                "name the files or folders holding the reports"
            )
        paths = [default]
    kinds = read_kinds(index_path or gold_dir.parent / "index.tsv")
    result = evaluate(golds, paths, extractor=extractor, kinds=kinds, gold_dir=gold_dir)
    if not result.doc_scores:
        first = next(iter(result.errors.items()))
        raise EvaluationError(
            f"none of the {result.n_documents} gold documents could be scored "
            f"(e.g. {first[0]}: {first[1]})"
        )
    return result


# --------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------


_SHORT_TITLES = {
    "people": "people",
    "roles": "roles",
    "agenda_items": "agenda",
    "agenda_speakers": "speakers",
    "missions": "missions",
    "event_date": "date",
    "title": "title",
    "venue": "venue",
}


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _mark(name: str, counts: Counts) -> str:
    target = TARGETS.get(name)
    if target is None or counts.f1 is None:
        return ""
    return "pass" if counts.f1 >= target else "FAIL"


def _summary_line(result: EvaluationResult) -> str:
    where = f" against {result.gold_dir}" if result.gold_dir else ""
    line = f"Scored {len(result.doc_scores)} of {result.n_documents} gold documents{where}."
    if result.errors:
        line += f" {len(result.errors)} not scored (see below)."
    return line


def format_table(result: EvaluationResult) -> str:
    """The terminal report: per-field scores with targets, F1 per kind, unscored documents."""
    header = (
        f"{'field':<16}{'tp':>6}{'fp':>6}{'fn':>6}"
        f"{'precision':>11}{'recall':>8}{'F1':>8}{'target':>8}"
    )
    lines = [_summary_line(result), "", header, "-" * len(header)]
    for name in FIELDS:
        c = result.overall.fields[name]
        target = TARGETS.get(name)
        lines.append(
            f"{name:<16}{c.tp:>6}{c.fp:>6}{c.fn:>6}{_fmt(c.precision):>11}{_fmt(c.recall):>8}"
            f"{_fmt(c.f1):>8}{(f'{target:.2f}' if target else '-'):>8}  {_mark(name, c)}".rstrip()
        )
    if len(result.per_kind) > 1:
        short = {n: _SHORT_TITLES[n] for n in FIELDS}
        head = f"{'kind':<38}{'docs':>5}" + "".join(f"{short[n]:>10}" for n in FIELDS)
        lines += ["", "F1 per document kind:", head, "-" * len(head)]
        for kind, scores in sorted(result.per_kind.items()):
            label = kind if len(kind) <= 36 else kind[:35] + "…"
            lines.append(
                f"{label:<38}{scores.n_documents:>5}"
                + "".join(f"{_fmt(scores.fields[n].f1):>10}" for n in FIELDS)
            )
    if result.errors:
        lines += ["", "Not scored:"]
        lines += [f"  {gid} ({result.sources[gid]}): {why}" for gid, why in result.errors.items()]
    return "\n".join(lines) + "\n"


def format_details(result: EvaluationResult) -> str:
    """Per document and field: misses (- in gold, not extracted), extras (+ not in gold)."""
    lines: list[str] = []
    for doc in result.doc_scores:
        lines.append(f"== {doc.doc_id} ({doc.source}) [{result.kinds.get(doc.doc_id, ALL_KINDS)}]")
        wrong = [n for n in FIELDS if n in doc.misses or n in doc.extras]
        if not wrong:
            lines.append("  all fields correct")
        for name in wrong:
            c = doc.counts[name]
            lines.append(f"  {name}: tp {c.tp}, fp {c.fp}, fn {c.fn}")
            lines += [f"    - miss  {item}" for item in doc.misses.get(name, [])]
            lines += [f"    + extra {item}" for item in doc.extras.get(name, [])]
    for gid, why in result.errors.items():
        lines.append(f"== {gid} ({result.sources[gid]}) NOT SCORED: {why}")
    return "\n".join(lines) + "\n"


def result_to_json(result: EvaluationResult) -> dict[str, Any]:
    """The scores as JSON-ready data: ``fields``, ``per_document``, ``per_kind`` and counts."""

    def fields_of(scores: dict[str, Counts], with_targets: bool) -> dict[str, Any]:
        out = {}
        for name in FIELDS:
            entry = scores[name].as_dict()
            if with_targets:
                entry["target"] = TARGETS.get(name)
                mark = _mark(name, scores[name])
                entry["pass"] = (mark == "pass") if mark else None
            out[name] = entry
        return out

    per_document: dict[str, Any] = {}
    for doc in result.doc_scores:
        per_document[doc.doc_id] = {
            "source": doc.source,
            "kind": result.kinds.get(doc.doc_id, ALL_KINDS),
            "error": None,
            "fields": fields_of(doc.counts, with_targets=False),
            "misses": doc.misses,
            "extras": doc.extras,
        }
    for gid, why in result.errors.items():
        per_document[gid] = {
            "source": result.sources[gid],
            "kind": result.kinds.get(gid, ALL_KINDS),
            "error": why,
        }
    return {
        "gold_dir": str(result.gold_dir) if result.gold_dir else None,
        "n_documents": result.n_documents,
        "n_scored": len(result.doc_scores),
        "fields": fields_of(result.overall.fields, with_targets=True),
        "per_kind": {
            kind: {"n_documents": s.n_documents, "fields": fields_of(s.fields, with_targets=False)}
            for kind, s in sorted(result.per_kind.items())
        },
        "per_document": per_document,
    }


_FIELD_TITLES = {
    "people": "people",
    "roles": "roles",
    "agenda_items": "agenda items",
    "agenda_speakers": "agenda speakers",
    "missions": "missions",
    "event_date": "event date",
    "title": "title",
    "venue": "venue",
}


def format_markdown(result: EvaluationResult) -> str:
    """The results tables of docs/EVALUATION.md: per field, then F1 per document kind."""
    lines = [
        _summary_line(result),
        "",
        "| field | tp | fp | fn | precision | recall | F1 | target | |",
        "|---|--:|--:|--:|--:|--:|--:|--:|---|",
    ]
    for name in FIELDS:
        c = result.overall.fields[name]
        target = TARGETS.get(name)
        lines.append(
            f"| {_FIELD_TITLES[name]} | {c.tp} | {c.fp} | {c.fn} | {_fmt(c.precision)} | "
            f"{_fmt(c.recall)} | {_fmt(c.f1)} | {f'{target:.2f}' if target else '-'} | "
            f"{_mark(name, c)} |"
        )
    lines += [
        "",
        "F1 per document kind (n/a: nothing annotated and nothing extracted):",
        "",
        "| kind | docs | " + " | ".join(_FIELD_TITLES[n] for n in FIELDS) + " |",
        "|---|--:|" + "--:|" * len(FIELDS),
    ]
    for kind, scores in sorted(result.per_kind.items()):
        cells = " | ".join(_fmt(scores.fields[n].f1) for n in FIELDS)
        lines.append(f"| {kind.replace('|', '/')} | {scores.n_documents} | {cells} |")
    if result.errors:
        lines += ["", "Not scored:", ""]
        lines += [f"- {gid} ({result.sources[gid]}): {why}" for gid, why in result.errors.items()]
    return "\n".join(lines) + "\n"


def write_json(data: dict[str, Any], path: Path) -> None:
    """Write JSON atomically (temporary file + rename), creating the parent folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def cli_evaluate(
    gold_dir: Path,
    paths: Sequence[Path],
    json_path: Path | None = None,
    verbose: bool = False,
    *,
    markdown: bool = False,
    extractor: Extractor | None = None,
    index_path: Path | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Run an evaluation and print it; the ``pko-extract evaluate`` subcommand.

    Returns:
        0 when the evaluation ran (whether or not the targets are met); 2 on bad gold input,
        a missing report path, or when no document could be scored.
    """
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        result = run_evaluation(gold_dir, paths, extractor=extractor, index_path=index_path)
        if json_path is not None:
            write_json(result_to_json(result), json_path)
    except (EvaluationError, OSError) as exc:
        print(f"pko-extract evaluate: error: {exc}", file=err)
        return 2
    out.write(format_markdown(result) if markdown else format_table(result))
    if verbose:
        out.write("\n" + format_details(result))
    if json_path is not None:
        out.write(f"\nScores written to {json_path}\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """Arguments of ``python -m pko_extract.evaluate`` (``pko-extract evaluate`` + --markdown)."""
    parser = argparse.ArgumentParser(
        prog="python -m pko_extract.evaluate",
        description="Score extractions against gold annotation files.",
    )
    parser.add_argument("--gold", required=True, help="folder of gold *.json files")
    parser.add_argument(
        "paths", nargs="*", help="files or folders holding the reports (default: GOLD/../docs)"
    )
    parser.add_argument("--json", help="also write the scores as JSON to this file")
    parser.add_argument(
        "--verbose", "-v", action="store_true", help="per-document misses and extras"
    )
    parser.add_argument("--markdown", action="store_true", help="print the tables as Markdown")
    parser.add_argument(
        "--index",
        help="document index TSV with id and kind columns "
        "(default: GOLD/../index.tsv when it exists)",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m pko_extract.evaluate``."""
    args = build_parser().parse_args(argv)
    return cli_evaluate(
        gold_dir=Path(args.gold),
        paths=[Path(p) for p in args.paths],
        json_path=Path(args.json) if args.json else None,
        verbose=args.verbose,
        markdown=args.markdown,
        index_path=Path(args.index) if args.index else None,
    )


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
