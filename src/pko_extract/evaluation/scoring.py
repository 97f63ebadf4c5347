"""Scores: one gold document against one extraction, field by field, and their sums. Pure.

Contract:
    :class:`~pko_extract.evaluation.gold.GoldDocument` + :class:`~pko_extract.models.Extraction`
    -> :class:`DocScore` (tp, fp, fn per field of :data:`FIELDS`, with the misses and extras as
    readable strings); :func:`aggregate` sums document scores (micro average).

People-attached fields (``roles``, ``positions``, ``organizations``) are scored through the
people match (:func:`~pko_extract.evaluation.matching.match_names`): for a matched pair, the
gold person's values are compared with the predicted person's; the values of an unmatched gold
person are all false negatives, those of an unmatched predicted person all false positives.
Roles compare as a set; positions and organisations are phrases matched one-to-one by
normalised text (:func:`~pko_extract.evaluation.matching.match_phrases`: equal, or one holding
the other as whole words with the shorter >= 60 % of the longer), so for a matched pair the
matched phrases are tp, the gold phrases left over fn and the predicted ones left over fp.
Misses and extras read ``"Name: phrase"``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from pko_extract.evaluation.gold import GoldDocument
from pko_extract.evaluation.matching import (
    match_agenda,
    match_names,
    match_phrases,
    normalize_text,
    text_slot_match,
)
from pko_extract.models import Extraction, PersonRecord

#: Scored fields, in table order.
FIELDS: tuple[str, ...] = (
    "people",
    "roles",
    "positions",
    "organizations",
    "agenda_items",
    "agenda_speakers",
    "missions",
    "event_date",
    "title",
    "venue",
)

#: F1 targets of issue 3 (positions and organizations: issue 9); fields without a target
#: are reported but not judged.
TARGETS: dict[str, float] = {
    "people": 0.90,
    "roles": 0.80,
    "positions": 0.85,
    "organizations": 0.80,
    "agenda_items": 0.80,
    "agenda_speakers": 0.75,
    "missions": 0.85,
    "event_date": 0.90,
}

#: Mission mentions linked with less confidence than this are not counted as predictions.
MISSION_MIN_CONFIDENCE = 0.5


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
class FieldDiff:
    """One field of one document: true positives, misses (fn) and extras (fp) as strings."""

    tp: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    def counts(self) -> Counts:
        """tp, fp (the extras) and fn (the misses)."""
        return Counts(self.tp, len(self.extras), len(self.misses))


def _pred_roles(extraction: Extraction) -> dict[str, set[str]]:
    """Roles of each predicted person: the ``roles`` of its PersonRecord (the people table)."""
    return {p.person_id: set(p.roles) for p in extraction.people}


def _phrases(values: Sequence[str]) -> list[str]:
    """The non-blank phrases of a person's positions or organisations, in order."""
    return [v for v in values if normalize_text(v)]


def _diff_phrases(
    diff: FieldDiff, gold_name: str, gold: Sequence[str], pred_name: str, pred: Sequence[str]
) -> None:
    """Add one matched pair's phrases to ``diff``: matched tp, gold left fn, pred left fp."""
    gold, pred = _phrases(gold), _phrases(pred)
    pairs = match_phrases(gold, pred)
    hit_gold = {i for i, _ in pairs}
    hit_pred = {j for _, j in pairs}
    diff.tp += len(pairs)
    diff.misses += [f"{gold_name}: {v}" for i, v in enumerate(gold) if i not in hit_gold]
    diff.extras += [f"{pred_name}: {v}" for j, v in enumerate(pred) if j not in hit_pred]


