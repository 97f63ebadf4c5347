# ruff: noqa: E501  (one table row per line)
"""Tests of link.py: (text, date) -> linked missions, evidence and offsets.

All sentences are written for these tests; none is taken from the evaluation corpus.
"""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pko_extract.errors import ResourceError
from pko_extract.gazetteer import default_gazetteer
from pko_extract.link import CUES_FILE, find_mission_mentions, fold_text, load_cues
from pko_extract.segment import read_layout


@pytest.fixture(scope="module")
def gaz():
    return default_gazetteer()


def acronyms(text: str, on: date | None, gaz) -> list[str | None]:
    return [m.acronym for m in find_mission_mentions(read_layout(text), on, gaz)]


# (text, date) -> acronyms of the mentions, in text order (None = cited but undetermined)
CASES = [
    # the examples: one place, different years
    ("haiti-2012", "Blue helmets in Haiti rebuilt roads after the storm.", date(2012, 3, 1), ["MINUSTAH"]),
    ("haiti-2018", "Blue helmets in Haiti trained the national police.", date(2018, 6, 1), ["MINUJUSTH"]),
    ("haiti-2021-spm", "The UN mission in Haiti reported on gang violence.", date(2021, 5, 1), ["BINUH"]),
    ("congo-2005", "Peacekeepers deployed in the Congo protected camps.", date(2005, 4, 1), ["MONUC"]),
    ("congo-2012", "Peacekeepers deployed in the Congo protected camps.", date(2012, 4, 1), ["MONUSCO"]),
    ("darfur-au-2006", "The AU deployed peacekeepers in Darfur.", date(2006, 4, 1), ["AMIS"]),
    ("darfur-au-2012", "The AU and the UN keep peacekeepers in Darfur.", date(2012, 4, 1), ["UNAMID"]),
    ("untac-named", "Japan sent engineers to UNTAC twenty years ago.", date(2012, 4, 1), ["UNTAC"]),
    ("south-sudan-2012", "An engineering unit was deployed to South Sudan.", date(2012, 4, 1), ["UNMISS"]),
    # two missions in one country: undetermined
    ("sudan-2008-two", "Peacekeepers in Sudan faced many challenges.", date(2008, 6, 1), [None]),
    ("sudan-2008-caps", "PEACEKEEPING TALKS: SUDAN AMONG OPTIONS", date(2008, 6, 1), [None]),
    # a mission that had not started yet
    ("mali-not-started", "A regional force is to be deployed in Mali.", date(2012, 11, 1), [None]),
    # a country with no mission, and contributors
    ("no-mission", "Peacekeeping training in Myanmar was discussed.", date(2012, 4, 1), []),
    ("contributor-from", "A peacekeeping contingent from Nepal arrived.", date(2009, 4, 1), []),
    ("nationality-of", "Major Ama Mensah of Liberia spoke about peacekeeping.", date(2012, 1, 1), []),
    ("official-title", "The Minister of Defence of Chad opened the mission review.", date(2008, 6, 1), []),
    ("permanent-mission", "The Permanent Mission of Japan welcomed the ambassador of Cyprus.", date(2015, 1, 1), []),
    ("ambassador-of", "Peacekeeping was the topic of the ambassador of Lebanon.", date(2015, 1, 1), []),
    ("no-context", "The Ambassador of Haiti thanked the hosts.", date(2012, 1, 1), []),
    ("peacebuilding-not-cue", "Burundi and Sierra Leone are on the peacebuilding agenda.", date(2012, 1, 1), []),
    # explicit names and variants
    ("full-name-paren", "The United Nations Operation in Côte d'Ivoire (UNOCI) closed.", date(2017, 7, 1), ["UNOCI"]),
    ("short-name", "She joined the UN Mission in South Sudan last year.", date(2016, 1, 1), ["UNMISS"]),
    ("variant-place-alias", "He served with the U.N. Operation in Ivory Coast.", date(2010, 1, 1), ["UNOCI"]),
    ("au-variant", "The AU Mission in Somalia received new troops.", date(2015, 1, 1), ["AMISOM"]),
    ("french-acronym", "L'ONUCI a quitté le pays.", date(2017, 7, 1), ["UNOCI"]),
    ("generic-reference", "MINUSTAH closed in 2017. The Mission had served 13 years.", date(2017, 11, 1), ["MINUSTAH", "MINUSTAH"]),
    ("shared-acronym-by-date", "UNEF was the first armed peacekeeping force.", date(1970, 1, 1), ["UNEF I"]),
    ("office-named", "A delegate of the United Nations Office to the African Union spoke.", date(2019, 1, 1), ["UNOAU"]),
    ("short-acronym-elsewhere", "The ISF of Lebanon trained with UNIFIL peacekeepers.", date(2010, 1, 1), ["UNIFIL"]),
    ("short-acronym-with-place", "The ISF helped restore order in Timor-Leste.", date(2008, 1, 1), ["ISF"]),
    ("forces-named", "ISAF and KFOR are NATO operations.", date(2010, 1, 1), ["ISAF", "KFOR"]),
    # titles naming a mission's place
    ("srsg", "She was Special Representative of the Secretary-General for Iraq.", date(2015, 1, 1), ["UNAMI"]),
    ("force-commander", "He later served as Force Commander in Lebanon.", date(2012, 1, 1), ["UNIFIL"]),
    ("former-title-undated", "Dr. Aki Sato, former SRSG for Timor-Leste, spoke.", date(2015, 1, 1), [None]),
    ("title-with-year", "She was Special Representative for Timor-Leste in 2008.", date(2020, 1, 1), ["UNMIT"]),
    # context: negation, clauses, recency, years, lists
    ("negated", "In Libya, peacekeeping would not be useful.", date(2012, 11, 1), [None]),
    ("clauses", "In Libya peacekeeping was not an option, but in Liberia peacekeepers kept order.", date(2012, 1, 1), [None, "UNMIL"]),
    ("recently-ended", "Peacekeepers faced grave danger in the recent case of Syria.", date(2012, 11, 5), ["UNSMIS"]),
    ("year-in-clause", "Troops were deployed in Cambodia in 1993.", date(2012, 1, 1), ["UNTAC"]),
    ("decade-in-clause", "Japan sent engineers to Cambodia in the early 1990s under the PKO law.", date(2012, 1, 1), ["UNTAC"]),
    ("list", "Peacekeeping missions in Kosovo, Bosnia and Cyprus", date(2001, 1, 1), ["UNMIK", "UNMIBH", "UNFICYP"]),
    ("region-spm", "Envoys to the Middle East and Central Asia discussed peace operations.", date(2011, 1, 1), [None, "UNRCCA"]),
    ("subregion", "UN peacekeepers in Western Sahara monitor the ceasefire.", date(2015, 1, 1), ["MINURSO"]),
    ("spm-only-country", "Plans for a UN peacekeeping role in Afghanistan were weighed.", date(2008, 6, 1), ["UNAMA"]),
    ("ocr-typo", "Only peacekeeping could cope in Cote d'lvoire.", date(2011, 4, 1), ["UNOCI"]),
    ("curly-apostrophe", "Peace operations in Côte d’Ivoire continued.", date(2011, 4, 1), ["UNOCI"]),
    ("place-of-named-mission", "AMISOM troops left Somalia; ATMIS took over.", date(2022, 6, 1), ["AMISOM", "AMISOM", "ATMIS"]),
    ("cities", "Peacekeepers sheltered civilians in Juba and patrolled Bangui.", date(2016, 1, 1), ["UNMISS", "MINUSCA"]),
    ("city-in-subregion", "Blue helmets were deployed in El Fasher.", date(2012, 1, 1), ["UNAMID"]),
    ("two-pkos-one-place", "UN staff serve on a peacekeeping mandate on the Golan Heights", date(2018, 1, 1), [None]),
    ("observers-one-of-two", "UN observers on the Golan Heights", date(2018, 1, 1), ["UNTSO"]),
    ("truncated-end", "Officers served on peacekeeping missions in Liberia and the Central African Repu", date(2016, 1, 1), ["UNMIL", "MINUSCA"]),
    # a mission named by an adjectival place form, and periods written after the place
    ("adjective-mission-years", "Colonel Ida Berg served with the Namibian mission 1989-90.", date(2016, 1, 1), ["UNTAG"]),
    ("adjective-mission-undated", "He recalled the Cambodian mission, his first UN posting.", date(1993, 1, 1), ["UNTAC"]),
    ("adjective-operation", "The Somali operation of 1993 taught hard lessons.", date(2016, 1, 1), ["UNOSOM II"]),
    ("adjective-not-mission", "Rwandan troops deployed to Darfur.", date(2010, 1, 1), ["UNAMID"]),
    ("adjective-diplomatic", "The Haitian mission to the UN hosted a reception.", date(2010, 1, 1), []),
    ("places-with-years", "His peacekeeping tours: Namibia 1989-90, Cambodia 1992-93, Mozambique 1994 and Bosnia 2001-02.", date(2016, 1, 1), ["UNTAG", "UNTAC", "ONUMOZ", "UNMIBH"]),
    ("year-range-slash", "Blue helmets were deployed in Cambodia 1992/93.", date(2016, 1, 1), ["UNTAC"]),
    ("iso-date-not-range", "Peacekeepers left Cambodia on 1993-09-26.", date(2016, 1, 1), ["UNTAC"]),
    # missions named by a title
    ("top-un-envoy", "The top UN envoy in Kosovo addressed the students.", date(2010, 1, 1), ["UNMIK"]),
    ("un-envoy-for", "A U.N. special envoy for Western Sahara was named.", date(2019, 1, 1), ["MINURSO"]),
    ("head-of-un-mission", "Ms. Rao, head of the UN mission in Liberia, opened the course.", date(2010, 1, 1), ["UNMIL"]),
    ("commissioner-of-mission", "Mr. Osei, Police Commissioner of the mission in Haiti, spoke next.", date(2012, 1, 1), ["MINUSTAH"]),
    ("former-officer-of-mission", "Ms. Vega, a former legal officer with the UN mission in Haiti, spoke.", date(2015, 1, 1), ["MINUSTAH"]),
    ("mission-known-as", "The UN mission in South Sudan, known as UNMISS, shelters civilians.", date(2019, 1, 1), ["UNMISS", "UNMISS"]),
    ("written-name-over-title", "She praised the UN Mission in South Sudan.", date(2005, 4, 1), ["UNMISS"]),
    # regional operations of the gazetteer 1.1.0
    ("eu-csdp-names", "EUTM Somalia and EUCAP Sahel Niger trained officers.", date(2019, 1, 1), ["EUTM Somalia", "EUCAP Sahel Niger"]),
    ("eucap-shared", "EUCAP advisers met the police.", date(2019, 1, 1), [None]),
    ("eu-told-by-name", "The EU training mission in Mali trains soldiers.", date(2019, 1, 1), ["EUTM Mali"]),
    ("oau-observers", "The OAU Neutral Military Observer Group came first; then UNAMIR.", date(2000, 1, 1), ["NMOG", "UNAMIR"]),
    ("sadc-lesotho", "The SADC Preventive Mission in the Kingdom of Lesotho left in 2018.", date(2019, 1, 1), ["SAPMIL"]),
    ("osce-ukraine", "OSCE Special Monitoring Mission to Ukraine monitors reported shelling.", date(2016, 1, 1), ["OSCE SMM"]),
    ("short-acronym-no-place", "The SMM team met at noon.", date(2016, 1, 1), []),
    # not missions: delegations, initiatives, generic and diplomatic missions
    ("delegation-in-brackets", "The rapporteur, Mr. Amr Salem (Egypt), presented the peacekeeping report.", date(2015, 1, 1), []),
    ("initiative-not-cue", "The Global Peace Operations Initiative funds courses in Mali.", date(2019, 1, 1), []),
    ("standby-not-cue", "The African Standby Force held an exercise in Mali.", date(2019, 1, 1), []),
    ("generic-count", "Japan has contributed to 15 UN missions and field missions.", date(2016, 1, 1), []),
    ("employer-acronym", "Speakers: Ana Diaz, UNMISS; Tom Lee, MINUSCA.", date(2019, 1, 1), ["UNMISS", "MINUSCA"]),
    # newspaper spelling of acronyms, UN forces and police, Rwanda in 1994
    ("title-case-acronyms", "Monusco and Amisom troops met; Unifil stayed.", date(2019, 1, 1), ["MONUSCO", "AMISOM", "UNIFIL"]),
    ("title-case-name-not-acronym", "Micah Stone praised the peacekeepers in Haiti.", date(2005, 1, 1), ["MINUSTAH"]),
    ("un-force", "She commanded the UN force in Cyprus.", date(2010, 1, 1), ["UNFICYP"]),
    ("un-police", "He was a UN police officer in Kosovo in 2005.", date(2016, 1, 1), ["UNMIK"]),
    ("rwanda-1994", "Peacekeepers stood by in Rwanda in 1994.", date(2016, 1, 1), ["UNAMIR"]),
    ("uganda-1993", "UN military observers were deployed in Uganda in 1993.", date(2016, 1, 1), ["UNOMUR"]),
    # a mission's name written in lower case, the UN named in a title, lists with "in"
    ("lowercase-name", "Troops praised the UN mission in Sudan for its work.", date(2009, 6, 1), ["UNMIS"]),
    ("lowercase-name-ended", "The UN mission in Haiti rebuilt the port.", date(2005, 6, 1), ["MINUSTAH"]),
    ("un-title-un-led", "She now heads the UN mission in Somalia.", date(2019, 6, 1), ["UNSOM"]),
    ("au-title-au-led", "She now heads the AU mission in Somalia.", date(2019, 6, 1), ["AMISOM"]),
    ("list-with-in", "Our peacekeepers serve in South Sudan, in the Central African Republic and in Mali.", date(2019, 6, 1), ["UNMISS", "MINUSCA", "MINUSMA"]),
    ("previous-sentence-list", "We have sent 9,000 peacekeepers since 1990. Our units now serve in Lebanon, in Mali and in Abyei.", date(2019, 6, 1), ["UNIFIL", "MINUSMA", "UNISFA"]),
    ("previously-served", "Ms. Ode, who previously served with the UN police in Haiti, spoke.", date(2016, 6, 1), ["MINUSTAH"]),
    ("former-post-at-place", "Col. Abe (Former Commanding Officer, Engineer Group in South Sudan) spoke on peacekeeping.", date(2016, 6, 1), [None]),
    ("period-of-another-clause", "The mission in Chad closed in 2010, and peacekeepers now patrol Abyei.", date(2012, 6, 1), ["MINURCAT", "UNISFA"]),
    ("sahel-region", "Peacekeeping in the Sahel faces terrorism.", date(2019, 6, 1), []),
    # a record of deployments: places each with its period, no cue word
    ("deployment-record", "He served in Namibia (1989-90), Cambodia (1992-93) and Mozambique (1994).", date(2016, 6, 1), ["UNTAG", "UNTAC", "ONUMOZ"]),
    ("places-with-years-no-mission", "He visited Kenya in 2010 and Mali in 2012.", date(2016, 6, 1), []),
    ("one-place-with-year", "Born in Liberia in 1970, he studied law.", date(2016, 6, 1), []),
    # the event's venue is not a mission's place; the UN's top official
    ("venue-held-in", "The peacekeeping seminar took place in Bamako, Mali, on 5 May.", date(2016, 5, 1), []),
    ("venue-and-mission", "Peacekeepers in Mali face attacks; the seminar was held in Bamako.", date(2016, 5, 1), ["MINUSMA"]),
    ("venue-field", "Venue: Juba. Topic: peacekeeping.", date(2016, 5, 1), []),
    ("un-possessive-official", "The UN's top official in Afghanistan spoke.", date(2012, 5, 1), ["UNAMA"]),
    # troops at a place whose only mission is political; visiting missions
    ("troops-at-spm-place", "Japan deployed Self-Defense Forces to Iraq in 2004.", date(2016, 5, 1), []),
    ("peacekeeping-at-spm-place", "UN peacekeeping in Iraq was never an option, but the UN mission in Iraq grew.", date(2010, 5, 1), [None, "UNAMI"]),
    ("council-mission-not-cue", "The Security Council mission to Mali met officials.", date(2019, 5, 1), []),
    ("acronym-before-hyphen", "MONUSCO-supported patrols and UNMISS-run camps", date(2016, 5, 1), ["MONUSCO", "UNMISS"]),
    ("hyphenated-acronym", "UNEF-II replaced it.", date(1976, 5, 1), ["UNEF II"]),
    ("operation-name-not-person", "Amber Fox, director of the peacekeeping centre, recalled Operation Amber Fox.", date(2016, 5, 1), ["Amber Fox"]),
    # a period written right after a place is that place's; a post outlives its mission
    ("period-of-another-place", "He was a police adviser in Liberia 2004-05 and Police Commissioner in Darfur.", date(2009, 1, 1), ["UNAMID"]),
    ("period-not-lent-to-next-place", "Peacekeepers served in Liberia 2004-05 and in Darfur.", date(2009, 1, 1), ["UNMIL", "UNAMID"]),
    ("post-of-ended-mission", "Mr. Kofi Mensah, Police Commissioner in Darfur, spoke.", date(2023, 1, 1), ["UNAMID"]),
    ("post-with-its-year", "Mr. Kofi Mensah, Police Commissioner in Darfur in 2006, spoke.", date(2023, 1, 1), ["AMIS"]),
    ("former-post-of-ended-mission", "Mr. Kofi Mensah, former Police Commissioner in Darfur, spoke.", date(2023, 1, 1), [None]),
    ("place-of-ended-mission", "Peacekeepers once patrolled Darfur.", date(2023, 1, 1), [None]),
    # actors: a list after "by" names governments that speak or send, even when it starts with
    # countries that no mission served
    ("actor-by", "Statements on the peacekeeping mission were delivered by Burundi, Djibouti and Mali.", date(2019, 1, 1), []),
    ("actor-by-unknown-first", "Statements on the peacekeeping mission were delivered by Kenya, Djibouti and Mali.", date(2019, 1, 1), []),
    ("contributors-unknown-first", "Peacekeeping troops from Kenya, Djibouti and Mali arrived.", date(2019, 1, 1), []),
    ("list-through-unknown-place", "Peacekeepers serve in Lebanon, Kenya and Mali.", date(2019, 1, 1), ["UNIFIL", "MINUSMA"]),
    # the previous sentence's cue: lists of mission places, sentences that continue it, one block
    ("previous-cue-list-with-non-host", "Peacekeeping is in doubt. Famine is spreading in places like Sudan, Nigeria and Somalia.", date(2012, 1, 1), []),
    ("continuing-sentence", "UN peacekeeping had many successes in 2006. Among them: elections in the Congo and order in Haiti.", date(2007, 1, 1), ["MONUC", "MINUSTAH"]),
    ("sentence-not-continuing-other-block", "UN peacekeeping had many successes in 2006.\n\nElections in the Congo and order in Haiti.", date(2007, 1, 1), []),
    ("continuing-region", "UN peacekeeping had many successes in 2006. Among them: justice in West Africa.", date(2007, 1, 1), []),
    ("previous-bullet", "- 500 troops passed through the airport.\n- The wars of Cambodia, Somalia, Congo and Darfur were not prevented.", date(2006, 11, 1), []),
    ("same-paragraph", "500 troops passed through the airport. The wars of Cambodia, Somalia, Congo and Darfur were not prevented.", date(2006, 11, 1), [None, "MONUC", "AMIS"]),
    # a place written with a lower-case compass word
    ("southern-sudan-2008", "Peacekeepers were deployed in southern Sudan.", date(2008, 1, 1), ["UNMIS"]),
    ("southern-sudan-2013", "Peacekeepers were deployed in southern Sudan.", date(2013, 1, 1), ["UNMISS"]),
    ("lower-case-words", "The chad and niger were words of peacekeeping.", date(2013, 1, 1), []),
    # a title that writes its organisation means that organisation's missions
    ("org-led-force", "The NATO-led force in Kosovo patrols the border.", date(2005, 1, 1), ["KFOR"]),
    ("eu-force", "The EU force in Chad protected refugees.", date(2008, 6, 1), ["EUFOR Tchad/RCA"]),
    ("osce-monitors", "OSCE monitors in eastern Ukraine reported shelling.", date(2016, 1, 1), ["OSCE SMM"]),
    ("au-special-representative", "Mr. Kone, the African Union's special representative for Somalia, spoke.", date(2019, 1, 1), ["AMISOM"]),
    ("au-envoy-no-au-mission", "Mr. Kone, the AU's special envoy to South Sudan, spoke.", date(2019, 1, 1), []),
    ("au-mission-not-un", "Mr. Kone, head of the AU mission in Mali, spoke on peacekeeping.", date(2019, 1, 1), [None]),
    ("un-mission-not-au", "The UN mission in Darfur was praised.", date(2006, 1, 1), [None]),
    ("fr-au-is-a-word", "Elle a servi dans la mission de l'ONU au Soudan du Sud.", date(2019, 6, 1), ["UNMISS"]),
    # a mission named by its place; a title's place is written capitalised
    ("place-operation", "The Somalia operation faced a crisis.", date(1994, 6, 1), ["UNOSOM II"]),
    ("place-mission-year", "The Congo mission of 1960 was vast.", date(2019, 1, 1), ["ONUC"]),
    ("place-mission-diplomatic", "The Haiti mission to the UN hosted a reception.", date(2019, 1, 1), []),
    ("title-place-lower-case", "He was force commander in chad in 2008.", date(2019, 1, 1), []),
    ("place-operation-not-political", "The Afghanistan operation cost many lives.", date(2010, 1, 1), []),
    ("adjective-operation-not-political", "The Afghan operation cost many lives.", date(2010, 1, 1), []),
    ("place-mission-political", "The Afghanistan mission mediated between factions.", date(2010, 1, 1), ["UNAMA"]),
    # uniformed posts are not held in political missions; "hybrid" and "former" in names
    ("force-commander-past-pko", "He recalled his years as Force Commander in Sierra Leone.", date(2019, 1, 1), ["UNAMSIL"]),
    ("force-commander-not-spm", "He was Force Commander in Sierra Leone.", date(2010, 1, 1), ["UNAMSIL"]),
    ("srsg-spm", "He was Special Representative for Sierra Leone.", date(2010, 1, 1), ["UNIPSIL"]),
    ("hybrid-operation", "The hybrid operation in Darfur faces cuts.", date(2012, 1, 1), ["UNAMID"]),
    ("former-yugoslavia", "Peacekeepers served in the former Yugoslavia in 1993.", date(2016, 1, 1), ["UNPROFOR"]),
    ("possessive-contingent", "Liberia's peacekeeping contingent deployed to Mali.", date(2019, 1, 1), ["MINUSMA"]),
    ("possessive-peacekeepers", "Rwanda's peacekeepers serve in South Sudan and the Central African Republic.", date(2019, 1, 1), ["UNMISS", "MINUSCA"]),
    ("un-commander-year", "The UN commander in Bosnia in 1994 asked for more troops.", date(2016, 1, 1), ["UNPROFOR"]),
    ("un-commander-not-spm", "The UN military commander in Lebanon met the army chief.", date(2016, 1, 1), ["UNIFIL"]),
    # a national unit at home: its own country is not a mission's place
    ("contingent-at-home", "The Malian contingent returned home to Bamako after its peacekeeping tour.", date(2019, 1, 1), []),
    ("other-nation-unit", "Chadian peacekeepers were attacked in Kidal, Mali.", date(2019, 1, 1), ["MINUSMA", "MINUSMA"]),
    ("adjective-1.1.1", "He served with the Macedonian mission in 1996.", date(2019, 1, 1), ["UNPREDEP"]),
    # French reports
    ("fr-casques-bleus", "Les casques bleus au Mali ont été attaqués.", date(2019, 6, 1), ["MINUSMA"]),
    ("fr-srsg", "Le Représentant spécial du Secrétaire général pour la République centrafricaine a parlé.", date(2019, 6, 1), ["MINUSCA"]),
    ("fr-mission-onu", "Elle a servi dans la mission de l'ONU au Soudan du Sud.", date(2019, 6, 1), ["UNMISS"]),
    ("fr-cased-alias", "Les opérations de maintien de la paix en RDC continuent.", date(2019, 6, 1), ["MONUSCO"]),
    ("fr-au-not-african-union", "Les casques bleus au Soudan protègent les civils.", date(2006, 6, 1), ["UNMIS"]),
    ("fr-union-africaine", "Les casques bleus de l'Union africaine au Soudan protègent les civils.", date(2006, 6, 1), ["AMIS"]),
    ("fr-no-context", "Le ministre du Liban a ouvert la séance.", date(2019, 6, 1), []),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "on", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_linking_table(gaz, text, on, expected):
    assert acronyms(text, on, gaz) == expected


def test_undated_text_infers_a_date_from_its_places(gaz):
    """Without a date, the month at which most cited places have one mission is used."""
    text = (
        "Between them the officers bring peacekeeping experience from tours in "
        "the Central African Republic, Mali, Liberia, Darfur and Somalia."
    )
    mentions = find_mission_mentions(read_layout(text), None, gaz)
    assert [m.acronym for m in mentions] == ["MINUSCA", "MINUSMA", "UNMIL", "UNAMID", None]
    assert all(m.rule.endswith(":inferred_date") for m in mentions)
    assert all(m.confidence <= 0.6 for m in mentions)


def test_evidence_of_an_inferred_mention(gaz):
    text = "Protection of civilians matters.\nJapanese engineering units in Haiti were praised."
    (m,) = find_mission_mentions(read_layout(text), date(2012, 11, 5), gaz)
    assert (m.start, m.end, m.mention) == (63, 68, "Haiti")
    assert m.acronym == "MINUSTAH"
    assert m.kind == "UN_PKO"
    assert m.explicit is False
    assert m.cue == "engineering units"
    assert m.rule == "place:active"
    assert m.sentence == "Japanese engineering units in Haiti were praised."
    assert m.candidates == ("MINUSTAH",)
    assert m.confidence == 0.85


def test_evidence_of_an_explicit_mention(gaz):
    text = "Staff of the African Union Mission in Somalia (AMISOM) briefed the Council."
    (m,) = find_mission_mentions(read_layout(text), date(2019, 8, 7), gaz)
    assert m.mention == "African Union Mission in Somalia (AMISOM)"
    assert (m.acronym, m.kind, m.explicit, m.confidence) == ("AMISOM", "REGIONAL", True, 0.95)


def test_undetermined_mentions_keep_candidates_and_low_confidence(gaz):
    (m,) = find_mission_mentions(
        read_layout("Peacekeepers in Sudan faced challenges."), date(2008, 6, 5), gaz
    )
    assert m.acronym is None
    assert m.kind == "UNKNOWN"
    assert m.candidates == ("UNMIS", "UNAMID")
    assert m.confidence < 0.5
    assert m.rule == "place:ambiguous"


def test_first_mention_is_the_first_citing_string(gaz):
    text = "Peacekeepers in South Sudan were honoured. UNMISS thanked them."
    mentions = find_mission_mentions(read_layout(text), date(2012, 5, 29), gaz)
    first = next(m for m in mentions if m.acronym == "UNMISS")
    assert first.mention == "South Sudan"
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)


