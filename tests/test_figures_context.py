"""extract.figures: what the words around a figure decide (casualties, owners, lists) and
the formats that sit at the edges (money signs, fractions, scores, durations)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.figures import find_quantities
from extract.models import METRICS, QUALIFIERS
from extract.nlp import parse, sentences_of


def figures(text: str, language: str = "en"):
    doc = parse(text, language)
    return find_quantities(doc, sentences_of(doc), language, [])


def summary(text: str, language: str = "en"):
    return [(q.value, q.unit, q.metric, q.subject_id) for q in figures(text, language)]


def test_each_figure_takes_its_nearest_casualty_word():
    assert summary("Seoul said 300 North Korean soldiers were killed and 2,700 wounded.") == [
        (300, "soldier", "killed", "Q423"), (2700, "soldier", "wounded", "Q423")]


def test_a_figure_after_and_takes_the_casualty_word_after_it():
    """Before: the 1,000 were killed (the word before them was nearer)."""
    assert summary("The NIS estimated that at least 100 North Korean soldiers had died and 1,000 more been "
                   "wounded by mid-December.") == [(100, "soldier", "killed", "Q423"), (1000, "soldier", "wounded", "Q423")]


def test_the_words_of_a_part_named_after_the_figure_are_the_parts():
    """Before: the two captured soldiers were killed ('one of whom later died'); captured, they
    are no force sent (metric other), but still North Korea's."""
    assert summary("Ukraine said it had captured two North Korean soldiers, one of whom later died of his "
                   "injuries.") == [(2, "soldier", "other", "Q423")]


@pytest.mark.parametrize("text, language, expected", [
    # before: 6 troops ("personnel" ended the phrase)
    ("Footage showed six BTR-82A armoured personnel carriers.", "en", [(6, "btr-82a armoured personnel carrier", "weapons", None)]),
    # before: the money was the United States'
    ("Russland zahlt 5 Milliarden US-Dollar an Nordkorea.", "de", [(5e9, "dollar", "money", None)]),
    ("Russia's $5 billion payment went to Pyongyang.", "en", [(5e9, "dollar", "money", "Q159")]),
    # before: 030, 18, 24-0 …
    ("Pressestelle, Telefon: 030 18 24-0, Fax: 030 18 24-1234", "de", []),
])
def test_vehicles_currencies_and_phone_numbers(text, language, expected):
    assert summary(text, language) == expected


def test_a_second_that_clause_keeps_its_casualty_word():
    """Before: the 11,000 deployed were killed."""
    assert summary("The NIS told lawmakers that about 11,000 North Korean soldiers were deployed in Russia, "
                   "and that some had been killed.") == [(11000, "soldier", "troops", "Q423")]


def test_a_clause_keeps_its_own_casualty_word():
    found = figures("Mindestens 19 Menschen wurden getötet, 40 weitere verletzt.", "de")
    assert [(q.value, q.metric) for q in found] == [(19, "killed"), (40, "wounded")]


def test_a_list_shares_the_casualty_word():
    found = figures("At least 19 people, including five children, were killed.")
    assert [(q.value, q.metric) for q in found] == [(19, "killed"), (5, "killed")]


@pytest.mark.parametrize("text, language", [
    ("Russia lost 1,530 soldiers on Tuesday, bringing the total to 727,000 since the start of the invasion.", "en"),
    ("Russland verlor am Dienstag 1.530 Soldaten, damit stieg die Gesamtzahl auf 727.000.", "de"),
])
def test_a_running_total_counts_what_the_figure_before_counts(text, language):
    """Before: the 727,000 were troops."""
    day, total = summary(text, language)
    assert day[1:3] == ("soldier", "killed_or_wounded")
    assert total == (727000, *day[1:])


