"""Tests of the role model: features from the layout, scores, the policy, loading, training."""

from __future__ import annotations

from pathlib import Path

import pytest

from pko_extract.errors import ResourceError
from pko_extract.models import Mention, PersonDraft
from pko_extract.resources import default_rules
from pko_extract.role_model import (
    RoleModel,
    apply_role_model,
    load_role_model,
    person_features,
    predict_roles,
)
from pko_extract.role_training import Example, fit
from pko_extract.segment import read_layout

CAPTION_REPORT = (
    "Seminar on peace operations\n"
    "Photo: Ms. Lena Park at the opening.\n"
    "Mr. Omar Haddad said the mandate was clear."
)


def _person(text: str, name: str, roles: list[str], honorific: str | None = None) -> PersonDraft:
    start = text.index(name)
    hon = text.rfind(honorific, 0, start) if honorific else None
    return PersonDraft([Mention(start, start + len(name), name, honorific, hon)], list(roles))


def test_person_features_read_the_block_the_words_and_the_rule_roles() -> None:
    """A person in a caption: the caption kind, its "Photo:" label, the words around the
    name, the honorific."""
    layout = read_layout(CAPTION_REPORT)
    p = _person(CAPTION_REPORT, "Lena Park", ["mentioned"], "Ms.")
    assert person_features(layout, p, default_rules()) == [
        "a:at",
        "a:opening",
        "a:the",
        "b:photo",
        "bias",
        "first:body",
        "honorific",
        "kind:caption",
        "label:other",
        "mentions:1",
        "rule:mentioned",
    ]


MODEL = RoleModel(
    version="t",
    threshold=0.5,
    bias={"participant": -2.0, "speaker": -2.0},
    weights={"participant": {"kind:caption": 4.0}, "speaker": {"a:said": 4.0}},
)


def test_predict_roles_keeps_roles_above_the_threshold() -> None:
    """sigmoid(-2 + 4) = 0.88 >= 0.5 for participant; speaker stays at sigmoid(-2) = 0.12."""
    assert predict_roles(MODEL, ["kind:caption", "bias"]) == ["participant"]
    assert predict_roles(MODEL, ["bias"]) == []


def test_apply_role_model_changes_weak_roles_only() -> None:
    """The pictured person (rules: mentioned) becomes a participant; a person with a specific
    rule role keeps it even where the model would say otherwise."""
    layout = read_layout(CAPTION_REPORT)
    pictured = _person(CAPTION_REPORT, "Lena Park", ["mentioned"], "Ms.")
    speaker = _person(CAPTION_REPORT, "Omar Haddad", ["moderator"], "Mr.")
    apply_role_model(layout, [pictured, speaker], MODEL, default_rules())
    assert (pictured.roles, speaker.roles) == (["participant"], ["moderator"])


def test_fit_is_deterministic_and_learns_a_separable_feature() -> None:
    """Two fits on the same examples give the same model, which separates 'said' from not."""
    examples = [
        Example("a", ("a:said", "bias"), frozenset({"speaker"})),
        Example("a", ("kind:caption", "bias"), frozenset({"participant"})),
        Example("b", ("a:said", "bias"), frozenset({"speaker"})),
        Example("b", ("kind:caption", "bias"), frozenset({"participant"})),
    ]
    one, two = fit(examples), fit(examples)
    assert one == two
    assert predict_roles(one, ["a:said", "bias"]) == ["speaker"]
    assert predict_roles(one, ["kind:caption", "bias"]) == ["participant"]
    assert sorted(one.bias) == ["participant", "speaker"]


def test_packaged_model_loads() -> None:
    """The shipped weights are valid JSON of the model's schema with known roles."""
    model = load_role_model()
    assert 0.0 < model.threshold < 1.0
    assert set(model.bias) <= {
        "speaker",
        "participant",
        "mentioned",
        "presenter",
        "moderator",
        "chair",
        "panelist",
        "keynote_speaker",
        "opening_remarks",
        "closing_remarks",
        "commentator",
    }


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{", r"role\.json:1: not valid JSON"),
        ('{"version": "1", "threshold": 2, "bias": {}, "weights": {}}', r"field 'threshold'"),
        (
            '{"version": "1", "threshold": 0.5, "bias": {"dancer": 0.1}, "weights": {}}',
            r"unknown roles \['dancer'\]",
        ),
    ],
    ids=["bad-json", "bad-threshold", "unknown-role"],
)
def test_bad_model_file_is_a_resource_error_naming_the_file(
    tmp_path: Path, content: str, message: str
) -> None:
    """A broken model file names itself and what is wrong."""
    path = tmp_path / "role.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ResourceError, match=message):
        load_role_model(path)


def test_missing_model_file_says_how_to_make_it(tmp_path: Path) -> None:
    """A missing file points at the training command."""
    with pytest.raises(ResourceError, match="make train-roles"):
        load_role_model(tmp_path / "none.json")
