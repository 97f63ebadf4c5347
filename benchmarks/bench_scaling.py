"""How extraction time grows with the number of names in one report (issue 11).

Not a test. Usage::

    .venv/bin/python benchmarks/bench_scaling.py [--lines 250 500 1000 2000] [--model NAME]

Builds one report per size: a title, then N lines "Mr. John Kalomi, Director of the
Institute for Peace Studies 17", each with a distinct name, and times
``extract_document`` on it (spaCy + layout + rules + linker). Prints seconds, seconds per
line and the ratio to the previous size: near-linear cost keeps the ratio near the ratio of
the sizes (2x), an all-pairs loop over mentions makes it 4x and more.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import time
from collections.abc import Iterator

from pko_extract.extract import extract_document
from pko_extract.gazetteer import default_gazetteer
from pko_extract.models import Document
from pko_extract.recognize import build_nlp

GIVEN = ("John", "Mary", "Ahmed", "Li", "Sofia", "Kwame", "Elena", "Ravi", "Fatima", "Pierre")
SYLLABLES = ("ka", "lo", "mi", "ne", "ra", "tu", "vo", "ze", "bi", "do", "fe", "gu", "sa", "po")


def _family_names() -> Iterator[str]:
    for parts in itertools.product(SYLLABLES, repeat=3):
        yield "".join(parts).capitalize()


def report_text(n_lines: int) -> str:
    """A report of ``n_lines`` name lines, each naming another person."""
    lines = ["Seminar on Peace Operations", ""]
    for i, family in zip(range(n_lines), _family_names(), strict=False):
        given = GIVEN[i % len(GIVEN)]
        lines.append(f"Mr. {given} {family}, Director of the Institute for Peace Studies {i}")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, nargs="+", default=[250, 500, 1000, 2000])
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: the setting)")
    args = parser.parse_args()

    nlp = build_nlp(args.model)
    gazetteer = default_gazetteer()
    extract_document(Document("0" * 64, "file:///warm-up", "warm-up", "Warm up."), nlp, gazetteer)
    print(f"model {nlp.meta.get('pko_model_name')}")
    print(f"{'lines':>6} {'chars':>8} {'people':>7} {'seconds':>8} {'ms/line':>8} {'ratio':>6}")
    previous: float | None = None
    for n in args.lines:
        text = report_text(n)
        doc = Document(hashlib.sha256(text.encode()).hexdigest(), "file:///bench", "bench", text)
        t0 = time.perf_counter()
        extraction = extract_document(doc, nlp=nlp, gazetteer=gazetteer)
        took = time.perf_counter() - t0
        ratio = f"{took / previous:.1f}x" if previous else ""
        print(
            f"{n:>6} {len(text):>8,} {len(extraction.people):>7} {took:>8.2f} "
            f"{1000 * took / n:>8.2f} {ratio:>6}"
        )
        previous = took


if __name__ == "__main__":
    main()