@pytest.mark.parametrize("text, language, last", [
    # before: metric other, of nothing
    ("Der NIS bezifferte die Zahl der Entsandten auf etwa 11.000. Das Pentagon nannte eine Zahl von rund 10.000.", "de",
     (10000, "troop", "troops", None)),
    ("Seoul said 11,000 North Korean troops were in Russia. The Pentagon gave a figure of 10,000.", "en",
     (10000, "troop", "troops", "Q423")),
])
def test_a_figure_given_as_a_number_counts_what_the_count_before_counts(text, language, last):
    assert summary(text, language)[-1] == last


def test_the_parts_of_a_total_share_its_subject():
    found = figures("The number of North Korean troops in Russia totals around 12,000, "
                    "including 500 officers as well as three generals.")
    assert [(q.value, q.unit, q.subject_id) for q in found] == [
        (12000, "troop", "Q423"), (500, "officer", "Q423"), (3, "general", "Q423")]


@pytest.mark.parametrize(
    ("text", "subject", "metric"),
    [
        ("Pyongyang has sent thousands of troops to Russia.", "Q423", "troops"),
        ("Russia deployed 50,000 troops to Kursk.", "Q159", "troops"),
        ("Russia lost 1,500 soldiers in a single day.", "Q159", "killed_or_wounded"),
        # the parser took the dateline for a subject of its own (before: South Korea, for Seoul)
        ("SEOUL, Nov 20 (Reuters) - North Korea has sent about 1,000 additional troops to Russia, "
         "a South Korean lawmaker said.", "Q423", "troops"),
        # soldiers sent to make up for losses are no losses (before: killed_or_wounded, no owner)
        ("Budanov said North Korea may send additional forces, possibly between 5,000 and 8,000 soldiers, "
         "to replenish losses.", "Q423", "troops"),
        ("North Korea may send between 5,000 and 8,000 soldiers to replenish Russia's heavy losses in Kursk, Seoul "
         "said.", "Q423", "troops"),
        # ... and so before it (a second review)
        ("To make up for its casualties, Moscow has deployed 11,000 North Korean troops, Seoul said.", "Q423", "troops"),
    ],
)
def test_the_subject_of_a_sending_or_losing_verb_owns_the_figure(text, subject, metric):
    (q,) = figures(text)
    assert (q.subject_id, q.metric) == (subject, metric)


def test_losses_a_figure_counts_are_its_losses_even_when_replaced():
    """A helper's review: blanking 'to replace casualties' made the casualties troops (now a
    rate: per day, which is no total, metric other)."""
    (q,) = figures("Russia is struggling to replace casualties of more than 1,500 troops per day, the British defence "
                   "ministry said.")
    assert (q.unit, q.metric) == ("troop per day", "other")
    (q,) = figures("Russia is struggling to replace casualties of more than 1,500 troops, the British defence ministry said.")
    assert q.metric == "killed_or_wounded"


@pytest.mark.parametrize("text, language", [
    # a span of time between the losses and their figure (before: troops, no owner)
    ("Russian losses over the past 24 hours amounted to 1,950 personnel.", "en"),
    ("Der Generalstab bezifferte die russischen Verluste in den vergangenen 24 Stunden auf 1.950 Soldaten.", "de"),
    # whose losses (before: no owner)
    ("The Pentagon put Russian casualties at \"several thousand\".", "en"),
])
def test_losses_named_before_their_figure_count_it_and_say_whose(text, language):
    (q,) = [q for q in figures(text, language) if q.unit != "hour"]
    assert (q.metric, q.subject_id) == ("killed_or_wounded", "Q159")


def test_the_killer_does_not_own_the_dead():
    (q,) = figures("Its troops killed 30 soldiers.")
    assert (q.metric, q.subject_id) == ("killed", None)