def test_place_in_apposition_to_a_person_is_not_linked(gaz):
    """ "Major Ba, Mali, spoke about UN peacekeepers": Mali is the person's country (the person
    names are the skip spans), not MINUSMA's place; without the names it is linked."""
    text = "Colonel Dia, Senegal, and Major Ba, Mali, spoke about UN peacekeepers."
    names = [(text.index("Dia"), text.index("Dia") + 3), (text.index("Ba,"), text.index("Ba,") + 2)]
    layout = read_layout(text)
    assert [
        m.acronym for m in find_mission_mentions(layout, date(2019, 1, 1), gaz, skip=names)
    ] == []
    assert [m.acronym for m in find_mission_mentions(layout, date(2019, 1, 1), gaz)] == ["MINUSMA"]


def test_skip_spans_are_not_linked(gaz):
    text = "Chad Miller, a peacekeeper, spoke about the mission."
    assert acronyms(text, date(2008, 6, 1), gaz) == ["MINURCAT"]
    assert find_mission_mentions(read_layout(text), date(2008, 6, 1), gaz, skip=[(0, 11)]) == []


def test_fold_text_keeps_offsets():
    text = "Côte d’Ivoire – ﬁne"
    assert len(fold_text(text)) == len(text)
    assert fold_text(text).startswith("cote d'ivoire - ")


