"""Tests of the rule data: validation with file/line/field errors, lookups, caching."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pko_extract.errors import PkoExtractError, ResourceError
from pko_extract.resources import DATA_DIR, default_rules, load_rules

RULE_FILES = (
    "honorifics.jsonl",
    "role_labels.jsonl",
    "agenda_labels.jsonl",
    "role_cues.jsonl",
    "role_groups.jsonl",
    "membership_verbs.txt",
    "role_acts.jsonl",
    "act_verbs.txt",
    "position_words.txt",
    "org_words.txt",
    "not_name_words.txt",
    "name_neighbours.txt",
    "non_agenda_words.txt",
    "abbreviations.txt",
    "boilerplate.txt",
    "event_nouns.txt",
    "headline_verbs.txt",
    "name_particles.jsonl",
    "connectors.txt",
    "field_labels.jsonl",
    "org_structure.jsonl",
    "aside_labels.jsonl",
    "online_venues.txt",
    "not_venue_verbs.txt",
    "column_labels.jsonl",
    "romance_words.txt",
    "country_codes.txt",
    "post_nominals.jsonl",
)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A copy of the packaged rule files that a test may break."""
    folder = tmp_path / "data"
    folder.mkdir()
    for name in RULE_FILES:
        shutil.copy(DATA_DIR / name, folder / name)
    return folder


def test_packaged_rules_load_with_known_entries() -> None:
    """The packaged files load; a few entries of each with their exact attributes."""
    rules = load_rules()
    hon = {h.text: h.kind for h in rules.honorifics}
    assert (hon["H.E."], hon["Mr."], hon["Lt."]) == ("courtesy", "civil", "rank")
    assert rules.role_label("Moderator").role == "moderator"  # type: ignore[union-attr]
    assert "Minister" in rules.position_words
    assert "University" in rules.org_words
    assert all(not w.startswith("#") for w in (*rules.position_words, *rules.org_words))
    columns = {c.text: c.column for c in rules.column_labels}
    assert (columns["function"], columns["affiliation"]) == ("position", "organization")


@pytest.mark.parametrize(
    ("text", "kind", "role"),
    [
        ("Opening Remarks", "opening_remarks", "opening_remarks"),
        ("OPENING  remarks", "opening_remarks", "opening_remarks"),
        ("Keynote Address", "keynote", "keynote_speaker"),
        ("panel discussion", "panel", "panelist"),
        ("Closing Statement", "closing_remarks", "closing_remarks"),
        ("Q&A", "other", "participant"),
    ],
    ids=["exact", "case-and-spaces", "keynote", "panel-lower", "closing", "qa"],
)
def test_agenda_label_lookup(text: str, kind: str, role: str) -> None:
    """agenda_label matches case-insensitively with normalised spaces."""
    label = default_rules().agenda_label(text)
    assert label is not None
    assert (label.kind, label.role) == (kind, role)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Speaker", "speaker"),
        ("speakers", "speaker"),
        ("Discussant", "commentator"),
        ("Facilitator", "moderator"),
        ("Co-Chairs", "chair"),
        ("Panellist", "panelist"),
        ("Keynote  Speaker", "keynote_speaker"),
    ],
    ids=[
        "speaker",
        "plural-lower",
        "discussant",
        "facilitator",
        "co-chairs",
        "british-spelling",
        "double-space",
    ],
)
def test_role_label_lookup(text: str, role: str) -> None:
    """role_label maps program labels to roles."""
    label = default_rules().role_label(text)
    assert label is not None and label.role == role


@pytest.mark.parametrize(
    "text", ["Venue", "Opening Remarks by", ""], ids=["venue", "prefix", "empty"]
)
def test_lookups_miss(text: str) -> None:
    """Anything that is not exactly a label is not one."""
    rules = default_rules()
    assert rules.role_label(text) is None
    assert rules.agenda_label(text) is None


def test_default_rules_cached() -> None:
    """default_rules is loaded once per process."""
    assert default_rules() is default_rules()


