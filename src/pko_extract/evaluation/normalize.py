"""Text normalisation shared by the gold validation and the matching of the scorer. Pure.

Contract:
    a name -> its folded tokens (:func:`name_tokens`); any text -> its folded, punctuation-free
    form (:func:`normalize_text`). No imports from the rest of the evaluation package, so
    :mod:`~pko_extract.evaluation.gold` and :mod:`~pko_extract.evaluation.matching` both build
    on it without importing each other.

The scorer deliberately does not reuse the pipeline's own name keys, so a bug there cannot
hide itself.
"""

from __future__ import annotations

import re
import unicodedata

# Hyphens, dashes and full stops separate name parts: "Ki-moon" -> "ki moon", "F." -> "f".
_NAME_SEPARATORS = re.compile(r"[-.\u2010-\u2015\u2212]")


def fold(text: str) -> str:
    """NFKD, without combining marks (accents), casefolded.

    Example: ``fold("Hervé LADSOUS") == "herve ladsous"``.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def name_tokens(name: str) -> tuple[str, ...]:
    """The parts of a name, accent- and case-folded, in written order.

    Example: ``name_tokens("Ban Ki-moon") == ("ban", "ki", "moon")``.
    """
    text = _NAME_SEPARATORS.sub(" ", fold(name))
    text = "".join(ch for ch in text if ch.isalnum() or ch.isspace())
    return tuple(text.split())


def normalize_text(text: str | None) -> str:
    """Accent- and case-folded text with punctuation and quotes as spaces, spaces collapsed.

    Example: ``normalize_text(' “Building Peace” - Japan ') == "building peace japan"``.
    """
    if not text:
        return ""
    folded = fold(text)
    return " ".join("".join(ch if ch.isalnum() else " " for ch in folded).split())
