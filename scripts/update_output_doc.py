"""Rewrite the generated data dictionary in docs/OUTPUT.md from the Pydantic models.

Run after changing a model (tests/test_schema.py fails until the doc matches):
    .venv/bin/python scripts/update_output_doc.py
"""

from __future__ import annotations

from pathlib import Path

from pko_extract.schema import data_dictionary_markdown

START = "<!-- DATA DICTIONARY: generated, do not edit by hand -->"
END = "<!-- END DATA DICTIONARY -->"
DOC = Path(__file__).resolve().parents[1] / "docs" / "OUTPUT.md"


def main() -> None:
    text = DOC.read_text(encoding="utf-8")
    a, b = text.index(START) + len(START), text.index(END)
    DOC.write_text(
        text[:a] + "\n" + data_dictionary_markdown().rstrip("\n") + "\n" + text[b:],
        encoding="utf-8",
    )
    print(f"updated {DOC}")


if __name__ == "__main__":
    main()