def test_german_mann_counts_personnel():
    (q,) = figures("Etwa 12.000 Mann wurden verlegt.", "de")
    assert (q.unit, q.metric, q.qualifier) == ("soldier", "troops", "~")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The deficit fell to $-50.8bn in April.", -50.8e9, "dollar"),
        ("Oil rose to US $58.24 per barrel.", 58.24, "dollar per barrel"),
        ("It sold for HK$5.4m last year.", 5.4e6, "hong kong dollar"),
        ("The package was worth up to PS2.7m.", 2.7e6, "pound sterling"),
        ("Der Laptop kostete 1.200€.", 1200, "euro"),
        ("It is minus 233 Celsius there.", -233, "celsius"),
    ],
)
def test_money_and_signs(text, value, unit):
    (q,) = figures(text, "de" if "Laptop" in text else "en")
    assert (q.value, q.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Nearly two-thirds of the sales came from CDs.", "en", 2 / 3),
        ("A third of the population lives there.", "en", 1 / 3),
        ("One in five Ukrainians has left.", "en", 1 / 5),
        ("Zwei Drittel der Soldaten sind verletzt.", "de", 2 / 3),
    ],
)
def test_fractions(text, language, value):
    (q,) = figures(text, language)
    assert q.value == pytest.approx(value)
    assert q.unit.startswith("fraction") and q.metric == "other"


@pytest.mark.parametrize("text, language", [
    ("A third of the North Korean soldiers have no combat experience.", "en"),
    ("Ein Drittel der nordkoreanischen Soldaten hat keine Kampferfahrung.", "de"),
])
def test_a_fraction_of_a_states_people_is_that_states(text, language):
    """Before: no one's."""
    (q,) = figures(text, language)
    assert (q.unit, q.subject_id) == ("fraction of soldier", "Q423")


def test_the_first_half_of_a_year_is_no_fraction():
    assert figures("In the second half of the year prices rose.") == []


def test_a_tie_score_is_no_figure():
    assert figures("The game was tied at 89-89 with a minute left.") == []


def test_a_duration_used_as_an_adjective_is_no_figure():
    found = figures("He signed a three-year contract worth $5 million.")
    assert [(q.value, q.unit) for q in found] == [(5e6, "dollar")]


def test_years_in_english_and_counts_in_german():
    assert figures("The 2019 review found 1,520 errors.")[0].value == 1520
    assert [q.value for q in figures("Im Jahr 2019 wurden 2000 Soldaten verlegt.", "de")] == [2000]


def test_quantities_are_in_text_order_with_stable_ids():
    text = "Russia fired 90 missiles.\nUkraine shot down 60 of them and 25 drones."
    found = figures(text)
    assert [q.quantity_id for q in found] == ["q0001", "q0002", "q0003"]
    assert [q.sentence_idx for q in found] == [0, 1, 1]
    assert found == figures(text)


@pytest.mark.parametrize(
    ("text", "subject", "metric"),
    [
        ("Südkorea schätzt, dass Nordkorea etwa 11.000 Soldaten nach Russland geschickt hat.",
         "Q423", "troops"),
        ("Russland verlor 1500 Soldaten an einem Tag.", "Q159", "killed_or_wounded"),
        ("Die Ukraine hat 50 Drohnen abgeschossen.", None, "weapons"),
        # in the present, after the source (before: metric troops, no owner)
        # (a rate: per day, no total)
        ("Laut London verliert Russland täglich 1.500 Soldaten.", "Q159", "other"),
        # weapons lost (before: no owner)
        ("Russland verlor 30 Panzer.", "Q159", "weapons"),
        # soldiers sent to make up for losses are no losses (before: killed_or_wounded, no owner)
        ("Nordkorea könnte weitere 5000 Soldaten schicken, um die Verluste auszugleichen.", "Q423", "troops"),
        # the source's acronym is the source's (before: South Korea's troops)
        ("Nach Angaben des südkoreanischen Geheimdienstes NIS hat Nordkorea rund 11.000 Soldaten nach Russland "
         "entsandt.", "Q423", "troops"),
    ],
)
def test_german_owner_from_a_sending_or_losing_verb(text, subject, metric):
    (q,) = figures(text, "de")
    assert (q.subject_id, q.metric) == (subject, metric)