def test_rule_sets_hash_by_their_contents(data_dir: Path) -> None:
    """Two loads of the same files are equal and hash alike (the lexicon cache keys on the
    rule set); a rule set with other entries is another key."""
    first, again = load_rules(data_dir), load_rules(data_dir)
    assert first is not again and first == again and hash(first) == hash(again)
    (data_dir / "role_labels.jsonl").write_text('{"text": "Host", "role": "chair"}\n')
    other = load_rules(data_dir)
    assert other != first and hash(other) != hash(first)


def test_first_of_two_equal_labels_wins(data_dir: Path) -> None:
    """Two role labels with the same text in any case: the first line is the one used."""
    (data_dir / "role_labels.jsonl").write_text(
        '{"text": "Host", "role": "chair"}\n{"text": "HOST", "role": "speaker"}\n'
    )
    label = load_rules(data_dir).role_label("host / Gastgeber")
    assert label is not None and (label.text, label.role) == ("Host", "chair")


@pytest.mark.parametrize(
    ("file", "line", "message"),
    [
        (
            "honorifics.jsonl",
            '{"text": "Amb.", "kind": "diplomatic", "extra": 1}',
            "field 'extra': Extra inputs are not permitted",
        ),
        ("honorifics.jsonl", '{"kind": "civil"}', "field 'text': Field required"),
        (
            "role_labels.jsonl",
            '{"text": "Host", "role": "hostess"}',
            "field 'role': Input should be",
        ),
        (
            "agenda_labels.jsonl",
            '{"text": " Opening", "kind": "opening_remarks", "role": "opening_remarks"}',
            "field 'text': Value error, must be non-empty and without surrounding spaces",
        ),
        (
            "role_cues.jsonl",
            '{"text": "spoke", "role": "speaker", "agenda_kind": "lunch"}',
            "field 'agenda_kind': Input should be",
        ),
        ("role_cues.jsonl", '{"text": "spoke", "role": ', "not valid JSON"),
    ],
    ids=["extra-field", "missing-text", "bad-role", "padded-text", "bad-kind", "bad-json"],
)
def test_bad_jsonl_line_names_file_line_and_field(
    data_dir: Path, file: str, line: str, message: str
) -> None:
    """A bad line raises ResourceError with path:line and what was wrong."""
    path = data_dir / file
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.insert(2, line)  # becomes line 3
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ResourceError) as err:
        load_rules(data_dir)
    assert str(err.value).startswith(f"{path}:3: ")
    assert message in str(err.value)
    assert isinstance(err.value, PkoExtractError)


def test_comments_and_blank_lines_are_skipped(data_dir: Path) -> None:
    """Comment and blank lines in the JSONL files are ignored."""
    path = data_dir / "role_labels.jsonl"
    path.write_text('# roles\n\n{"text": "Host", "role": "chair"}\n', encoding="utf-8")
    rules = load_rules(data_dir)
    assert [(r.text, r.role) for r in rules.role_labels] == [("Host", "chair")]


def test_word_list_with_spaces_is_rejected(data_dir: Path) -> None:
    """A word with surrounding spaces names the file, line and word."""
    path = data_dir / "org_words.txt"
    path.write_text("# orgs\nAgency\nInstitute \n", encoding="utf-8")
    with pytest.raises(
        ResourceError, match=r"org_words\.txt:3: remove the spaces around 'Institute'"
    ):
        load_rules(data_dir)


def test_word_list_values(data_dir: Path) -> None:
    """Words are read in order without comments or blank lines."""
    (data_dir / "position_words.txt").write_text(
        "# heads\nEnvoy\n\nSpecial Envoy\n", encoding="utf-8"
    )
    assert load_rules(data_dir).position_words == ("Envoy", "Special Envoy")


