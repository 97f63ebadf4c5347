"""CPU of the rule stages alone: spaCy runs once, its output is kept, the rules run again.

Not a test. Usage::

    .venv/bin/python benchmarks/bench_rules.py [--passes 3] [--profile 40] [FOLDER ...]

Reads the reports of the folders (default: raw/ and tests/fixtures/reports; add
../shared/corpus/docs for the dev corpus), recognises them once with the configured spaCy
pipeline, then runs what follows spaCy (layout, people, apposition, agenda, event, mission
linker, validation) ``--passes`` times and prints the CPU seconds of one pass, and of
spaCy's one ``nlp.pipe`` over the same reports. With
``--profile N`` it profiles one more pass and prints the N functions of most own time and
of most cumulative time: what to cut next.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time
from datetime import UTC, datetime
from pathlib import Path

from pko_extract.extract import build_extraction
from pko_extract.gazetteer import default_gazetteer
from pko_extract.ingest import iter_report_paths, read_document
from pko_extract.recognize import build_nlp, model_label, recognize_texts
from pko_extract.resources import default_rules
from pko_extract.segment import read_layout

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--passes", type=int, default=3, help="timed passes (default 3)")
    parser.add_argument("--profile", type=int, default=0, help="print the N hottest functions")
    args = parser.parse_args()
    folders = args.folders or [REPO / "raw", REPO / "tests" / "fixtures" / "reports"]
    docs = [read_document(p) for p in iter_report_paths(folders)]
    nlp, gazetteer, rules = build_nlp(), default_gazetteer(), default_rules()
    t0 = time.process_time()
    recognized = list(recognize_texts(nlp, [d.text for d in docs], 16))
    spacy_cpu = time.process_time() - t0
    model, now = model_label(nlp), datetime.now(UTC)

    def one_pass() -> int:
        n = 0
        for doc, rec in zip(docs, recognized, strict=True):
            layout = read_layout(doc.text, doc.layout_hints, rules=rules)
            n += len(build_extraction(doc, layout, rec, model, gazetteer, rules, now=now).people)
        return n

    n_people = one_pass()  # warm the caches (lexicon, gazetteer indexes)
    t0 = time.process_time()
    for _ in range(args.passes):
        one_pass()
    cpu = (time.process_time() - t0) / args.passes
    chars = sum(len(d.text) for d in docs)
    print(
        f"{len(docs)} reports, {chars:,} characters, {n_people} people: rule stages "
        f"{cpu:.3f} s CPU per pass = {cpu / len(docs) * 1000:.1f} ms per report; "
        f"spaCy (nlp.pipe, once) {spacy_cpu:.3f} s CPU: rules / spaCy = {cpu / spacy_cpu:.2f}"
    )
    if args.profile:
        profile = cProfile.Profile()
        profile.runcall(one_pass)
        stats = pstats.Stats(profile)
        stats.sort_stats("tottime").print_stats(args.profile)
        stats.sort_stats("cumtime").print_stats(args.profile)


if __name__ == "__main__":
    main()
