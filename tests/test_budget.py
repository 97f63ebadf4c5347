"""Limits of one report's work (budget.py): the maximum text length, checked before spaCy,
and the time budget of the rule stages, checked between them."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

import pytest

import pko_extract.budget as budget
from pko_extract.budget import check_text_length, human_count
from pko_extract.config import get_settings
from pko_extract.errors import BudgetError, IngestError
from pko_extract.extract import extract_documents
from pko_extract.models import Document
from pko_extract.recognize import build_nlp

REPORT = "Seminar on Peace Operations\n\nModerator: Prof. Ana RUIZ, Director, Peace Institute\n"


def _doc(text: str, name: str) -> Document:
    return Document(hashlib.sha256(text.encode()).hexdigest(), f"file:///{name}", name, text)


@pytest.fixture
def settings_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    """Settings read again from the environment the test sets."""
    get_settings.cache_clear()
    yield monkeypatch
    get_settings.cache_clear()


@pytest.mark.parametrize(
    ("n", "text"),
    [(999, "999"), (1_000, "1k"), (250_400, "250.4k"), (1_000_000, "1M"), (4_712_345, "4.7M")],
    ids=["units", "thousand", "thousands", "million", "millions"],
)
def test_human_count(n: int, text: str) -> None:
    assert human_count(n) == text


def test_text_length_limit_message_names_the_file_and_the_sizes() -> None:
    check_text_length("a.txt", 1_000_000, 1_000_000)  # at the limit: accepted
    with pytest.raises(IngestError) as info:
        check_text_length("big.txt", 4_712_345, 1_000_000)
    assert str(info.value).startswith(
        "big.txt: text of 4.7M characters exceeds 1M (4,712,345 > 1,000,000, PKO_MAX_TEXT_CHARS)"
    )


def test_too_long_text_is_refused_before_spacy_runs(settings_env: pytest.MonkeyPatch) -> None:
    """extract_documents checks every text of a batch before the pipeline is called."""
    settings_env.setenv("PKO_MAX_TEXT_CHARS", "50")

    def nlp_that_must_not_run(*args: object, **kwargs: object) -> None:
        raise AssertionError("spaCy saw a text over the limit")

    nlp = build_nlp("blank")
    nlp.pipe = nlp_that_must_not_run  # type: ignore[method-assign]
    with pytest.raises(IngestError, match="long.txt: text of 82 characters exceeds 50"):
        list(extract_documents([_doc(REPORT, "long.txt")], nlp=nlp))


def test_deadline_stops_a_report_between_stages(
    settings_env: pytest.MonkeyPatch,
) -> None:
    """With a clock that moves 40 s per look, a 60 s budget is spent after the people stage
    (three looks: start, layout, people) and the report raises a BudgetError naming it."""
    ticks = iter(range(0, 10_000, 40))
    settings_env.setattr(budget, "clock", lambda: next(ticks))
    with pytest.raises(BudgetError) as info:
        list(extract_documents([_doc(REPORT, "slow.txt")], nlp=build_nlp("blank")))
    assert str(info.value).startswith(
        "slow.txt: took longer than 60 s (stopped after the people stage, "
        "PKO_REPORT_TIME_BUDGET_SECONDS)"
    )