@pytest.mark.parametrize(
    ("text", "unit", "metric"),
    [
        ("Nordkorea hat etwa 200 Kampfdrohnen geliefert.", "drone", "weapons"),
        ("Es wurden 3000 Elitesoldaten entsandt.", "soldier", "troops"),
        ("Es gibt 20 Standorte.", "Standorte", "other"),  # "Orte" is too short a head
    ],
)
def test_a_german_compound_counts_what_its_last_part_counts(text, unit, metric):
    (q,) = figures(text, "de")
    assert (q.unit, q.metric) == (unit, metric)


@pytest.mark.parametrize(
    ("text", "language", "metrics"),
    [
        ("Es gab 3000 Tote und Verletzte.", "de", ["killed_or_wounded"]),
        ("Es gab 3000 Tote und 5000 Verletzte.", "de", ["killed", "wounded"]),
        # ... words of both before the counted noun (before: wounded, the nearer word)
        ("The number of killed and wounded North Koreans has risen to more than 3,000.", "en", ["killed_or_wounded"]),
        ("Die Zahl der getöteten und verwundeten Soldaten liegt bei 3.000.", "de", ["killed_or_wounded"]),
    ],
)
def test_dead_and_wounded_together_are_one_count_of_both(text, language, metrics):
    assert [q.metric for q in figures(text, language)] == metrics


@pytest.mark.parametrize(
    ("text", "language", "unit"),
    [
        ("About 11,000 North Koreans are in Kursk.", "en", "North Korean"),
        ("Rund 11.000 Nordkoreaner sind in Kursk.", "de", "North Korean"),  # as in English
    ],
)
def test_a_demonym_counts_people_of_its_country(text, language, unit):
    (q,) = figures(text, language)
    assert (q.unit, q.metric, q.subject_id) == (unit, "people", "Q423")


def test_a_plural_count_noun_ends_the_counted_phrase():
    # the parser may run "soldiers" into the next words ("called reports of X Y")
    (q,) = figures("Pyongyang called reports of 10,000 soldiers fake news.")
    assert (q.text, q.unit, q.metric) == ("10,000 soldiers", "soldier", "troops")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Nordkorea lieferte rund 2,5 Mio. Schuss Munition.", "round"),
        ("Es wurden 100.000 Patronen gefunden.", "round"),
        ("Russland erhielt 500 Tonnen Munition.", "tonne"),  # a measure, not a count of rounds
    ],
)
def test_german_ammunition_is_counted_as_weapons(text, unit):
    (q,) = figures(text, "de")
    assert q.unit == unit and (q.metric == "weapons") == (unit == "round")


@pytest.mark.parametrize(
    ("text", "language", "subject", "metric"),
    [
        ("Russia captured 189 settlements this year.", "en", "Q159", "settlements"),
        ("Ukrainian units have managed to seize an area of almost 4,500 square kilometers.",
         "en", "Q212", "territory_km2"),
        ("Russland hat in diesem Jahr 189 Ortschaften erobert.", "de", "Q159", "settlements"),
        # the land's old owner after "of" is not who holds it now (before: Russia)
        ("Ukraine seized about 1,300 square kilometres of Russian territory in August.", "en", "Q212",
         "territory_km2"),
    ],
)
def test_the_side_that_takes_ground_owns_it(text, language, subject, metric):
    (q,) = figures(text, language)
    assert (q.subject_id, q.metric) == (subject, metric)


# Pieces that sit at the edges of the rules: separators, scales, signs, ranges, dates.
_PIECES = [
    "10,000", "10.000", "2,5", "Mio.", "million", "$", "US$", "€", "-", "–", "to", "bis",
    "and", "und", "between", "zwischen", "more than", "mehr als", "around", "rund",
    "thousands of", "Tausende", "soldiers", "Soldaten", "North Korean", "nordkoreanische",
    "killed or wounded", "getötet", "1/16 of", "two-thirds of", "half of", "the", "12",
    "2024", "19:41", "F-35", "G7", "%", "per cent", "Prozent", "square kilometers", "3.",
    "Oktober", "May", "PS", "Y=", "minus", "sub-7", "(", ")", ",", ".", ";", "\n", "one",
    "three", "zehntausend", "Drittel der", "+", "~", "Pyongyang's", "0", "1,5", "bn", "M",
    "year-old", "32-year-old", "lost", "sent", "from", "aus", "89-89", "A 52", "=\"123\"",
]


