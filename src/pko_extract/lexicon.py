"""Word sets derived from the rule data, shared by the parse stages (built once per rule set)."""

from __future__ import annotations

import re
from functools import lru_cache

from pko_extract.alternation import longest_first
from pko_extract.resources import RoleCue, Rules


def _cue_regex(cues: tuple[RoleCue, ...]) -> re.Pattern[str]:
    alts = longest_first((c.text for c in cues), ignore_case=True)
    return re.compile(r"(?<![\w-])" + alts + r"(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=4)
def lexicon(rules: Rules) -> Lexicon:
    """The lexicon of a rule set, built once."""
    return Lexicon(rules)


class Lexicon:
    """Word sets derived from the rules, for fast membership tests."""

    def __init__(self, rules: Rules) -> None:
        self._rules = rules
        self.position_words = rules.position_words
        self.org_words = rules.org_words
        self._pos_re = _words_re(rules.position_words)
        self._org_re = _words_re(rules.org_words)
        self._title_any_case = _words_re(rules.position_words, re.IGNORECASE)
        label_words = {w for a in rules.agenda_labels for w in a.text.split()}
        label_words |= {w for r in rules.role_labels for w in r.text.split()}
        # a label's name particle is no stop word: "Sessão de abertura" keeps "de" in names
        label_words -= {p.text for p in rules.name_particles}
        single = {w for w in (*rules.position_words, *rules.org_words) if " " not in w}
        plurals = {w + "s" for w in single if not w.endswith("s")}  # "Heads", "Directors"
        self.stop_words = frozenset(set(rules.not_name_words) | single | plurals | label_words)
        self.name_neighbours = frozenset(rules.name_neighbours) | frozenset(rules.org_words)
        # the words of name_neighbours.txt alone: a run ending with one names a place or a
        # prize ("Robertson Hall", "Mercer Building"), not a person
        self.place_words = frozenset(rules.name_neighbours)
        self.honorific_words = frozenset(h.text for h in rules.honorifics)
        self.honorific_folded = frozenset(w.casefold() for w in self.honorific_words)
        # titles of peers, whose name may go on with a seat: "Lord Hartwell of Eastmere"
        self.peerage_titles = frozenset(h.text for h in rules.honorifics if h.kind == "peerage")
        self.particles = frozenset(p.text for p in rules.name_particles)
        self.core_particles = frozenset(p.text for p in rules.name_particles if p.core)
        self.connectors = frozenset(rules.connectors)
        self.event_nouns = rules.event_nouns
        kinds = {k: frozenset(w.text for w in rules.org_structure if w.kind == k) for k in _KINDS}
        self.unit_words, self.field_words = kinds["unit"], kinds["field"]
        self.office_modifiers, self.lone_titles = kinds["modifier"], kinds["lone_title"]
        self.setting_words, self.formation_words = kinds["setting"], kinds["formation"]
        self.area_words, self.body_particles = kinds["area"], kinds["particle"]
        self.romance_words = frozenset(rules.romance_words)
        # a country's code in brackets after a name: "Col. X (GHA), ..." (no body, no office)
        self.country_codes = frozenset(rules.country_codes)
        # letters after a name ("ndc", "psc", "OBE"): the markers count alone, the others
        # ("SUP") only in a run with a marker (post_nominals.jsonl)
        self.post_nominals = frozenset(p.text for p in rules.post_nominals)
        self.post_nominal_markers = frozenset(p.text for p in rules.post_nominals if p.marker)
        # abbreviations folded: a name may end with one ("Jr") before its full stop
        self.abbreviations = frozenset(a.casefold() for a in rules.abbreviations)
        # the lower-case words inside an office or body word of several words: "d'affaires"
        # of "Chargé d'affaires" (a title-case phrase goes on over them)
        self.inner_lower_words = frozenset(
            w
            for phrase in (*rules.position_words, *rules.org_words)
            for w in phrase.split()[1:]
            if w[:1].islower()
        )
        # a table column's header, folded -> "position" or "organization" (column_labels.jsonl)
        self.column_kinds = {c.text.casefold(): c.column for c in rules.column_labels}
        # the one-word role cues that are words of the running text ("said", "stressed",
        # "asked"): what a person does, so what makes a capitalised run before it a person
        self.speech_verbs = frozenset(
            c.text for c in rules.role_cues if c.text.isalpha() and c.text.islower()
        )
        # every role cue as one alternation, longest first (agenda_prose reads the sentences
        # with it), and each cue by its folded text
        self.role_cue_re = _cue_regex(rules.role_cues)
        self.role_cue_by_text = {c.text.casefold(): c for c in rules.role_cues}

    def is_role_label(self, label: str) -> bool:
        """A role label: "Moderator", "Discussants", "Chair"."""
        return self._rules.role_label(label) is not None

    def is_program_label(self, label: str) -> bool:
        """A program label: a role ("Moderator") or an agenda part ("Opening Remarks")."""
        return (
            self._rules.role_label(label) is not None or self._rules.agenda_label(label) is not None
        )

    def has_position(self, phrase: str) -> bool:
        return bool(self._pos_re.search(phrase))

    def has_title_word(self, phrase: str) -> bool:
        """A position word in any case: "a researcher at the university", "director of"."""
        return bool(self._title_any_case.search(phrase))

    def title_at_end(self, phrase: str) -> bool:
        """A phrase that ends with a position word in any case: "military observer"."""
        end = len(phrase.rstrip())
        return any(m.end() == end for m in self._title_any_case.finditer(phrase))

    def has_org(self, phrase: str) -> bool:
        return bool(self._org_re.search(phrase))

    def first_position(self, phrase: str) -> int | None:
        """Where the first position word of ``phrase`` starts, or None."""
        m = self._pos_re.search(phrase)
        return m.start() if m else None

    def position_at_end(self, phrase: str) -> bool:
        """A phrase that ends with a position word: "Mission Force Commander"."""
        return any(m.end() == len(phrase.rstrip()) for m in self._pos_re.finditer(phrase))

    def org_at_end(self, phrase: str) -> bool:
        """A phrase that ends with an organisation word: "Peace Institute", "Cabinet Office"."""
        return any(m.end() == len(phrase.rstrip()) for m in self._org_re.finditer(phrase))

    def position_at_start(self, phrase: str) -> bool:
        """A phrase that opens with a position word, after words that may open an office:
        "Director of X", "Senior Research Fellow at X", "former Chief"."""
        m = self._pos_re.search(phrase)
        lead = phrase[: m.start()].strip(" -–,").split() if m is not None else []
        return m is not None and all(w in self.office_modifiers for w in lead)


_KINDS = ("unit", "field", "modifier", "setting", "lone_title", "formation", "area", "particle")


def _words_re(words: tuple[str, ...], flags: int = 0) -> re.Pattern[str]:
    alts = longest_first(words, ignore_case=bool(flags & re.IGNORECASE))
    return re.compile(r"(?<![\w-])" + alts + r"(?![\w-])", flags)
