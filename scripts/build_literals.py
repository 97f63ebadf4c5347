"""Write ``src/pko_extract/data/required_literals.json``: the plain runs every match of each
regex of the mission linker's index holds (``mission_index.required_literals``), for the
packaged gazetteer and cues, by a hash of the regex source.

A build step, not a cache of any input or output: run it after changing the gazetteer, the
mission cues or the index's regexes (``tests/test_mission_literals.py`` fails until then).
The linker finds the same with or without the file; without it each process parses the
~530 regexes again on its first report. Usage::

    .venv/bin/python scripts/build_literals.py
"""

from __future__ import annotations

import json
from pathlib import Path

from pko_extract import mission_index
from pko_extract.gazetteer import default_gazetteer
from pko_extract.mission_cues import default_cues

OUT = Path(__file__).resolve().parents[1] / "src" / "pko_extract" / "data"


def table() -> dict[str, list[str]]:
    """Key -> runs of every regex of the default index, in the index's order."""
    patterns = mission_index.index_patterns(default_gazetteer(), default_cues())
    return {
        mission_index.literal_key(p): list(mission_index.required_literals(p)) for p in patterns
    }


def main() -> None:
    """Write the table: one regex a line, by key (the same file from any process)."""
    path = OUT / mission_index.LITERALS_FILE
    literals = table()
    rows = ",\n".join(
        f"{json.dumps(key)}: {json.dumps(runs, ensure_ascii=False)}"
        for key, runs in sorted(literals.items())
    )
    about = json.dumps("written by scripts/build_literals.py; do not edit")
    text = f'{{"about": {about},\n"literals": {{\n{rows}\n}}}}\n'
    json.loads(text)  # a valid JSON document
    path.write_text(text, encoding="utf-8")
    print(f"{path}: {len(literals)} regexes")


if __name__ == "__main__":
    main()
