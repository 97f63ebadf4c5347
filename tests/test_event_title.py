"""Tests of the event title (event_title.py): which heading, quotation or phrase names the
event, on small invented reports."""

from __future__ import annotations

import pytest
from conftest import event_title_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Old Walls, New Habits, Present-Day Drill\n\nBy Lt. Ana Ruiz | 3 June 2019\n\n"
            "Forty soldiers received their medals among the old walls of the fort.",
            None,
        ),
        (
            "Minister honours rescuers\n\nAs the garrison marked the National Day of Rescuers, the"
            " minister presided over a ceremony presenting the “Silver Rope Medal for Valour”.",
            "National Day of Rescuers",
        ),
        (
            "The forum ended on a hopeful note. In the words of its hosts, the forum belongs to a"
            " wider project, “Bridges Over the River: Steps to Trust”, which a foundation funds.",
            None,
        ),
        (
            "Peace Society\nCONFERENCE REPORT\n\n“After the Rains: Rebuilding Trust”\n\n"
            "Delegates came from six districts.",
            "After the Rains: Rebuilding Trust",
        ),
        (
            "Last week I moderated our panel “Police Who Listen: Community Work in Missions” at"
            " the Annual Conference of the Peace Studies Network.",
            "Police Who Listen: Community Work in Missions",
        ),
        (
            "Students from the college joined the “Keeping Watch: Blue Helmets Today” panel"
            " discussion, which took place in the main hall.",
            "Keeping Watch: Blue Helmets Today",
        ),
        (
            "Some 300 cadets of the northern brigade awarded with the Medal of Service\n\n"
            "3 March 2017\n\nThe cadets stood in the square.",
            None,
        ),
        (
            "Lessons From the Lakes: A Commander Looks Back on Ten Years\n\nwith General Ana Ruiz"
            "\nMar 3, 2024, 4:30 pm\nCedar Hall\n",
            "Lessons From the Lakes: A Commander Looks Back on Ten Years",
        ),
        (
            "La paix « durable » : sens et pratiques\n\n5 mai 2011 - 6 mai 2011\n\nTexte.",
            "La paix « durable » : sens et pratiques",
        ),
        (
            "Lessons From the Lakes\n\n3 March 2017\n\nThe cadets stood in the square.",
            "Lessons From the Lakes",
        ),
        (
            "Keeping the Peace in Coastal Towns\n\nA Harbour Institute Conference\n\n"
            "The conference is held with three partners.",
            "Keeping the Peace in Coastal Towns",
        ),
        (
            "From guarding borders to guarding people\n\nDownload the flyer\n\n"
            "Regional Peace Conference with the Lake Society:\n\non Saturday 4 May 2019",
            "From guarding borders to guarding people",
        ),
        (
            "A gathering of the defence chiefs of the lake states\n\nOn Monday the chiefs met in"
            " Kisumu for a summit held under the theme “Shared Waters, Shared Duty”.",
            "Shared Waters, Shared Duty",
        ),
        (
            "Back to overview\nPast event\n\nWorkshop: Rivers and Borders in the Sahel\n\n"
            "Date Monday 4 May, 10:00 - 12:00\n",
            "Rivers and Borders in the Sahel",
        ),
        (
            "Remarks by Dr. Ana Ruiz, Director of the Lake Institute – Regional Peacekeeping"
            " Summit 2019 - Opening Session\n\nSpeech\n\nThank you all for coming.",
            "Regional Peacekeeping Summit 2019",
        ),
        (
            "The garrison marked, for the first time, the annual National Day of of Rescuers.",
            "National Day of Rescuers",
        ),
        (
            "Delegates arrived early. “We all need to set short-term politics aside, to engage, and"
            " to speak frankly, openly and with passion about the issues that matter and bring the"
            " changes that all of us, here and at home, know are needed,” said the envoy, when he"
            " declared open a two-day conference on the “Future of the Lake Region” in Kisumu.",
            "Future of the Lake Region",
        ),
        (
            "COMMUNIQUE\n\nThe Peace and Defence Council (PDC) of the Lake States Union, meeting"
            " at ministerial level in its 12th Ordinary Session in Kisumu on 3 May 2019,\n\n"
            "Recalling the final communiqué of the Extraordinary Summit of Heads of State held"
            " on 2 April 2019;",
            "Peace and Defence Council 12th Ordinary Session",
        ),
    ],
    ids=[
        "communique-of-a-body-in-its-numbered-session",
        "quoted-title-after-a-long-quotation",
        "doubled-small-word-is-written-once",
        "speech-heading-names-the-event-after-a-dash",
        "value-of-a-kind-of-event-label-under-navigation",
        "heading-over-a-line-saying-the-kind-of-event",
        "heading-over-a-kind-line-ending-in-a-colon",
        "indefinite-heading-gives-way-to-the-theme",
        "hyphenated-day-is-not-an-event-noun",
        "quoted-medal-presented-at-a-ceremony-is-not-the-event",
        "quoted-project-is-not-the-event",
        "quoted-heading-under-a-genre-line-with-an-event-noun",
        "quoted-panel-held-at-a-conference",
        "quoted-title-before-its-event-noun",
        "sentence-headline-over-a-bare-date-is-news",
        "heading-over-speaker-and-timed-date",
        "sentence-case-heading-over-a-date-range",
        "capitalised-heading-over-a-bare-date",
    ],
)
def test_parse_title(text: str, expected: str | None) -> None:
    """The event's title, or None when the page does not name the event."""
    assert event_title_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Remarks by the Minister of Defence at the opening of the Regional Seminar on"
            " Peacekeeping Training\n\n14 October 2014\n\nExcellencies, welcome to this seminar.\n",
            "Regional Seminar on Peacekeeping Training",
        ),
        (
            "Statement by the Representative of Norway to the United Nations at the Conference"
            " on Police in Missions\n\nNew York, 5 May 2016\n\nMr. Chair, thank you.\n",
            "Conference on Police in Missions",
        ),
        (
            "Keynote address by Dr. Ana Ruiz to the Annual Forum on Peace Operations, Oslo, 3"
            " June 2015\n\nThank you for inviting me.\n",
            "Annual Forum on Peace Operations",
        ),
        (
            "Speeches\n\nOpening Speech of the Chief of Defence Staff on the occasion of the"
            " International Day of UN Peacekeepers\n\n29 May 2019\n\nDistinguished guests.\n",
            "International Day of UN Peacekeepers",
        ),
        (
            "Address by H.E. the Ambassador at the Closing Ceremony of the Senior Mission"
            " Leaders Course\n\nNairobi, 12 April 2018\n\nGraduates, congratulations.\n",
            "Senior Mission Leaders Course",
        ),
        (
            "STATEMENT BY THE HEAD OF DELEGATION DURING THE GENERAL DEBATE OF THE SPECIAL"
            " COMMITTEE ON PEACEKEEPING\n\n20 February 2017\n\nMr. Chairman,\n",
            "GENERAL DEBATE OF THE SPECIAL COMMITTEE ON PEACEKEEPING",
        ),
    ],
    ids=[
        "remarks-at-the-opening-of",
        "statement-to-a-body-at-a-conference",
        "address-to-a-forum-with-place-and-date",
        "opening-speech-on-the-occasion-of",
        "address-at-the-closing-ceremony-of",
        "statement-during-a-debate-in-capitals",
    ],
)
def test_a_speech_heading_names_the_event_after_at_to_during(text: str, expected: str) -> None:
    """ "Remarks by X at the opening of the Y" names the event Y: the part after "at", "to",
    "during" or "on the occasion of" that holds an event noun (not "to the United Nations"),
    past an opening or closing ceremony, without a closing place and date."""
    assert event_title_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Veterans share lessons with students\n\n2 March 2020\n\nThree veterans spoke at the"
            " seminar 'Lessons from the Field' at the university on Monday.\n",
            "Lessons from the Field",
        ),
        (
            "News\n\nThe centre hosted a panel discussion titled ‘Protection in Practice’ on 4 May"
            " 2018.\n",
            "Protection in Practice",
        ),
        (
            "Students meet peacekeepers\n\n5 June 2018\n\nThe students attended the symposium"
            " 'Women's Voices in Peace Operations' in the main hall.\n",
            "Women's Voices in Peace Operations",
        ),
        (
            "Officers honoured\n\n5 June 2018\n\nThe commander praised the unit's 'zero tolerance'"
            " approach and the soldiers' discipline during the ceremony.\n",
            None,
        ),
        (
            "Press release\n\nThe institute held a workshop entitled Protecting Civilians in Urban"
            " Settings on 4 April 2017.\n",
            "Protecting Civilians in Urban Settings",
        ),
        (
            "Army marks peacekeepers day\n\nThe brigade held a conference on the theme: Women in"
            " Peace Operations, on 29 May 2019.\n",
            "Women in Peace Operations",
        ),
        (
            "Guest lecture\n\n5 June 2018\n\nProfessor Ana Ruiz delivered a lecture entitled Peace"
            " Operations After the Cold War at the college.\n",
            None,
        ),
        (
            "News\n\nThe academy organised a two-day seminar called Blue Helmets and Local"
            " Communities in Gulu, with forty officers.\n",
            "Blue Helmets and Local Communities in Gulu",
        ),
    ],
    ids=[
        "single-quotes-after-the-seminar",
        "curly-single-quotes-after-titled",
        "an-apostrophe-inside-single-quotes",
        "lower-case-single-quotes-and-possessives-are-no-title",
        "entitled-without-quotes-up-to-the-date",
        "on-the-theme-colon-without-quotes",
        "a-lecture-s-title-is-a-talk-s",
        "called-without-quotes",
    ],
)
def test_a_title_in_single_quotes_or_after_its_cue_word(text: str, expected: str | None) -> None:
    """A title in single quotation marks beside an event noun, or named without quotation
    marks after "entitled", "titled", "called", "on the theme"; an apostrophe neither opens
    nor closes one, and a talk's title ("delivered a lecture entitled X") is not the event's."""
    assert event_title_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Engineers brief students on mine clearance\n\nFriday, 8 March 2019\n\nTwo engineers"
            " talked to students on Wednesday.\n",
            None,
        ),
        (
            "News\n\nDelegates return for follow-up meeting\n\nAfter a first meeting in Arusha, the"
            " delegates met again in Moshi.\n",
            None,
        ),
        (
            "Nigerian officers complete pre-deployment seminar\n\nPosted on 2 February 2018\n\n"
            "Forty officers received certificates.\n",
            "pre-deployment seminar",
        ),
        (
            "Ceremony honours fallen peacekeepers\n\n30 May 2017\n\nA wreath-laying ceremony was"
            " held at the barracks.\n",
            None,
        ),
        (
            "Women peacekeepers share experience at Regional Gender Workshop\n\n3 May 2019\n\n"
            "Ten officers spoke.\n",
            "Regional Gender Workshop",
        ),
        (
            "Press note\n\nThe centre held a seminar on 19.08.2019 for new instructors.\n",
            None,
        ),
        (
            "Course opens for police commanders\n\n4 March 2019\n\nThe course opened on Monday in"
            " Conference Room 2 of the Ministry of Interior in Kigali.\n",
            None,
        ),
    ],
    ids=[
        "plural-subject-and-base-verb",
        "base-verb-then-a-preposition-phrase",
        "lower-case-plural-subject-before-its-base-verb",
        "a-lone-event-noun-is-no-title",
        "event-phrase-after-a-plural-subject-s-verb",
        "press-note-is-a-genre-line",
        "a-conference-room-is-a-place",
    ],
)
def test_a_news_headline_is_not_the_event_s_name(text: str, expected: str | None) -> None:
    """A headline with a plural subject and a verb in the base form ("Delegates return for
    X") reports; its event phrase is the title only when it can be a name (more than its
    noun, not opened by a preposition). "Press note" is a genre line; "Conference Room 2"
    is a place."""
    assert event_title_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Séminaire sur les opérations de paix\n\nDate : 12 avril 2010\n\nLe séminaire a réuni"
            " des officiers.\n",
            "Séminaire sur les opérations de paix",
        ),
        (
            "Actualités\n\nAtelier sur la protection des civils\n\nPublié le 10 mai 2018\n\n"
            "L'atelier s'est déroulé le 3 mai à Niamey.\n",
            "Atelier sur la protection des civils",
        ),
        (
            "Programme\n\nThème : La paix durable au Sahel\n\nLe colloque a réuni trente"
            " chercheurs.\n",
            "La paix durable au Sahel",
        ),
    ],
    ids=["seminaire-heading", "atelier-heading-under-a-genre-line", "theme-field"],
)
def test_french_titles(text: str, expected: str) -> None:
    """French event nouns (séminaire, atelier, colloque) name a heading's event; "Thème :" is
    a title field."""
    assert event_title_text(text) == expected