def _score_people(
    gold: GoldDocument, people: Sequence[PersonRecord], pred_roles: dict[str, set[str]]
) -> dict[str, FieldDiff]:
    """The people field and the fields attached to people: roles, positions, organizations."""
    pairs = match_names([p.name for p in gold.people], [p.name for p in people])
    by_gold = dict(pairs)
    matched_pred = set(by_gold.values())
    diff_people, diff_roles = FieldDiff(tp=len(pairs)), FieldDiff()
    diff_pos, diff_org = FieldDiff(), FieldDiff()
    for i, g in enumerate(gold.people):
        gold_roles = set(g.roles)
        j = by_gold.get(i)
        if j is None:
            diff_people.misses.append(g.name)
            diff_roles.misses += [f"{g.name}: {r}" for r in sorted(gold_roles)]
            _diff_phrases(diff_pos, g.name, g.positions, "", [])
            _diff_phrases(diff_org, g.name, g.organizations, "", [])
            continue
        p = people[j]
        p_roles = pred_roles.get(p.person_id, set())
        diff_roles.tp += len(gold_roles & p_roles)
        diff_roles.misses += [f"{g.name}: {r}" for r in sorted(gold_roles - p_roles)]
        diff_roles.extras += [f"{p.name}: {r}" for r in sorted(p_roles - gold_roles)]
        _diff_phrases(diff_pos, g.name, g.positions, p.name, p.positions)
        _diff_phrases(diff_org, g.name, g.organizations, p.name, p.organizations)
    for j, p in enumerate(people):
        if j not in matched_pred:
            diff_people.extras.append(p.name)
            diff_roles.extras += [
                f"{p.name}: {r}" for r in sorted(pred_roles.get(p.person_id, set()))
            ]
            _diff_phrases(diff_pos, "", [], p.name, p.positions)
            _diff_phrases(diff_org, "", [], p.name, p.organizations)
    return {
        "people": diff_people,
        "roles": diff_roles,
        "positions": diff_pos,
        "organizations": diff_org,
    }


def _describe_item(seq: int, kind: str, label: str | None, title: str | None) -> str:
    parts = [f"#{seq} {kind}"]
    if label:
        parts.append(label)
    if title:
        parts.append(repr(title))
    return " ".join(parts)


def _score_agenda(gold: GoldDocument, extraction: Extraction) -> tuple[FieldDiff, FieldDiff]:
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
    diff_items, diff_speakers = FieldDiff(tp=len(pairs)), FieldDiff()
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


def acronym_key(acronym: str) -> str:
    """Acronyms compare case-insensitively and without surrounding space."""
    return acronym.strip().upper()


def required_and_optional(gold: GoldDocument) -> tuple[set[str], set[str]]:
    """The gold's required acronyms and the optional ones that are not also required."""
    required = {acronym_key(m.acronym) for m in gold.missions if m.acronym and m.acronym.strip()}
    optional = {acronym_key(a) for a in gold.optional_missions} - required
    return required, optional


def score_mission_set(
    gold: GoldDocument, predicted: Iterable[tuple[str | None, float]]
) -> FieldDiff:
    """The missions field: distinct acronyms against the gold's required ones.

    Args:
        gold: the gold document (``missions`` with a non-null acronym are required;
            ``optional_missions`` are neither required nor penalised).
        predicted: ``(acronym, confidence)`` of every linked mention; null acronyms and
            confidences below :data:`MISSION_MIN_CONFIDENCE` are not predictions.
    """
    required, optional = required_and_optional(gold)
    acronyms = {
        acronym_key(acronym)
        for acronym, confidence in predicted
        if acronym and acronym.strip() and confidence >= MISSION_MIN_CONFIDENCE
    } - optional
    return FieldDiff(
        tp=len(required & acronyms),
        misses=sorted(required - acronyms),
        extras=sorted(acronyms - required),
    )


def _score_slot(gold: str | None, pred: str | None, same: Callable[[str, str], bool]) -> FieldDiff:
    """A single-valued field: tp when both are set and the same; a wrong value is fp + fn."""
    if gold is not None and pred is not None and same(gold, pred):
        return FieldDiff(tp=1)
    return FieldDiff(
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
    items, speakers = _score_agenda(gold, pred)
    diffs = {
        **_score_people(gold, pred.people, _pred_roles(pred)),
        "agenda_items": items,
        "agenda_speakers": speakers,
        "missions": score_mission_set(
            gold, ((m.mission_acronym, m.confidence) for m in pred.mission_mentions)
        ),
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


def aggregate(doc_scores: Iterable[DocScore], fields: Sequence[str] = FIELDS) -> Scores:
    """Sum the counts of documents per field (micro average).

    Args:
        doc_scores: the documents' scores.
        fields: the fields to sum (a document without a field counts zero for it).
    """
    totals = {name: Counts() for name in fields}
    n = 0
    for doc in doc_scores:
        n += 1
        for name in fields:
            totals[name] = totals[name] + doc.counts.get(name, Counts())
    return Scores(fields=totals, n_documents=n)
