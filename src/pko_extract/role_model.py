"""A small trained component for roles: features of a person in the layout -> role scores.

Pure. The hand-written rules (agenda_program, agenda_prose) give each person roles; this
model reads what a reader of the page would look at - the block each mention stands in
(caption, list item under a "Speakers" heading, a field), the words around the mention in its
sentence ("said", "briefed", "moderated", "pictured"), the honorific, how often the person is
named, and the roles the rules gave - and scores every role with one logistic regression per
role (one-vs-rest). Weights ship in ``data/role_model.json`` (plain JSON, never executed or
unpickled) and are retrained with ``make train-roles`` (``scripts/train_roles.py``) from the
gold of the development half of the dev corpus.

How the scores are used (:func:`apply_role_model`): a person the rules left with only weak
roles ("mentioned", "participant") takes the roles the model scores above the threshold; a
person with a specific rule role keeps it. Whether this beats the rules alone is measured in
docs/EVALUATION.md; the setting ``PKO_ROLE_MODEL`` turns it off.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from pko_extract.errors import ResourceError
from pko_extract.models import ROLES, Layout, PersonDraft
from pko_extract.resources import Rules

MODEL_FILE = Path(__file__).parent / "data" / "role_model.json"
#: Words this far before or after a mention, in its sentence, are features.
WINDOW = 6
#: Weak roles: the model may replace them; specific rule roles stay.
WEAK = frozenset({"mentioned", "participant"})
_WORD = re.compile(r"[A-Za-z][a-z’'-]+")


class RoleModel(BaseModel):
    """One-vs-rest logistic regression weights per role."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    version: str
    about: str = ""
    threshold: float = Field(ge=0.0, le=1.0)
    bias: dict[str, float]
    weights: dict[str, dict[str, float]]

    def scores(self, features: Iterable[str]) -> dict[str, float]:
        """Probability of each role given the features."""
        feats = set(features)
        out = {}
        for role, bias in self.bias.items():
            w = self.weights.get(role, {})
            z = bias + sum(w.get(f, 0.0) for f in feats)
            out[role] = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
        return out


def load_role_model(path: Path = MODEL_FILE) -> RoleModel:
    """Read and validate a role model file; errors name the file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        model = RoleModel.model_validate(data)
    except FileNotFoundError as exc:
        raise ResourceError(f"{path}: role model is missing; run 'make train-roles'") from exc
    except json.JSONDecodeError as exc:
        raise ResourceError(f"{path}:{exc.lineno}: not valid JSON ({exc.msg})") from exc
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        raise ResourceError(f"{path}: field {where!r}: {err['msg']}") from exc
    unknown = set(model.bias) - set(ROLES)
    if unknown:
        raise ResourceError(f"{path}: unknown roles {sorted(unknown)}")
    return model


@lru_cache(maxsize=1)
def default_role_model() -> RoleModel:
    """The packaged role model (loaded once per process)."""
    return load_role_model()


def _label_role(text: str, rules: Rules) -> str | None:
    body = text.strip().strip("*#_ ").rstrip(":").strip()
    label = rules.role_label(body)
    if label is not None:
        return label.role
    agenda = rules.agenda_label(body)
    return agenda.role if agenda is not None else None


def _context_words(layout: Layout, start: int, end: int) -> list[str]:
    """Lower-case words of the sentence within WINDOW words before and after a mention."""
    s, e = layout.sentence_at(start)
    before = _WORD.findall(layout.text[s:start])[-WINDOW:]
    after = _WORD.findall(layout.text[end:e])[:WINDOW]
    return [f"b:{w.lower()}" for w in before] + [f"a:{w.lower()}" for w in after]


def _mention_features(layout: Layout, start: int, end: int, anchor: int, rules: Rules) -> set[str]:
    feats: set[str] = set(_context_words(layout, anchor, end))
    block = layout.block_at(start)
    if block is not None:
        feats.add(f"kind:{block.kind}")
        heading = layout.heading_of(block)
        if heading is not None:
            role = _label_role(layout.text[heading.start : heading.end], rules)
            feats.add(f"heading:{role or 'other'}")
    line = layout.line_at(start)
    if line.label is not None:
        feats.add(f"label:{_label_role(line.label, rules) or 'other'}")
    if layout.text[end : end + 2] == " (":
        feats.add("paren_after")
    return feats


def person_features(layout: Layout, person: PersonDraft, rules: Rules) -> list[str]:
    """The features of one person: rule roles, the blocks and words around the first
    mentions, honorific, number of mentions, where the person is first named."""
    feats: set[str] = {f"rule:{r}" for r in person.roles}
    for m in person.mentions[:5]:
        feats |= _mention_features(layout, m.start, m.end, m.anchor, rules)
    feats.add(f"mentions:{min(len(person.mentions), 3)}")
    if person.honorific:
        feats.add("honorific")
    share = person.first.start / max(1, len(layout.text))
    feats.add("first:top" if share < 0.15 else "first:body")
    feats.add("bias")
    return sorted(feats)


def predict_roles(model: RoleModel, features: Sequence[str]) -> list[str]:
    """Roles scored above the model's threshold, best first."""
    scores = model.scores(features)
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    return [role for role, p in ranked if p >= model.threshold]


def settle_roles(model: RoleModel, features: Sequence[str], rule_roles: Sequence[str]) -> list[str]:
    """The roles of one person: a specific rule role stands; weak rule roles give way to the
    roles the model predicts, when it predicts any."""
    if any(r not in WEAK for r in rule_roles):
        return list(rule_roles)
    return predict_roles(model, features) or list(rule_roles)


def apply_role_model(
    layout: Layout, persons: Sequence[PersonDraft], model: RoleModel, rules: Rules
) -> None:
    """Settle the roles of every person (:func:`settle_roles`)."""
    for p in persons:
        if all(r in WEAK for r in p.roles):
            p.roles[:] = settle_roles(model, person_features(layout, p, rules), p.roles)
