"""Event title on page genres and layouts the dev corpus has few of: web furniture over the
headline (share and search lines, breadcrumbs with "/", menus, genre lines such as "Training
announcement" or "Watch:", page headers, e-mail furniture), documents about an event (memo,
minutes, summary record, chair's summary), headings over two lines or closing with their
date, news headlines with a plural subject. Each class in several wordings (dates and venues:
test_event_genre_places.py)."""

from __future__ import annotations

import pytest
from conftest import event_title_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "PRESS RELEASE\nFor immediate release\n\nLISBON, 3 May 2019 -- Officers met at the "
            "Coastal Seminar on Maritime Patrols, which was held on 1 May.",
            "Coastal Seminar on Maritime Patrols",
        ),
        (
            "Search this site\nForum on Police Reform in Missions\n\n12 March 2020\n\nThe forum "
            "met in Lyon.",
            "Forum on Police Reform in Missions",
        ),
        (
            "Facebook Twitter LinkedIn\nEmbargoed until 10:00 GMT\nAnnual Dialogue on Mediation "
            "Support\n\nTuesday, 4 June 2019\n\nThe dialogue met in Oslo.",
            "Annual Dialogue on Mediation Support",
        ),
        (
            "Inicio / Noticias / Eventos\nTaller sobre Protección de Civiles\n\nFecha: 3 de mayo "
            "de 2019",
            "Taller sobre Protección de Civiles",
        ),
        (
            "Course announcement\nLogistics for Peace Operations\n\n2-6 September 2019\n\n"
            "Applications are open.",
            "Logistics for Peace Operations",
        ),
        (
            "Call for Applications\nGender Advisers in Missions\n\n14-18 October 2019, Accra\n",
            "Gender Advisers in Missions",
        ),
        (
            'Videos\nWatch: Panel discussion "Courts after Conflict"\nVideo | 58:10 | Uploaded '
            "2 May 2021\n\nRecorded on 28 April 2021.",
            "Courts after Conflict",
        ),
        (
            "PARLIAMENT\nMINUTES OF THE HEARING\nOversight of Troop Deployments Abroad\n\n"
            "Date: 4 March 2015\n",
            "Oversight of Troop Deployments Abroad",
        ),
        (
            "Event details\n\nEvent\tRegional Exercise on Convoy Protection\nDate\t14/05/2019\n",
            "Regional Exercise on Convoy Protection",
        ),
        (
            "| Item | Details |\n|---|---|\n| Event | Harbour Security Forum |\n| Date | 7 "
            "October 2020 |\n",
            "Harbour Security Forum",
        ),
        (
            "Blog\n\nReflections on the Lakeside Police Retreat\n\nBy Ana Ruiz | 2 July 2018\n\n"
            "Last week I joined the retreat.",
            "Lakeside Police Retreat",
        ),
        (
            "News\nNotes from the Annual Civil Affairs Workshop\n\n12 May 2019\n\nThe workshop "
            "met in Entebbe.",
            "Annual Civil Affairs Workshop",
        ),
        (
            "Past event\n\nWednesday, 9 March 2016\n12:30 - 14:00\n\nThe Civilians Agenda at "
            "Twenty\n\nLocation\nLarch Room\n",
            "The Civilians Agenda at Twenty",
        ),
        (
            "Thursday 4 May 2017, 6 pm\n\nCourts and Police after the Blue Helmets\n\nThe panel "
            "looks at justice after missions.",
            "Courts and Police after the Blue Helmets",
        ),
        (
            "COMUNICADO DE PRENSA\n\nLIMA, 5 de junio de 2019 — El centro inauguró ayer el Curso "
            "Regional de Policía de Paz en su sede.",
            "Curso Regional de Policía de Paz",
        ),
    ],
    ids=[
        "for-immediate-release",
        "search-box",
        "share-and-embargo",
        "breadcrumb-slashes-spanish",
        "course-announcement",
        "call-for-applications",
        "watch-label",
        "minutes-of-the-hearing",
        "table-row-event",
        "pipe-table-event",
        "reflections-on",
        "notes-from",
        "event-date-and-time-above",
        "weekday-time-above",
        "spanish-release",
    ],
)
def test_title_under_page_furniture(text: str, expected: str) -> None:
    """The title is the heading under web furniture and genre lines, not the furniture; a
    blog's "Reflections on" is not part of it; a heading capitalised like a name under an
    event's date and time line names the event."""
    assert event_title_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Peacekeepers from Nepal receive UN medals\n\nMALAKAL, 9 November 2017 -- The troops "
        "were honoured on Tuesday.",
        "Officers of the Guard complete patrol training\n\nGOMA, 3 March 2016 -- The course "
        "ended on Friday.",
        "Nurses with Medical Unit treat villagers\n\nBUNIA, 12 May 2018 -- Medics visited "
        "villages on Monday.",
        "12 March 2019\n\nBattalion Hands Over Camp to Police\n\nThe handover took place in Bor.",
    ],
    ids=["receive", "complete", "treat", "bare-date-above-news"],
)
def test_news_headline_with_a_plural_subject_is_no_title(text: str) -> None:
    """A headline whose plural subject has a "from/of/with X" part before its verb reports
    news; a weekday later in the story under it does not make it an event page's heading."""
    assert event_title_text(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "INTERNATIONAL SYMPOSIUM ON\nPEACEKEEPING IN URBAN ENVIRONMENTS\n\nOrganised by the "
            "Ministry\n",
            "INTERNATIONAL SYMPOSIUM ON PEACEKEEPING IN URBAN ENVIRONMENTS",
        ),
        (
            "Regional Seminar for\nHeads of Military Components\n\n3 May 2018\n",
            "Regional Seminar for Heads of Military Components",
        ),
        (
            "Chair's Summary\n\nHigh-Level Meeting on Women in Peacekeeping Leadership\n\n"
            "New York, 26 September 2017\n",
            "High-Level Meeting on Women in Peacekeeping Leadership",
        ),
        (
            "CONCEPT NOTE\n\nExpert Group Meeting on Mission Data\n\nDate and venue:\n"
            "28–29 October 2021\n",
            "Expert Group Meeting on Mission Data",
        ),
        (
            "MEMORANDUM\n\nTo: All staff\nFrom: Chief of Staff\nSubject: Town hall meeting on the "
            "budget\nDate: 2 August 2022\n",
            "Town hall meeting on the budget",
        ),
        (
            "Fourth Committee\n\nSummary record of the 12th meeting\n\nHeld on 3 March 2011.\n",
            "Fourth Committee 12th meeting",
        ),
        (
            "Launch of the Annual Review of Missions – 12 May 2016\n\nThe authors present it.\n",
            "Launch of the Annual Review of Missions",
        ),
        (
            "Table ronde\n\nL'avenir des opérations de paix au Sahel\n\nDate : mardi 14 mai 2019, "
            "18h00\n",
            "L'avenir des opérations de paix au Sahel",
        ),
    ],
    ids=[
        "caps-title-runs-on",
        "title-runs-on-for",
        "chairs-summary",
        "concept-note",
        "memo-subject",
        "summary-record",
        "title-closing-with-date",
        "french-article-no-verb",
    ],
)
def test_title_of_event_documents(text: str, expected: str) -> None:
    """Titles of documents about an event: a heading over two lines, a genre line over it
    (chair's summary, concept note, memorandum), a memo's subject, a numbered meeting's
    summary record under its body, a title line closing with its date; a French article
    ending in "s" is no headline verb."""
    assert event_title_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mission marks ten years with ceremony in Goma\n\nGOMA, 1 July 2020 – The mission "
        "marked its anniversary today.",
        "Police unit marks its anniversary with a ceremony\n\nJUBA, 9 July 2019 – Officers "
        "gathered today.",
    ],
    ids=["with-ceremony", "with-a-ceremony"],
)
def test_event_noun_inside_a_complement_is_no_title(text: str) -> None:
    """A headline whose event noun stands after "with" names no event ("marks X with
    ceremony", "marks its anniversary with a ceremony")."""
    assert event_title_text(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Add to calendar\n\nEvent title\nPartnerships in the Indo-Pacific\n\nDate\nTuesday 10 "
            "October 2023\n",
            "Partnerships in the Indo-Pacific",
        ),
        ("Title\nPolicing after Transitions\n\nDate\n3 May 2019\n", "Policing after Transitions"),
        (
            'Interview\n\n"We must listen to communities": an adviser on the sidelines of the '
            "Global Police Summit\n\nPosted 20 June 2022\n",
            "Global Police Summit",
        ),
        (
            '"We are ready to deploy": the minister on the margins of the Regional Defence '
            "Forum\n\n4 May 2018\n",
            "Regional Defence Forum",
        ),
    ],
    ids=["event-title-alone", "title-alone", "sidelines", "margins"],
)
def test_title_under_a_label_alone_or_beside_a_quotation(text: str, expected: str) -> None:
    """A title label alone over its value; a quotation of what someone said is no title, the
    event "on the sidelines of" which it was said is."""
    assert event_title_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Menu\nResearch\nEvents\nAbout us\n\nPast Event\n\nMonday, April 8, 2019 - 16:30 to "
            "18:00\n\nPeace Operations and Organised Crime\n\nLivestream | Add to calendar\n",
            "Peace Operations and Organised Crime",
        ),
        (
            "Home\nNews\nContact\n\nThursday 2 May 2019, 10:00\n\nMissions and Trained Police "
            "Units\n",
            "Missions and Trained Police Units",
        ),
        (
            "Faculty of Law - News and Events\n\nGuest lecture: Courts after Conflict\n\nPosted in "
            "Events | Tagged justice\n",
            "Courts after Conflict",
        ),
        (
            "Page 1 of 12\n\nCONFERENCE REPORT\n\nBuilding Resilient Peace\n\nKigali, 18–19 "
            "November 2021\n",
            "Building Resilient Peace",
        ),
        (
            "View this email in your browser\n\nDear colleagues,\n\nSave the date: Annual Meeting "
            "of Training Centres, 18 November 2021, at the Serenity Hotel.\n",
            "Annual Meeting of Training Centres",
        ),
        (
            "Vienna, 3 November 2016\n\n[Check against delivery]\n\nOpening remarks at the "
            "Conference on Police Reform in Peace Operations\n",
            "Conference on Police Reform in Peace Operations",
        ),
        (
            "Embassy > News\n\nReception on the occasion of the International Day of UN "
            "Peacekeepers\n\nDate: 2019/05/30\n",
            "International Day of UN Peacekeepers",
        ),
        (
            "Concert to mark the World Day of Peace Operations\n\n4 June 2020\n",
            "World Day of Peace Operations",
        ),
    ],
    ids=[
        "menu-and-organised",
        "menu-and-trained",
        "site-banner-news-and-events",
        "pdf-page-header",
        "email-save-the-date",
        "opening-remarks-not-a-verb",
        "on-the-occasion-of",
        "to-mark",
    ],
)
def test_title_on_cluttered_pages(text: str, expected: str) -> None:
    """Menus of short lines, page headers, e-mail furniture and salutations are furniture;
    a participle after "and"/"of" is no headline verb, nor "remarks" after "Opening"; a
    genre label's value stops before its date; the day a reception marks is the event."""
    assert event_title_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Events\n\nWomen, Peace and Security in Practice\n\nHybrid event\n\nThursday 16 March "
            "2023, 14:00–15:30 GMT\n",
            "Women, Peace and Security in Practice",
        ),
        (
            "Justice, Police and Prisons after Missions\n\nPublic Seminar\n\nMonday 4 May 2020, "
            "10:00\n",
            "Justice, Police and Prisons after Missions",
        ),
        (
            "Speech by the Minister at the Launch of the National Training Strategy\n\nDate: 14 "
            "Feb 2018\n",
            "Launch of the National Training Strategy",
        ),
        (
            "Remarks by the Director at the launch of the Annual Report on Missions\n\n"
            "3 May 2019\n",
            "launch of the Annual Report on Missions",
        ),
        (
            "PRESS STATEMENT\n\nThe Peace and Security Council of the Union, at its 780th meeting "
            "held on 4 July 2018, was briefed.",
            "Peace and Security Council 780th meeting",
        ),
        (
            "COMMUNIQUE\n\nThe Regional Security Committee, in its 12th meeting on 2 May 2016, "
            "adopted a plan.",
            "Regional Security Committee 12th meeting",
        ),
        (
            "IN BRIEF\n\n• 12 May – The centre hosted a Roundtable on Gender Parity for Mission "
            "Leaders at its campus.\n• 20 May – A new director was appointed.\n",
            "Roundtable on Gender Parity for Mission Leaders",
        ),
        (
            "Highlights\n\n- On 3 June the academy organised a Seminar on Convoy Security for 40 "
            "officers.\n",
            "Seminar on Convoy Security",
        ),
    ],
    ids=[
        "hybrid-event-line",
        "public-seminar-line",
        "speech-at-launch",
        "remarks-at-launch",
        "at-its-meeting",
        "in-its-meeting",
        "in-brief-bullet",
        "bullet-for-a-count",
    ],
)
def test_title_of_more_cluttered_pages(text: str, expected: str) -> None:
    """A kind-of-event line between a title and its date; a speech at a launch names the
    launch; a body's numbered meeting in running text; a list item that reports an event,
    without the count after it."""
    assert event_title_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "SÉMINAIRE\n\n« La police dans les opérations de paix »\n\nJeudi 7 février 2019, de 9h "
            "à 17h\n",
            "La police dans les opérations de paix",
        ),
        (
            "COLLOQUE\n\n«Les casques bleus et les civils»\n\nmardi 3 mai 2016, 14h\n",
            "Les casques bleus et les civils",
        ),
        (
            "Noticias\n\nCon éxito culminó el Ejercicio Multinacional Fuerzas Unidas 2019\n\n"
            "Publicado: 20/09/2019\n",
            "Ejercicio Multinacional Fuerzas Unidas 2019",
        ),
        (
            "FOR RELEASE: 10 June 2020\n\nCentre Hosts Course\n\nThe centre opened the Regional "
            "Course on Civil-Military Coordination on 8 June 2020 at its campus.",
            "Regional Course on Civil-Military Coordination",
        ),
    ],
    ids=["guillemets-jeudi-9h", "guillemets-mardi-14h", "spanish-ejercicio", "on-date-inside"],
)
def test_french_quotes_spanish_exercises_and_dates_inside(text: str, expected: str) -> None:
    """A title in « » over a French date line (weekday, "9h"); "Ejercicio" names an event; a
    date after "on" closes a title found in running text."""
    assert event_title_text(text) == expected