@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=30), st.sampled_from(["en", "de"]))
@settings(max_examples=80, deadline=None)
def test_any_mix_of_pieces_gives_well_formed_figures(pieces, language):
    text = " ".join(pieces)
    found = figures(text, language)
    last_end = -1
    for i, q in enumerate(found, start=1):
        assert q.quantity_id == f"q{i:04d}"
        assert q.text == text[q.char_start:q.char_end] == q.text.strip() != ""
        assert q.char_start >= last_end  # no overlaps, text order
        last_end = q.char_end
        assert q.qualifier in QUALIFIERS and q.metric in METRICS
        assert q.low is None or q.low <= q.value
        assert q.high is None or q.value <= q.high


def test_the_north_is_north_korea_only_where_korea_is_spoken_of():
    (q,) = figures("The United States and South Korea have accused the North of sending "
                   "more than 10,000 soldiers.")
    assert q.subject_id == "Q423"
    (q,) = figures("The US accused the North of sending 300 troops to Texas.")
    assert q.subject_id is None


@pytest.mark.parametrize("text, unit, metric, subject", [
    ("The 7,000-strong contingent arrived in late October.", "soldier", "troops", None),
    ("A 12,000-strong North Korean force is in Kursk.", "soldier", "troops", "Q423"),
    ("Pyongyang has shipped more than 13,000 containers of ammunition to Russia.",
     "container of ammunition", "weapons", "Q423"),
])
def test_a_force_of_n_and_containers_of_a_thing_count_what_they_hold(text, unit, metric, subject):
    """Before: '7,000-strong' counted nothing (metric other) and '13,000 containers of
    ammunition' counted containers, out of the weapons comparison."""
    (q,) = figures(text)
    assert (q.unit, q.metric, q.subject_id) == (unit, metric, subject)


@pytest.mark.parametrize("text, language, subjects", [
    ("The Pentagon has deployed 500 troops to Poland.", "en", ["Q30"]),
    ("Das Pentagon hat 500 Soldaten nach Polen verlegt.", "de", ["Q30"]),
    ("The Kremlin has sent 2,000 soldiers to the border.", "en", ["Q159"]),
    ("On Monday, the US Treasury Department unveiled sanctions on nine people and seven entities.",
     "en", ["Q30", "Q30"]),
    ("The EU imposed sanctions on 54 individuals.", "en", ["Q458"]),
])
def test_a_state_body_counts_for_its_state_and_the_sanctioner_owns_the_targets(text, language, subjects):
    """Before: the Pentagon's troops had the subject 'Pentagon' (not comparable with 'US
    troops' in figure_comparison) and sanctions targets had none. With the entities the
    pipeline finds, as a figure's subject comes from them first."""
    from extract import extract_claims

    assert [q.subject_id for q in extract_claims(text, language=language).quantities] == subjects


@pytest.mark.parametrize("text, language", [
    ("Kiew meldete knapp 1.000 Tote und Verletzte auf nordkoreanischer Seite.", "de"),
    ("Kyiv reported about 1,000 dead and wounded on the North Korean side.", "en"),
])
def test_losses_on_a_side_are_that_sides(text, language):
    """Before: no subject, so figure_comparison left them out."""
    (q,) = figures(text, language)
    assert (q.metric, q.subject_id) == ("killed_or_wounded", "Q423")


