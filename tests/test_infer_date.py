"""infer_date scores one month per run of months in which no mission starts or ends: the same
date as scoring every month from the gazetteer's first mission to its last."""

from __future__ import annotations

import random
from datetime import date

from pko_extract.gazetteer import Gazetteer, Place, default_gazetteer
from pko_extract.mission_resolve import _choose, infer_date


def _month_by_month(
    g: Gazetteer, explicit: set[str], places: list[tuple[Place, str | None]]
) -> date | None:
    """The reference: every 15th from the first mission's month to the last day of all,
    scored, the latest of the best kept."""
    if not explicit and not places:
        return None
    first = min(m.start for m in g.missions)
    last = max([m.start for m in g.missions] + [m.last_day for m in g.missions if m.last_day])
    days = [date(y, mo, 15) for y in range(first.year, last.year + 1) for mo in range(1, 13)]
    days = [d for d in days if (d.year, d.month) >= (first.year, first.month) and d <= last]

    def score(day: date) -> int:
        running = [a for a in explicit if (m := g.by_acronym(a)) and m.active_on(day)]
        chosen = 0
        for place, org in places:
            active = [m for m in g.missions_in(place.place) if m.active_on(day)]
            region = place.kind == "region"
            chosen += bool(active) and _choose(active, org, explicit, region=region)[0] is not None
        return len(running) + chosen

    scored = [(s, d) for d in days if (s := score(d))]
    return max(scored, key=lambda sd: (sd[0], sd[1]))[1] if scored else None


def test_two_named_missions_give_the_last_month_both_ran() -> None:
    g = default_gazetteer()  # UNAMSIL 1999-10-01 to 2005-12-31, UNMIL 2003-09-01 to 2018-03-31
    assert infer_date(g, {"UNAMSIL", "UNMIL"}, []) == date(2005, 12, 15)
    assert infer_date(g, {"UNAMSIL"}, []) == date(2005, 12, 15)
    assert infer_date(g, set(), []) is None


def test_same_date_as_month_by_month() -> None:
    g = default_gazetteer()
    acronyms = [m.acronym for m in g.missions]
    rnd = random.Random(7)
    for _ in range(150):
        explicit = set(rnd.sample(acronyms, rnd.choice([0, 1, 1, 2, 3])))
        places = [
            (p, rnd.choice([None, "UN", "AU", "EU"]))
            for p in rnd.sample(g.places, rnd.choice([0, 1, 2, 3]))
        ]
        assert infer_date(g, explicit, places) == _month_by_month(g, explicit, places)
