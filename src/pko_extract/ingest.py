"""Ingest stage: a path on disk -> :class:`~pko_extract.models.Document`.

Contract:

* ``report_id`` is the sha256 hex digest of the raw bytes (stable across runs and machines).
* ``Document.text`` is the exact decoded text: the only changes made are turning CRLF and CR
  into ``\\n`` and, for HTML and PDF, extracting the text. No Unicode normalisation, no
  spelling fixes: every character offset downstream indexes into this string.
* Files that cannot become a report (empty, binary, too large, a text over
  ``Settings.max_text_chars``, unreadable, undecodable, PDF without a text layer or over its
  limits) raise :class:`~pko_extract.errors.IngestError` with a message
  that names the file, says what is wrong and how to fix it.

HTML and PDF become text in :mod:`pko_extract.convert`; for HTML, ``Document.layout_hints``
holds the blocks the markup states (headings, list items, table rows, captions, ...).

Decoding order: byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32), UTF-16 without BOM when the
NUL-byte pattern shows it, strict UTF-8, the ``<meta charset>`` of an HTML file, Windows-1252
when the result only holds plausible Western characters, then charset-normalizer's best guess
(Shift-JIS, cp1250, ...).
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import stat
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from pko_extract.budget import check_text_length
from pko_extract.convert import html_to_layout, html_to_text
from pko_extract.errors import IngestError
from pko_extract.models import Document
from pko_extract.pdf_text import PdfLimits, pdf_to_text
from pko_extract.safe_text import safe_text, without_surrogates

__all__ = [
    "FoundPaths",
    "find_report_paths",
    "hash_file",
    "html_to_text",
    "iter_report_paths",
    "read_document",
    "source_uri",
]

_CHUNK = 1 << 20

#: Magic numbers of common non-text formats, with a hint for the user.
_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "a ZIP archive (.docx/.xlsx/.odt are ZIPs): save it as .txt, .html or .pdf"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file (.doc/.xls): save it as .txt or .pdf"),
    (b"{\\rtf", "an RTF document: save it as .txt, .html or .pdf"),
    (b"\x89PNG", "a PNG image: run OCR on it first"),
    (b"\xff\xd8\xff", "a JPEG image: run OCR on it first"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive: decompress it first"),
    (b"\x7fELF", "an executable"),
)

#: Example: ``<meta charset="windows-1252">`` or ``content="text/html; charset=shift_jis"``.
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)

#: Example: ``<!DOCTYPE html>`` or ``<html lang="en">`` near the start of the file.
_HTML_SNIFF = re.compile(r"<!doctype\s+html|<html[\s>]", re.I)

#: Characters outside ASCII that Western (Windows-1252) text plausibly contains.
_CP1252_PLAUSIBLE = frozenset(
    "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ"
    "ŠšŽžŒœŸ–—‘’“”•…€™\u00a0©®°±§¶·«»¿¡ºª²³¹¼½¾£¥¢×÷´¨¯¸¬"
)

#: Byte-order marks (UTF-32 before UTF-16: FF FE 00 00 starts with FF FE) -> codec, name.
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
)

#: Control characters that never occur in text files (TAB, LF, VT, FF, CR and ESC allowed).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27))


def hash_file(path: Path) -> str:
    """The sha256 hex digest of a file's bytes, read in 1 MiB chunks.

    Raises:
        IngestError: the file cannot be read.
    """
    digest = hashlib.sha256()
    try:
        mode = os.stat(path).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(21, "Is a directory", str(path))
        if not stat.S_ISREG(mode):  # a pipe or device named on the command line: never ends
            raise _not_regular(Path(path))
        with open(path, "rb") as handle:
            while chunk := handle.read(_CHUNK):
                digest.update(chunk)
    except OSError as exc:
        raise _unreadable(Path(path), exc) from exc
    return digest.hexdigest()


def source_uri(path: Path) -> str:
    """The ``file://`` URI of the file a path names (symlinks followed), for any path.

    Never raises: a symlink loop or a dangling link keeps the part that cannot be resolved
    (``os.path.realpath``, unlike ``Path.resolve`` in Python 3.11, does not raise on a loop),
    and bytes that are not UTF-8 are percent-encoded, so the URI is stable and writable.
    """
    return Path(os.path.realpath(os.path.abspath(path))).as_uri()


@dataclass(frozen=True)
class FoundPaths:
    """What a walk of the input found.

    Attributes:
        paths: the report files, sorted by their string form.
        unlistable: folders under the input that could not be listed (permission denied,
            I/O error), each with the reason as an :class:`IngestError` that names the folder:
            their files were not seen, so the run neither extracts nor prunes them.
        listed: the ``source_uri`` of every folder that was listed (a folder rejected by an
            earlier run and listed now has its reject removed).
    """

    paths: list[Path]
    unlistable: list[tuple[Path, IngestError]] = field(default_factory=list)
    listed: frozenset[str] = frozenset()


def iter_report_paths(paths: Sequence[Path]) -> list[Path]:
    """The report files under ``paths`` (:func:`find_report_paths`, without the folders)."""
    return find_report_paths(paths).paths


def find_report_paths(paths: Sequence[Path]) -> FoundPaths:
    """Expand files and folders into the sorted list of report files.

    Folders are walked recursively. Inside folders, hidden files, dot-folders, ``.gitkeep``
    and ``README*`` files are skipped, and so are pipes, sockets and devices; a broken symlink
    is kept (``read_document`` then says so). A file named explicitly is always kept. Any extension
    is accepted (``.txt``, ``.md``, ``.html``, ``.pdf``, none, ...): ``read_document`` decides.
    A folder that cannot be listed does not stop the walk: it is returned in ``unlistable``.

    Args:
        paths: files and folders.

    Raises:
        IngestError: a given path does not exist.
    """
    found: dict[str, Path] = {}
    failed: list[OSError] = []
    listed: set[str] = set()
    for given in paths:
        given = Path(given)
        if given.is_dir():
            for dirpath, dirnames, filenames in os.walk(given, onerror=failed.append):
                listed.add(source_uri(Path(dirpath)))
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in filenames:
                    if _skipped_name(name):
                        continue
                    candidate = Path(dirpath) / name
                    if _listed(candidate):
                        found.setdefault(os.path.realpath(candidate), candidate)
        elif given.exists() or given.is_symlink():
            found.setdefault(os.path.realpath(given), given)
        else:
            raise IngestError(
                f"{given}: no such file or folder; check the path (relative paths are taken "
                f"from {Path.cwd()})"
            )
    folders = [Path(exc.filename if exc.filename is not None else "?") for exc in failed]
    unlistable = [(f, _unlistable(f, exc)) for f, exc in zip(folders, failed, strict=True)]
    return FoundPaths(sorted(found.values(), key=str), unlistable, frozenset(listed))


def read_document(
    path: Path, *, max_bytes: int | None = None, max_chars: int | None = None
) -> Document:
    """Read one report file into a :class:`Document`.

    Args:
        path: the report file (plain text, Markdown, HTML or PDF).
        max_bytes: larger files are rejected; default ``Settings.max_file_bytes``.
        max_chars: a longer text is rejected (before spaCy ever sees it); default
            ``Settings.max_text_chars``. A PDF stops being read past it.

    Returns:
        The document; ``text`` has ``\\n`` newlines and is otherwise exactly the decoded text.
        ``layout_hints`` holds the blocks of an HTML page (``()`` for plain text and PDF).

    Raises:
        IngestError: the file is missing, unreadable, a folder, empty, too large, binary,
            undecodable, or a PDF without extractable text.
    """
    from pko_extract.config import get_settings

    path = Path(path)
    settings = get_settings()
    max_bytes = settings.max_file_bytes if max_bytes is None else max_bytes
    max_chars = settings.max_text_chars if max_chars is None else max_chars
    raw = _read_bytes(path, max_bytes)
    report_id = hashlib.sha256(raw).hexdigest()

    hints: tuple[tuple[int, int, str], ...] = ()
    if raw.lstrip()[:5] == b"%PDF-":
        limits = replace(PdfLimits.from_settings(), max_chars=max_chars)
        text, encoding, content_type = pdf_to_text(path, raw, limits), "pdf", "pdf"
    else:
        _reject_binary(path, raw)
        text, encoding = _decode(path, raw)
        content_type = "text"
        if path.suffix.lower() in (".html", ".htm") or _HTML_SNIFF.search(text[:2048]):
            # newlines first, so that the hints index the final text
            text = text.replace("\r\n", "\n").replace("\r", "\n")
            text, hints = html_to_layout(text)
            content_type = "html"
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    check_text_length(str(path), len(text), max_chars)
    if not text.strip():
        what = {"html": "HTML file has no visible text", "pdf": "PDF has no text"}
        raise IngestError(
            f"{path}: the {what.get(content_type, 'file holds only whitespace')}; "
            "nothing to extract (check that it is the right file)"
        )
    return Document(
        report_id=report_id,
        source_uri=source_uri(path),
        source_name=safe_text(path.name),
        text=without_surrogates(text),
        encoding=encoding,
        content_type=content_type,
        size_bytes=len(raw),
        layout_hints=hints,
    )


# --------------------------------------------------------------------------------------
# Reading and decoding
# --------------------------------------------------------------------------------------


def _skipped_name(name: str) -> bool:
    return name.startswith(".") or name.upper().startswith("README")


def _listed(candidate: Path) -> bool:
    """A regular file, or a broken or looping symlink (``read_document`` then says so).

    Pipes, sockets, devices and links to them are skipped (reading one could block), and so
    are links to folders (``os.walk`` does not follow them: no cycles, no double counting).
    """
    try:
        if candidate.is_file():
            return True
        return candidate.is_symlink() and not candidate.exists()
    except OSError:  # e.g. a name too long to stat: let read_document name the error
        return True


def _unreadable(path: Path, exc: OSError) -> IngestError:
    if isinstance(exc, FileNotFoundError):
        return IngestError(f"{path}: file not found; check the path or whether it was moved")
    if isinstance(exc, IsADirectoryError):
        return IngestError(f"{path}: is a folder, not a file; pass the folder to `pko-extract run`")
    if isinstance(exc, PermissionError):
        return IngestError(
            f"{path}: permission denied; make the file readable (e.g. chmod a+r) and re-run"
        )
    return IngestError(f"{path}: could not be read ({exc.strerror or exc}); check the file")


def _unlistable(folder: Path, exc: OSError) -> IngestError:
    """The reject of a folder ``os.walk`` could not list."""
    why = "permission denied" if isinstance(exc, PermissionError) else exc.strerror or str(exc)
    return IngestError(
        f"{folder}: the folder cannot be listed ({why}); its reports were skipped and their "
        "rows are kept; make it readable (e.g. chmod a+rx) and re-run"
    )


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(21, "Is a directory", str(path))
        if not stat.S_ISREG(info.st_mode):
            raise _not_regular(path)
        if info.st_size > max_bytes:
            raise _too_large(path, info.st_size, max_bytes)
        with open(path, "rb") as handle:
            raw = handle.read(max_bytes + 1)
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    if len(raw) > max_bytes:  # grew while we were reading
        raise _too_large(path, len(raw), max_bytes)
    if not raw:
        raise IngestError(f"{path}: the file is empty (0 bytes); remove it or replace it")
    return raw


def _not_regular(path: Path) -> IngestError:
    return IngestError(f"{path}: not a regular file (device, pipe or socket); skip it")


def _too_large(path: Path, size: int, max_bytes: int) -> IngestError:
    return IngestError(
        f"{path}: file is {size:,} bytes, over the limit of {max_bytes:,} bytes; "
        "split it, or raise the limit with PKO_MAX_FILE_BYTES"
    )


def _reject_binary(path: Path, raw: bytes) -> None:
    for magic, hint in _BINARY_SIGNATURES:
        if raw.startswith(magic):
            raise IngestError(f"{path}: not a text file, it is {hint}")
    if _utf16_without_bom(raw) or raw.startswith(tuple(bom for bom, _, _ in _BOMS)):
        return  # UTF-16/32 text is full of NUL bytes
    # the whole file, not a head: a NUL byte rejects a file wherever it stands
    n_control = len(raw) - len(raw.translate(None, _CONTROL_BYTES))  # one pass
    if b"\x00" in raw or n_control > max(2, len(raw) // 100):
        raise IngestError(
            f"{path}: looks like a binary file (it holds NUL or control bytes), not a report; "
            "export it as plain text, HTML or PDF"
        )


def _utf16_without_bom(raw: bytes) -> str | None:
    """``utf-16-le``/``utf-16-be`` when mostly-ASCII UTF-16 shows its NUL byte pattern."""
    if len(raw) < 4 or len(raw) % 2:
        return None
    head = raw[:65536]
    pairs = len(head) // 2
    nul_even = head[0::2].count(0)
    nul_odd = head[1::2].count(0)
    if nul_odd > 0.3 * pairs and nul_even < 0.05 * pairs:
        return "utf-16-le"
    if nul_even > 0.3 * pairs and nul_odd < 0.05 * pairs:
        return "utf-16-be"
    return None


def _decode(path: Path, raw: bytes) -> tuple[str, str]:
    for bom, codec, name in _BOMS:
        if raw.startswith(bom):
            try:
                return raw[len(bom) :].decode(codec), name
            except UnicodeDecodeError as exc:
                why = f"it starts with a {name} byte-order mark but {exc}"
                raise _undecodable(path, why) from exc

    utf16 = _utf16_without_bom(raw)
    if utf16:
        try:
            return _checked(raw.decode(utf16)), utf16
        except (UnicodeDecodeError, ValueError):
            pass

    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass

    declared = _META_CHARSET.search(raw[:4096])
    if declared:
        try:
            name = codecs.lookup(declared.group(1).decode("ascii")).name
            return _checked(raw.decode(name)), name
        except (LookupError, UnicodeDecodeError, ValueError):
            pass

    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        text = ""
    if text and all(ch.isascii() or ch in _CP1252_PLAUSIBLE for ch in text):
        return text, "cp1252"

    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is not None:
        name = codecs.lookup(best.encoding).name
        try:
            return _checked(raw.decode(name)), name
        except (UnicodeDecodeError, ValueError):
            pass
    raise _undecodable(path, "it is not UTF-8 and no other encoding fits")


def _checked(text: str) -> str:
    """The text, or ValueError when it holds control characters (a wrong decoding)."""
    for ch in text:
        if unicodedata.category(ch) == "Cc" and ch not in "\t\n\x0b\x0c\r\x1b\x85":
            raise ValueError(f"control character {ch!r}")
    return text


def _undecodable(path: Path, why: str) -> IngestError:
    return IngestError(
        f"{path}: could not decode the text ({why}); re-save the file as UTF-8 and re-run"
    )
