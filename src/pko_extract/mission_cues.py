"""Cue words and title patterns of the mission linker, read from ``data/mission_cues.json``.

Validated when loaded; a bad file raises ResourceError naming the file and the field.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from pko_extract.errors import ResourceError

CUES_FILE = Path(__file__).parent / "data" / "mission_cues.json"


class TitleCue(BaseModel):
    """A title pattern naming a mission's place; ``{PLACE}`` is replaced by the place names,
    ``{ADJ}`` by their adjectival forms ("the Namibian mission"), ``{ORG}`` by the words of
    the regional organisations ("the NATO-led force in Kosovo")."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    rule: str
    org: str | None = None
    pattern: str


class Cues(BaseModel):
    """Cue words of the linker (``data/mission_cues.json``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    version: str
    about: str = ""
    context_cues: list[str] = Field(min_length=1)
    negations_after: list[str]
    negations_before: list[str]
    former: list[str]
    #: "former" words that make only a title undated, not a place ("previously served in X")
    former_adverbs: list[str] = Field(default_factory=list)
    recent: list[str]
    future: list[str]
    #: "the EU force", "the AU's training mission": a regional organisation's operation named
    #: without its place; the words that may stand between the organisation and the noun
    org_operation_kinds: list[str] = Field(default_factory=list)
    #: ... and the nouns (see :func:`pko_extract.mission_index._org_operation_pattern`)
    org_operation_nouns: list[str] = Field(default_factory=list)
    #: more words that name an organisation in such a phrase only ("the European mission")
    org_operation_words: dict[str, list[str]] = Field(default_factory=dict)
    #: capitalised words before "-led" that are not a nation ("African-led", "UN-led"): a
    #: nation-led operation ("the Kenyan-led mission") is not a UN mission
    led_not_national: list[str] = Field(default_factory=list)
    #: words right before a place or title that date it at the report ("the current SADC
    #: mission in X"): a year written elsewhere in its clause is not its period
    present: list[str] = Field(default_factory=list)
    #: words right before a place (an article between) that make it where something is or
    #: goes ("patrols a valley in Abkhazia"): a lone place borrows an earlier sentence's cue
    #: only after one of them (not "the Kosovo war", "Somalia's unity")
    locative_before: list[str] = Field(default_factory=list)
    #: nouns right after a place that make it a modifier ("the Kosovo war", "the Congo
    #: crisis"), not where someone is: such a place does not borrow an earlier sentence's cue
    attributive_nouns: list[str] = Field(default_factory=list)
    #: words right before "from" that make the place one where someone served ("moved from
    #: Kosovo", "returned from Mali"), not a contributor's ("troops from Nepal")
    movement_from: list[str] = Field(default_factory=list)
    contributor: list[str]
    #: cue words of armed forces: they do not link a place to a political mission (UN_SPM)
    military_cues: list[str] = Field(default_factory=list)
    #: context cues of a person's service told by its place ("served in", "tours in"): the
    #: weakest cues, read only when the clause has no other one
    service_cues: list[str] = Field(default_factory=list)
    #: words right before the venue of the event ("held in Bamako, Mali"): not a mission's place
    venue_before: list[str] = Field(default_factory=list)
    not_cues: list[str] = Field(default_factory=list)
    of_blockers: list[str] = Field(default_factory=list)
    #: words right before a place that make it an actor ("statements delivered by Kenya, Mali
    #: and Chad"): a government that speaks, sends or hosts, not where a mission works
    agent_before: list[str] = Field(default_factory=list)
    #: words opening a sentence that continues the previous one ("Among them: ..."): the
    #: sentence's places take the previous sentence's cue
    continuation_openers: list[str] = Field(default_factory=list)
    #: lower-case words that may open a place name written before its capitalised part
    #: ("southern Sudan" is the alias "Southern Sudan", "the former Yugoslavia")
    lowercase_openers: list[str] = Field(default_factory=list)
    #: peacekeeping units that a nationality adjective makes national ("the Malian contingent"):
    #: a place of that nationality in the clause is the unit's home, not a mission's place
    national_units: list[str] = Field(default_factory=list)
    organizations: dict[str, list[str]]
    #: words that name the UN in a title ("the UN mission in X", "Special Representative of the
    #: Secretary-General"); with ``organizations`` they say which organisation a title names
    un_words: list[str] = Field(default_factory=list)
    name_variants: list[list[str]]
    acronym_stoplist: list[str]
    acronyms_needing_place: list[str] = Field(default_factory=list)
    name_connectors: list[str] = Field(default_factory=list)
    acronym_name_connectors: list[str] = Field(default_factory=list)
    generic_references: list[str]
    titles: list[TitleCue]


def load_cues(path: Path | None = None) -> Cues:
    """Read and validate the cue file; errors name the file and the field."""
    path = path or CUES_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ResourceError(f"{path}: cue file is missing; reinstall pko-extract") from exc
    except json.JSONDecodeError as exc:
        raise ResourceError(f"{path}:{exc.lineno}: not valid JSON ({exc.msg})") from exc
    try:
        cues = Cues.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        raise ResourceError(f"{path}: field {where!r}: {err['msg']}") from exc
    for title in cues.titles:
        if ("{PLACE}" in title.pattern) == ("{ADJ}" in title.pattern):
            raise ResourceError(
                f"{path}: field 'titles': pattern of {title.rule!r} has no {{PLACE}}"
                " (or has both {PLACE} and {ADJ})"
            )
        try:
            re.compile(
                title.pattern.replace("{PLACE}", "x").replace("{ADJ}", "x").replace("{ORG}", "x")
            )
        except re.error as exc:
            raise ResourceError(
                f"{path}: field 'titles': bad regex in {title.rule!r}: {exc}"
            ) from exc
    return cues


@lru_cache(maxsize=1)
def default_cues() -> Cues:
    """The packaged cue file, loaded once per process."""
    return load_cues()
