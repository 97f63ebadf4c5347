"""Throughput and memory of the extraction library (no Prefect, no Parquet).

Not a test. Usage::

    .venv/bin/python benchmarks/bench_extract.py [--copies 20] [--model NAME] [--batch-size 16]

Reads the reports of raw/ and tests/fixtures/reports, repeats them ``--copies`` times, and
prints: model load time, reports/second and characters/second through
``extract_documents`` (spaCy over ``nlp.pipe`` batches + the layout, the rule stages and the
linker), the same for one bare ``nlp.pipe`` over the same texts with the same trained
components as the pipeline (NER, no rulers, no rules) and the ratio of the two, and the peak
resident memory of the process.
"""

from __future__ import annotations

import argparse
import hashlib
import resource
import time
from pathlib import Path

import spacy

from pko_extract.extract import extract_documents
from pko_extract.gazetteer import default_gazetteer
from pko_extract.models import Document
from pko_extract.recognize import build_nlp

REPO = Path(__file__).resolve().parents[1]


def _documents(copies: int) -> list[Document]:
    paths = sorted((REPO / "raw").glob("*.txt")) + sorted(
        (REPO / "tests" / "fixtures" / "reports").glob("*.txt")
    )
    docs = []
    for i in range(copies):
        for p in paths:
            text = p.read_text(encoding="utf-8") + f"\n[copy {i}]\n"
            rid = hashlib.sha256(text.encode("utf-8")).hexdigest()
            docs.append(Document(rid, p.resolve().as_uri(), p.name, text))
    return docs


def _bare_spacy_seconds(nlp: object, texts: list[str], batch_size: int) -> float | None:
    """Seconds of one bare ``nlp.pipe`` with the pipeline's trained components only (None for
    the rules-only blank pipeline)."""
    name = nlp.meta.get("pko_model_name")  # type: ignore[attr-defined]
    if name == "blank":
        return None
    trained = [n for n in nlp.pipe_names if n not in ("span_ruler", "label_ruler")]  # type: ignore[attr-defined]
    bare = spacy.load(name)
    for other in [n for n in bare.pipe_names if n not in trained]:
        bare.remove_pipe(other)
    t0 = time.perf_counter()
    for _ in bare.pipe(texts, batch_size=batch_size):
        pass
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=20, help="repeat the reports (default 20)")
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: the setting)")
    parser.add_argument("--batch-size", type=int, default=16, help="nlp.pipe batch size")
    args = parser.parse_args()

    t0 = time.perf_counter()
    nlp = build_nlp(args.model)
    gazetteer = default_gazetteer()
    load = time.perf_counter() - t0
    docs = _documents(args.copies)
    chars = sum(len(d.text) for d in docs)

    t0 = time.perf_counter()
    n_people = sum(
        len(ex.people)
        for ex in extract_documents(docs, nlp=nlp, gazetteer=gazetteer, batch_size=args.batch_size)
    )
    took = time.perf_counter() - t0
    bare = _bare_spacy_seconds(nlp, [d.text for d in docs], args.batch_size)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"model {nlp.meta.get('pko_model_name')}: loaded with gazetteer in {load:.2f} s")
    print(
        f"{len(docs)} reports, {chars:,} characters, {n_people} people: {took:.2f} s "
        f"= {len(docs) / took:.1f} reports/s, {chars / took / 1000:.0f}k chars/s"
    )
    if bare is not None:
        print(
            f"bare nlp.pipe (the trained components only): {bare:.2f} s = "
            f"{chars / bare / 1000:.0f}k chars/s;"
            f" pko-extract runs at {bare / took:.2f}x its speed"
        )
    print(f"peak resident memory: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
