"""Output of an evaluation: the terminal table, the details, JSON and Markdown; the command.

Contract:
    :class:`~pko_extract.evaluation.run.EvaluationResult` -> text (:func:`format_table`,
    :func:`format_details`, :func:`format_markdown`) and JSON-ready data
    (:func:`result_to_json`); :func:`cli_evaluate` is ``pko-extract evaluate``.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from pko_extract.errors import PkoExtractError
from pko_extract.evaluation.gold import ALL_KINDS
from pko_extract.evaluation.linker import LINKER_TITLES, Linker, default_linker
from pko_extract.evaluation.run import EvaluationResult, Extractor, TextReader, run_evaluation
from pko_extract.evaluation.scoring import TARGETS, Counts

_SHORT_TITLES = {
    "people": "people",
    "roles": "roles",
    "positions": "positions",
    "organizations": "orgs",
    "agenda_items": "agenda",
    "agenda_speakers": "speakers",
    "missions": "missions",
    "event_date": "date",
    "title": "title",
    "venue": "venue",
    "missions_gold_date": "link:date",
    "missions_gold_mentions": "link:ment",
}


#: Help of the ``--linker`` option (here and in ``pko-extract evaluate``).
LINKER_HELP = (
    "also score the mission linker alone: on each report's text at the gold event date "
    "('missions (gold date)') and at the gold mentions ('missions (gold mentions)')"
)


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
    width = max(16, *(len(n) + 1 for n in result.fields))
    header = (
        f"{'field':<{width}}{'tp':>6}{'fp':>6}{'fn':>6}"
        f"{'precision':>11}{'recall':>8}{'F1':>8}{'target':>8}"
    )
    lines = [_summary_line(result), "", header, "-" * len(header)]
    for name in result.fields:
        c = result.overall.fields[name]
        target = TARGETS.get(name)
        lines.append(
            f"{name:<{width}}{c.tp:>6}{c.fp:>6}{c.fn:>6}{_fmt(c.precision):>11}{_fmt(c.recall):>8}"
            f"{_fmt(c.f1):>8}{(f'{target:.2f}' if target else '-'):>8}  {_mark(name, c)}".rstrip()
        )
    if len(result.per_kind) > 1:
        short = {n: _SHORT_TITLES.get(n, n) for n in result.fields}
        head = f"{'kind':<38}{'docs':>5}" + "".join(f"{short[n]:>10}" for n in result.fields)
        lines += ["", "F1 per document kind:", head, "-" * len(head)]
        for kind, scores in sorted(result.per_kind.items()):
            label = kind if len(kind) <= 36 else kind[:35] + "…"
            lines.append(
                f"{label:<38}{scores.n_documents:>5}"
                + "".join(f"{_fmt(scores.fields[n].f1):>10}" for n in result.fields)
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
        wrong = [n for n in result.fields if n in doc.misses or n in doc.extras]
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
        for name in result.fields:
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
    "positions": "positions",
    "organizations": "organizations",
    "agenda_items": "agenda items",
    "agenda_speakers": "agenda speakers",
    "missions": "missions",
    "event_date": "event date",
    "title": "title",
    "venue": "venue",
    **LINKER_TITLES,
}


def format_markdown(result: EvaluationResult) -> str:
    """The results tables of docs/EVALUATION.md: per field, then F1 per document kind."""
    lines = [
        _summary_line(result),
        "",
        "| field | tp | fp | fn | precision | recall | F1 | target | |",
        "|---|--:|--:|--:|--:|--:|--:|--:|---|",
    ]
    for name in result.fields:
        c = result.overall.fields[name]
        target = TARGETS.get(name)
        lines.append(
            f"| {_FIELD_TITLES.get(name, name)} | {c.tp} | {c.fp} | {c.fn} | {_fmt(c.precision)} | "
            f"{_fmt(c.recall)} | {_fmt(c.f1)} | {f'{target:.2f}' if target else '-'} | "
            f"{_mark(name, c)} |"
        )
    lines += [
        "",
        "F1 per document kind (n/a: nothing annotated and nothing extracted):",
        "",
        "| kind | docs | " + " | ".join(_FIELD_TITLES.get(n, n) for n in result.fields) + " |",
        "|---|--:|" + "--:|" * len(result.fields),
    ]
    for kind, scores in sorted(result.per_kind.items()):
        cells = " | ".join(_fmt(scores.fields[n].f1) for n in result.fields)
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
    linker: bool = False,
    link: Linker | None = None,
    read_text: TextReader | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Run an evaluation and print it; the ``pko-extract evaluate`` subcommand.

    With ``linker``, the mission linker is also scored alone (two more rows, see
    :mod:`pko_extract.evaluation.linker`), with ``link`` (default: the project's linker and
    gazetteer) on the texts read by ``read_text`` (default: the pipeline's ingest).

    Returns:
        0 when the evaluation ran (whether or not the targets are met); 2 on bad gold input,
        a missing report path, or when no document could be scored.
    """
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        if linker and link is None:
            link = default_linker()
        result = run_evaluation(
            gold_dir,
            paths,
            extractor=extractor,
            index_path=index_path,
            linker=link if linker else None,
            read_text=read_text,
        )
        if json_path is not None:
            write_json(result_to_json(result), json_path)
    except (PkoExtractError, OSError) as exc:
        print(f"pko-extract evaluate: error: {exc}", file=err)
        return 2
    out.write(format_markdown(result) if markdown else format_table(result))
    if verbose:
        out.write("\n" + format_details(result))
    if json_path is not None:
        out.write(f"\nScores written to {json_path}\n")
    return 0
