"""Text that can always be written: no lone surrogates in what reaches Parquet or a terminal.

Why: Python decodes a file name that is not valid UTF-8 (``badname_\\xff\\xfe.txt``) with
``surrogateescape``, which leaves lone surrogates (``\\udcff``) in the ``str``. Such a string
cannot be encoded as UTF-8, so one odd file name in a reject message or a ``source_name``
used to make Arrow refuse the whole commit. Every string that comes from outside the text
(paths, messages naming them) goes through :func:`safe_text` on its way into a record;
the report text itself goes through :func:`without_surrogates`, which keeps its length so
that offsets stay true.

Pure; imports nothing of the library.
"""

from __future__ import annotations

__all__ = ["safe_text", "without_surrogates"]

#: What a lone surrogate of the report text becomes (one character for one: offsets hold).
REPLACEMENT = "\ufffd"


def _encodable(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def safe_text(value: str) -> str:
    """``value`` with every undecodable byte or lone surrogate as a backslash escape.

    A byte that ``surrogateescape`` kept (``\\udcff``) becomes ``\\xff``, as ``ls -b``
    shows it; any other lone surrogate becomes ``\\ud800``. The result is stable (the same
    name gives the same text on every run) and valid UTF-8; a valid string is returned as is.

    Example: ``safe_text("badname_\\udcff\\udcfe.txt") == "badname_\\\\xff\\\\xfe.txt"``.
    """
    if value.isascii() or _encodable(value):
        return value
    try:
        return value.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate that is not an escaped byte
        return value.encode("utf-8", "backslashreplace").decode("utf-8")


def without_surrogates(text: str) -> str:
    """``text`` with each lone surrogate replaced by U+FFFD (same length, offsets unchanged)."""
    if text.isascii() or _encodable(text):
        return text
    return "".join(REPLACEMENT if "\ud800" <= ch <= "\udfff" else ch for ch in text)
