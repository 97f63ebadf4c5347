"""Compatibility module: the public names of :mod:`pko_extract.evaluation`, and its command.

The code lives in the package ``pko_extract.evaluation`` (gold, matching, scoring, run,
report). ``python -m pko_extract.evaluate --help`` runs the stand-alone command (it adds
``--markdown``, the results table of docs/EVALUATION.md).
"""

from __future__ import annotations

import sys

from pko_extract.evaluation.args import main
from pko_extract.evaluation.gold import (
    ALL_KINDS,
    UNLISTED_KIND,
    GoldAgendaItem,
    GoldDocument,
    GoldEvent,
    GoldMission,
    GoldPerson,
    load_gold,
    load_gold_dir,
    read_kinds,
)
from pko_extract.evaluation.linker import (
    LINKER_FIELDS,
    Linker,
    default_linker,
    gold_ref_date,
    locate_mention,
    score_gold_mentions,
    score_linked_missions,
    score_linker,
)
from pko_extract.evaluation.matching import (
    SLOT_CONTAIN_MIN_RATIO,
    match_agenda,
    match_names,
    match_phrases,
    name_match_score,
    name_tokens,
    normalize_label,
    normalize_text,
    text_slot_match,
)
from pko_extract.evaluation.report import (
    cli_evaluate,
    format_details,
    format_markdown,
    format_table,
    result_to_json,
    write_json,
)
from pko_extract.evaluation.run import (
    EvaluationResult,
    Extractor,
    IdFilter,
    TextReader,
    evaluate,
    extract_reports,
    locate_sources,
    read_report_text,
    restrict,
    run_evaluation,
    select_ids,
)
from pko_extract.evaluation.scoring import (
    FIELDS,
    MISSION_MIN_CONFIDENCE,
    TARGETS,
    Counts,
    DocScore,
    FieldDiff,
    Scores,
    aggregate,
    score_document,
    score_mission_set,
)

__all__ = [
    "ALL_KINDS",
    "FIELDS",
    "LINKER_FIELDS",
    "MISSION_MIN_CONFIDENCE",
    "SLOT_CONTAIN_MIN_RATIO",
    "TARGETS",
    "UNLISTED_KIND",
    "Counts",
    "DocScore",
    "EvaluationResult",
    "Extractor",
    "FieldDiff",
    "GoldAgendaItem",
    "GoldDocument",
    "GoldEvent",
    "GoldMission",
    "GoldPerson",
    "IdFilter",
    "Linker",
    "Scores",
    "TextReader",
    "aggregate",
    "cli_evaluate",
    "default_linker",
    "evaluate",
    "extract_reports",
    "format_details",
    "format_markdown",
    "format_table",
    "gold_ref_date",
    "load_gold",
    "load_gold_dir",
    "locate_mention",
    "locate_sources",
    "main",
    "match_agenda",
    "match_names",
    "match_phrases",
    "name_match_score",
    "name_tokens",
    "normalize_label",
    "normalize_text",
    "read_kinds",
    "read_report_text",
    "restrict",
    "result_to_json",
    "run_evaluation",
    "score_document",
    "score_gold_mentions",
    "score_linked_missions",
    "score_linker",
    "score_mission_set",
    "select_ids",
    "text_slot_match",
    "write_json",
]

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
