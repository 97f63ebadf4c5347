"""The dev corpus's halves for honest development, and blind-safe output of their scores.

Contract:
    a half's name (:data:`HALVES`) -> the gold ids it holds (a :func:`~pko_extract.evaluation.
    run.select_ids` spec); an :class:`~pko_extract.evaluation.run.EvaluationResult` -> the
    terminal table (:func:`format_split`), with no per-document detail of the blind half
    unless asked to unblind.

Protocol (docs/EVALUATION.md, "Honest generalisation protocol"): d01-d12 and the odd reports
of d13-d57 are for development; the even reports of d13-d57 are the blind half, measured as
an aggregate once development is finished. Their per-document misses and extras, and the F1
of document kinds (most kinds hold one report), are not shown while developing.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pko_extract.evaluation.report import format_details, format_markdown, format_table
from pko_extract.evaluation.run import EvaluationResult, restrict, select_ids

#: Half name -> the gold ids it selects.
HALVES: dict[str, str] = {
    "early": "1-12",
    "odd": "odd:13-57",
    "even": "even:13-57",
    "all": "1-57",
}

#: The blind half: scored only as an aggregate while developing.
BLIND = HALVES["even"]

# Ids of the dev corpus: "d" and a number ("d14"); other sets' ids are never blind.
_CORPUS_ID = re.compile(r"d\d+")

#: Printed instead of the blind half's details.
BLIND_REFUSAL = (
    "per-document details of the blind half (even d14-d56) are not printed; "
    "pass --unblind only once development is finished"
)


def is_blind(doc_id: str) -> bool:
    """Whether a dev-corpus id is in the blind half (``"d14"`` yes; ``"d13"``, ``"f14"`` no)."""
    return bool(_CORPUS_ID.fullmatch(doc_id)) and select_ids(BLIND)(doc_id)


def format_split(
    result: EvaluationResult,
    *,
    verbose: bool = False,
    unblind: bool = False,
    markdown: bool = False,
) -> str:
    """The table of ``pko-extract evaluate`` for a subset, safe for the blind half.

    Args:
        result: the scores of a half (or any subset) of the corpus.
        verbose: also print the per-document misses and extras.
        unblind: print the per-kind table and the details of blind documents too.
        markdown: the Markdown tables instead of the terminal table.

    Returns:
        The report. Unless ``unblind``, when the result holds a blind document the per-kind
        table is left out and the details cover the other documents only, each with a
        one-line reason.
    """
    has_blind = any(is_blind(gid) for gid in result.sources)
    shown = result
    notes: list[str] = []
    if has_blind and not unblind:
        shown = replace(result, per_kind={})
        notes.append(
            "F1 per document kind not shown: most kinds hold one report, "
            "so it would reveal blind documents (--unblind shows it)"
        )
    lines = [format_markdown(shown) if markdown else format_table(shown)]
    lines += [f"{note}\n" for note in notes]
    if verbose:
        if has_blind and not unblind:
            lines.append(f"\n--verbose: {BLIND_REFUSAL}\n")
            shown = restrict(result, lambda gid: not is_blind(gid))
        if shown.doc_scores or shown.errors:
            lines.append("\n" + format_details(shown))
    return "".join(lines)
