"""Retrain the role model (``src/pko_extract/data/role_model.json``) from annotated reports.

Usage (from the repository root; ``make train-roles`` runs the default):

    .venv/bin/python scripts/train_roles.py                       # train on d01-d12 + odd half
    .venv/bin/python scripts/train_roles.py --cv                  # leave-one-report-out check
    .venv/bin/python scripts/train_roles.py --ids 1-12 --out /tmp/m.json

Each example is one person the rules found in a report, matched by name to a gold person:
its features (``role_model.person_features``) and the gold roles. Only the development half
is used by default (d01-d12 and the odd reports of d13-d57); the blind half (even d14-d56)
never trains the model. ``--cv`` prints, per left-out report and in total, the roles scores of
the rules alone and of rules + model on the matched persons, so the two can be compared before
a model is adopted.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pko_extract.config import get_settings
from pko_extract.evaluation.gold import load_gold_dir
from pko_extract.evaluation.matching import match_names
from pko_extract.evaluation.run import select_ids
from pko_extract.extract import parse_text
from pko_extract.gazetteer import default_gazetteer
from pko_extract.ingest import read_document
from pko_extract.recognize import get_nlp, recognize_texts
from pko_extract.resources import default_rules
from pko_extract.role_model import MODEL_FILE, person_features, settle_roles
from pko_extract.role_training import Example, fit
from pko_extract.segment import read_layout

REPO = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = REPO.parent / "shared" / "corpus" / "gold"
DEFAULT_IDS = "1-12,odd:13-57"


def build_examples(gold_dir: Path, ids: str) -> list[tuple[Example, tuple[str, ...]]]:
    """(example, rule roles) for every person matched to a gold person in the selected reports."""
    selected = select_ids(ids)
    golds = [g for g in load_gold_dir(gold_dir) if selected(g.id)]
    rules, nlp = default_rules(), get_nlp()
    gazetteer = default_gazetteer()
    countries = gazetteer.country_names()
    docs = [
        read_document(gold_dir.parent / "docs" / g.source, max_bytes=get_settings().max_file_bytes)
        for g in golds
    ]
    out = []
    recognized = recognize_texts(nlp, [d.text for d in docs], 16)
    for gold, doc, rec in zip(golds, docs, recognized, strict=True):
        layout = read_layout(doc.text, doc.layout_hints, rules=rules)
        _event, persons, _agenda = parse_text(layout, rec, rules, countries, role_model=None)
        pairs = match_names([p.name for p in gold.people], [p.name for p in persons])
        for gi, pi in pairs:
            person = persons[pi]
            feats = tuple(person_features(layout, person, rules))
            ex = Example(gold.id, feats, frozenset(gold.people[gi].roles))
            out.append((ex, tuple(person.roles)))
    return out


def _counts(gold: frozenset[str], pred: set[str]) -> tuple[int, int, int]:
    return len(gold & pred), len(pred - gold), len(gold - pred)


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0


def cross_validate(examples: list[tuple[Example, tuple[str, ...]]], **kw: float) -> int:
    """Leave one report out: roles of the matched persons, rules alone vs rules + model."""
    docs = sorted({ex.doc_id for ex, _ in examples})
    total_rules, total_model = [0, 0, 0], [0, 0, 0]
    print(f"{'report':8} {'rules tp/fp/fn':>16} {'+model tp/fp/fn':>16}")
    for doc in docs:
        train = [ex for ex, _ in examples if ex.doc_id != doc]
        model = fit(train, **kw)  # type: ignore[arg-type]
        r_sum, m_sum = [0, 0, 0], [0, 0, 0]
        for ex, rule_roles in examples:
            if ex.doc_id != doc:
                continue
            hybrid = set(settle_roles(model, ex.features, rule_roles))
            for acc, got in ((r_sum, set(rule_roles)), (m_sum, hybrid)):
                for k, v in enumerate(_counts(ex.roles, got)):
                    acc[k] += v
        for k in range(3):
            total_rules[k] += r_sum[k]
            total_model[k] += m_sum[k]
        if r_sum != m_sum:
            print(f"{doc:8} {'/'.join(map(str, r_sum)):>16} {'/'.join(map(str, m_sum)):>16}")
    print(
        f"{'total':8} {'/'.join(map(str, total_rules)):>16} {'/'.join(map(str, total_model)):>16}"
        f"   F1 rules {_f1(*total_rules):.3f}, rules + model {_f1(*total_model):.3f}"
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="gold folder")
    parser.add_argument("--ids", default=DEFAULT_IDS, help=f"gold ids (default {DEFAULT_IDS})")
    parser.add_argument("--out", type=Path, default=MODEL_FILE, help="model file to write")
    parser.add_argument("--cv", action="store_true", help="leave-one-report-out comparison only")
    args = parser.parse_args(argv)
    if not args.gold.is_dir():
        print(f"train_roles: no gold folder at {args.gold}", file=sys.stderr)
        return 2
    examples = build_examples(args.gold, args.ids)
    print(f"{len(examples)} persons from {len({e.doc_id for e, _ in examples})} reports")
    if args.cv:
        return cross_validate(examples)
    model = fit([ex for ex, _ in examples], version="1")
    args.out.write_text(model.model_dump_json(indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({model.about})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