_ALPHABET = st.sampled_from(
    list("abc XYZ.,;()\n'’-é")
    + ["Haiti", " peacekeepers ", "UNMISS", "the Democratic Re", "Sudan", " in ", "Former ",
       "Côte d’Ivoire", "UN Mission in South Sudan", " (UNOCI)", "the Mission", "Darfur", "AU"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    parts=st.lists(_ALPHABET, max_size=25),
    on=st.one_of(st.none(), st.dates(min_value=date(1950, 1, 1), max_value=date(2030, 1, 1))),
)
def test_offsets_always_index_the_mention(parts, on):
    """Whatever the text: text[start:end] == mention, in order, confidence in [0, 1]."""
    text = "".join(parts)
    mentions = find_mission_mentions(read_layout(text), on, default_gazetteer())
    for m in mentions:
        assert text[m.start : m.end] == m.mention
        assert 0.0 <= m.confidence <= 1.0
        assert (m.acronym is None) == (m.kind == "UNKNOWN") or m.acronym in {"UNSOA", "UNSOS"}
        if m.acronym is None:
            assert m.confidence < 0.5
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)


def test_bad_cue_file_names_the_field(tmp_path):
    data = json.loads(CUES_FILE.read_text(encoding="utf-8"))
    data["titles"][0]["pattern"] = "special representative for"
    path = tmp_path / "cues.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ResourceError, match=r"field 'titles'.*no \{PLACE\}"):
        load_cues(path)


