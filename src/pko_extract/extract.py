"""Stage orchestration: Documents -> validated Extractions.

``extract_documents`` runs spaCy over the reports in batches (``nlp.pipe``), then the pure
stages (segment, parse, link) on each, and validates every record with its Pydantic model.
A record that fails validation is not returned in its table but as a ``RejectRecord``
(stage ``validate``) with the reason: nothing is dropped silently.

Ids are deterministic: the same report always gives the same ids and rows.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from itertools import islice
from typing import Any

from pydantic import BaseModel, ValidationError
from spacy.language import Language

from pko_extract import PIPELINE_VERSION
from pko_extract.agenda import WEAK_ROLES, merge_agenda, parse_program, parse_prose
from pko_extract.apposition import read_apposition
from pko_extract.config import get_settings
from pko_extract.event import parse_event
from pko_extract.lexicon import Lexicon
from pko_extract.models import (
    AgendaItemRecord,
    Document,
    Extraction,
    MissionMentionRecord,
    ParticipationRecord,
    PersonRecord,
    RejectRecord,
    ReportRecord,
)
from pko_extract.names import display_name, person_key, split_name
from pko_extract.people import find_mentions, group_mentions
from pko_extract.recognize import Recognized, get_nlp, recognize
from pko_extract.resources import Rules, default_rules
from pko_extract.segment import logical_lines, split_lines, split_sentences

__all__ = ["extract_document", "extract_documents", "get_nlp", "parse_text"]


def _default_gazetteer() -> Any:
    from pko_extract.gazetteer import default_gazetteer

    return default_gazetteer()


def extract_documents(
    docs: Iterable[Document],
    nlp: Language | None = None,
    gazetteer: Any = None,
    *,
    rules: Rules | None = None,
    batch_size: int | None = None,
    now: datetime | None = None,
) -> Iterator[Extraction]:
    """Extract every document; spaCy runs over batches of ``batch_size`` reports."""
    nlp = nlp or get_nlp()
    rules = rules or default_rules()
    gazetteer = gazetteer if gazetteer is not None else _default_gazetteer()
    batch_size = batch_size or get_settings().batch_size
    it = iter(docs)
    while batch := list(islice(it, batch_size)):
        for doc, sdoc in zip(
            batch, nlp.pipe((d.text for d in batch), batch_size=batch_size), strict=True
        ):
            yield build_extraction(doc, recognize(sdoc), nlp, gazetteer, rules, now=now)


def extract_document(
    doc: Document, nlp: Language | None = None, gazetteer: Any = None, **kwargs: Any
) -> Extraction:
    """Extract one document."""
    return next(iter(extract_documents([doc], nlp=nlp, gazetteer=gazetteer, **kwargs)))


def _model_name(nlp: Language) -> str:
    return str(nlp.meta.get("pko_model_name") or f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}")


def parse_text(text: str, rec: Recognized, rules: Rules, countries: frozenset[str] = frozenset()):  # type: ignore[no-untyped-def]
    """The pure parse stages on one text: (event, persons, agenda)."""
    lex = Lexicon(rules)
    lines = split_lines(text)
    sentences = tuple(split_sentences(text))
    mentions = find_mentions(text, rec, lines, lex)
    extents = logical_lines(lines)
    for m in mentions:
        line, end = next(
            ((ln, e) for ln, e in extents if ln.start <= m.start <= e), (None, len(text))
        )
        program = bool(line is not None and (line.label or line.bullet) and len(line.text) < 250)
        read_apposition(text, m, lex, end, program=program)
    persons = group_mentions(mentions)
    program_result = parse_program(text, lines, persons, rules)
    prose_result = parse_prose(text, sentences, persons, rules)
    agenda = merge_agenda(program_result, prose_result)
    in_program = {id(p) for p, _, _, item in agenda.roles if item is not None and item.from_program}
    for p, role, _pos, item in agenda.roles:
        if (
            id(p) in in_program
            and (item is None or not item.from_program)
            and role not in WEAK_ROLES
        ):
            # the program says what this person did; prose verbs do not add to it
            if not (item is not None and item in agenda.items):
                continue
        p.add_role(role)
    for p in persons:
        strong = [r for r in p.roles if r not in WEAK_ROLES]
        if strong:
            p.roles[:] = strong
        elif not p.roles:
            p.roles.append("mentioned")
        elif "participant" in p.roles and "mentioned" in p.roles:
            p.roles.remove("mentioned")
    event = parse_event(text, lines, list(sentences), list(rec.places), countries)
    return event, persons, agenda


def build_extraction(
    doc: Document,
    rec: Recognized,
    nlp: Language,
    gazetteer: Any,
    rules: Rules,
    *,
    now: datetime | None = None,
) -> Extraction:
    """All records of one report, validated."""
    text = doc.text
    rid = doc.report_id
    countries = frozenset(getattr(gazetteer, "country_names", lambda: frozenset())())
    event, persons, agenda = parse_text(text, rec, rules, countries)
    rejects: list[RejectRecord] = []
    now = now or datetime.now(UTC)

    def valid(model: type[BaseModel], table: str, data: dict[str, Any]) -> Any:
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            rejects.append(
                RejectRecord(
                    source_uri=doc.source_uri,
                    report_id=rid,
                    stage="validate",
                    error_type="ValidationError",
                    message=f"{table} record rejected: "
                    + "; ".join(
                        f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()
                    ),
                    table=table,
                    record=json.dumps(data, default=str, ensure_ascii=False),
                    rejected_at=now,
                )
            )
            return None

    report = ReportRecord(
        report_id=rid,
        source_uri=doc.source_uri,
        source_name=doc.source_name,
        title=" ".join(event.title.text.split()) if event.title else None,
        event_date=event.date,
        event_date_text=event.date_span.text if event.date_span else None,
        event_date_precision=event.date_precision if event.date else None,
        venue=event.venue.text if event.venue else None,
        city=event.city.text if event.city else None,
        organizers=[o.text for o in event.organizers],
        attendance=event.attendance,
        **_evidence("title", event.title),
        **_evidence("event_date", event.date_span if event.date else None),
        **_evidence("venue", event.venue),
        **_evidence("city", event.city),
        organizer_start_chars=[o.start for o in event.organizers],
        organizer_end_chars=[o.end for o in event.organizers],
        **_evidence("attendance", event.attendance_span),
        content_type=doc.content_type,
        encoding=doc.encoding,
        n_chars=len(text),
        pipeline_version=PIPELINE_VERSION,
        model_name=_model_name(nlp),
        gazetteer_version=str(getattr(gazetteer, "version", "")),
        extracted_at=now,
    )
    short = rid[:12]
    people: list[PersonRecord] = []
    pid: dict[int, str] = {}
    for n, p in enumerate(persons, start=1):
        best = p.best
        given, family = split_name(best.raw)
        rec_ = valid(
            PersonRecord,
            "people",
            dict(
                report_id=rid,
                person_id=f"{short}-p{n:03d}",
                person_key=person_key(best.raw),
                name=display_name(best.raw),
                raw_name=best.raw,
                honorific=p.honorific,
                given_name=given,
                family_name=family,
                positions=p.positions,
                organizations=p.organizations,
                roles=list(p.roles),
                n_mentions=len(p.mentions),
                start_char=best.start,
                end_char=best.end,
                method="model" if all(m.method == "model" for m in p.mentions) else "rule",
            ),
        )
        if rec_ is not None:
            people.append(rec_)
            pid[id(p)] = rec_.person_id
    items: list[AgendaItemRecord] = []
    iid: dict[int, str] = {}
    for seq, it in enumerate(agenda.items, start=1):
        rec_ = valid(
            AgendaItemRecord,
            "agenda_items",
            dict(
                report_id=rid,
                item_id=f"{short}-a{seq:02d}",
                seq=seq,
                kind=it.kind,
                label=it.label,
                title=it.title,
                start_char=it.start,
                end_char=it.end,
            ),
        )
        if rec_ is not None:
            items.append(rec_)
            iid[id(it)] = rec_.item_id
    parts: list[ParticipationRecord] = []
    seen: set[tuple[str, str | None, str]] = set()

    def participate(p: Any, item_id: str | None, role: str, start: int, end: int) -> None:
        seen.add((pid[id(p)], item_id, role))
        rec_ = valid(
            ParticipationRecord,
            "participations",
            dict(
                report_id=rid,
                person_id=pid[id(p)],
                item_id=item_id,
                role=role,
                start_char=start,
                end_char=end,
            ),
        )
        if rec_ is not None:
            parts.append(rec_)

    # who did what in which item, then the roles no item accounts for
    for it in agenda.items:
        for p, role, pos in it.members:
            if id(p) in pid and id(it) in iid and (pid[id(p)], iid[id(it)], role) not in seen:
                m = next((x for x in p.mentions if x.start == pos), p.first)
                participate(p, iid[id(it)], role, m.start, m.end)
    for p in persons:
        if id(p) not in pid:
            continue
        for role in p.roles:
            if not any(k[0] == pid[id(p)] and k[2] == role for k in seen):
                participate(p, None, role, p.best.start, p.best.end)
    if not (persons or agenda.items or event.title or event.date):
        rejects.append(_no_structure(doc, now))
    names = [(m.start, m.end) for p in persons for m in p.mentions]
    missions = _mission_records(doc, event.date, gazetteer, valid, names)
    return Extraction(report, items, people, parts, missions, rejects)


NO_STRUCTURE = "NoStructureFound"


def _no_structure(doc: Document, now: datetime) -> RejectRecord:
    """A notice, not a failure: the report row and any mission mentions are kept."""
    return RejectRecord(
        source_uri=doc.source_uri,
        report_id=doc.report_id,
        stage="extract",
        error_type=NO_STRUCTURE,
        message=f"{doc.source_name}: no title, event date, agenda or person was recognised, so "
        "the report row holds little; check that the file is an event report in English (its "
        "text is kept: run 'pko-extract extract' on it to see what was read)",
        rejected_at=now,
    )


def _evidence(field: str, span: Any) -> dict[str, int | None]:
    """``{field}_start_char``/``{field}_end_char`` of a span (None when not found)."""
    return {
        f"{field}_start_char": span.start if span is not None else None,
        f"{field}_end_char": span.end if span is not None else None,
    }


def _mission_records(
    doc: Document, ref_date: Any, gazetteer: Any, valid: Any, names: list[tuple[int, int]]
) -> list[MissionMentionRecord]:
    """Mission mentions, linked at the event date; without one the linker infers the period
    from the missions the text names. Person names are not places ("Chad Smith")."""
    from pko_extract.link import find_mission_mentions

    out: list[MissionMentionRecord] = []
    for n, lm in enumerate(
        find_mission_mentions(doc.text, ref_date, gazetteer, skip=names), start=1
    ):
        rec_ = valid(
            MissionMentionRecord,
            "mission_mentions",
            dict(
                report_id=doc.report_id,
                mention_id=f"{doc.report_id[:12]}-m{n:03d}",
                mention=lm.mention,
                start_char=lm.start,
                end_char=lm.end,
                mission_acronym=lm.acronym,
                mission_kind=lm.kind,
                explicit=lm.explicit,
                confidence=lm.confidence,
                rule=lm.rule,
                cue=lm.cue,
                sentence=lm.sentence,
                candidates=list(lm.candidates),
            ),
        )
        if rec_ is not None:
            out.append(rec_)
    return out
