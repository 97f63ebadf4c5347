"""Speaker turns of a transcript: a line that opens with a person's name and a colon
("Lt. Gen. X: Thank you. Over the past three months ..."), maybe with the speaker's country
in parentheses before the colon ("Mr. X (Brazil): Brazil thanks ..."). A person with two
or more such turns spoke at the event; in a transcript (several turns of running speech)
one turn is enough. A turn given to an office ("THE PRESIDENT: I give the floor to ...")
names the person a "President: NAME" line of the report labels: the chair. Pure; reads the
layout model.
"""

from __future__ import annotations

from pko_extract import patterns as P
from pko_extract.agenda_rows import next_line, time_length
from pko_extract.agenda_rules import MentionIndex
from pko_extract.models import Layout, Line, Mention, PersonDraft
from pko_extract.names import name_tokens
from pko_extract.resources import Rules

__all__ = [
    "caps_turns",
    "is_speech",
    "labelled_turns",
    "office_turn_chairs",
    "question_turns",
    "speaker_turns",
]

#: Turns a person needs before their name lines count as a transcript's turns: one "Name:"
#: line may be a programme's "Dr. X: Title".
MIN_TURNS = 2
#: Turns of running speech (see :func:`is_speech`) that make a report a transcript, where a
#: single turn of running speech is a speaker's.
TRANSCRIPT_TURNS = 3
#: The least length of a turn's speech that reads as running speech, not a programme title.
SPEECH_CHARS = 80


def is_speech(layout: Layout, start: int, line: Line) -> bool:
    """Whether the turn's text from ``start`` to the line's end is running speech: long,
    with a sentence's end before more words ("Thank you, Mr. President. Since ...")."""
    said = layout.text[start : line.end]
    return len(said) >= SPEECH_CHARS and P.SPEECH_SENTENCE.search(said) is not None


def _office_turn(layout: Layout, line: Line) -> bool:
    """ "THE PRESIDENT: I thank ..." / "The Chair: ...": a turn given to the chair's office,
    with running speech."""
    found = P.OFFICE_TURN.match(layout.text, line.start, line.end)
    return found is not None and is_speech(layout, found.end(), line)


def speaker_turns(layout: Layout, index: MentionIndex) -> list[tuple[Mention, PersonDraft]]:
    """The turns of the people who have two or more of them, or, in a transcript, one of
    running speech; in text order."""
    turns: list[tuple[Mention, PersonDraft, bool]] = []
    spoken = 0  # turns of running speech, the office's ones too
    for line in layout.lines:
        if line.blank:
            continue
        if _office_turn(layout, line):
            spoken += 1
            continue
        ms = index.between(line.start, line.end)
        if not ms:
            continue
        m, p = ms[0]
        colon = P.TURN_COLON.match(layout.text, m.end, line.end)
        ranked = P.TURN_RANK.fullmatch(layout.text, line.start, m.anchor)
        if not (line.start == m.anchor or ranked) or not colon:
            continue
        speech = is_speech(layout, colon.end() - 1, line)
        spoken += speech
        turns.append((m, p, speech))
    counts: dict[int, int] = {}
    for _, p, _s in turns:
        counts[id(p)] = counts.get(id(p), 0) + 1
    transcript = spoken >= TRANSCRIPT_TURNS
    return [
        (m, p) for m, p, speech in turns if counts[id(p)] >= MIN_TURNS or (transcript and speech)
    ]


def question_turns(layout: Layout, index: MentionIndex) -> list[tuple[Mention, PersonDraft]]:
    """In a transcript, the people whose only turns ask a question ("Mr. X (Riding, Party):
    General, when does the deployment end?"): members of the audience or of the committee,
    who take part."""
    spoken = 0
    asked: dict[int, tuple[Mention, PersonDraft]] = {}
    other: set[int] = set()
    for line in layout.lines:
        if line.blank:
            continue
        named = P.CAPS_TURN.match(layout.text, line.start, line.end)
        if _office_turn(layout, line) or (named and is_speech(layout, named.end(), line)):
            spoken += 1  # "The Chair (Ms. X): Good morning. ...", "LCol Y: Thank you. ..."
        ms = index.between(line.start, line.end)
        if not ms or not (
            ms[0][0].anchor == line.start
            or P.TURN_RANK.fullmatch(layout.text, line.start, ms[0][0].anchor)
        ):
            continue
        m, p = ms[0]
        colon = P.TURN_COLON.match(layout.text, m.end, line.end)
        if not colon:
            continue
        if is_speech(layout, colon.end() - 1, line):
            other.add(id(p))
        elif P.QUESTION.fullmatch(layout.text, colon.end() - 1, line.end):
            asked.setdefault(id(p), (m, p))
        else:
            other.add(id(p))
    if spoken < TRANSCRIPT_TURNS - 1:
        return []
    return [x for k, x in asked.items() if k not in other]


