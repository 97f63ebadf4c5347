"""Two small invented reports and an output folder of them, for the review page tests."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from pko_extract.models import RunRecord
from pko_extract.store import OutputStore

#: A programme layout: field lines, sessions with speaker lines, a mission acronym, and
#: markup typed by a participant (it must stay text on the page).
HARBOUR_FORUM = """\
Harbour Forum on Maritime Peace Operations

Date: 14 May 2025
Venue: Harbour Conference Hall, Valletta
Organised by: Institute for Coastal Security

Programme

Session 1: Keynote "Ships, Shores and the Blue Helmet"
Speaker: Dr. Elena VASSALLO, Director, Institute for Coastal Security
Moderator: Mr. Tomas Brandt, Senior Fellow, Nordic Peace Institute

Session 2: Panel "Lessons from UNIFIL at Sea"
Panelists: Capt. Ana Ruiz, Naval Adviser, Ministry of Defence; Mr. Kofi Mensah, Programme \
Officer, African Union

Dr. Vassallo recalled the maritime task force of UNIFIL and the support office in Somalia.
A participant pasted <script>alert("x")</script> & <b>bold</b> into the chat; it stays text.
"""

#: A press release in running text: roles from verbs, a mission linked with low confidence.
NIGHT_BRIEFING = """\
Press release

Briefing on peacekeeping in the Sahel held in Dakar

DAKAR, 3 March 2024 - The Centre for Sahel Studies held a briefing on peacekeeping on \
3 March 2024 at the Centre's auditorium in Dakar.

Ms. Awa Ndiaye, Executive Director of the Centre for Sahel Studies, opened the briefing. \
Maj. Gen. Paul Okello, former Force Commander of MINUSMA, gave the keynote address on the \
mission's withdrawal from Mali.

The briefing closed with remarks by Mr. Jean Dupont, Head of Research, Centre for Sahel Studies.

Participants also discussed the peacekeeping mission in Sudan and the observers deployed to \
Kashmir.
"""


def write_reports(folder: Path) -> list[Path]:
    """Write the two reports into ``folder``; returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in (
        ("harbour_forum.txt", HARBOUR_FORUM),
        ("night_briefing.txt", NIGHT_BRIEFING),
    ):
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def build_output(paths: Sequence[Path], out: Path, remove: Sequence[Path] = ()) -> Path:
    """Extract ``paths`` with the rules (blank spaCy) and commit them into ``out``."""
    from pko_extract.extract import extract_document, get_nlp
    from pko_extract.gazetteer import default_gazetteer
    from pko_extract.ingest import read_document, source_uri

    nlp, gazetteer = get_nlp("blank"), default_gazetteer()
    extractions = [extract_document(read_document(p), nlp=nlp, gazetteer=gazetteer) for p in paths]
    now = datetime.now(UTC)
    run = RunRecord(
        run_id=f"run-{now.timestamp()}",
        started_at=now,
        pipeline_version="test",
        model_name="blank",
    )
    store = OutputStore(out)
    store.commit(extractions=extractions, run=run, remove_uris=[source_uri(p) for p in remove])
    return out
