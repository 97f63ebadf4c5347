"""PDF -> text, bounded in pages, characters, time and memory (part of the ingest stage).

Why a child process: a few KB of PDF can expand to millions of characters or nest its
drawings until reading one page takes hours and gigabytes (issue 11). Such work cannot be
interrupted from inside the process, so :func:`pdf_to_text` hands the bytes to a child
(``python -m pko_extract.pdf_text``) that reads the text layer page by page under an
address-space and CPU limit, stops past the page and character limits, and dies with its
parent. The parent kills it at the time limit. Every limit reached is an
:class:`~pko_extract.errors.IngestError` that names the file and the setting to raise.

Settings: ``PKO_PDF_MAX_PAGES``, ``PKO_MAX_TEXT_CHARS``, ``PKO_PDF_TIMEOUT_SECONDS``,
``PKO_PDF_MAX_MEMORY_MB``. Starting the child costs about 0.2 s per PDF.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from pko_extract.budget import human_count
from pko_extract.errors import IngestError

__all__ = ["PdfLimits", "pdf_to_text"]

#: Exit status of the child when pypdf is not installed.
_NO_PYPDF = 3


@dataclass(frozen=True)
class PdfLimits:
    """How much reading one PDF may cost."""

    max_pages: int = 2000
    max_chars: int = 1_000_000
    timeout_seconds: float = 120.0
    max_memory_mb: int = 2048

    @classmethod
    def from_settings(cls) -> PdfLimits:
        from pko_extract.config import get_settings

        s = get_settings()
        return cls(s.pdf_max_pages, s.max_text_chars, s.pdf_timeout_seconds, s.pdf_max_memory_mb)


def pdf_to_text(path: Path, raw: bytes, limits: PdfLimits | None = None) -> str:
    """The text layer of a PDF's bytes, pages separated by a blank line.

    ``path`` only names the file in messages; the bytes are read by a child process.

    Raises:
        IngestError: pypdf is missing; the PDF is locked, damaged or has no text layer; or it
            is over a limit (pages, characters, time, memory).
    """
    limits = limits or PdfLimits.from_settings()
    package_root = str(Path(__file__).resolve().parents[1])
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, env.get("PYTHONPATH")]))
    args = [str(limits.max_pages), str(limits.max_chars), str(limits.max_memory_mb)]
    args.append(str(limits.timeout_seconds))
    try:
        done = subprocess.run(
            [sys.executable, "-m", "pko_extract.pdf_text", *args],
            input=raw,
            capture_output=True,
            timeout=limits.timeout_seconds,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise IngestError(
            f"{path}: reading the PDF's text took longer than {limits.timeout_seconds:g} s "
            "(PKO_PDF_TIMEOUT_SECONDS); the file is probably built to be slow to read: "
            "export it again, or raise the limit"
        ) from None
    except OSError as exc:
        raise IngestError(f"{path}: could not start the PDF reader ({exc})") from exc
    return _text_of(path, done, limits)


def _text_of(path: Path, done: subprocess.CompletedProcess[bytes], limits: PdfLimits) -> str:
    """The text the child sent, or the error it reported, as an IngestError."""
    if done.returncode == _NO_PYPDF:
        raise IngestError(
            f"{path}: is a PDF and PDF support needs the pypdf package; pip install pypdf"
        )
    try:
        answer = json.loads(done.stdout)
    except ValueError:
        raise IngestError(
            f"{path}: the PDF reader stopped (exit status {done.returncode}), most likely "
            f"out of its {limits.max_memory_mb} MiB (PKO_PDF_MAX_MEMORY_MB) or CPU time; "
            "export the PDF again, or raise the limit"
        ) from None
    if "error" in answer:
        raise IngestError(f"{path}: {answer['error']}")
    pages: list[str] = answer["pages"]
    text = "\n\n".join(page.strip("\n") for page in pages)
    if not text.strip():
        raise IngestError(
            f"{path}: the PDF has no extractable text (probably a scan); "
            "run OCR on it (e.g. ocrmypdf) and re-run"
        )
    return text


# --------------------------------------------------------------------------------------
# The child process
# --------------------------------------------------------------------------------------


def _limit_self(max_memory_mb: int, timeout_seconds: float) -> None:
    """Address-space and CPU limits, and death with the parent (Linux), for this process."""
    import resource
    import signal

    memory = max_memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    cpu = int(timeout_seconds) + 2
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG: a killed parent takes us along
    except (OSError, AttributeError):
        pass
    if os.getppid() == 1:  # the parent died before the prctl
        sys.exit(1)


def read_pages(raw: bytes, max_pages: int, max_chars: int) -> list[str]:
    """The text of each page, in the child.

    Raises:
        IngestError: locked, too many pages or characters, or damaged (any pypdf error).
    """
    import io
    import logging

    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted and not reader.decrypt(""):
            raise IngestError("the PDF is password-protected; save an unlocked copy")
        if len(reader.pages) > max_pages:
            raise IngestError(
                f"the PDF has {len(reader.pages):,} pages, over the limit of {max_pages:,} "
                "(PKO_PDF_MAX_PAGES); split it, or raise the limit"
            )
        pages: list[str] = []
        total = 0
        for page in reader.pages:
            pages.append(page.extract_text() or "")
            total += len(pages[-1]) + 2
            if total > max_chars:
                raise IngestError(
                    f"text of more than {human_count(max_chars)} characters by page "
                    f"{len(pages):,} of {len(reader.pages):,} exceeds {human_count(max_chars)} "
                    "(PKO_MAX_TEXT_CHARS); split the report, or raise the limit"
                )
    except IngestError:
        raise
    except Exception as exc:  # pypdf raises many types on damaged files
        raise IngestError(
            f"could not be read as a PDF ({type(exc).__name__}: {exc}); "
            "check that the file is complete, or export it again"
        ) from exc
    return pages


def _main(argv: list[str]) -> int:
    max_pages, max_chars, max_memory_mb = (int(a) for a in argv[:3])
    _limit_self(max_memory_mb, float(argv[3]))
    try:
        import pypdf  # noqa: F401
    except ImportError:
        return _NO_PYPDF
    raw = sys.stdin.buffer.read()
    try:
        answer: dict[str, object] = {"pages": read_pages(raw, max_pages, max_chars)}
    except IngestError as exc:
        answer = {"error": str(exc)}
    # ASCII JSON: a lone surrogate of a damaged text layer travels as an escape
    sys.stdout.write(json.dumps(answer, ensure_ascii=True))
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