def office_turn_chairs(layout: Layout, index: MentionIndex) -> list[tuple[Mention, PersonDraft]]:
    """The person a "President: NAME" (or "Chair: NAME") line names in a report whose turns
    are given to that office ("THE PRESIDENT: ..."): the chair of the meeting."""
    lines = [ln for ln in layout.lines if not ln.blank]
    if not any(_office_turn(layout, ln) for ln in lines):
        return []
    found: list[tuple[Mention, PersonDraft]] = []
    for line in lines:
        if line.label is None or not P.OFFICE_LABEL.fullmatch(line.label.strip()):
            continue
        ms = index.between(line.content_start, line.end)
        if ms and not layout.text[line.content_start : ms[0][0].anchor].strip():
            found.append(ms[0])
    return found


def labelled_turns(
    layout: Layout, index: MentionIndex, rules: Rules
) -> list[tuple[Mention, PersonDraft, str]]:
    """Turns given to a role with the person in parentheses ("MODERATOR (Dr. X, Org): Welcome,
    everyone. ...", "AUDIENCE MEMBER (Mr. Y, Org): How do ..."), maybe after a recording's
    time stamp and with the speech on the next line ("[00:00:04] HOST (Ms. X, Org):" over
    "Good afternoon ..."): the person takes the label's role (a role label of the rules; a
    member of the audience or a questioner takes part). Only turns of running speech: a
    programme's "Moderator (TBC): Title" is no turn."""
    found: list[tuple[Mention, PersonDraft, str]] = []
    for line in layout.lines:
        if line.blank:
            continue
        turn = P.LABELLED_TURN.match(layout.text, line.start, line.end)
        if turn is None:
            continue
        said, start = line, turn.end()
        if not layout.text[start : line.end].strip():
            # "[00:00:04] HOST (Ms. X, Org):" over the speech's own line
            below = next_line(layout, line)
            if below is None or below.label is not None or time_length(below.text):
                continue
            said, start = below, below.start
        if not (
            is_speech(layout, start, said)
            or P.QUESTION.fullmatch(layout.text[said.start : said.end], start - said.start)
        ):
            continue
        who = index.between(turn.start("who"), turn.end("who"))
        if not who:
            continue
        label = " ".join(turn.group("label").split())
        known = rules.role_label(label.title()) or rules.role_label(label)
        role = (
            known.role if known else ("participant" if P.AUDIENCE_LABEL.fullmatch(label) else None)
        )
        if role is not None:
            found.append((who[0][0], who[0][1], role))
    return found


def caps_turns(layout: Layout, persons: list[PersonDraft]) -> list[tuple[Mention, PersonDraft]]:
    """Turns under a name the recogniser does not take for a person (all capitals: "MR. JONAS
    X: Thank you, Elena. ..."; after a rank it does not know: "BGen Y: ..."), in a
    transcript (two such turns or more), given to the person the report names so elsewhere
    (a bio line: "Jonas X is Chief of ..."); the evidence is that person's fullest
    mention."""
    by_name: dict[tuple[str, ...], PersonDraft] = {}
    for p in persons:
        words = tuple(w.casefold() for w in name_tokens(p.best.raw))
        if len(words) >= 2:
            by_name.setdefault(words, p)
    found: list[tuple[Mention, PersonDraft]] = []
    seen: set[int] = set()
    spoken = 0
    for line in layout.lines:
        if line.blank:
            continue
        turn = P.CAPS_TURN.match(layout.text, line.start, line.end)
        if turn is None or not is_speech(layout, turn.end(), line):
            continue
        spoken += 1
        words = tuple(w.casefold() for w in name_tokens(turn.group("name")))
        held = next((by_name[words[i:]] for i in range(3) if words[i:] in by_name), None)
        if held is not None and id(held) not in seen:
            seen.add(id(held))
            found.append((held.best, held))
    return found if spoken >= MIN_TURNS else []
