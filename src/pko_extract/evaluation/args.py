"""The arguments of ``pko-extract evaluate``, apart from the evaluation itself.

Contract:
    an :class:`argparse.ArgumentParser` -> the ``evaluate`` arguments
    (:func:`add_evaluate_arguments`); the parsed arguments -> the command's exit status
    (:func:`evaluate_from_args`, which imports :mod:`~pko_extract.evaluation.report`, the
    gold files' models, the matching and the extraction, only when it is called); and
    :func:`main`, the stand-alone command (``python -m pko_extract.evaluate``).

The command's parser (:mod:`pko_extract.cli`) is built for every subcommand, ``run``
included; with the helpers here it no longer imports the evaluation package to build it.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def add_evaluate_arguments(parser: argparse.ArgumentParser) -> None:
    """The arguments of ``pko-extract evaluate`` and ``python -m pko_extract.evaluate``."""
    parser.add_argument("--gold", required=True, help="folder of gold *.json files")
    parser.add_argument(
        "paths",
        nargs="*",
        help="files or folders holding the reports (default: the gold folder's ../docs)",
    )
    parser.add_argument("--json", help="also write the scores as JSON to this file")
    parser.add_argument(
        "--verbose", "-v", action="store_true", help="per-document misses and extras"
    )
    parser.add_argument("--markdown", action="store_true", help="print the tables as Markdown")
    parser.add_argument("--index", help="TSV with columns id and kind (default: GOLD/../index.tsv)")
    parser.add_argument(
        "--linker",
        action="store_true",
        help="also score the mission linker alone: at the gold event date and at the gold mentions",
    )


def evaluate_from_args(args: argparse.Namespace) -> int:
    """:func:`~pko_extract.evaluation.report.cli_evaluate` with the arguments of
    :func:`add_evaluate_arguments`."""
    from pko_extract.evaluation.report import cli_evaluate

    return cli_evaluate(
        gold_dir=Path(args.gold),
        paths=[Path(p) for p in args.paths],
        json_path=Path(args.json) if args.json else None,
        verbose=args.verbose,
        markdown=args.markdown,
        index_path=Path(args.index) if args.index else None,
        linker=args.linker,
    )


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m pko_extract.evaluate``: the arguments of
    ``pko-extract evaluate`` (:func:`add_evaluate_arguments`)."""
    parser = argparse.ArgumentParser(
        prog="python -m pko_extract.evaluate",
        description="Score extractions against gold annotation files.",
    )
    add_evaluate_arguments(parser)
    return evaluate_from_args(parser.parse_args(argv))