@pytest.mark.parametrize(
    ("pattern", "literal"),
    [
        (r"(?<![\w])united\s+nations\s+mission\s+in\s+(?:haiti)(?![\w])", "nations"),
        (r"(?<![\w])(?:united\s*nations|un)\s+truce\s+supervision(?![\w])", "supervision"),
        (r"(?:a|b)\s+(?:c|d)", ""),
        (r"cote\s+d'ivoire", "d'ivoire"),
    ],
    ids=["top-level-word", "after-a-group", "only-groups", "escaped-apostrophe"],
)
def test_required_literal_is_the_longest_plain_run_every_match_holds(pattern, literal):
    import re

    from pko_extract.mission_index import required_literal

    found = required_literal(pattern)

    assert found == literal
    for m in re.finditer(pattern, "the united nations mission in haiti; un truce supervision"):
        assert found in m.group()


@pytest.mark.parametrize(
    ("pattern", "runs"),
    [
        (r"(?<![\w])un\s+operation\s+in\s+somalia(?![\w])", ("operation", "somalia", "un", "in")),
        (r"(?:a|b)\s+(?:c|d)", ()),
        (r"operation\s+turquoise\s+operation", ("operation", "turquoise")),
    ],
    ids=["every-word-longest-first", "only-groups", "repeated-run-once"],
)
def test_required_literals_are_every_plain_run_longest_first(pattern, runs):
    """The name prefilter: every top-level run, so a text lacking any one is not scanned."""
    from pko_extract.mission_index import required_literals

    assert required_literals(pattern) == runs
