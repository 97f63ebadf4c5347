"""Tests of apposition segments: how an apposition divides into positions and organisations."""

from __future__ import annotations

import pytest

from pko_extract.apposition_segments import classify_segments, split_segments
from pko_extract.lexicon import Lexicon
from pko_extract.resources import default_rules


@pytest.mark.parametrize(
    ("app", "positions", "orgs"),
    [
        (
            "Director, Centre for Lake Studies, Westmere University",
            ["Director"],
            ["Centre for Lake Studies, Westmere University"],
        ),
        (
            "Director, Centre for Lake Studies / Westmere University",
            ["Director"],
            ["Centre for Lake Studies", "Westmere University"],
        ),
        (
            "Adviser, Harbour Union; Lecturer, Westmere University, Norland",
            ["Adviser", "Lecturer"],
            ["Harbour Union", "Westmere University"],
        ),
        (
            "Executive Director of the Lake Policy Centre, Westmere University",
            ["Executive Director of the Lake Policy Centre"],
            ["Lake Policy Centre, Westmere University"],
        ),
        (
            "Head of the Peace and Mediation Programme, Harbour Institute (HI)",
            ["Head of the Peace and Mediation Programme"],
            ["Harbour Institute (HI)"],
        ),
        (
            "Chief of Office, Maritime Logistics of the Norland Coast Guard",
            ["Chief of Office, Maritime Logistics"],
            ["Norland Coast Guard"],
        ),
        (
            "Director, Policy Section, Department of Field Support, United Nations",
            ["Director"],
            ["Policy Section, Department of Field Support, United Nations"],
        ),
        (
            "Senior Fellow, Coastal Program, Harbour Institute",
            ["Senior Fellow"],
            ["Coastal Program, Harbour Institute"],
        ),
        (
            "Lakeside Women in Peace Network (Former Civil Affairs Officer in Juba)",
            ["Former Civil Affairs Officer in Juba"],
            ["Lakeside Women in Peace Network"],
        ),
        ("Programme Officer (ida.holm@peace.example)", ["Programme Officer"], []),
        (
            "Special Representative (SRSG) for Norland, Harbour Institute (HI)",
            ["Special Representative (SRSG) for Norland"],
            ["Harbour Institute (HI)"],
        ),
        (
            "Harbour Institute (Office of the Special Envoy)",
            [],
            ["Harbour Institute (Office of the Special Envoy)"],
        ),
        ("Commander, Sector 2", ["Commander, Sector 2"], []),
        ("Chief of Staff, 4th Division", ["Chief of Staff, 4th Division"], []),
        ("Deputy Commander, Tallow Unit", ["Deputy Commander"], ["Tallow Unit"]),
        (
            "Director of the Lakeside Peace Institute",
            ["Director"],
            ["Lakeside Peace Institute"],
        ),
        (
            "Director General of Harbour Cooperation HQs, Cabinet Office of Norland",
            ["Director General"],
            ["Harbour Cooperation HQs, Cabinet Office of Norland"],
        ),
        ("Director of Peace Support Operations", ["Director of Peace Support Operations"], []),
        ("Director General of Staff Duties", ["Director General of Staff Duties"], []),
        (
            "Deputy Director of the Department of Planning",
            ["Deputy Director of the Department of Planning"],
            ["Department of Planning"],
        ),
        (
            "Chief of the Integrated Training Service, Department of Field Support",
            ["Chief of the Integrated Training Service"],
            ["Integrated Training Service", "Department of Field Support"],
        ),
        (
            "Head of the Mediation Programme, Norland Peace Research Institute",
            ["Head of the Mediation Programme"],
            ["Norland Peace Research Institute"],
        ),
        (
            "Coastal Programme Associate Fellow, Harbour House Institute",
            ["Coastal Programme Associate Fellow"],
            ["Harbour House Institute"],
        ),
        (
            "former Chief of Staff, Military Component, UNMIX",
            ["former Chief of Staff"],
            ["Military Component, UNMIX"],
        ),
        ("Professor, Westmere University, Norland", ["Professor"], ["Westmere University"]),
        (
            "Senior Research Fellow at the Harbour Peace Foundation",
            ["Senior Research Fellow"],
            ["Harbour Peace Foundation"],
        ),
        ("Lecturer, ICCT/CTC", ["Lecturer"], ["ICCT/CTC"]),
        ("Lecturer, MDI / DCU", ["Lecturer"], ["MDI / DCU"]),
        (
            "Director, Peacekeeping Operations, Defence Headquarters",
            ["Director, Peacekeeping Operations"],
            ["Defence Headquarters"],
        ),
        ("Commandant of the LPTC", ["Commandant"], ["LPTC"]),
        ("Norland's Defence Attaché in Westmere", ["Defence Attaché in Westmere"], []),
        (
            "Director, Lakeside Peace Institute (Norland)",
            ["Director"],
            ["Lakeside Peace Institute"],
        ),
        ("UNMIX’s Chief of Staff", ["Chief of Staff"], ["UNMIX"]),
        (
            "President of the 9th session of the Lake Assembly, at the Committee Meeting",
            ["President of the 9th session of the Lake Assembly"],
            [],
        ),
        (
            "Force Commander of the United Nations Mission in Norland (UNMIN)",
            ["Force Commander"],
            ["United Nations Mission in Norland (UNMIN)"],
        ),
        (
            "Chief of Staff of the Lakeside Truce Supervision Organization (LTSO)",
            ["Chief of Staff"],
            ["Lakeside Truce Supervision Organization (LTSO)"],
        ),
        ("Deputy Force Commander of UNMIX Force", ["Deputy Force Commander"], ["UNMIX Force"]),
        (
            "Commandant of the Joint Command and Staff College",
            ["Commandant"],
            ["Joint Command and Staff College"],
        ),
        (
            "Chief of Defence Staff of the Norland Armed Forces",
            ["Chief of Defence Staff"],
            ["Norland Armed Forces"],
        ),
        (
            "Mission Force Commander of the Harbour Training Mission",
            ["Mission Force Commander"],
            ["Harbour Training Mission"],
        ),
        ("Force Commander of UNMIX", ["Force Commander"], ["UNMIX"]),
        (
            "Executive Director of the Lake Policy Centre",
            ["Executive Director of the Lake Policy Centre"],
            ["Lake Policy Centre"],
        ),
        (
            "Director of the Research and Policy Unit",
            ["Director of the Research and Policy Unit"],
            ["Research and Policy Unit"],
        ),
        ("Council President for March", ["Council President for March"], []),
        ("Commandant of the College", ["Commandant of the College"], []),
        (
            "Programme Officer at the Nordic Peace Fund",
            ["Programme Officer"],
            ["Nordic Peace Fund"],
        ),
        (
            "Senior Researcher at the Lakeside Observatory on Security and Gender",
            ["Senior Researcher"],
            ["Lakeside Observatory on Security and Gender"],
        ),
        ("Data Officer, Peace Technology Lab", ["Data Officer"], ["Peace Technology Lab"]),
        ("MP (Ranking Member)", ["MP", "Ranking Member"], []),
        (
            "Minister of Trade and Chair of the Mediation and Security Council",
            ["Minister of Trade", "Chair of the Mediation and Security Council"],
            ["Mediation and Security Council"],
        ),
        (
            "a retired Commissioner of Police and former Police Commissioner of UNMIX",
            ["retired Commissioner of Police", "former Police Commissioner of UNMIX"],
            ["UNMIX"],  # "<office> of ACRONYM" kept whole, the body listed (stop 25)
        ),
        ("Minister of Trade and Industry", ["Minister of Trade and Industry"], []),
        ("Staff Writer, The Lakeshore Courier", ["Staff Writer"], ["The Lakeshore Courier"]),
        ("Coordinator Harbour for Peace (HfP)", ["Coordinator"], ["Harbour for Peace (HfP)"]),
        (
            "Senior Fellow Lakeside Peace Institute (LPI)",
            ["Senior Fellow"],
            ["Lakeside Peace Institute (LPI)"],
        ),
        ("Head of Mission Support (HMS)", ["Head of Mission Support (HMS)"], []),
        (
            "Programme Lead, Harbour Peace Network",
            ["Programme Lead"],
            ["Harbour Peace Network"],
        ),
        (
            "Adviser, Harbour Public Security Directorate",
            ["Adviser"],
            ["Harbour Public Security Directorate"],
        ),
        (
            "Assistant Secretary-General for Support Operations in the Lakeside Secretariat",
            ["Assistant Secretary-General for Support Operations"],
            ["Lakeside Secretariat"],
        ),
        (
            "Senior Adviser in the Department of Peace Operations",
            ["Senior Adviser"],
            ["Department of Peace Operations"],
        ),
        ("Police Observer in Norland", ["Police Observer in Norland"], []),
        ("Head of Office in the Eastern Sector", ["Head of Office in the Eastern Sector"], []),
        (
            "Peacekeeping Force Commander in Norland",
            ["Peacekeeping Force Commander in Norland"],
            [],
        ),
        (
            "Director of Training of the Norland National Police",
            ["Director of Training of the Norland National Police"],
            ["Norland National Police"],
        ),
        (
            # the dev gold splits such a post from its body (a training mission named with
            # its country after "Mission"); this case once pinned the phrase kept whole
            "Mission Force Commander of the Harbour Training Mission Norland",
            ["Mission Force Commander"],
            ["Harbour Training Mission Norland"],
        ),
    ],
    ids=[
        "bodies-in-a-row-are-one",
        "a-slash-keeps-two-bodies",
        "a-semicolon-keeps-two-affiliations",
        "the-body-of-an-office-and-the-body-after-it-are-one",
        "the-body-after-a-programme-is-not-the-programmes",
        "a-field-of-an-owner-joins-the-office",
        "unit-then-its-bodies-are-one",
        "program-then-institute",
        "an-office-in-parentheses-after-a-body",
        "an-address-in-parentheses-is-dropped",
        "an-acronym-in-an-office-stays",
        "a-body-in-parentheses-stays",
        "numbered-unit-joins-the-office",
        "ordinal-unit-joins-the-office",
        "named-unit-is-a-body",
        "lone-title-stands-apart",
        "lone-title-without-the",
        "lone-title-of-a-field",
        "lone-title-of-no-body",
        "deputy-keeps-its-body",
        "unit-of-the-office-then-body",
        "programme-of-the-office-then-body",
        "unit-before-office-stays",
        "unit-then-acronym",
        "country-ends-the-run",
        "modifier-opens-an-office-at-a-body",
        "joint-acronyms",
        "joint-acronyms-spaced",
        "a-field-after-an-office-is-part-of-it",
        "a-lone-title-of-the-acronym-stands-apart",
        "a-possessor-country-is-dropped",
        "a-place-in-parentheses-after-a-body-is-dropped",
        "a-possessor-acronym-is-the-organisation",
        "a-session-is-no-body-and-a-place-no-organisation",
        "a-force-commander-stands-apart-from-the-mission",
        "a-chief-of-staff-stands-apart-from-the-organization",
        "a-deputy-force-commander-stands-apart-from-the-force",
        "a-commandant-stands-apart-from-a-college-named-with-and",
        "a-chief-of-defence-staff-stands-apart-from-the-armed-forces",
        "a-post-named-by-its-body-word-stands-apart",
        "a-post-of-a-bare-acronym-stays-whole",
        "an-executive-director-keeps-the-body",
        "a-lone-title-keeps-a-unit",
        "a-body-word-before-an-office-is-no-organisation",
        "a-lone-title-of-a-body-not-named-stays-whole",
        "a-unit-word-before-an-office-at-a-fund-is-no-organisation",
        "an-observatory-is-a-body",
        "a-lab-is-a-body",
        "a-member-of-parliament-by-acronym-is-an-office",
        "two-offices-joined-by-and-the-second-holding-and",
        "two-offices-after-an-article-and-a-modifier",
        "and-before-no-office-stays-inside",
        "a-writer-of-a-newspaper",
        "a-body-with-its-acronym-right-after-an-office",
        "a-body-with-its-acronym-after-a-two-word-office",
        "an-office-of-a-field-with-its-acronym-stays-whole",
        "a-lead-of-a-programme",
        "a-directorate-is-a-body",
        "an-office-in-a-secretariat-stands-apart",
        "an-office-in-a-department-stands-apart",
        "an-office-in-a-country-stays-whole",
        "an-office-in-a-unit-stays-whole",
        "a-body-word-before-an-office-in-a-country-is-no-organisation",
        "a-lone-title-of-a-field-of-a-body-stays-whole",
        "a-lone-title-stands-apart-from-a-body-with-a-place-after-it",
    ],
)
def test_classify_segments(app: str, positions: list[str], orgs: list[str]) -> None:
    """A body and the bodies after it are one organisation (not across a slash or a
    semicolon); a numbered unit or a field after an office is part of it; "Director of X"
    stands apart from the body X."""
    assert classify_segments(split_segments(app), Lexicon(default_rules())) == (positions, orgs)
