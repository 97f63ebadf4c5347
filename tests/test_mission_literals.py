"""The mission index's table of required literals (src/pko_extract/data/required_literals.json,
written by scripts/build_literals.py) and its regexes compiled on first use."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from pko_extract import mission_index
from pko_extract.gazetteer import default_gazetteer
from pko_extract.mission_cues import default_cues

REPO = Path(__file__).resolve().parents[1]
TABLE = REPO / "src" / "pko_extract" / "data" / mission_index.LITERALS_FILE


#: The start of a script that prints a digest of the default mission index.
_INDEX_IMPORTS = (
    "import hashlib\n"
    "from pko_extract import mission_index\n"
    "from pko_extract.gazetteer import default_gazetteer\n"
    "from pko_extract.mission_cues import default_cues\n"
)


def _printed_under_hash_seeds(code: str) -> set[str]:
    """What ``code`` prints in three processes with different string hash seeds."""
    printed = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
        )
        printed.add(done.stdout.strip())
    return printed


def test_the_shipped_table_holds_the_runs_of_every_regex_of_the_default_index():
    """Else run scripts/build_literals.py (after a change of the gazetteer or the cues)."""
    patterns = mission_index.index_patterns(default_gazetteer(), default_cues())
    table = json.loads(TABLE.read_text(encoding="utf-8"))["literals"]

    expected = {
        mission_index.literal_key(p): list(mission_index.required_literals(p)) for p in patterns
    }
    assert table == expected
    assert len(patterns) > 500


def test_a_regex_the_table_lacks_has_its_runs_computed():
    pattern = r"(?<![\w])imaginary\s+mission\s+in\s+(?:atlantis)(?![\w])"

    assert mission_index.literal_key(pattern) not in mission_index._shipped_literals()
    assert mission_index.known_required_literals(pattern) == (
        "imaginary",
        "atlantis",
        "mission",
        "in",
    )


def test_the_index_regexes_are_the_same_in_every_process():
    """The table is looked up by the regex's text: a set's order (which changes with the
    string hash seed) must not change it (the place names of a mission's name were listed
    in a set's order when two had the same length)."""
    code = _INDEX_IMPORTS + (
        "ps = mission_index.index_patterns(default_gazetteer(), default_cues())\n"
        "print(hashlib.sha256('\\n'.join(sorted(ps)).encode()).hexdigest())\n"
    )
    assert len(_printed_under_hash_seeds(code)) == 1


def test_name_and_title_regexes_compile_when_first_searched():
    regex = mission_index.LazyRegex(r"(?<![\w])blue\s+helmets(?![\w])")

    assert regex._compiled is None
    assert [m.span() for m in regex.finditer("two blue  helmets; blue helmets")] == [
        (4, 17),
        (19, 31),
    ]
    assert regex.search("the blue helmets", 4).span() == (4, 16)
    assert regex.search("the blue helmets", 0, 10) is None
    assert regex.compiled() is regex.compiled()


def test_mission_names_are_indexed_longest_first_in_the_same_order_in_every_process():
    """Names are tried in index order, so the order must not follow a set's (which changes
    with the string hash seed): longest regex first, ties by text; acronyms in a fixed order."""
    code = _INDEX_IMPORTS + (
        "ix = mission_index._index(default_gazetteer(), default_cues())\n"
        "rows = [f'{r.pattern}\\t{a}' for r, a, _ in ix.names] + list(ix.acronyms)\n"
        "print(hashlib.sha256('\\n'.join(rows).encode()).hexdigest())\n"
    )
    assert len(_printed_under_hash_seeds(code)) == 1
    names = mission_index._index(default_gazetteer(), default_cues()).names
    lengths = [len(regex.pattern) for regex, _, _ in names]
    assert lengths == sorted(lengths, reverse=True)
