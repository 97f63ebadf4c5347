"""Tests of people_group.group_mentions: persons known by one word only."""

from __future__ import annotations

from pko_extract.models import Mention
from pko_extract.people import group_mentions


def test_a_one_word_name_written_twice_with_its_title_is_one_person() -> None:
    """ "Ambassador Okafor" in a greeting and again in the body is one person."""
    m = [
        Mention(11, 17, "Okafor", "Ambassador", 0),
        Mention(60, 66, "Okafor", "Ambassador", 49),
    ]
    persons = group_mentions(m)
    assert [[x.start for x in p.mentions] for p in persons] == [[11, 60]]


def test_a_bare_one_word_name_joins_the_titled_one_before_it() -> None:
    """ "Dr. Haldane ... Haldane argued": the bare family name is the titled person; a
    different one-word name stays apart, and a bare name never named with a title is
    dropped as before."""
    m = [
        Mention(4, 11, "Haldane", "Dr.", 0),
        Mention(30, 37, "Haldane"),
        Mention(50, 55, "Moyo", "Col.", 45),
        Mention(70, 75, "Smith"),
    ]
    persons = group_mentions(m)
    assert [[x.raw for x in p.mentions] for p in persons] == [["Haldane", "Haldane"], ["Moyo"]]
    assert [p.honorific for p in persons] == ["Dr.", "Col."]


def test_one_word_names_still_join_a_full_name_first() -> None:
    """A full name holding the word wins over a lone titled form."""
    m = [
        Mention(0, 9, "Ana Lopez"),
        Mention(20, 25, "Lopez", "Ms.", 16),
        Mention(40, 45, "Lopez", "Ms.", 36),
    ]
    persons = group_mentions(m)
    assert [[x.start for x in p.mentions] for p in persons] == [[0, 20, 40]]


def test_a_name_with_initials_joins_the_full_name_it_abbreviates() -> None:
    """ "K. L. von Terbeck" after "Karl von Terbeck" and "Tara Novak" after "T. Novak" are
    one person each; "R. Novak" is not "Tara Novak"."""
    m = [
        Mention(0, 16, "Karl von Terbeck"),
        Mention(30, 47, "K. L. von Terbeck"),
        Mention(60, 68, "T. Novak"),
        Mention(80, 90, "Tara Novak"),
        Mention(100, 108, "R. Novak"),
    ]
    persons = group_mentions(m)
    assert [[x.raw for x in p.mentions] for p in persons] == [
        ["Karl von Terbeck", "K. L. von Terbeck"],
        ["T. Novak", "Tara Novak"],
        ["R. Novak"],
    ]


def test_initials_before_a_family_name_of_two_words_join_the_full_name() -> None:
    """ "Maj Rukmini THAPA MAGAR" in a programme and "Maj R. Thapa Magar" in a list of
    resource persons are one person; "K. Thapa Magar" is someone else."""
    m = [
        Mention(0, 22, "Rukmini THAPA MAGAR"),
        Mention(40, 57, "R. Thapa Magar"),
        Mention(70, 87, "K. Thapa Magar"),
    ]
    persons = group_mentions(m)
    assert [[x.raw for x in p.mentions] for p in persons] == [
        ["Rukmini THAPA MAGAR", "R. Thapa Magar"],
        ["K. Thapa Magar"],
    ]
