"""Personal names: scanning a name's extent, display form, given/family split, matching keys.

Pure functions on strings. Examples:

>>> display_name("Koichiro GEMBA")
'Koichiro Gemba'
>>> split_name("WU Hailong")          # an all-caps token marks the family name
('Hailong', 'Wu')
>>> name_key("Hervé LADSOUS") == name_key("Ladsous Herve")
True
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from pko_extract.resources import default_rules


@lru_cache(maxsize=1)
def default_particles() -> frozenset[str]:
    """Lower-case particles that may sit inside a name ("van", "de", "bin"), from
    ``data/name_particles.jsonl``."""
    return frozenset(p.text for p in default_rules().name_particles)


_TOKEN = re.compile(r"[^\s,;:()\[\]\"“”/|]+")
# A capitalised word after a space on the same line: " Rafiq" after "Md.".
_TOKEN_AFTER_SPACE = re.compile(r"[ \t]+[A-Z]")
_INITIAL = re.compile(r"^[A-Z]\.(?:[A-Z]\.)*$")
_INITIAL_JOINED = re.compile(r"^[A-Z]\.[A-Z][^\W\d_]+$")  # "B.Harris": an initial and a name
#: The abbreviated given names of South Asian and Malay names, which go on before the rest of
#: the name: "Md." of "Lt Col Md. Rafiq Karim", "Mohd." of "Mohd. Aziz bin Rahman".
_NAME_ABBREVIATION = frozenset({"Md.", "Mohd.", "Muhd.", "Mohd"})
#: The patronymic initials of Mongolian names, two letters for one Cyrillic letter, which go
#: on before the given name: "Ts." of "Col. Ts. Enkhbayar", "Ch." of "Ch. Bold".
_DIGRAPH_INITIAL = frozenset({"Ts.", "Ch.", "Sh.", "Kh.", "Zh."})
#: An Arabic article joined to a name word, inside a name: "Rashid al-Amin Haddad",
#: "Yasmin el-Sayed", "Nasr ad-Din".
_ARTICLE_JOINED = re.compile(
    r"^(?:al|el|ad|ud|ul|as|ash|ar|at|az)-[A-Z][^\W\d_'’-]*(?:-[A-Z][^\W\d_]*)*$"
)


def _is_upper_initial(tok: str) -> bool:
    first = tok[:1]
    return first.isalpha() and first.isupper()


def is_article_joined(tok: str) -> bool:
    """An Arabic article joined to a name word ("al-Amin", "el-Sayed"): a name word inside a
    name, never its first."""
    return _ARTICLE_JOINED.match(tok) is not None


def is_name_token(tok: str) -> bool:
    """A capitalised word that can be part of a personal name ("Hervé", "LADSOUS", "R.",
    "Ki-moon", "O'Neill", "McAskie"); not a number, not an acronym with digits."""
    if _INITIAL.match(tok) or _INITIAL_JOINED.match(tok):
        return True
    core = tok.rstrip(".")
    if not core or not _is_upper_initial(core):
        return False
    return all(ch.isalpha() or ch in "-'’" for ch in core) and not core.endswith(("-", "'"))


def scan_name(
    text: str,
    pos: int,
    *,
    max_tokens: int = 5,
    stop_words: frozenset[str] = frozenset(),
    particles: frozenset[str] | None = None,
) -> tuple[int, int] | None:
    """The extent of the name starting at ``pos`` (after skipping spaces), or None.

    The name is 1..max_tokens name tokens (particles allowed between them) on one line;
    it stops at punctuation, a lower-case word, a line break or a word in ``stop_words``.
    A trailing full stop is not part of the name unless the last token is an initial.
    ``particles`` default to :func:`default_particles`.
    """
    particles = default_particles() if particles is None else particles
    i = pos
    n = len(text)
    while i < n and text[i] in " \t":
        i += 1
    start = i
    end = None
    count = 0
    while i < n and count < max_tokens:
        m = _TOKEN.match(text, i)
        if not m:
            break
        tok = m.group()
        possessive = tok.endswith(("’s", "'s")) and len(tok) > 3
        if possessive:
            tok = tok[:-2]
        if tok.lower() in particles and count > 0:
            # particles ("van der") only count when a name token follows them
            after = _after_particles(text, m.end(), particles)
            if after is None:
                break
            i = after
            continue
        joined = count > 0 and is_article_joined(tok)  # "Rashid al-Amin Haddad"
        if not (is_name_token(tok) or joined) or tok.rstrip(".") in stop_words:
            break
        count += 1
        tok_end = m.start() + len(tok)
        if possessive:
            end = tok_end
            break
        ends_sentence = (
            tok.endswith(".")
            and not _INITIAL.match(tok)
            and len(tok.rstrip(".")) > 1
            and not (
                tok in _NAME_ABBREVIATION | _DIGRAPH_INITIAL
                and _TOKEN_AFTER_SPACE.match(text, m.end())
            )
        )
        if ends_sentence:
            end = tok_end - (len(tok) - len(tok.rstrip(".")))
            break
        end = tok_end
        i = tok_end
        if i < n and text[i] in " \t":
            while i < n and text[i] in " \t":
                i += 1
        else:
            break
    if end is None or count == 0:
        return None
    return start, end


def _after_particles(text: str, pos: int, particles: frozenset[str]) -> int | None:
    """Where the name goes on after a run of particles ("van der Putten"), or None when no
    name token follows them."""
    n = len(text)
    j = pos
    while True:
        while j < n and text[j] in " \t":
            j += 1
        nxt = _TOKEN.match(text, j)
        if not nxt or nxt.group().lower() not in particles:
            break
        j = nxt.end()
    return j if nxt and is_name_token(nxt.group()) else None


def _cap(tok: str) -> str:
    letters = [c for c in tok if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        out, up = [], True
        for ch in tok:
            out.append(ch.upper() if up else ch.lower())
            up = not ch.isalpha()
        return "".join(out)
    return tok


def display_name(raw: str) -> str:
    """Normal capitalisation, word order as written: "Koichiro GEMBA" -> "Koichiro Gemba"."""
    return " ".join(_cap(t) for t in raw.split())


def split_name(raw: str) -> tuple[str | None, str | None]:
    """(given, family). An all-caps token marks the family name (either order);
    otherwise the last token is the family name."""
    toks = raw.split()
    if not toks:
        return None, None
    caps = [
        i
        for i, t in enumerate(toks)
        if sum(c.isalpha() for c in t) >= 2 and all(c.isupper() for c in t if c.isalpha())
    ]
    if len(caps) == 1 and len(toks) > 1:
        fam = caps[0]
        given = " ".join(_cap(t) for i, t in enumerate(toks) if i != fam)
        return given or None, _cap(toks[fam])
    if len(toks) == 1:
        return None, _cap(toks[0])
    return " ".join(_cap(t) for t in toks[:-1]), _cap(toks[-1])


def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form (hyphens and dots become spaces)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[-.’'`]", " ", text.casefold())
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


@lru_cache(maxsize=1 << 16)
def name_tokens(name: str) -> tuple[str, ...]:
    """Folded tokens of a name, in order (cached: grouping asks for the same names often)."""
    return tuple(fold(name).split())


def name_key(name: str) -> str:
    """Order-, case- and accent-insensitive key of a name (the cross-report person_key)."""
    return " ".join(sorted(name_tokens(name)))


def person_key(name: str) -> str:
    """Stable short key of a person across reports."""
    return hashlib.sha1(name_key(name).encode("utf-8")).hexdigest()[:16]


def one_slip(a: str, b: str) -> bool:
    """Two words of one length that differ by one letter, or by one letter moved
    ("Okonkwo", "Okonwko": each is "Okonwo" without one "k")."""
    if len(a) != len(b) or a == b:
        return False
    if sum(x != y for x, y in zip(a, b, strict=True)) == 1:
        return True
    drops_a = {a[:i] + a[i + 1 :] for i in range(len(a))}
    return any(b[:j] + b[j + 1 :] in drops_a for j in range(len(b)))
