"""Running an evaluation: find the reports named by the gold files, extract and score them.

Contract:
    gold folder + report paths -> :class:`EvaluationResult` (document scores, unscored
    documents with their reasons, totals overall and per document kind). A subset of the gold
    ids (:func:`select_ids`, e.g. ``"odd:13-57"``) can be scored alone, or cut out of a
    finished result (:func:`restrict`).

The pipeline is called through an :data:`Extractor` (default :func:`extract_reports`), which is
how the tests inject hand-built extractions.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from pko_extract.errors import EvaluationError, PkoExtractError
from pko_extract.evaluation.gold import (
    ALL_KINDS,
    UNLISTED_KIND,
    GoldDocument,
    load_gold_dir,
    read_kinds,
)
from pko_extract.evaluation.linker import LINKER_FIELDS, Linker, score_linker
from pko_extract.evaluation.scoring import FIELDS, DocScore, Scores, aggregate, score_document
from pko_extract.models import Extraction

#: Takes report paths; returns, in the same order, each report's Extraction or the reason
#: it could not be extracted. :func:`extract_reports` is the pipeline's; tests pass fakes.
Extractor = Callable[[Sequence[Path]], Sequence["Extraction | str"]]

#: Reads a report's text for the linker (:func:`read_report_text`; tests pass fakes).
TextReader = Callable[[Path], str]

#: Chooses gold ids to score (:func:`select_ids` builds one from a spec like "odd:13-57").
IdFilter = Callable[[str], bool]

# One part of a selection spec: optional parity, then a number or a range ("odd:13-57", "7").
_ID_SPEC_PART = re.compile(r"(?:(odd|even):)?(\d+)(?:-(\d+))?")
# The number of a gold id: its first run of digits ("d13" -> 13, "f01_program" -> 1).
_ID_NUMBER = re.compile(r"\D*(\d+)")


def id_number(doc_id: str) -> int | None:
    """The number of a gold id: its first run of digits (``"d13"`` -> 13), or None."""
    m = _ID_NUMBER.match(doc_id)
    return int(m.group(1)) if m else None


def select_ids(spec: str) -> IdFilter:
    """A filter of gold ids by number, parity and range.

    The spec is one or more comma-separated parts, each ``[odd:|even:]LOW-HIGH`` or
    ``[odd:|even:]N`` (bounds inclusive); an id is selected when its number
    (:func:`id_number`) is in any part. Ids without a number are never selected.

    Examples: ``"odd:13-57"`` selects d13, d15, ..., d57; ``"even:13-57"`` d14, ..., d56;
    ``"1-12"`` d01 to d12; ``"1-12,odd:13-57"`` both.

    Raises:
        EvaluationError: the spec is malformed, or a range runs backwards.
    """
    parts: list[tuple[str | None, int, int]] = []
    for raw in spec.split(","):
        m = _ID_SPEC_PART.fullmatch(raw.strip().lower())
        if not m:
            raise EvaluationError(
                f"bad id selection {raw.strip()!r} in {spec!r}; "
                'expected e.g. "odd:13-57", "even:13-57", "1-12" or "7"'
            )
        parity, low = m.group(1), int(m.group(2))
        high = int(m.group(3)) if m.group(3) else low
        if high < low:
            raise EvaluationError(f"bad id selection {raw.strip()!r}: {high} is below {low}")
        parts.append((parity, low, high))

    def selected(doc_id: str) -> bool:
        n = id_number(doc_id)
        if n is None:
            return False
        return any(
            low <= n <= high and (parity is None or (n % 2 == 1) == (parity == "odd"))
            for parity, low, high in parts
        )

    return selected


def read_report_text(path: Path) -> str:
    """A report's text as the pipeline reads it (ingest: decoding, HTML and PDF to text)."""
    from pko_extract.config import get_settings
    from pko_extract.ingest import read_document

    return read_document(path, max_bytes=get_settings().max_file_bytes).text


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
    fields: tuple[str, ...] = FIELDS  # the scored fields, in table order

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
    linker: Linker | None = None,
    read_text: TextReader | None = None,
) -> EvaluationResult:
    """Extract the reports named by the gold documents and score them.

    Args:
        golds: validated gold documents.
        paths: files or folders holding the reports.
        extractor: report paths -> extractions or error reasons (default: the pipeline).
        kinds: gold id -> document kind; missing ids are ``"unlisted"``; no mapping: ``"all"``.
        gold_dir: recorded in the result for the report.
        linker: when given, the linker is also scored alone on each extracted report
            (the fields of :data:`~pko_extract.evaluation.linker.LINKER_FIELDS`).
        read_text: report path -> text, for the linker (default: :func:`read_report_text`).
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
        if not isinstance(pred, Extraction):
            errors[gold.id] = str(pred)
            continue
        doc = score_document(gold, pred)
        if linker is not None:
            path = located[gold.id]
            assert isinstance(path, Path)  # the unlocated ones are in errors
            why = _add_linker_scores(doc, gold, path, linker, read_text)
            if why:
                errors[gold.id] = why
                continue
        doc_scores.append(doc)
    fields = FIELDS + LINKER_FIELDS if linker is not None else FIELDS
    kind_of = {g.id: (kinds.get(g.id, UNLISTED_KIND) if kinds else ALL_KINDS) for g in golds}
    overall, per_kind = _totals(doc_scores, kind_of, fields)
    order = {g.id: k for k, g in enumerate(golds)}
    return EvaluationResult(
        doc_scores=doc_scores,
        errors=dict(sorted(errors.items(), key=lambda kv: order[kv[0]])),
        sources={g.id: g.source for g in golds},
        kinds=kind_of,
        overall=overall,
        per_kind=per_kind,
        gold_dir=gold_dir,
        fields=fields,
    )


def _totals(
    doc_scores: Sequence[DocScore], kinds: dict[str, str], fields: Sequence[str]
) -> tuple[Scores, dict[str, Scores]]:
    """Totals overall and per document kind."""
    by_kind: dict[str, list[DocScore]] = defaultdict(list)
    for doc in doc_scores:
        by_kind[kinds[doc.doc_id]].append(doc)
    return aggregate(doc_scores, fields), {k: aggregate(v, fields) for k, v in by_kind.items()}


def restrict(result: EvaluationResult, select: IdFilter) -> EvaluationResult:
    """The part of a result that concerns the selected gold ids, with its own totals.

    Scores the subset exactly as evaluating only those gold documents would, without
    extracting the reports again.
    """
    docs = [d for d in result.doc_scores if select(d.doc_id)]
    overall, per_kind = _totals(docs, result.kinds, result.fields)
    return replace(
        result,
        doc_scores=docs,
        errors={gid: why for gid, why in result.errors.items() if select(gid)},
        sources={gid: src for gid, src in result.sources.items() if select(gid)},
        kinds={gid: kind for gid, kind in result.kinds.items() if select(gid)},
        overall=overall,
        per_kind=per_kind,
    )


def _add_linker_scores(
    doc: DocScore,
    gold: GoldDocument,
    path: Path,
    linker: Linker,
    read_text: TextReader | None,
) -> str | None:
    """Add the linker's fields to a document's scores; the reason when it cannot run."""
    try:
        text = (read_text or read_report_text)(path)
    except (PkoExtractError, OSError) as exc:
        return f"cannot read {path} for the linker: {exc}"
    try:
        diffs = score_linker(gold, text, linker)
    except Exception as exc:  # noqa: BLE001 - recorded as this report's error
        return f"linker failed: {type(exc).__name__}: {exc}"
    for name, diff in diffs.items():
        doc.counts[name] = diff.counts()
        if diff.misses:
            doc.misses[name] = diff.misses
        if diff.extras:
            doc.extras[name] = diff.extras
    return None


def run_evaluation(
    gold_dir: Path,
    paths: Sequence[Path] = (),
    *,
    extractor: Extractor | None = None,
    index_path: Path | None = None,
    linker: Linker | None = None,
    read_text: TextReader | None = None,
    select: IdFilter | None = None,
) -> EvaluationResult:
    """Evaluate the reports of a gold folder.

    Args:
        gold_dir: folder of gold ``*.json`` files.
        paths: files or folders holding the reports (default: ``gold_dir/../docs``).
        extractor: see :data:`Extractor` (default: the pipeline).
        index_path: tab-separated document index with ``id`` and ``kind`` columns
            (default: ``gold_dir/../index.tsv``, used when it exists).
        linker: also score this linker alone (see :func:`evaluate`).
        read_text: report path -> text for the linker (default: :func:`read_report_text`).
        select: score only the gold ids it accepts (see :func:`select_ids`); all files are
            still read and validated.

    Raises:
        EvaluationError: bad gold input, a missing report path, no gold id selected, or no
            report could be scored.
    """
    golds = load_gold_dir(gold_dir)
    if select is not None:
        golds = [g for g in golds if select(g.id)]
        if not golds:
            raise EvaluationError(f"no gold document of {gold_dir} is selected")
    if not paths:
        default = gold_dir.parent / "docs"
        if not default.is_dir():
            raise EvaluationError(
                f"no report paths given and {default} does not exist; "
                "name the files or folders holding the reports"
            )
        paths = [default]
    kinds = read_kinds(index_path or gold_dir.parent / "index.tsv")
    result = evaluate(
        golds,
        paths,
        extractor=extractor,
        kinds=kinds,
        gold_dir=gold_dir,
        linker=linker,
        read_text=read_text,
    )
    if not result.doc_scores:
        first = next(iter(result.errors.items()))
        raise EvaluationError(
            f"none of the {result.n_documents} gold documents could be scored "
            f"(e.g. {first[0]}: {first[1]})"
        )
    return result