def test_his_countrys_figure_is_the_last_named_persons_country():
    from extract import extract_claims

    text = ("NATO and the EU fear that future US President Donald Trump will cut his country's "
            "billions in military aid for Ukraine.")
    (q,) = extract_claims(text, language="en").quantities
    assert (q.metric, q.subject_id) == ("money", "Q30")
    # a person whose country the gazetteer does not know gives none (Rutte speaks for NATO)
    (q,) = extract_claims("Mark Rutte said his country's 500 soldiers would stay.", language="en").quantities
    assert q.subject_id is None


def test_they_stand_for_the_subject_of_the_sentence_before():
    """Before: no subject ('they', and 'advancing over an area of' was too far from the
    number for the owner's verb to be found)."""
    text = ("Russian troops are making rapid progress. On average, they are advancing over an area "
            "of 30 square kilometers every day.")
    (q,) = figures(text)
    assert (q.unit, q.subject_id) == ("square kilometre per day", "Q159")  # (a rate: metric other)


def test_it_stands_for_the_subject_of_a_clause_before_it_in_its_sentence():
    """Before: Russia's (the subject of the sentence before)."""
    text = ("Russian forces have recaptured 40% of the territory, according to Ukrainian sources. At its peak, Ukraine "
            "controlled some 1,376 square kilometres of Russian land; it now holds around 800 square kilometres.")
    assert [(q.value, q.subject_id) for q in figures(text) if q.metric == "territory_km2"] == [
        (1376, "Q212"), (800, "Q212")]


@pytest.mark.parametrize("text, subject", [
    # the source before the sender is not the sender (before: South Korea's, Ukraine's troops)
    ("Nach Angaben Seouls hat Nordkorea gut 10.000 Soldaten nach Russland geschickt.", "Q423"),
    ("Laut Kiew hat Nordkorea 10.000 Soldaten geschickt.", "Q423"),
    ("Nach Angaben des südkoreanischen Geheimdienstes hat Nordkorea 10.000 Soldaten geschickt.", "Q423"),
    ("Seoul zufolge hat Nordkorea 10.000 Soldaten geschickt.", "Q423"),
    ("Nach ukrainischen Angaben verlor Russland 1500 Soldaten.", "Q159"),
    # nor is the destination
    ("Nordkorea hat nach Russland 10.000 Soldaten geschickt.", "Q423"),
    # nor the dateline's city (before: Seoul's)
    ("Seoul/Kiew (dpa) - Nordkorea hat weitere rund 1.000 Soldaten nach Russland geschickt.", "Q423"),
    # nor the source's genitive right before the figure (before: Seoul's, the Pentagon's)
    ("Nordkorea hat nach Angaben Seouls 10.000 Soldaten nach Russland geschickt.", "Q423"),
    ("Nordkorea hat nach Angaben des Pentagons 10.000 Soldaten geschickt.", "Q423"),
    ("Nordkorea hat laut Schätzungen Südkoreas rund 11.000 Soldaten entsandt.", "Q423"),
    # while an owner's genitive is the owner
    ("Russlands 500 Panzer wurden zerstört.", "Q159"),
])
def test_a_german_source_is_not_the_owner(text, subject):
    (q,) = figures(text, "de")
    assert q.subject_id == subject


def test_a_german_verb_after_a_list_of_counts_reads_them_all():
    """Before: the 38,000 were troops, and none was anyone's ('verloren' closes the list)."""
    found = figures("Die Ukraine habe seit August mehr als 38.000 Soldaten, 220 Panzer und 1.000 gepanzerte "
                    "Fahrzeuge verloren.", "de")
    assert [(q.value, q.metric, q.subject_id) for q in found] == [
        (38000, "killed_or_wounded", "Q212"), (220, "weapons", "Q212"), (1000, "weapons", "Q212")]
    # ... a list its "und" closes, not a clause after a comma
    found = figures("Nordkorea schickte 11.000 Soldaten und 50 Raketenwerfer, 300 Soldaten wurden getötet.", "de")
    assert [(q.value, q.metric) for q in found] == [(11000, "troops"), (50, "weapons"), (300, "killed")]


