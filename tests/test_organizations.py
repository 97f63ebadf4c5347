"""Tests of organizations.py: canonical organisation names from data, validated on load."""

from __future__ import annotations

from pathlib import Path

import pytest

from pko_extract.errors import ResourceError
from pko_extract.organizations import (
    canonical_organization,
    load_organizations,
    load_spellings,
    org_key,
)


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("UN", "United Nations"),
        ("U.N.", "United Nations"),
        ("the United Nations", "United Nations"),
        ("DPKO", "Department of Peacekeeping Operations"),
        ("UN Department of Peace-keeping Operations", "Department of Peacekeeping Operations"),
        ("Department of Peacekeeping Operations (DPKO)", "Department of Peacekeeping Operations"),
        (
            "Communauté économique des États de l'Afrique de l'Ouest (ECOWAS)",
            "Economic Community of West African States",
        ),
        ("AU", "African Union"),
        ("the A.U. Commission", "African Union Commission"),
        ("North Atlantic Treaty Organisation", "North Atlantic Treaty Organization"),
        ("ÉCOWAS", "Economic Community of West African States"),
        ("UN Children’s Fund", "United Nations Children's Fund"),
        ("the  Osaka   Peace Institute", "Osaka Peace Institute"),
        ("The", "The"),
    ],
    ids=[
        "acronym",
        "dotted-acronym",
        "leading-the",
        "department-acronym",
        "hyphen-and-prefix",
        "name-then-acronym",
        "known-acronym-in-brackets",
        "au",
        "dotted-in-name",
        "british-spelling",
        "accent",
        "curly-apostrophe",
        "unknown-as-written",
        "lone-the-kept",
    ],
)
def test_canonical_organization(written: str, canonical: str) -> None:
    assert canonical_organization(written) == canonical


def test_org_key_ignores_case_accents_punctuation_and_the() -> None:
    assert org_key("The U.N. Children's Fund & Partners") == "un childrens fund and partners"
    assert org_key("Centre for Peace", {"centre": "center"}) == "center for peace"


def test_an_alias_of_two_bodies_is_refused_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "organizations.jsonl"
    path.write_text(
        '{"text": "African Union", "aliases": ["AU"]}\n'
        '{"text": "Australian Union", "aliases": ["A.U."]}\n',
        encoding="utf-8",
    )
    with pytest.raises(ResourceError) as err:
        load_organizations(path)
    assert str(err.value) == (
        f"{path}: 'A.U.' names both 'African Union' and 'Australian Union'; keep it under one body"
    )


def test_a_bad_line_is_refused_with_its_number(tmp_path: Path) -> None:
    path = tmp_path / "organizations.jsonl"
    path.write_text('# names\n{"text": "African Union", "aliases": [" AU"]}\n', encoding="utf-8")
    with pytest.raises(ResourceError, match=rf"^{path}:2: field 'aliases': "):
        load_organizations(path)


def test_a_spelling_variant_of_two_forms_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "spelling_variants.jsonl"
    path.write_text(
        '{"text": "center", "variants": ["centre"], "scope": "org"}\n'
        '{"text": "centrum", "variants": ["centre"], "scope": "org"}\n',
        encoding="utf-8",
    )
    with pytest.raises(ResourceError, match="variant 'centre' belongs to both 'center' and"):
        load_spellings(path)


def test_a_spelling_variant_must_be_one_lower_case_word(tmp_path: Path) -> None:
    path = tmp_path / "spelling_variants.jsonl"
    path.write_text('{"text": "peacekeeping", "variants": ["Peace keeping"], "scope": "org"}\n')
    with pytest.raises(ResourceError, match=rf"^{path}:1: field 'variants': "):
        load_spellings(path)