@pytest.mark.parametrize("file", RULE_FILES, ids=RULE_FILES)
def test_missing_file(data_dir: Path, file: str) -> None:
    """A missing rule file is a ResourceError naming it."""
    (data_dir / file).unlink()
    with pytest.raises(ResourceError, match=rf"{file}: .* is missing; reinstall pko-extract"):
        load_rules(data_dir)


def test_layout_and_event_rule_files_load_with_known_entries() -> None:
    """The rule files of the layout model and the event stage load with their entries."""
    rules = load_rules()
    assert rules.field_keys("venue") == (
        "venue",
        "place",
        "location",
        "where",
        "lieu",
        "event venue",
        "event location",
        "meeting venue",
        "lugar",
        "sede",
        "time and place",
        "date and place",
        "date and location",
        "date and venue",
        "fecha y lugar",
        "ort",
        "veranstaltungsort",
        "luogo",
        "plats",
        "local",
        "room",
    )
    assert rules.field_keys("title") == (
        "theme",
        "title",
        "event",
        "topic",
        "thème",
        "titre",
        "event title",
        "event name",
        "title of the event",
        "tema",
        "título",
        "thema",
        "course title",
        "course",
        "what",
    )
    assert {p.text for p in rules.name_particles if p.core} == {
        "de",
        "van",
        "von",
        "bin",
        "binti",
        "bint",
        "ibn",
        "al",
        "da",
        "del",
        "der",
        "den",
        "ter",
        "wa",
        "dos",
        "das",
        "e",  # Portuguese "dos Reis e Silva"
    }
    assert "la" in {p.text for p in rules.name_particles}
    assert "Symposium" in rules.event_nouns and "Round Table" in rules.event_nouns
    assert "Lt" in rules.abbreviations and "u.n" in rules.abbreviations
    assert "Skip to main content" in rules.boilerplate
    assert "former" in rules.connectors


def test_field_label_with_unknown_field_names_file_and_line(data_dir: Path) -> None:
    """A field label naming an unknown event field is an error with file, line and field."""
    path = data_dir / "field_labels.jsonl"
    path.write_text('{"text": "Venue", "field": "venue"}\n{"text": "Dress", "field": "dress"}\n')
    with pytest.raises(ResourceError, match=r"field_labels\.jsonl:2: field 'field'"):
        load_rules(data_dir)


@pytest.mark.parametrize(
    ("text", "field"),
    [("Venue", "venue"), ("  LOCATION ", "venue"), ("Date", "date"), ("Chair", None)],
    ids=["venue", "spaces-and-case", "date", "role-label"],
)
def test_field_label_lookup(text: str, field: str | None) -> None:
    """field_label maps an event field's label to its field, whatever its case."""
    label = default_rules().field_label(text)
    assert (label.field if label is not None else None) == field


def test_group_nouns_and_membership_verbs_make_role_cues(data_dir: Path) -> None:
    """Every group noun + membership verb pair, then every act noun + passive verb pair, is
    a cue with the noun's role and agenda kind; a cue of role_cues.jsonl with the same text
    wins."""
    (data_dir / "role_groups.jsonl").write_text(
        '{"text": "panel", "role": "panelist", "agenda_kind": "panel"}\n'
        '{"text": "speakers", "role": "speaker"}\n',
        encoding="utf-8",
    )
    (data_dir / "membership_verbs.txt").write_text("# verbs\nincluded\nwas made up of\n")
    (data_dir / "role_cues.jsonl").write_text('{"text": "Speakers included", "role": "chair"}\n')
    (data_dir / "role_acts.jsonl").write_text('{"text": "briefings", "role": "presenter"}\n')
    (data_dir / "act_verbs.txt").write_text("# passive verbs\nwere given by\n")
    cues = [(c.text, c.role, c.agenda_kind) for c in load_rules(data_dir).role_cues]
    assert cues == [
        ("Speakers included", "chair", None),
        ("panel included", "panelist", "panel"),
        ("panel was made up of", "panelist", "panel"),
        ("speakers was made up of", "speaker", None),
        ("briefings were given by", "presenter", None),
    ]
