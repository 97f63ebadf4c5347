"""Stage orchestration: Documents -> validated Extractions.

``extract_documents`` runs spaCy over the reports in batches (``nlp.pipe``), reads each
report's layout once (segment), runs the pure parse stages on it (people, apposition, agenda,
event) and the mission linker, and validates every record with its Pydantic model. A record
that fails validation is not returned in its table but as a ``RejectRecord`` (stage
``validate``) with the reason: nothing is dropped silently.

Data flow of one report::

    Document --segment--> Layout --+--> people --> apposition --> agenda --> roles
                 recognize (spaCy) -+--> event (title, date, venue, city, organisers)
                                   +--> link (mission mentions at the event date)

Ids are deterministic: the same report always gives the same ids and rows.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from itertools import islice
from typing import Any

from pydantic import BaseModel, ValidationError

from pko_extract import PIPELINE_VERSION
from pko_extract.agenda import assign_roles, parse_agenda
from pko_extract.apposition import read_apposition
from pko_extract.apposition_affiliation import read_affiliation_lines
from pko_extract.apposition_bio import read_pronoun_posts
from pko_extract.apposition_columns import (
    read_field_columns,
    read_office_labels,
    read_table_cells,
)
from pko_extract.apposition_places import trim_service_places
from pko_extract.budget import Deadline, check_text_length
from pko_extract.config import get_settings
from pko_extract.event import parse_event
from pko_extract.lexicon import lexicon
from pko_extract.link import find_mission_mentions
from pko_extract.models import (
    AgendaItemRecord,
    AgendaResult,
    Document,
    EventInfo,
    Extraction,
    Layout,
    MissionMentionRecord,
    ParticipantRecord,
    ParticipationRecord,
    PersonDraft,
    PersonRecord,
    Recognized,
    RejectRecord,
    ReportRecord,
)
from pko_extract.names import display_name, person_key, split_name
from pko_extract.organizations import canonical_organization
from pko_extract.participants import participant_rows
from pko_extract.people import find_mentions, group_mentions
from pko_extract.recognize import get_nlp, model_label, recognize_texts
from pko_extract.resources import Rules, default_rules
from pko_extract.role_model import RoleModel, apply_role_model, default_role_model
from pko_extract.segment import read_layout
from pko_extract.served_mission import mission_finder

__all__ = ["extract_document", "extract_documents", "get_nlp", "parse_text"]


def _default_gazetteer() -> Any:
    from pko_extract.gazetteer import default_gazetteer

    return default_gazetteer()


def extract_documents(
    docs: Iterable[Document],
    nlp: Any = None,
    gazetteer: Any = None,
    *,
    rules: Rules | None = None,
    batch_size: int | None = None,
    now: datetime | None = None,
) -> Iterator[Extraction]:
    """Extract every document; spaCy runs over batches of ``batch_size`` reports.

    Each report's rule stages have a time budget (``Settings.report_time_budget_seconds``),
    checked between the stages; a text longer than ``Settings.max_text_chars`` is refused
    before spaCy runs (:mod:`pko_extract.budget`).

    Args:
        docs: ingested reports.
        nlp: the spaCy pipeline (default: the configured model, built once per process).
        gazetteer: the mission gazetteer (default: the packaged one).
        rules: rule data (default: the packaged rules).
        batch_size: reports per ``nlp.pipe`` batch (default: the setting).
        now: the extraction time recorded in the rows (default: now, UTC).

    Raises:
        IngestError: a text is longer than the maximum (before the batch is recognised).
        BudgetError: a report's stages took longer than its time budget.
    """
    nlp = nlp or get_nlp()
    rules = rules or default_rules()
    gazetteer = gazetteer if gazetteer is not None else _default_gazetteer()
    settings = get_settings()
    batch_size = batch_size or settings.batch_size
    model = model_label(nlp)
    roles = default_role_model() if settings.role_model else None
    it = iter(docs)
    while batch := list(islice(it, batch_size)):
        for doc in batch:  # before spaCy: a text too long for it is not even tokenised
            check_text_length(doc.source_name, len(doc.text), settings.max_text_chars)
        recognized = recognize_texts(nlp, [d.text for d in batch], batch_size)
        for doc, rec in zip(batch, recognized, strict=True):
            deadline = Deadline(settings.report_time_budget_seconds, doc.source_name)
            layout = read_layout(doc.text, doc.layout_hints, rules=rules)
            deadline.check("layout")
            yield build_extraction(
                doc,
                layout,
                rec,
                model,
                gazetteer,
                rules,
                now=now,
                role_model=roles,
                deadline=deadline,
            )


def extract_document(
    doc: Document, nlp: Any = None, gazetteer: Any = None, **kwargs: Any
) -> Extraction:
    """Extract one document."""
    return next(iter(extract_documents([doc], nlp=nlp, gazetteer=gazetteer, **kwargs)))


def parse_text(
    layout: Layout,
    rec: Recognized,
    rules: Rules,
    countries: frozenset[str] = frozenset(),
    *,
    role_model: RoleModel | None = None,
    deadline: Deadline | None = None,
) -> tuple[EventInfo, list[PersonDraft], AgendaResult]:
    """The pure parse stages on one report: (event, persons, agenda).

    ``role_model``, when given, settles the roles of people the rules left as "mentioned"
    or "participant" (:func:`pko_extract.role_model.apply_role_model`). ``deadline``, when
    given, is checked after each stage (raises :class:`~pko_extract.errors.BudgetError`).
    """
    check = deadline.check if deadline is not None else _no_check
    lex = lexicon(rules)
    mentions = find_mentions(layout, rec, lex, countries)
    check("people")
    for i, m in enumerate(mentions):
        stop = mentions[i + 1].anchor if i + 1 < len(mentions) else None
        read_apposition(layout, m, lex, stop)
    read_affiliation_lines(layout, mentions, lex)
    read_table_cells(layout, mentions, lex)
    read_field_columns(layout, mentions, lex)
    read_office_labels(layout, mentions, lex)
    read_pronoun_posts(layout, mentions, lex)
    trim_service_places(mentions, countries | {s.text for s in rec.places}, lex)
    persons = group_mentions(mentions)
    check("apposition")
    agenda = parse_agenda(layout, persons, rules)
    assign_roles(agenda, persons)
    check("agenda")
    if role_model is not None:
        apply_role_model(layout, persons, role_model, rules)
    event = parse_event(layout, list(rec.places), countries, rules)
    check("event")
    return event, persons, agenda


def _no_check(stage: str) -> None:
    """No deadline: every stage may take its time."""


class _Validator:
    """Validates records of one report; a record that fails becomes a reject."""

    def __init__(self, doc: Document, now: datetime) -> None:
        self.doc, self.now = doc, now
        self.rejects: list[RejectRecord] = []

    def __call__(self, model: type[BaseModel], table: str, data: dict[str, Any]) -> Any:
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            reasons = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
            self.rejects.append(
                RejectRecord(
                    source_uri=self.doc.source_uri,
                    report_id=self.doc.report_id,
                    stage="validate",
                    error_type="ValidationError",
                    message=f"{table} record rejected: {reasons}",
                    table=table,
                    record=json.dumps(data, default=str, ensure_ascii=False),
                    rejected_at=self.now,
                )
            )
            return None


def build_extraction(
    doc: Document,
    layout: Layout,
    rec: Recognized,
    model_name: str,
    gazetteer: Any,
    rules: Rules,
    *,
    now: datetime | None = None,
    role_model: RoleModel | None = None,
    deadline: Deadline | None = None,
) -> Extraction:
    """All records of one report, validated (``deadline`` checked after each stage)."""
    countries = gazetteer.country_names()
    event, persons, agenda = parse_text(
        layout, rec, rules, countries, role_model=role_model, deadline=deadline
    )
    now = now or datetime.now(UTC)
    valid = _Validator(doc, now)
    report = _report_record(doc, event, model_name, gazetteer, now)
    people, pid = _people_records(doc, persons, valid)
    items, iid = _agenda_records(doc, agenda, valid)
    parts = _participation_records(doc, agenda, persons, pid, iid, valid)
    if not (persons or agenda.items or event.title or event.date):
        valid.rejects.append(_no_structure(doc, now))
    names = [(m.start, m.end) for p in persons for m in p.mentions]
    missions = _mission_records(doc, layout, event, gazetteer, valid, names)
    if deadline is not None:
        deadline.check("missions")
    flat = _participant_records(doc, report, persons, people, pid, parts, items, gazetteer, valid)
    return Extraction(report, items, people, parts, missions, valid.rejects, flat)


def _participant_records(
    doc: Document,
    report: ReportRecord,
    persons: list[PersonDraft],
    people: list[PersonRecord],
    pid: dict[int, str],
    parts: list[ParticipationRecord],
    items: list[AgendaItemRecord],
    gazetteer: Any,
    valid: _Validator,
) -> list[ParticipantRecord]:
    """The flat participants rows (:mod:`pko_extract.participants`), validated."""
    by_id = {p.person_id: p for p in people}
    pairs = [(by_id[pid[id(d)]], d) for d in persons if id(d) in pid]
    finder = mission_finder(gazetteer) if hasattr(gazetteer, "missions") else None
    rows = participant_rows(doc.text, report, pairs, parts, items, finder)
    records = [valid(ParticipantRecord, "participants", row) for row in rows]
    return [r for r in records if r is not None]


def _report_record(
    doc: Document, event: EventInfo, model_name: str, gazetteer: Any, now: datetime
) -> ReportRecord:
    return ReportRecord(
        report_id=doc.report_id,
        source_uri=doc.source_uri,
        source_name=doc.source_name,
        title=" ".join(event.title.text.split()) if event.title else None,
        event_date=event.date,
        event_date_text=event.date_span.text if event.date_span else None,
        event_date_precision=event.date_precision if event.date else None,  # type: ignore[arg-type]
        venue=event.venue.text if event.venue else None,
        city=event.city.text if event.city else None,
        organizers=[o.text for o in event.organizers],
        organizers_canonical=[canonical_organization(o.text) for o in event.organizers],
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
        n_chars=len(doc.text),
        pipeline_version=PIPELINE_VERSION,
        model_name=model_name,
        gazetteer_version=str(getattr(gazetteer, "version", "")),
        extracted_at=now,
    )


def _people_records(
    doc: Document, persons: list[PersonDraft], valid: _Validator
) -> tuple[list[PersonRecord], dict[int, str]]:
    """People rows, and the person id of each draft (by ``id()``)."""
    short = doc.report_id[:12]
    people: list[PersonRecord] = []
    pid: dict[int, str] = {}
    for n, p in enumerate(persons, start=1):
        best = p.best
        given, family = split_name(best.raw)
        data = dict(
            report_id=doc.report_id,
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
        )
        record = valid(PersonRecord, "people", data)
        if record is not None:
            people.append(record)
            pid[id(p)] = record.person_id
    return people, pid


def _agenda_records(
    doc: Document, agenda: AgendaResult, valid: _Validator
) -> tuple[list[AgendaItemRecord], dict[int, str]]:
    """Agenda item rows in program order, and the item id of each draft (by ``id()``)."""
    short = doc.report_id[:12]
    items: list[AgendaItemRecord] = []
    iid: dict[int, str] = {}
    for seq, it in enumerate(agenda.items, start=1):
        data = dict(
            report_id=doc.report_id,
            item_id=f"{short}-a{seq:02d}",
            seq=seq,
            kind=it.kind,
            label=it.label,
            title=it.title,
            start_char=it.start,
            end_char=it.end,
        )
        record = valid(AgendaItemRecord, "agenda_items", data)
        if record is not None:
            items.append(record)
            iid[id(it)] = record.item_id
    return items, iid


def _participation_records(
    doc: Document,
    agenda: AgendaResult,
    persons: list[PersonDraft],
    pid: dict[int, str],
    iid: dict[int, str],
    valid: _Validator,
) -> list[ParticipationRecord]:
    """Who did what in which item, then the roles no item accounts for (item_id null)."""
    parts: list[ParticipationRecord] = []
    seen: set[tuple[str, str | None, str]] = set()
    seen_roles: set[tuple[str, str]] = set()  # (person, role) of any item: one look-up each

    def participate(p: PersonDraft, item_id: str | None, role: str, start: int, end: int) -> None:
        seen.add((pid[id(p)], item_id, role))
        seen_roles.add((pid[id(p)], role))
        data = dict(
            report_id=doc.report_id,
            person_id=pid[id(p)],
            item_id=item_id,
            role=role,
            start_char=start,
            end_char=end,
        )
        record = valid(ParticipationRecord, "participations", data)
        if record is not None:
            parts.append(record)

    for it in agenda.items:
        for p, role, pos in it.members:
            if id(p) in pid and id(it) in iid and (pid[id(p)], iid[id(it)], role) not in seen:
                m = next((x for x in p.mentions if x.start == pos), p.first)
                participate(p, iid[id(it)], role, m.start, m.end)
    for p in persons:
        if id(p) not in pid:
            continue
        for role in p.roles:
            if (pid[id(p)], role) not in seen_roles:
                participate(p, None, role, p.best.start, p.best.end)
    return parts


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
    doc: Document,
    layout: Layout,
    event: EventInfo,
    gazetteer: Any,
    valid: _Validator,
    names: list[tuple[int, int]],
) -> list[MissionMentionRecord]:
    """Mission mentions, linked at the event date; without one the linker infers the period
    from the missions the text names. Person names are not places ("Chad Smith")."""
    out: list[MissionMentionRecord] = []
    linked = find_mission_mentions(layout, event.date, gazetteer, skip=names)
    for n, lm in enumerate(linked, start=1):
        data = dict(
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
        )
        record = valid(MissionMentionRecord, "mission_mentions", data)
        if record is not None:
            out.append(record)
    return out
