"""Genres of report that change what the agenda and roles read, from what the report's
first lines call it. Pure; reads the layout model.

- A press briefing: the transcript of a press conference or a noon briefing, where whoever
  speaks from the podium briefs the press (GUIDE.md: "presentation or briefing ->
  presenter") and the journalists' question turns are the audience's. One of its first
  lines calls it a press conference or briefing ("Transcript of the weekly press conference
  of ...", "DAILY PRESS BRIEFING BY ...") and a turn of it is a question ("Question (X,
  Outlet): ...", "Q: ...").
- A communiqué: a body's formal statement on its meeting ("COMMUNIQUÉ", "Final
  Communiqué", "Communiqué of the Extraordinary Meeting of ..."), not a press release
  ("Communiqué de presse / Press release"). It notes who spoke ("Noting the opening remarks
  of H.E. X") but describes no parts of a programme (GUIDE.md: "press releases and
  communiqués usually have none"): its running text gives roles and no agenda items.
- A meeting's coverage: the UN's press release on a sitting of a body ("Meetings Coverage
  and Press Releases", "GA/PK/251", "7317th Meeting (AM)"). It reports who opened the
  meeting, who briefed and what each delegate said, in the order they took the floor, but a
  meeting's speakers are no programme (the dev corpus's coverage pages have no agenda
  items): its running text gives roles and no agenda items, as a communiqué's.
"""

from __future__ import annotations

from pko_extract import patterns as P
from pko_extract.models import AgendaResult, Layout

__all__ = [
    "brief_roles",
    "is_communique",
    "is_meeting_coverage",
    "is_press_briefing",
    "read_genre",
    "unitemise",
]

#: Lines at the top of a report (not blank) where it says what it is: a site's
#: header, a breadcrumb ("Documents > Communiqués"), the transcript's heading.
HEADING_LINES = 6


def _heading_texts(layout: Layout) -> list[str]:
    """The texts of the report's first :data:`HEADING_LINES` lines that are not blank."""
    return [ln.text for ln in layout.lines if not ln.blank][:HEADING_LINES]


def is_press_briefing(layout: Layout) -> bool:
    """Whether the report is a press conference's or briefing's transcript: its heading calls
    it one, and one of its turns is a question from the press."""
    if not any(P.PRESS_BRIEFING.search(text) for text in _heading_texts(layout)):
        return False
    return P.QUESTION_TURN.search(layout.text) is not None


def is_communique(layout: Layout) -> bool:
    """Whether one of the report's first lines calls it a communiqué, not a press release."""
    return any(
        P.COMMUNIQUE.search(text) and not P.PRESS_WORD.search(text)
        for text in _heading_texts(layout)
    )


def is_meeting_coverage(layout: Layout) -> bool:
    """Whether one of the report's first lines marks it as the coverage of a meeting."""
    return any(P.MEETING_COVERAGE.search(text) for text in _heading_texts(layout))


def unitemise(layout: Layout, result: AgendaResult) -> AgendaResult:
    """In a communiqué or a meeting's coverage, the items running text made are none; their
    people keep the roles ("Noting the opening remarks of H.E. X", "Opening the meeting, the
    Chair, X, said": X gave opening remarks, in no item)."""
    if not (is_communique(layout) or is_meeting_coverage(layout)):
        return result
    prose = {id(it) for it in result.items if not it.from_program}
    if not prose:
        return result
    result.items[:] = [it for it in result.items if id(it) not in prose]
    result.roles[:] = [
        (p, role, at, None if item is not None and id(item) in prose else item)
        for p, role, at, item in result.roles
    ]
    return result


def read_genre(layout: Layout, result: AgendaResult) -> AgendaResult:
    """The merged agenda of a report as its genre reads it (briefing, communiqué, a
    meeting's coverage)."""
    return unitemise(layout, brief_roles(layout, result))


def brief_roles(layout: Layout, result: AgendaResult) -> AgendaResult:
    """In a press briefing, the speakers brief: each "speaker" claim becomes a presenter's
    (the spokesperson's and the guest's turns, a "Speakers:" line); other claims stay."""
    if not is_press_briefing(layout):
        return result
    result.roles[:] = [
        (p, "presenter" if role == "speaker" else role, at, item)
        for p, role, at, item in result.roles
    ]
    return result
