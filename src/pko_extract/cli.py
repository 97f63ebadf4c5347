"""The ``pko-extract`` command.

Subcommands:
    run       extract reports (files or folders, default raw/) into Parquet (default output/)
    extract   print one report's extraction as JSON on stdout; nothing is written
    evaluate  score extractions against gold annotation files
    serve     serve the flow with a cron schedule (Prefect)

Heavy imports (spaCy, Prefect) happen inside the subcommands so that ``--help`` is instant.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from pko_extract import __version__
from pko_extract.errors import PkoExtractError


def _cmd_run(args: argparse.Namespace) -> int:
    from flows.pipeline import run_pipeline

    return run_pipeline(
        [Path(p) for p in args.paths],
        output=Path(args.output),
        prune=args.prune,
        wait_seconds=args.wait,
    )


def _cmd_extract(args: argparse.Namespace) -> int:
    from pko_extract.extract import extract_document
    from pko_extract.ingest import read_document

    doc = read_document(Path(args.file))
    extraction = extract_document(doc)
    payload = {
        name: [r.model_dump(mode="json") for r in rows]
        for name, rows in extraction.tables().items()
    }
    payload["reports"] = payload["reports"][0]
    json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from pko_extract.evaluate import cli_evaluate

    return cli_evaluate(
        gold_dir=Path(args.gold),
        paths=[Path(p) for p in args.paths],
        json_path=Path(args.json) if args.json else None,
        verbose=args.verbose,
        markdown=args.markdown,
        index_path=Path(args.index) if args.index else None,
        linker=args.linker,
    )


def _cmd_serve(args: argparse.Namespace) -> int:
    from flows.pipeline import serve_pipeline

    return serve_pipeline(
        [Path(p) for p in args.paths], output=Path(args.output), cron=args.cron, name=args.name
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``pko-extract`` command."""
    parser = argparse.ArgumentParser(
        prog="pko-extract",
        description="Extract agenda items, people and cited peace operations from event "
        "reports into Parquet tables.",
    )
    parser.add_argument("--version", action="version", version=f"pko-extract {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("run", help="extract reports into Parquet datasets (incremental)")
    p.add_argument("paths", nargs="*", default=["raw"], help="files or folders (default: raw)")
    p.add_argument("--output", "-o", default="output", help="output folder (default: output)")
    p.add_argument(
        "--prune",
        action="store_true",
        help="drop the rows of reports whose file is no longer under the given paths",
    )
    p.add_argument(
        "--wait",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="if another run holds the output folder, wait this long before giving up",
    )
    p.set_defaults(func=_cmd_run)

    p = sub.add_parser("extract", help="print one report's extraction as JSON")
    p.add_argument("file", help="report file")
    p.set_defaults(func=_cmd_extract)

    p = sub.add_parser("evaluate", help="score extraction against gold annotations")
    p.add_argument("--gold", required=True, help="folder of gold *.json files")
    p.add_argument(
        "paths",
        nargs="*",
        help="files or folders holding the reports (default: the gold folder's ../docs)",
    )
    p.add_argument("--json", help="also write the scores as JSON to this file")
    p.add_argument("--verbose", "-v", action="store_true", help="per-document misses and extras")
    p.add_argument("--markdown", action="store_true", help="print the tables as Markdown")
    p.add_argument("--index", help="TSV with columns id and kind (default: GOLD/../index.tsv)")
    p.add_argument(
        "--linker",
        action="store_true",
        help="also score the mission linker alone: at the gold event date and at the gold mentions",
    )
    p.set_defaults(func=_cmd_evaluate)

    p = sub.add_parser("serve", help="serve the flow on a cron schedule (Prefect)")
    p.add_argument("paths", nargs="*", default=["raw"], help="files or folders (default: raw)")
    p.add_argument("--output", "-o", default="output", help="output folder (default: output)")
    p.add_argument("--cron", default="0 * * * *", help='cron schedule (default: "0 * * * *")')
    p.add_argument("--name", default="pko-extract-scheduled", help="deployment name")
    p.set_defaults(func=_cmd_serve)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script; returns the exit status."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except PkoExtractError as exc:
        print(f"pko-extract: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("pko-extract: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