def test_a_source_after_a_part_of_a_pronouns_people_is_not_the_owner():
    """Before: the USA's ('von ihnen sollen nach US-Angaben' was read as whom they are of)."""
    from extract import extract_claims

    (q,) = extract_claims("Rund 4.000 von ihnen sollen nach US-Angaben getötet worden sein.", language="de").quantities
    assert (q.value, q.subject_id) == (4000, None)


def test_the_sender_the_parser_hung_on_the_auxiliary():
    """Before: no one's (the parser made 'North Korea' the subject of 'has')."""
    (q,) = figures("North Korea has, according to South Korean data, sent 10,000 soldiers to Russia.", "en")
    assert q.subject_id == "Q423"


def test_the_sender_of_a_passive_raised_is_its_subject():
    """Before: no one's ('North Korea' is the passive subject of 'is believed')."""
    (q,) = figures("North Korea is believed to have sent between 10,000 and 12,000 troops to Russia this fall.", "en")
    assert (q.low, q.high, q.subject_id) == (10000, 12000, "Q423")


@pytest.mark.parametrize("text, language, subject", [
    # before: the speaker's (a verb's -s was read as a genitive: "Kyiv say's")
    ("Kyiv says 3,000 soldiers were killed.", "en", None),
    ("Seoul assumes 11,000 soldiers are in Russia.", "en", None),
    ("The Pentagon reckons 10,000 troops.", "en", None),
    # a genitive is the owner: English with its apostrophe, German a name's -s
    ("Russia's 500 tanks were destroyed.", "en", "Q159"),
    ("Russlands 500 Panzer wurden zerstört.", "de", "Q159"),
])
def test_a_verb_in_s_is_no_genitive(text, language, subject):
    from extract import extract_claims

    (q,) = extract_claims(text, language=language).quantities
    assert q.subject_id == subject


def test_a_capital_that_could_send_troops_acts_for_its_state():
    """Before: Pyongyang's (the city) troops: a modal after a capital was no sign it acts."""
    from extract import extract_claims

    (q,) = extract_claims("Pjöngjang könnte bis zu 100.000 Soldaten schicken, sagte ein Experte.",
                          language="de").quantities
    assert q.subject_id == "Q423"


@pytest.mark.parametrize("text, language, unit", [
    # the people a part is of, named in the sentence before with no figure (before: no unit, no subject)
    ("Ukraine said North Korean units had taken part in assaults. About 200 of them had been killed.", "en", "troop"),
    ("Nordkoreanische Einheiten seien an Angriffen beteiligt gewesen. Etwa 200 von ihnen seien getötet worden.", "de",
     "troop"),
    # ... and after a quoted figure (before: the closing quote hid "of them")
    ('About 11,000 North Korean soldiers are in Russia. Singh said "several hundred" of them had been killed.', "en",
     "soldier"),
])
def test_a_part_of_them_counts_the_people_named_before(text, language, unit):
    *_, part = figures(text, language)
    assert (part.unit, part.subject_id) == (unit, "Q423")


def test_they_opening_a_paragraph_stands_for_the_subject_of_the_one_before():
    """A line break is a sentence of its own (extract.nlp.paragraphs); "they" still reaches
    the sentence before it (a helper's review: the owner was lost)."""
    (q,) = figures("Russian forces captured the village of Kurakhove.\nThey now control around 800 square "
                   "kilometres of the region.")
    assert q.subject_id == "Q159"


def test_a_part_of_them_takes_no_people_from_the_paragraph_before():
    (part,) = figures("North Korean units took part in assaults.\n\nAbout 200 of them had been killed.")
    assert part.subject_id is None


def test_a_bare_count_of_the_dead_counts_the_people_named_before():
    """Before: 100 of no one (no unit, no subject)."""
    *_, q = figures("The NIS did not say how many North Korean soldiers had been killed. "
                    "It estimated earlier that at least 100 had died.")
    assert (q.value, q.unit, q.metric, q.subject_id) == (100, "soldier", "killed", "Q423")
