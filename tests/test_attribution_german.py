"""German attribution: word-order rules, sourcing phrases, glued verbs, stance, dates."""

from __future__ import annotations

from datetime import date

import pytest

from extract.attribution import find_claims
from extract.extraction import extract_claims
from extract.nlp import parse, sentences_of

PUB = date(2024, 10, 28)  # a Monday


def claims_of(text: str, published_at: date | None = PUB):
    doc = parse(text, "de")
    claims = find_claims(doc, sentences_of(doc), "de", published_at)
    for c in claims:
        assert c.text == text[c.char_start : c.char_end]
        if c.speaker_start is not None:
            assert c.speaker_text == text[c.speaker_start : c.speaker_end]
        if c.cue_start is not None:
            assert c.cue == text[c.cue_start : c.cue_end]
    return claims


def only(claims, **want):
    found = [c for c in claims if all(getattr(c, k) == v for k, v in want.items())]
    assert len(found) == 1, (want, claims)
    return found[0]


@pytest.mark.parametrize(
    "text, speaker, cue, content_start",
    [
        ("Die Lage sei ernst, sagte Mark Rutte am Montag.", "Mark Rutte", "sagte", "Die Lage"),
        ("Mark Rutte sagte am Montag, dass die Lage ernst sei.", "Mark Rutte", "sagte", "dass"),
        ("Der Minister erklärte, die Truppen seien bereits in Kursk.", "Der Minister", "erklärte", "die Truppen"),
        ("Die Regierung teilte mit, dass die Grenze geschlossen bleibe.", "Die Regierung", "teilte mit", "dass"),
        ("Am Montag betonte der Präsident, man werde nicht nachgeben.", "der Präsident", "betonte", "man werde"),
        # a noun-phrase object is no separate proposition: the whole sentence is reported
        ("Die Armee warnte vor einer weiteren Eskalation.", "Die Armee", "warnte", "Die Armee warnte"),
        ("Der Sprecher hat angekündigt, dass weitere Soldaten folgen.", "Der Sprecher", "hat angekündigt", "dass"),
        ("Wie das Ministerium mitteilte, wurden drei Menschen verletzt.", "das Ministerium", "mitteilte", "wurden"),
    ],
)
def test_reported_speech(text, speaker, cue, content_start):
    c = only(claims_of(text), kind="indirect_quote")
    assert c.speaker_text == speaker
    assert c.cue == cue
    assert c.text.startswith(content_start)


@pytest.mark.parametrize(
    "text, speaker, cue",
    [
        ("Laut Polizei wurden drei Menschen verletzt.", "Polizei", "Laut"),
        ("Dem Bericht zufolge wurden drei Menschen verletzt.", "Dem Bericht", "zufolge"),
        ("Nach Angaben der Polizei wurden drei Menschen verletzt.", "Angaben der Polizei", "Nach"),
        ("Drei Menschen wurden verletzt, so ein Sprecher der Polizei.", "ein Sprecher der Polizei", "so"),
    ],
)
def test_sourcing_phrases(text, speaker, cue):
    c = only(claims_of(text), kind="according_to")
    assert c.speaker_text == speaker
    assert c.cue == cue
    assert "verletzt" in c.text


@pytest.mark.parametrize(
    "text",
    [
        "„Wir brauchen Waffen und einen klaren Plan“, sagte Selenskyj.",
        "»Wir brauchen Waffen und einen klaren Plan«, sagte Selenskyj.",
        "Selenskyj sagte: „Wir brauchen Waffen und einen klaren Plan.“",
    ],
)
def test_direct_quotes(text):
    c = only(claims_of(text), kind="direct_quote")
    assert c.text.startswith("Wir brauchen Waffen")
    assert c.speaker_name == "Selenskyj"


@pytest.mark.parametrize(
    "text, speaker, quote",
    [
        ("„Wir sind bereit“, sagte Putin.", "Putin", "Wir sind bereit"),
        ("»Das ist Unsinn«, erklärte Kremlsprecher Dmitri Peskow am Montag.",
         "Kremlsprecher Dmitri Peskow", "Das ist Unsinn"),
        ('„Wir sind bereit", sagte Selenskyj.', "Selenskyj", "Wir sind bereit"),  # mixed marks
    ],
)
def test_short_quotation_before_the_verb_is_a_direct_quote(text, speaker, quote):
    # A short quotation before "…, sagte X" is not the apposition of a subject
    # ("Der Minister, Hans Muster, sagte"): it is what X said.
    c = only(claims_of(text), kind="direct_quote")
    assert (c.speaker_text, c.text) == (speaker, quote)


@pytest.mark.parametrize(
    "text, speaker, cue, stance",
    [
        ("Südkorea und die USA werfen Pjöngjang vor, Truppen entsandt zu haben.",
         "Südkorea und die USA", "werfen", "asserts"),
        ("Die Behörden teilen mit, dass die Grenze geschlossen bleibt.", "Die Behörden", "teilen mit", "asserts"),
        ("Beide Seiten bestreiten die Berichte.", "Beide Seiten", "bestreiten", "denies"),
        ("Moskau und Pjöngjang weisen die Vorwürfe als haltlos zurück.", "Moskau und Pjöngjang", "weisen", "denies"),
    ],
)
def test_plural_present_tense(text, speaker, cue, stance):
    c = only(claims_of(text), cue=cue)
    assert (c.speaker_text, c.stance) == (speaker, stance)


@pytest.mark.parametrize(
    "text, reported",
    [
        ("Nordkoreanische Soldaten sollen bereits an Kämpfen beteiligt sein.", True),
        ("Er soll Geld genommen haben.", True),
        ("Die Soldaten sollen nach Hause gehen.", False),  # an obligation
        ("Die Brücke soll im Mai fertig werden.", False),  # a plan
    ],
)
def test_reportative_soll_reports_an_unnamed_source(text, reported):
    # German's "are said to": "soll" with a perfect or stative infinitive closing the clause.
    claims = claims_of(text)
    if not reported:
        assert claims == []
        return
    (c,) = claims
    assert (c.kind, c.speaker_text, c.hedged, c.text) == ("unattributed", None, True, text.rstrip("."))


def test_german_pronoun_before_anyone_spoke_is_the_last_person_named():
    from extract import extract_claims

    text = ("Der niederländische NATO-Generalsekretär Mark Rutte sprach in Brüssel. "
            "Er fügte hinzu, dass 10.000 Soldaten in Kursk seien.")
    (c,) = [c for c in extract_claims(text, language="de").claims if c.kind != "unattributed"]
    assert (c.speaker_text, c.speaker_name, c.speaker_id) == ("Er", "Mark Rutte", "Q57792")


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("Die Ukraine hat nach eigenen Angaben mindestens 30 nordkoreanische Soldaten getötet.", "eigenen Angaben"),
        ("Nach eigenen Angaben hat die Ukraine 30 Soldaten getötet.", "eigenen Angaben"),
        ("Eigenen Angaben zufolge hat die Ukraine 30 Soldaten getötet.", "Eigenen Angaben"),
        # a noun after the phrase is what was done (before: "eigenen Angaben Dörfer" spoke)
        ("Die Ukraine hat nach eigenen Angaben Dörfer erobert.", "eigenen Angaben"),
        # after a wire dateline (before: the dpa's own)
        ("Kiew (dpa) - Die Ukraine hat nach eigenen Angaben Soldaten gefangen genommen.", "eigenen Angaben"),
    ],
)
def test_own_statements_are_the_subjects(text, phrase):
    # The span stays the phrase, as annotators mark it; the speaker is the sentence's subject.
    from extract import extract_claims

    (c,) = extract_claims(text, language="de").claims
    assert (c.kind, c.speaker_text, c.speaker_id) == ("according_to", phrase, "Q212")


def test_a_quoted_name_before_the_verb_is_not_what_was_said():
    (c,) = claims_of("In einem Interview mit der „Bild“ sagte Rutte, die Lage sei ernst.")
    assert (c.kind, c.speaker_text, c.text) == ("indirect_quote", "Rutte", "die Lage sei ernst")


@pytest.mark.parametrize(
    "text, name",
    [
        ("Die Lage sei ernst, sagte Rutte, der am Montag Selenskyj traf.", "Mark Rutte"),
        ("Der Chef des Geheimdienstes, der General Kyrylo Budanow, sagte, die Lage sei ernst.", "Kyrylo Budanov"),
    ],
)
def test_a_relative_clause_on_the_speaker_is_cut_but_an_apposition_kept(text, name):
    from extract import extract_claims

    (c,) = extract_claims(text, language="de").claims
    assert c.speaker_name == name


@pytest.mark.parametrize(
    "text, stance",
    [("Der Kreml hat die Berichte dementiert.", "denies"), ("Der Kreml hat die Berichte nicht dementiert.", "asserts"),
     # before: asserts ("Fake" before a word was read as describing a thing, "fake passports")
     ("Der Kreml hat die Berichte als Fake bezeichnet.", "denies")],
)
def test_perfect_tense_with_an_object_reports_the_clause(text, stance):
    (c,) = claims_of(text)
    assert (c.speaker_text, c.text, c.stance) == ("Der Kreml", text.rstrip("."), stance)


def test_an_adverb_before_the_verb_is_not_the_speaker():
    (c,) = claims_of("Daraus schloss er, dass die Lage ernst sei.")
    assert (c.speaker_text, c.text) == ("er", "dass die Lage ernst sei")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kiew meldete Verluste, Moskau bestritt die Berichte.",
         [("Kiew", "Kiew meldete Verluste", "asserts"), ("Moskau", "Moskau bestritt die Berichte", "denies")]),
        # before: Kiew reported 'und Moskau bestritt die Berichte'
        ("Kiew meldete Verluste, und Moskau bestritt die Berichte.",
         [("Kiew", "Kiew meldete Verluste", "asserts"), ("Moskau", "Moskau bestritt die Berichte", "denies")]),
        ("Peskow hatte die Berichte als „Fake News“ bezeichnet, Putin bestritt sie jedoch nicht.",
         [("Peskow", "Peskow hatte die Berichte als „Fake News“ bezeichnet", "denies"),
          ("Putin", "Putin bestritt sie jedoch nicht", "asserts")]),
        ("Selenskyj sagte am Montag, Nordkorea schickt Truppen.",  # indicative indirect speech
         [("Selenskyj", "Nordkorea schickt Truppen", "asserts")]),
    ],
)
def test_two_main_clauses_are_two_reports(text, expected):
    assert [(c.speaker_text, c.text, c.stance) for c in claims_of(text)] == expected


@pytest.mark.parametrize("text", ["Moskau äußerte sich nicht.", "Der Kreml äußerte sich bislang nicht.",
                                  "Das Ministerium äußerte sich zunächst nicht."])
def test_declining_to_comment_on_nothing_named_says_nothing(text):
    # (on what it names it takes no side: "äußerte sich nicht dazu", test_extraction)
    assert claims_of(text) == []


@pytest.mark.parametrize("text, speaker", [
    # before: 'der US-Präsident' gave no side (only a compound opening the span did)
    ("Der US-Präsident Frank Meier sagte: „Die USA haben die Lage im Griff.“", ("Frank Meier", "United States")),
    # before: 'George W' (the NER's name ended at the initial)
    ("Ähnlich äußerte sich der US-Präsident George W. Bush: „Die USA haben die Lage im Griff.“",
     ("George W. Bush", "United States")),
])
def test_a_titled_name_after_an_article(text, speaker):
    (c,) = extract_claims(text, language="de").claims
    assert (c.speaker_name, c.speaker_affiliation) == speaker


@pytest.mark.parametrize("text, speaker", [
    # before: 'der' (a relative pronoun, marked as annotators mark it, stood for no one)
    ("Die Vorwürfe wurden auch vom litauischen Außenminister aufgegriffen, der sagte, Europa müsse handeln.",
     ("der", "litauischen Außenminister", "Lithuania")),
    ("Kritik kam von Außenminister Gabrielius Landsbergis, der sagte, Europa müsse handeln.",
     ("der", "Gabrielius Landsbergis", None)),
])
def test_a_relative_pronoun_speaks_for_the_noun_before_it(text, speaker):
    (c,) = extract_claims(text, language="de").claims
    assert (c.speaker_text, c.speaker_name, c.speaker_affiliation) == speaker


@pytest.mark.parametrize("text, speaker_id", [
    ("Moskau meldete die Befreiung des Dorfes. Die Ukraine habe 220 Panzer verloren, teilte das "
     "Verteidigungsministerium mit.", "nc:russian_defence_ministry"),
    ("Kiew meldete 200 Tote. Das Verteidigungsministerium teilte mit, die Kämpfe dauerten an.",
     "nc:ukrainian_defence_ministry"),
    # no state quoted before in the paragraph: a body of no one known
    ("Das Verteidigungsministerium teilte mit, die Kämpfe dauerten an.", "name:verteidigungsministerium"),
    ("Moskau meldete die Befreiung des Dorfes.\n\nDas Verteidigungsministerium teilte mit, die Kämpfe dauerten an.",
     "name:verteidigungsministerium"),
])
def test_a_body_named_by_its_noun_is_of_the_state_quoted_before(text, speaker_id):
    """Before: 'name:verteidigungsministerium' for all."""
    assert extract_claims(text, language="de").claims[-1].speaker_id == speaker_id


@pytest.mark.parametrize("text", [
    # before: 'Dienstes' (the genitive, as the author of information, named no body quoted before)
    "Südkoreas Geheimdienst bestätigte die Gefangennahme. Nach Angaben des Dienstes ist einer verletzt.",
    # before: 'Dienst' (the body's name ended in its acronym)
    "Der Geheimdienst NIS meldete 100 Tote. Der Dienst teilte mit, einer sei verletzt.",
    # before: 'Ministeriums' (a spokesman of the body named before by its head noun)
    "Der Geheimdienst NIS meldete 100 Tote. Ein Sprecher des Dienstes sagte, einer sei verletzt.",
])
def test_a_body_named_again_by_its_head_noun(text):
    claims = extract_claims(text, language="de").claims
    assert [c.speaker_id for c in claims] == ["nc:south_korea_nis"] * 2


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Tass zitierte Peskow mit den Worten: „Das ist Unsinn.“", "Peskow"),
        ("Yonhap zitierte einen NIS-Beamten mit den Worten, 100 Soldaten seien getötet worden.", "einen NIS-Beamten"),
        # ... after the day (before: Tass)
        ("Tass zitierte Peskow am Montag mit den Worten, die Berichte seien falsch.", "Peskow"),
    ],
)
def test_the_one_quoted_with_words_is_the_speaker(text, speaker):
    (c,) = claims_of(text)
    assert (c.speaker_text, c.cue) == (speaker, "zitierte")


def test_the_one_quoted_with_words_by_a_pronoun_is_the_speaker_before():
    """Before: KCNA said it (the pronoun was not read as the one quoted)."""
    claims = extract_claims("Kim Jong Un hat die Entsendung nicht bestätigt. Die Nachrichtenagentur KCNA zitierte ihn "
                            "am Dienstag mit den Worten, Nordkorea stehe an der Seite Russlands.", language="de").claims
    assert [(c.speaker_text, c.speaker_name) for c in claims] == [("Kim Jong Un", "Kim Jong Un"),
                                                                  ("ihn", "Kim Jong Un")]


def test_the_one_quoted_with_words_after_an_adverb_is_the_speaker():
    """Before: the agency quoting ("dazu" and "folgenden" hid the one quoted)."""
    (c,) = claims_of("RIA Novosti zitiert dazu Néstor Kirchner mit folgenden Worten: „Die Banken haben versagt.“")
    assert (c.speaker_text, c.cue, c.text) == ("Néstor Kirchner", "zitiert dazu", "Die Banken haben versagt")


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Das US-Verteidigungsministerium geht von rund 10.000 Soldaten aus.", "Das US-Verteidigungsministerium"),
        ("Die Gefahr geht von Russland aus.", None),  # where it comes from: no estimate
        # before: no claim (an adverb stood between the verb and "von")
        ("Das Pentagon geht inzwischen von 11.000 bis 12.000 Soldaten aus.", "Das Pentagon"),
        # ... or a linking one (before: the outlet's statement)
        ("Südkoreas Geheimdienst geht dagegen von rund 1.100 Opfern aus.", "Südkoreas Geheimdienst"),
    ],
)
def test_an_estimate_with_geht_von_aus(text, speaker):
    claims = claims_of(text)
    assert [c.speaker_text for c in claims] == ([speaker] if speaker else [])


def test_a_report_of_its_own_after_a_sourcing_phrase_is_its_speakers():
    """Before: Zelensky's content ran on to the end and held Seoul's report, which was no claim."""
    kyiv, seoul = claims_of("Laut Selenskyj sind mehr als 3.000 Nordkoreaner getötet oder verletzt worden, "
                            "Seoul spricht von rund 1.100.")
    assert (kyiv.speaker_text, kyiv.text) == ("Selenskyj", "sind mehr als 3.000 Nordkoreaner getötet oder verletzt worden")
    assert (seoul.speaker_text, seoul.cue) == ("Seoul", "spricht von")


def test_infinitive_after_a_modal_is_no_report():
    assert claims_of("Die Regierung will am Montag erklären, wie es weitergeht.") == []


def test_glued_verb_after_machine_translation():
    text = (
        "NATO-Generalsekretär Mark Rutte bestätigte am Montag, dass Truppen in Kursk seien. "
        "Die Zusammenarbeit stellt eine Bedrohung für die Sicherheit darsagte Mark Rutte Reportern. "
        "Putin kann den Krieg ohne Hilfe nicht fortsetzen kannfügte er hinzu."
    )
    claims = claims_of(text)
    glued = only(claims, cue="sagte")
    assert glued.speaker_text == "Mark Rutte"
    assert text[glued.cue_start - 3 : glued.cue_start] == "dar"
    assert glued.text.startswith("Die Zusammenarbeit")
    added = only(claims, cue="fügte")
    assert added.speaker_text == "er"
    assert added.speaker_name == "Mark Rutte"
    first = only(claims, cue="bestätigte")
    assert first.speaker_name == "Mark Rutte"
    assert first.speaker_affiliation == "NATO"


@pytest.mark.parametrize(
    "text, name, affiliation",
    [
        # German demonyms are written in lower case: they name the state all the same
        ("Der südkoreanische Abgeordnete Lee Seong-kweun sagte, nordkoreanische Truppen hätten Verluste erlitten.",
         "Lee Seong-kweun", "South Korea"),
        ("Der stellvertretende nordkoreanische Außenminister Kim Jong Gyu erklärte, die Entsendung sei legal.",
         "Kim Jong Gyu", "North Korea"),
        ("Russlands Botschafter Wassili Nebensja sagte, die Vorwürfe seien falsch.", "Wassili Nebensja", "Russia"),
        # the body glued to the title
        ("Kremlsprecher Dmitri Peskow sagte, die Berichte seien falsch.", "Dmitri Peskow", "Kremlin"),
        # a state's body or group in the genitive, as English "Russia's foreign ministry" (before: none)
        ("Nordkoreas Staatsmedien meldeten, die Berichte seien falsch.", "Nordkoreas Staatsmedien", "North Korea"),
        ("Russlands Außenministerium erklärte, die Berichte seien falsch.", "Russlands Außenministerium", "Russia"),
        # ... or its demonym before the body's noun (before: none); a named medium keeps the
        # gazetteer's side ("Die französische Nachrichtenagentur AFP": none)
        ("Die russische Botschaft in Seoul erklärte, die Berichte seien falsch.", "Die russische Botschaft in Seoul",
         "Russia"),
        # ... or glued on before a hyphen (before: none)
        ("Ein ranghoher US-Beamter sagte, die Soldaten seien in Kursk.", "Ein ranghoher US-Beamter", "United States"),
        ("Nato-Vertreter sagten, die Soldaten seien in Kursk.", "Nato-Vertreter", "NATO"),
        # what is said and a part of the title are no body (before: "Angaben", "Vize")
        ("Nach Angaben von Präsident Wolodymyr Selenskyj sind mehr als 4000 Nordkoreaner getötet worden.",
         "Wolodymyr Selenskyj", None),
        ("Vize-Außenminister Kim Son Gyong sprach von „haltlosen Gerüchten“.", "Kim Son Gyong", None),
    ],
)
def test_affiliation_is_the_canonical_body(text, name, affiliation):
    c = only(claims_of(text), speaker_name=name)
    assert c.speaker_affiliation == affiliation


@pytest.mark.parametrize("text", [
    # a critic, opponent or refugee of the body glued on, or one who studies or covers it, is on
    # no side of it (a helper's review: the hyphen rule gave "Kreml-Kritiker" the Kremlin)
    "Ein Kreml-Kritiker sagte, die Soldaten seien in Kursk.",
    "Ein Nato-Gegner sagte, die Soldaten seien in Kursk.",
    "Ein Nordkorea-Flüchtling sagte, die Soldaten seien in Kursk.",
    "Ein Russland-Experte sagte, die Soldaten seien in Kursk.",
    "Ein Moskau-Korrespondent sagte, die Soldaten seien in Kursk.",
])
def test_a_compound_against_or_about_its_body_is_on_no_side(text):
    (c,) = claims_of(text)
    assert c.speaker_affiliation is None


@pytest.mark.parametrize("text", [
    "Ukrainische Stellen behaupten, Dutzende Soldaten seien getötet worden.",
    # one unnamed person (the German sample's envoy)
    "Ein ukrainischer Vertreter bei den Vereinten Nationen in New York nannte die Informationen zutreffend.",
])
def test_an_unnamed_source_is_affiliated_to_the_state_it_names(text):
    (c,) = claims_of(text)
    assert c.speaker_affiliation == "Ukraine"


@pytest.mark.parametrize("text", [
    "Hebestreit sprach von 300 Festnahmen, die in Moskau erfolgt seien.",
    # ... opened by a preposition (before: only the relative clause was what he said)
    "Hebestreit sprach von einer weiteren Eskalation, für die allein Russland verantwortlich sei.",
])
def test_a_relative_clause_on_a_nominal_object_is_part_of_the_report(text):
    (c,) = claims_of(text)
    assert c.text == text.rstrip(".")


def test_what_was_said_after_a_time_may_open_with_a_preposition():
    """Not a relative clause on "Montag" (a helper's review: the content took in speaker and cue)."""
    (c,) = claims_of("Budanow sagte am Montag, von den 11.000 Soldaten seien bereits 3.000 gefallen.")
    assert c.text == "von den 11.000 Soldaten seien bereits 3.000 gefallen"


def test_the_next_main_clause_after_an_object_is_another_report():
    """Before: Kiew's claim was "Seoul beziffert die Zahl auf 1100" and Seoul had none (the
    object after "spricht von" starts with a number, which ended the noun phrase)."""
    claims = claims_of("Kiew spricht von 3000 Toten, Seoul beziffert die Zahl auf 1100.")
    assert [(c.speaker_text, c.text) for c in claims] == [
        ("Kiew", "Kiew spricht von 3000 Toten"), ("Seoul", "Seoul beziffert die Zahl auf 1100")]


@pytest.mark.parametrize("text, cue, content", [
    # "verwies auf X" points to X, as "sprach von X" and English "pointed to X" (before: no claim)
    ("Kremlsprecher Peskow verwies auf die Souveränität Russlands.", "verwies auf",
     "Kremlsprecher Peskow verwies auf die Souveränität Russlands"),
    ("Selenskyj verwies auf Geheimdienstinformationen, wonach 11.000 Soldaten in Kursk seien.", "verwies auf",
     "wonach 11.000 Soldaten in Kursk seien"),
    ("Peskow verwies darauf, dass Russland ein souveräner Staat sei.", "verwies darauf",
     "dass Russland ein souveräner Staat sei"),
])
def test_pointing_to_reports_what_it_points_to(text, cue, content):
    (c,) = claims_of(text)
    assert (c.cue, c.text) == (cue, content)


@pytest.mark.parametrize("text, speaker, stance, content", [
    # "halten für" judges (English "consider"; before: no claim)
    ("Die USA halten diese Zahl für plausibel.", "Die USA", "asserts", "Die USA halten diese Zahl für plausibel"),
    ("Das Pentagon hält es für wahrscheinlich, dass die Soldaten bald an der Front eingesetzt werden.",
     "Das Pentagon", "asserts", "dass die Soldaten bald an der Front eingesetzt werden"),
    ("Die USA halten die Angaben für falsch.", "Die USA", "denies", "Die USA halten die Angaben für falsch"),
    # ... the object "es" before an inverted subject (before: "es" stood for the agency)
    ("Laut der Nachrichtenagentur hält es der Präsident für möglich, dass die Bank sich entwickeln kann.",
     "der Präsident", "asserts", "dass die Bank sich entwickeln kann"),
])
def test_holding_for_judges(text, speaker, stance, content):
    c = only(claims_of(text), cue=next(w for w in ("halten", "hält") if w in text.split()))
    assert (c.speaker_text, c.stance, c.text) == (speaker, stance, content)


def test_rating_as_judges():
    """"stufte … als … ein" (English "rated as"; before: no claim)."""
    (c,) = claims_of("Die Bundesregierung stufte die Berichte als glaubwürdig ein.")
    assert (c.speaker_text, c.cue, c.stance) == ("Die Bundesregierung", "stufte", "asserts")


@pytest.mark.parametrize("text", [
    # a "für" of purpose or benefit judges nothing
    "Die EU hält Milliarden für die Ukraine bereit.",
    "Die Regierung hält sich für alle Optionen offen.",
    "Die Soldaten halten die Stellung.",
])
def test_holding_without_a_judgement_reports_nothing(text):
    assert not [c for c in claims_of(text) if c.cue_start is not None]


@pytest.mark.parametrize("text, speaker", [
    # before: no claim ("Auch" opened the sentence as an adverbial, so the subject was
    # looked for after the verb)
    ("Auch die Nato sprach von mehr als 10.000 nordkoreanischen Soldaten.", "die Nato"),
    ("Auch Selenskyj sprach von 10.000 Soldaten.", "Selenskyj"),
    # before: the speaker was "Selbst der Kreml"
    ("Selbst der Kreml räumte ein, dass Soldaten da seien.", "der Kreml"),
    # an adverbial "auch" still inverts
    ("Auch sagte Selenskyj, es seien 10.000 Soldaten.", "Selenskyj"),
    # before: no speaker
    ("Aus Kiew hieß es, die Soldaten seien bereits in Kursk.", "Kiew"),
    # ... a seat of government or circles (before: the outlet's)
    ("In Moskau hieß es lediglich, man führe keine Statistik über ausländische Kämpfer.", "Moskau"),
    ("In Regierungskreisen hieß es, die Soldaten seien bereits in Kursk.", "Regierungskreisen"),
    # ... or a statement's author (before: the outlet's)
    ("In einer Mitteilung des ukrainischen Generalstabs hieß es, die Lage an der Front sei angespannt.",
     "einer Mitteilung des ukrainischen Generalstabs"),
])
def test_who_speaks_after_a_focus_particle_or_a_source_in_front(text, speaker):
    (c,) = claims_of(text)
    assert c.speaker_text == speaker
    # any place is where it was said, not who said it
    (c,) = claims_of("In Kursk hieß es, die Soldaten seien bereits da.")
    assert c.speaker_text is None


@pytest.mark.parametrize("text, speaker, cue", [
    # before: the speaker began with the dateline "Seoul (AFP) –"
    ("Seoul (AFP) – Südkoreas Geheimdienst geht davon aus, dass Nordkorea weitere 1500 Soldaten entsandt hat.",
     "Südkoreas Geheimdienst", "geht davon aus"),
    ("Kiew/Moskau (dpa) - Der ukrainische Präsident Selenskyj sagte, die Lage sei ernst.",
     "Der ukrainische Präsident Selenskyj", "sagte"),
    # before: the source was "einem Bericht", the newspaper part of the content
    ("Laut einem Bericht der „New York Times“ sollen bereits Hunderte Nordkoreaner gefallen sein.",
     "einem Bericht der „New York Times“", "Laut"),
    # before: also an according-to claim of "den Berichten" (what he was asked about)
    ("Peskow, nach den Berichten gefragt, sagte, Russland äußere sich dazu nicht.",
     "Peskow, nach den Berichten gefragt", "sagte"),
])
def test_wire_copy_constructions(text, speaker, cue):
    assert [(c.speaker_text, c.cue) for c in claims_of(text)] == [(speaker, cue)]


def test_real_words_ending_in_a_verb_form_are_not_split():
    assert claims_of("Er beschrieb die Lage. Die besagte Regel gilt weiter.")[1:] == []


def test_schrieb_er_auf_x_resolves_to_last_speaker():
    text = (
        "Andriy Yermak, Stabschef des Präsidenten, sagte am Montag, dass neue Sanktionen nicht "
        "ausreichten. Wir brauchen Waffen, um eine Eskalation zu verhindernschrieb er auf X."
    )
    c = only(claims_of(text), cue="schrieb")
    assert c.speaker_name == "Andriy Yermak"


@pytest.mark.parametrize(
    "text, stance",
    [
        ("Als Reaktion darauf nannte der Kreml diese Informationen Fake-News.", "denies"),
        ("Ein Vertreter Nordkoreas nannte die Informationen unbegründete Gerüchte.", "denies"),
        # saying one will not comment takes no side (before: asserts); a comment put off does not
        ("Aus dem Kreml hieß es, man kommentiere derlei Berichte grundsätzlich nicht.", "neither"),
        ("Peskow sagte, er wolle sich dazu nicht äußern.", "neither"),
        ("Man habe dazu nichts zu sagen, erklärte Peskow.", "neither"),  # before: asserts
        ("Peskow sagte, man habe nichts zu verbergen.", "asserts"),
        ("Peskow sagte, er könne die Zahlen nicht bestätigen.", "neither"),  # before: asserts
        ("Peskow sagte, man habe keine Erkenntnisse dazu.", "neither"),  # before: asserts
        ("Man habe keine Hinweise darauf, sagte Peskow.", "neither"),  # before: asserts
        ("Der Kreml bezeichnete diese Angaben als „völlig aus der Luft gegriffen“.", "denies"),  # before: asserts
        ("„Ich kann diese Zahlen nicht bestätigen“, sagte Peskow.", "neither"),
        ("Peskow sagte, er äußere sich gern dazu, aber nicht heute.", "asserts"),
        # a word of falsehood labels a report or its evidence, not a thing it describes (before:
        # the papers and passports made HUR deny)
        ("Laut HUR tragen die Soldaten falsche Pässe.", "asserts"),
        ("Laut HUR sollen die Soldaten russische Uniformen tragen und gefälschte Papiere besitzen.", "asserts"),
        ("Peskow sprach von gefälschten Videos.", "denies"),
        ("Moskau sprach von falschen Behauptungen.", "denies"),
        ("Der Kreml bestritt die Anwesenheit nordkoreanischer Soldaten.", "denies"),
        ("Wladimir Putin bestritt am Donnerstag nicht die Anwesenheit nordkoreanischer Soldaten.", "asserts"),
        # the negation closes the clause, where German puts it
        ("Putin bestritt die Anwesenheit nordkoreanischer Soldaten nicht.", "asserts"),
        ("Moskau wies die Berichte am Montag nicht zurück.", "asserts"),
        ("Der Kreml bestätigte die Angaben der ukrainischen Armee bislang nicht.", "neither"),
        # a negation of another clause or inside a noun phrase leaves the denial
        ("Peskow bestritt die Berichte, die nicht stimmten.", "denies"),
        ("Peskow bestritt die Berichte über nicht registrierte Soldaten.", "denies"),
        ("Peskow sagte, die Berichte seien nicht wahr.", "denies"),
        # "Fake" alone is a denial word, as in English (was asserts); "Fake-Accounts" is not
        ("Moskau hatte die Berichte zuvor als „Fake“ bezeichnet.", "denies"),
        ("Russland verbreite Fake-Accounts, sagte Selenskyj.", "asserts"),
        # the participle of "wies … zurück" (was asserts)
        ("Moskau und Pjöngjang haben die Berichte zurückgewiesen.", "denies"),
        ("Der Kreml hat die Vorwürfe nicht zurückgewiesen.", "asserts"),
        # not confirming is not conceding: it takes no side (was asserts)
        ("Der Kreml hat die Berichte bisher nicht bestätigt.", "neither"),
        ("Der Kreml hat die Anwesenheit der Soldaten bislang nicht offiziell bestätigt.", "neither"),
        # ... nor is never confirming (was asserts); never denying concedes
        ("Pjöngjang hat den Einsatz offiziell nie bestätigt.", "neither"),
        ("Moskau hat die Berichte nie bestritten.", "asserts"),
        ("Die Nato hat die Anwesenheit der Soldaten offiziell bestätigt.", "asserts"),
        ("Der Kreml hat die Berichte bisher weder bestätigt noch dementiert.", "neither"),
        ("Moskau hat die Berichte weder dementiert noch bestätigt.", "neither"),
        ("Weder Moskau noch Pjöngjang haben die Berichte bestätigt.", "neither"),
        ("Peskow sagte, er könne die Berichte weder bestätigen noch dementieren.", "neither"),
        ("Die Nato bestätigte die Anwesenheit nordkoreanischer Soldaten.", "asserts"),
        ("Der Kreml wies die Berichte als haltlos zurück.", "denies"),
        ("Der Kreml erklärte, dass Soldaten in Russland seien.", "asserts"),
        ("„Das ist Unsinn“, sagte Kremlsprecher Dmitri Peskow.", "denies"),
        ("Peskow nannte die Berichte ein Märchen.", "denies"),
        # saying one doubts a report disputes it (before: asserts, the content only "dass C")
        ("Sahra Wagenknecht sagte, sie bezweifle, dass die Berichte über nordkoreanische Truppen zuträfen.",
         "denies"),
        ("Sie bezweifle, dass die Berichte über nordkoreanische Truppen zuträfen, sagte Wagenknecht.", "denies"),
        # to contradict an account, or call it exaggerated, disputes it (before: asserts)
        ("Kiew widersprach dieser Darstellung.", "denies"),
        # ... but not one contradicting a person with words of his own, nor an adverb (a second review)
        ("Merz widersprach Scholz: Die Ukraine brauche dringend Taurus-Marschflugkörper.", "asserts"),
        ("Die Polizei sei übertrieben hart gegen die Demonstranten vorgegangen, sagte ein Sprecher der Grünen.",
         "asserts"),
        # not doubting affirms (a helper's review)
        ("Scholz sagte, er zweifle nicht daran, dass Nordkorea Soldaten nach Russland entsandt habe.", "asserts"),
        ("Russland bezeichnete diese Angaben als übertrieben.", "denies"),
    ],
)
def test_stance(text, stance):
    claims = claims_of(text)
    assert claims, text
    assert claims[0].stance == stance


@pytest.mark.parametrize("text, stance", [
    # "ausschließen" denies, and negated leaves open (English "rule out"; before: no claim)
    ("Peskow schloss aus, dass nordkoreanische Soldaten in Kursk seien.", "denies"),
    ("Peskow schloss einen Einsatz nordkoreanischer Soldaten aus.", "denies"),
    ("Die Nato schloss eine Mitgliedschaft der Ukraine vorerst aus.", "denies"),
    ("Peskow schließt einen Einsatz nordkoreanischer Soldaten nicht aus.", "neither"),
    ("Der Kreml hat einen Einsatz nordkoreanischer Soldaten nicht ausgeschlossen.", "neither"),
    ("Peskow wollte einen Einsatz nordkoreanischer Soldaten nicht ausschließen.", "neither"),
    ("Die Polizei konnte weder bestätigen noch ausschließen, dass der Absturz aufgrund Benzinmangels erfolgte.",
     "neither"),
])
def test_ruling_out_denies_and_not_ruling_out_leaves_open(text, stance):
    (c,) = claims_of(text)
    assert c.stance == stance


@pytest.mark.parametrize("text", [
    # someone excluded, or excluded from something, is no report denied
    "Die Partei schloss den Abgeordneten aus.",
    "Die EU hat Russland aus dem Swift-System ausgeschlossen.",
    "Die G8 schloss beim Gipfel in Den Haag Russland aus ihrer Gruppe aus.",
    "Russland wurde von den Olympischen Spielen ausgeschlossen.",
])
def test_excluding_someone_is_no_denial(text):
    assert claims_of(text) == []


def test_kreml_speaker_kept_as_written():
    c = claims_of("Als Reaktion darauf nannte der Kreml diese Informationen Fake-News.")[0]
    assert c.speaker_name == "der Kreml"


@pytest.mark.parametrize(
    "text, hedged",
    [
        ("Der Minister sagte, die Soldaten seien angeblich in Kursk.", True),
        ("Der Minister sagte, die Soldaten könnten bald in Kursk sein.", True),
        ("Der Minister sagte, die Soldaten sollen bereits gekämpft haben.", True),
        ("Der Minister sagte, die Soldaten seien in Kursk.", False),
        # a condition of truth (before: not hedged)
        ("Sollte sich das bestätigen, wäre das eine Eskalation, sagte Pistorius.", True),
        ("Falls zutreffend, wären 10.000 Soldaten im Einsatz, sagte der Sprecher.", True),
    ],
)
def test_hedging(text, hedged):
    assert claims_of(text)[0].hedged is hedged


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Wladimir Putin erklärte am Donnerstag, dass der Vertrag gelte.", date(2024, 10, 24)),
        ("Wladimir Putin erklärte am Montag, dass der Vertrag gelte.", date(2024, 10, 28)),
        ("Wladimir Putin erklärte gestern, dass der Vertrag gelte.", date(2024, 10, 27)),
        ("Wladimir Putin erklärte vor einer Woche, dass der Vertrag gelte.", date(2024, 10, 21)),
        ("Wladimir Putin erklärte am 4. Oktober, dass der Vertrag gelte.", date(2024, 10, 4)),
    ],
)
def test_relative_dates(text, expected):
    assert claims_of(text)[0].refers_to_date == expected
    assert claims_of(text, None)[0].refers_to_date is None


@pytest.mark.parametrize("text, expected, period", [
    # published Monday 28 October 2024
    ("Kiew sagte letzte Woche, 3000 Soldaten seien angekommen.", date(2024, 10, 21), "week"),
    ("In der vergangenen Woche sagte Seoul, Soldaten seien in Kursk.", date(2024, 10, 21), "week"),
    ("Im vergangenen Monat sagte Seoul, Soldaten seien in Kursk.", date(2024, 9, 1), "month"),
    ("Ende September sagte Kiew, Soldaten seien da.", date(2024, 9, 1), "month"),
    ("Im vergangenen Jahr habe Russland 100.000 Soldaten verloren, sagte Kiew.", date(2023, 1, 1), "year"),
    # the weekend just past is the week it ends (before: no date)
    ("Kiew sagte am Wochenende, Soldaten seien in Kursk.", date(2024, 10, 21), "week"),
])
def test_periods(text, expected, period):
    """Before: no date for 'letzte Woche', 'im vergangenen Monat', 'Ende September'."""
    (c,) = claims_of(text)
    assert (c.refers_to_date, c.refers_to_period) == (expected, period)


def test_coordinated_verbs_share_the_speaker():
    text = (
        "Wladimir Putin bestritt am Donnerstag nicht die Anwesenheit der Soldaten und erklärte, "
        "dass der Vertrag nur beide Länder betreffe."
    )
    claims = claims_of(text)
    assert [c.cue for c in claims] == ["bestritt", "erklärte"]
    assert {c.speaker_name for c in claims} == {"Wladimir Putin"}
    assert claims[0].stance == "asserts"
    assert claims[1].text.startswith("dass der Vertrag")


@pytest.mark.parametrize(
    "text, speaker, content_start",
    [
        ("Die Grenze bleibt geschlossen, hieß es aus Regierungskreisen.", "Regierungskreisen", "Die Grenze"),
        # "verlautete" as "hieß es" (before: the outlet's own sentence, or no claim)
        ("Aus Regierungskreisen in Seoul verlautete, Nordkorea könnte weitere Truppen entsenden.",
         "Regierungskreisen in Seoul", "Nordkorea"),
        ("Nordkorea könnte weitere Truppen entsenden, verlautete aus Regierungskreisen.", "Regierungskreisen",
         "Nordkorea"),
        ("Frank Sichau, der als Sprecher der Fraktion fungiert, erklärte, dass die Justiz versagt habe.",
         "Frank Sichau", "dass"),
        ("Roswitha Müller, die nordrhein-westfälische Justizministerin, kündigte an, den Fall aufzuklären.",
         "Roswitha Müller, die nordrhein-westfälische Justizministerin", "den Fall"),
        ("„Es war wie ein großer Güterzug“, so charakterisierte ihn der Reporter Bernard Aubin.",
         "der Reporter Bernard Aubin", "Es war"),
    ],
)
def test_more_word_orders(text, speaker, content_start):
    claims = claims_of(text)
    assert len(claims) == 1, claims
    assert claims[0].speaker_text == speaker
    assert claims[0].text.startswith(content_start)


def test_das_teilte_mit_refers_to_the_previous_sentence():
    text = "Der Airbus startet am Mittwoch zu seinem ersten Testflug. Dies gab Airbus in Toulouse bekannt."
    c = only(claims_of(text), cue="gab")
    assert c.text.startswith("Der Airbus startet")
    assert c.speaker_text == "Airbus in Toulouse"


@pytest.mark.parametrize(
    "text",
    [
        "Zwölf Todesopfer forderte ein Taifun im Norden der Philippinen.",
        "Er war in bekannten Fernsehserien zu sehen.",
        "Der Posten war lange ausgeschrieben.",
    ],
)
def test_non_attributions(text):
    assert claims_of(text) == []


@pytest.mark.parametrize(
    "text, speaker",
    [
        # the medium is the source after "nach"/"laut", not an addressee stop
        ("Nach einem Bericht der Zeitung Kyiv Independent wurden drei Dörfer geräumt.",
         "einem Bericht der Zeitung Kyiv Independent"),
        # an apposition after the source
        ("Nach Angaben von Olena Petrenko, einer Sprecherin der Armee, wurde die Brücke zerstört.",
         "Angaben von Olena Petrenko, einer Sprecherin der Armee"),
    ],
)
def test_nach_source_phrases(text, speaker):
    c = only(claims_of(text), cue="Nach")
    assert c.speaker_text == speaker


@pytest.mark.parametrize(
    "text, cue",
    [
        ("Der Minister schlug vor, die Grenzkontrollen zu verschärfen.", "schlug vor"),
        ("Die Opposition verlangte, dass der Haushalt neu verhandelt werde.", "verlangte"),
    ],
)
def test_more_reporting_verbs(text, cue):
    only(claims_of(text), cue=cue)


@pytest.mark.parametrize(
    "text, speaker, cue, content_start",
    [
        ("Die Ministerin vertrat die Ansicht, dass die Reform zu spät komme.", "Die Ministerin", "vertrat", "dass"),
        ("Der Bürgermeister ist der Meinung, dass die Brücke saniert werden müsse.", "Der Bürgermeister", "ist", "dass"),
        ("Die Polizei ging davon aus, dass der Täter geflohen sei.", "Die Polizei", "ging davon aus", "dass"),
        ("Am Abend ließ die Partei verlauten, sie werde die Wahl anfechten.", "die Partei", "ließ", "sie werde"),
    ],
)
def test_phrasal_cues(text, speaker, cue, content_start):
    c = only(claims_of(text), cue=cue)
    assert c.speaker_text == speaker
    assert c.text.startswith(content_start)


@pytest.mark.parametrize(
    "text",
    [
        "Am Freitag gab es einen Zwischenfall mit einem Bus an der Grenze.",  # existential "gab es"
        "Die Stadt gab den Bürgern an diesem Tag frei.",  # "an" opens a phrase, no particle
        "Das Wetter ist der Grund für die Verspätung.",  # "ist" without an opinion noun
    ],
)
def test_phrasal_non_attributions(text):
    assert claims_of(text) == []


@pytest.mark.parametrize("text, cue", [
    # before: no claim (none of these verbs was a cue)
    ("Kiew meldete 11.000 Soldaten in Kursk. Moskau spielte die Berichte herunter.", "spielte"),
    ("Kiew meldete 11.000 Soldaten in Kursk. Der Kreml stellte die Angaben infrage.", "stellte"),
    ("Kiew meldete 11.000 Soldaten in Kursk. Der Kreml stellte die Angaben in Frage.", "stellte"),
    ("Kiew meldete 11.000 Soldaten in Kursk. Moskau zog die Zahlen in Zweifel.", "zog"),
    ("Kiew meldete 11.000 Soldaten in Kursk. Moskau zweifelte die Angaben an.", "zweifelte"),
    ("Kiew meldete 11.000 Soldaten in Kursk. Moskau bezweifelte die Angaben.", "bezweifelte"),
    # before: asserted
    ("Kiew meldete 11.000 Soldaten in Kursk. Der Kreml äußerte Zweifel an den Angaben.", "äußerte"),
    ("Kiew meldete 11.000 Soldaten in Kursk. Der Kreml hat Zweifel an den Angaben geäußert.", "geäußert"),
    # in the perfect; before: no claim
    ("Kiew meldete 11.000 Soldaten in Kursk. Moskau hat die Angaben infrage gestellt.", "gestellt"),
    ("Kiew meldete 11.000 Soldaten in Kursk. Moskau hat die Angaben in Zweifel gezogen.", "gezogen"),
])
def test_doubting_a_report_denies_it(text, cue):
    report, doubt = claims_of(text)
    assert (doubt.cue, doubt.stance, doubt.answers_claim_id) == (cue, "denies", report.claim_id)


@pytest.mark.parametrize("answer, speaker, cue, stance", [
    # before: no claim (a passive was read as naming no one, or not at all)
    ("Die Angaben wurden vom Kreml zurückgewiesen.", "Kreml", "zurückgewiesen", "denies"),
    ("Von Moskau wurden die Angaben angezweifelt.", "Moskau", "angezweifelt", "denies"),
    ("Die Angaben wurden vom Kreml als Propaganda bezeichnet.", "Kreml", "bezeichnet", "denies"),
    # the quotation in it is what was said, one claim as in the active (before: two)
    ("Die Angaben wurden vom Kreml als „Lüge“ abgetan.", "Kreml", "abgetan", "denies"),
    ("Die Angaben sind vom Kreml dementiert worden.", "Kreml", "dementiert worden", "denies"),
    ("Die Angaben wurden vom Pentagon bestätigt.", "Pentagon", "bestätigt", "asserts"),
    ("Die Angaben wurden am Montag vom Pentagon nicht bestätigt.", "Pentagon", "bestätigt", "neither"),
    ("Die Angaben wurden von Moskau infrage gestellt.", "Moskau", "gestellt", "denies"),
    ("Die Angaben wurden von Moskau in Zweifel gezogen.", "Moskau", "gezogen", "denies"),
    # a doubt not raised concedes, as "bestritt die Angaben nicht"
    ("Die Angaben wurden von Moskau nicht in Frage gestellt.", "Moskau", "gestellt", "asserts"),
])
def test_a_passive_with_its_agent_answers_as_the_agent(answer, speaker, cue, stance):
    report, claim = claims_of(f"Kiew meldete 11.000 Soldaten in Kursk. {answer}")
    assert (claim.speaker_text, claim.cue, claim.stance) == (speaker, cue, stance)
    assert claim.answers_claim_id == report.claim_id


@pytest.mark.parametrize("text, speaker, content", [
    ("Vom Pentagon wurde bestätigt, dass 10.000 Soldaten eingetroffen seien.", "Pentagon",
     "dass 10.000 Soldaten eingetroffen seien"),
    ("Es wurde vom Pentagon bestätigt, dass 10.000 Soldaten eingetroffen seien.", "Pentagon",
     "dass 10.000 Soldaten eingetroffen seien"),
    ("Die Zahl von 11.000 Soldaten wurde von Südkoreas Geheimdienst genannt.", "Südkoreas Geheimdienst",
     "Die Zahl von 11.000 Soldaten wurde von Südkoreas Geheimdienst genannt"),
    # ... or estimated (before: the outlet's sentence)
    ("Die Zahl der Soldaten wird vom Pentagon auf rund 11.000 geschätzt.", "Pentagon",
     "Die Zahl der Soldaten wird vom Pentagon auf rund 11.000 geschätzt"),
])
def test_a_passive_with_its_agent_reports_what_the_agent_said(text, speaker, content):
    (claim,) = claims_of(text)
    assert (claim.speaker_text, claim.text, claim.kind) == (speaker, content, "indirect_quote")


@pytest.mark.parametrize("text", [
    "Er wurde von der Polizei kritisiert.",  # criticised, not reported
    "Die Stadt wurde von ukrainischen Truppen eingenommen.",
    "Die Zahl ist bestätigt.",  # a state, no act and no agent
    "Er wird von vielen Kollegen sehr geschätzt.",  # valued, no figure
])
def test_a_passive_that_reports_nothing_is_no_claim(text):
    assert [c for c in claims_of(text) if c.kind != "unattributed"] == []


@pytest.mark.parametrize("text, speaker, name", [
    # before: the body "des Landes", of no state
    ("Südkorea meldete 11.000 Soldaten. Der Geheimdienst des Landes erklärte, 100 seien gestorben.",
     "Der Geheimdienst des Landes", "National Intelligence Service (South Korea)"),
    ("Kiew meldete 3.000 Tote. Das Verteidigungsministerium des Landes sagte, 200 seien verwundet.",
     "Das Verteidigungsministerium des Landes", "Ukrainian Defence Ministry"),
])
def test_the_body_des_landes_is_of_the_state_last_quoted(text, speaker, name):
    c = only(claims_of(text), speaker_text=speaker)
    assert c.speaker_name == name


def test_nach_seinen_worten_is_the_one_who_spoke():
    """Before: the speaker was named 'seinen Worten'."""
    quote, words = extract_claims("„Nordkorea schickt immer mehr Soldaten“, sagte Selenskyj. "
                                  "Nach seinen Worten könnten es bald bis zu 100.000 sein.", language="de").claims
    assert (words.speaker_text, words.speaker_id) == ("seinen Worten", quote.speaker_id)


@pytest.mark.parametrize("text, speaker_id", [
    # a name in the genitive opens the source like an article (before: the outlet's statement)
    ("Nach Kiews Angaben sind 3.000 Nordkoreaner getötet worden.", "Q212"),
    ("Nach Selenskyjs Worten sind 3.000 Nordkoreaner getötet worden.", "Q3881"),
    ("Laut Selenskyjs Einschätzung sind 3.000 Nordkoreaner getötet worden.", "Q3881"),
])
def test_a_name_in_the_genitive_is_the_source(text, speaker_id):
    (c,) = extract_claims(text, language="de").claims
    assert (c.kind, c.speaker_id, c.text) == ("according_to", speaker_id, "sind 3.000 Nordkoreaner getötet worden")
    (c,) = extract_claims("Nach Ostern sind 3.000 Nordkoreaner getötet worden.", language="de").claims
    assert c.kind == "unattributed"


@pytest.mark.parametrize("phrase", ["Nach unseren Worten", "Nach unseren Informationen", "Nach unserer Einschätzung"])
def test_our_words_outside_a_quotation_are_the_outlets(phrase):
    """Before: 'Nach unseren Worten' was spoken by one named 'unseren'."""
    said, ours = extract_claims(f"Das ukrainische Militär meldete Kämpfe. {phrase} hat Nordkorea 1.000 Soldaten "
                                "verlegt.", language="de").claims
    assert said.speaker_id == "nc:ukrainian_armed_forces"
    assert (ours.kind, ours.speaker_name, ours.speaker_id) == ("according_to", None, None)


@pytest.mark.parametrize("text", [
    "Der Reporter stellte eine Frage.",  # asking, not doubting
    "Der Reporter hat eine Frage gestellt.",
    "Die Frage wurde von Journalisten gestellt.",
    "Die Regierung hat einen Antrag gestellt.",
    "Er spielte am Abend Klavier.",
    "Die Truppen zogen in den Krieg.",
])
def test_the_verbs_of_doubt_alone_are_no_cue(text):
    assert claims_of(text) == []


@pytest.mark.parametrize("verb", ["bestritt die Vorwürfe", "wies die Vorwürfe jedoch zurück",
                                  "spielte die Idee jedoch herunter"])
def test_a_denial_does_not_take_the_clause_of_the_verb_after_it(verb):
    """Before: the denial's content was the 'dass' clause of 'ist der Meinung', so the speaker
    denied what they hold."""
    denial, opinion = claims_of(f"Der Sprecher {verb} und ist der Meinung, dass es nicht umgesetzt werde.")
    assert (denial.stance, denial.text) == ("denies", f"Der Sprecher {verb}")
    assert (opinion.stance, opinion.text) == ("asserts", "dass es nicht umgesetzt werde")


def test_subjunctive_sentences_go_on_reporting_the_speaker():
    text = ("Der Verbandschef sagte, die Lage sei ernst. Die Betriebe bräuchten dringend Hilfe "
            "und viele Stellen seien gefährdet. Außerdem sei der Winter lang. "
            "Am Abend regnete es in der Stadt.")
    claims = claims_of(text)
    go_on = only(claims, cue=None)
    assert go_on.speaker_text == "Der Verbandschef"
    assert go_on.text == ("Die Betriebe bräuchten dringend Hilfe und viele Stellen seien gefährdet. "
                          "Außerdem sei der Winter lang")
    assert not any("regnete" in c.text for c in claims)


@pytest.mark.parametrize("text", [
    # before: the outlet's (a subjunctive beyond the common forms: "kontrolliere", "plane")
    "Russland habe mehr als 38.000 Soldaten verloren, sagte Selenskyj. Die Ukraine kontrolliere noch 40 Prozent.",
    "Putin sagte, es gebe keine Probleme. Er plane keine Angriffe.",
    # ... and "gäbe", Konjunktiv II for Konjunktiv I "gebe" (before: the outlet's)
    "Peskow sagte, die Berichte seien falsch. Es gäbe keine nordkoreanischen Soldaten in Russland.",
    # ... or after an adverb before the subject (before: no claim)
    "Park sagte, Pjöngjang bereite die Entsendung weiterer Truppen vor. Zudem liefere Nordkorea Granaten.",
])
def test_a_subjunctive_after_the_subject_goes_on_reporting(text):
    report, go_on = claims_of(text)
    assert (go_on.cue, go_on.speaker_text) == (None, report.speaker_text)


def test_a_past_or_an_adverbial_first_is_no_subjunctive():
    claims = claims_of("Putin sagte, es gebe keine Probleme. Für islamische Kindergärten gibt die Stadt 27 Millionen "
                       "Euro aus. Damit wurde ein Urteil bestätigt. Auf eigene Faust kämpften die Milizen weiter.")
    assert len(claims) == 1


def test_quoted_object_is_the_content():
    c = only(claims_of("Die Sprecherin bezeichnete den Entwurf als „völlig unausgegoren“."), cue="bezeichnete")
    assert c.text == "völlig unausgegoren"
    assert c.speaker_text == "Die Sprecherin"


@pytest.mark.parametrize("text, first", [
    ("Die Botschaft wies die Darstellung zurück und sprach von „Propaganda“.", "wies"),
    ("Die CCE bestätigte die Aussage der Gewerkschaft nicht und nannte sie „reine Spekulation“.", "bestätigte"),
])
def test_a_quoted_object_after_the_next_verb_is_that_verbs(text, first):
    """Before: both verbs' content was the quotation (German dev 015 and 030 had it so)."""
    before, after = sorted(claims_of(text), key=lambda c: c.cue_start)
    assert before.cue == first and before.text.startswith("Die ") and after.text in ("Propaganda", "reine Spekulation")


def test_comma_after_an_apposed_subject_is_no_quote_boundary():
    c = only(claims_of("Die Innenministerin, Anna Beispiel, nannte den Plan „mutig“."), cue="nannte")
    assert c.speaker_text == "Die Innenministerin, Anna Beispiel"
    assert c.text == "mutig"


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        # the clause that holds the source, not the sentence before its comma
        ("Die Fähre legte um acht Uhr ab, nach Angaben der Reederei war sie voll besetzt.",
         "Angaben der Reederei", "war sie voll besetzt"),
        # a relative clause on the source belongs to neither side
        ("Nach Angaben der Behörde, die sich auf Satellitenbilder stützt, ist der See fast ausgetrocknet.",
         "Angaben der Behörde", "ist der See fast ausgetrocknet"),
        ("Der Sturm war Berichten der Sender Radio Nord und TV Süd zufolge bis zur Küste zu spüren.",
         "Berichten der Sender Radio Nord und TV Süd", "bis zur Küste zu spüren"),
    ],
)
def test_sourcing_phrase_content_stays_in_its_clause(text, speaker, content):
    c = only(claims_of(text), speaker_text=speaker)
    assert c.text == content


def test_coordinated_nominal_reports_keep_the_whole_sentence():
    text = "Die Opposition wies die Pläne zurück und bezeichnete sie als Eingriff in die Grundrechte."
    c = only(claims_of(text))
    assert c.text == text.rstrip(".")


def test_relative_clause_on_the_subject_is_no_quote_boundary():
    text = "Die Anwältin, die den Kläger seit Jahren vertritt, nennt das Urteil einen Skandal."
    c = only(claims_of(text), cue="nennt")
    assert c.speaker_text == "Die Anwältin"
    assert c.text == text.rstrip(".")


def test_a_verb_with_nothing_reported_gives_no_content_of_its_own():
    claims = claims_of("Der Trainer war zufrieden. Er fügte hinzu.")
    assert not any(c.text == "Er fügte hinzu" for c in claims)


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        ("Nach dem Willen der Regierung soll die Steuer im Frühjahr sinken.",
         "dem Willen der Regierung", "soll die Steuer im Frühjahr sinken"),
        # a conjunction before the sourcing phrase is not part of the content
        ("Der Zug hielt in Fulda und laut Bahn stiegen dort alle Fahrgäste aus.",
         "Bahn", "stiegen dort alle Fahrgäste aus"),
    ],
)
def test_more_sourcing_phrases(text, speaker, content):
    c = only(claims_of(text), speaker_text=speaker)
    assert c.text == content


def test_reportative_soll_goes_on_reporting_the_source():
    text = ("Laut Feuerwehr brach das Feuer im Keller aus. Zwei Bewohner sollen leicht verletzt "
            "worden sein.")
    c = only(claims_of(text), cue=None)
    assert c.speaker_text == "Feuerwehr"
    assert c.text.startswith("Zwei Bewohner sollen")


def test_a_new_paragraph_goes_on_reporting_only_in_konjunktiv_i():
    """Before: the analyst's report ran on over the paragraph break and took the next
    paragraph's claim (HUR's, with its money figure); "Das jedenfalls behauptet" named no one."""
    text = ("Der Experte Gustav Gressel sagte, der Einsatz sei gefährlich. Das sei für Südkorea gefährlicher als "
            "für die Ukraine.\n\nRussland soll Nordkorea angeblich rund zwei Milliarden Dollar pro Jahr zahlen. "
            "Das jedenfalls behauptet der ukrainische Militärgeheimdienst HUR.")
    claims = claims_of(text)
    assert only(claims, cue=None).text == "Das sei für Südkorea gefährlicher als für die Ukraine"
    hur = only(claims, cue="behauptet")
    assert (hur.speaker_text, hur.text) == (
        "der ukrainische Militärgeheimdienst HUR",
        "Russland soll Nordkorea angeblich rund zwei Milliarden Dollar pro Jahr zahlen.")


@pytest.mark.parametrize("text, speaker", [
    # Konjunktiv I goes on with the speaker in a paragraph of its own, as a claim of its own
    ("Der Arbeitskreis sagte, die Lage sei ernst.\n\nDie Klauseln seien alarmierend.", "Der Arbeitskreis"),
    # ... and so does what is to be done
    ("Polizeisprecher Axel Stüken sagte, der Fall werde geprüft.\n\nZeugen sollen befragt werden.",
     "Polizeisprecher Axel Stüken"),
    # ... but reportative "soll" opening a paragraph is no one's named (before: the speaker before)
    ("Der Kremlsprecher sagte, das sei eine Falschmeldung.\n\nNordkoreaner sollen schwere Verluste erlitten haben.",
     None),
    ("Der Kremlsprecher sagte, das sei eine Falschmeldung.\n\nNordkoreaner sollen schwere Verluste erlitten haben, "
     "die nicht mehr ersetzt werden können.", None),
    # ... while the Konjunktiv II that stands in for Konjunktiv I goes on (a helper's review: lost)
    ("Peskow sagte, Russland habe keine Soldaten eingesetzt.\n\nDie westlichen Berichte hätten keinerlei Grundlage.",
     "Peskow"),
])
def test_a_paragraph_in_the_subjunctive_after_a_report(text, speaker):
    claims = claims_of(text)
    (second,) = [c for c in claims if c.char_start > text.index("\n")]
    assert second.speaker_text == speaker
    assert "\n" not in claims[0].text


@pytest.mark.parametrize("text", [
    # before: North Korean soldiers ("-daten") said the words before it
    "Russlands Präsident Wladimir Putin hatte auf die Frage nach nordkoreanischen Soldaten geantwortet: "
    "„Satellitenbilder sind eine ernste Sache.“",
    "Die Suche nach Informationen über die Soldaten dauerte an, sagte Putin.",
    # (a helper's review: the verbs too, and a word that only ends like a source noun)
    "Journalisten fragten Peskow nach Berichten über nordkoreanische Soldaten.",
    "Nach Vermittlungen Katars seien 40 Kinder zurückgekehrt.",
])
def test_nach_after_a_question_or_before_soldiers_names_no_source(text):
    assert all(c.cue not in ("nach", "Nach") for c in claims_of(text))


@pytest.mark.parametrize("text, speaker", [
    # "nach Angaben" is a source even after a verb of searching (a second review)
    ("Die Polizei sucht nach Angaben eines Sprechers mit einem Großaufgebot nach dem Täter.", "Angaben eines Sprechers"),
    ("Die Nachfrage ist nach Angaben des Branchenverbands um 20 Prozent gestiegen.", "Angaben des Branchenverbands"),
])
def test_nach_angaben_after_a_verb_of_searching_is_a_source(text, speaker):
    assert only(claims_of(text), cue="nach").speaker_text == speaker


def test_a_need_according_to_a_source_is_sourced():
    """A helper's review: "der Bedarf nach Angaben der Vereinten Nationen" lost its source."""
    c = only(claims_of("Insgesamt beträgt der Bedarf nach Angaben der Vereinten Nationen 4,2 Milliarden Dollar."),
             cue="nach")
    assert c.speaker_text == "Angaben der Vereinten Nationen"


@pytest.mark.parametrize("text", [
    "Nordkorea hat rund 11.000 Soldaten nach Russland geschickt. Zumindest behauptet das der ukrainische Geheimdienst.",
    "Nordkorea hat rund 11.000 Soldaten nach Russland geschickt. Das behauptet jedenfalls der ukrainische Geheimdienst.",
])
def test_a_focus_particle_around_das_points_back(text):
    """A helper's review: a fronted 'Zumindest' was the speaker."""
    c = only(claims_of(text), cue="behauptet")
    assert (c.speaker_text, c.text) == ("der ukrainische Geheimdienst",
                                        "Nordkorea hat rund 11.000 Soldaten nach Russland geschickt.")


def test_erinnerte_daran_reports_and_her_title_says_she():
    """Before: the reminder was the outlet's, and "sagte sie" went to Wagenknecht quoted before."""
    text = ("BSW-Chefin Sahra Wagenknecht sagte, es gebe keine Belege.\n\nFDP-Verteidigungsexpertin Marie-Agnes "
            "Strack-Zimmermann erinnerte daran, dass die Ukraine mehr als 1000 Quadratkilometer erobert habe. "
            "„Das hat Putin gedemütigt“, sagte sie.")
    claims = claims_of(text)
    assert only(claims, cue="erinnerte daran").text.startswith("dass die Ukraine")
    assert only(claims, text="Das hat Putin gedemütigt").speaker_name == "Marie-Agnes Strack-Zimmermann"
    assert not [c for c in claims_of("Scholz erinnerte an die Opfer des Krieges.") if c.cue]


def test_the_verb_after_a_wie_clause_has_its_own_subject():
    """Before: Ryabkov "said" the words "Wie die staatliche Nachrichtenagentur TASS meldete"."""
    text = ("Wie die staatliche Nachrichtenagentur TASS meldete, bezeichnete der stellvertretende Außenminister "
            "Sergej Rjabkow die Berichte als „völlig unbegründet“.")
    c = only(claims_of(text), cue="bezeichnete")
    assert (c.speaker_text, c.stance) == ("der stellvertretende Außenminister Sergej Rjabkow", "denies")
    assert "TASS" not in c.text


@pytest.mark.parametrize("text, speaker, content_start", [
    # an indirect question opening with "Wie" is what was (not) said (a second review)
    ("Wie viele Soldaten bei dem Angriff getötet worden seien, sagte der Sprecher nicht.", "der Sprecher", "Wie viele"),
    ("Wie viele Nordkoreaner Russland entsandt habe, sei unklar, sagte ein Sprecher des Pentagons.",
     "ein Sprecher des Pentagons", "Wie viele"),
])
def test_an_indirect_question_with_wie_before_the_verb(text, speaker, content_start):
    c = only(claims_of(text), cue="sagte")
    assert c.speaker_text == speaker and c.text.startswith(content_start)


def test_a_thing_that_reminds_is_no_speaker():
    """A second review: 'erinnert daran' made a memorial plaque a speaker."""
    assert not [c for c in claims_of("Eine Gedenktafel erinnert daran, dass hier Hunderte deportiert wurden.") if c.cue]


def test_a_headlines_topic_before_a_report_is_no_speaker():
    """Before: North Korean soldiers said that Kyiv speaks of heavy losses."""
    (c,) = claims_of("Nordkoreanische Soldaten: Kiew spricht von schweren Verlusten\n\nMehr folgt.")
    assert (c.speaker_text, c.cue) == ("Kiew", "spricht von")


@pytest.mark.parametrize("text, speaker", [
    # ... but a speaker before the colon stays the speaker (a second review: Russia, Germany)
    ("Selenskyj: Russland spricht von Frieden und bombardiert weiter unsere Städte\n\nMehr folgt.", "Selenskyj"),
    ("Merz: Die Bundesregierung sagt nicht die ganze Wahrheit über die Lieferungen\n\nMehr folgt.", "Merz"),
])
def test_a_headlines_speaker_before_a_report_stays_the_speaker(text, speaker):
    (c,) = [c for c in claims_of(text) if c.cue == ":"]
    assert c.speaker_text == speaker


def test_sie_after_a_paragraph_on_armed_forces_is_them():
    """Before: "sie" was the Swiss foreign ministry that spoke in the paragraph before."""
    text = ("Das Schweizer Departement EDA teilte mit, die Entsendung verstosse gegen das Völkerrecht.\n\n"
            "Die ukrainischen Streitkräfte hatten im August eine Offensive begonnen. Nach eigenen Angaben eroberten "
            "sie mehr als 1000 Quadratkilometer.")
    c = only(claims_of(text), cue="Nach")
    assert (c.speaker_name, c.speaker_affiliation) == ("Die ukrainischen Streitkräfte", "Ukraine")


def test_sie_with_a_singular_verb_is_no_group():
    """A second review: Baerbock's 'sagte sie' went to the Russian troops of her own words."""
    text = ("Außenministerin Annalena Baerbock kritisierte den Angriff scharf.\nDie russischen Truppen hätten gezielt "
            "Wohnhäuser beschossen, sagte sie in Berlin.")
    assert only(claims_of(text), cue="sagte").speaker_name == "Annalena Baerbock"


def test_a_source_in_the_genitive_of_a_possessive():
    """Before: the source was "Angaben" (no one) and the content opened with "ihres Generalstabs"."""
    c = only(claims_of("Die Ukraine hält nach Angaben ihres Generalstabs noch rund 500 Quadratkilometer im Gebiet "
                       "Kursk."), cue="nach")
    assert (c.speaker_text, c.text) == ("Angaben ihres Generalstabs", "noch rund 500 Quadratkilometer im Gebiet Kursk")


@pytest.mark.parametrize("text, speaker, content", [
    # a vague amount opens the object (before: "Tausende Soldaten" were part of the source)
    ("Nordkorea hat nach übereinstimmenden Berichten westlicher Nachrichtendienste Tausende Soldaten nach Russland "
     "geschickt.", "übereinstimmenden Berichten westlicher Nachrichtendienste",
     "Tausende Soldaten nach Russland geschickt"),
    # an English name keeps its function words (before: the source ended at "Institute")
    ("Nach Einschätzung des amerikanischen Thinktanks Institute for the Study of War (ISW) setzt Russland die "
     "Nordkoreaner auch in der Ukraine ein.", "Einschätzung des amerikanischen Thinktanks Institute for the Study of "
     "War (ISW)", "setzt Russland die Nordkoreaner auch in der Ukraine ein"),
])
def test_where_a_nach_source_ends(text, speaker, content):
    (c,) = claims_of(text)
    assert (c.speaker_text, c.text) == (speaker, content)


def test_a_tickers_headline_read_as_hearsay_too_is_one_claim():
    text = ("Peskow sagte, das sei eine Falschmeldung.\n\n+++ 11:15 +++ Pentagon: Nordkoreaner sollen schwere "
            "Verluste erlitten haben")
    claims = [c for c in claims_of(text) if "Nordkoreaner" in c.text]
    assert [(c.speaker_text, c.cue, c.hedged) for c in claims] == [("Pentagon", ":", True)]


def test_demnach_points_back_at_the_last_source():
    text = "Die Behörde berichtete am Montag über neue Messungen. Demnach ist der Fluss stark belastet."
    claims = claims_of(text)
    c = only(claims, cue="Demnach")
    assert c.speaker_text == "Die Behörde"
    assert c.text == "ist der Fluss stark belastet"


def test_demnach_inside_its_clause_reports_the_clause():
    """Before: the content was 'Bis Dezember sollten es', the words before the adverb."""
    c = only(claims_of("Der Geheimdienst meldete 3.000 Soldaten. Bis Dezember sollten es demnach 10.000 werden."),
             cue="demnach")
    assert (c.speaker_text, c.text) == ("Der Geheimdienst", "Bis Dezember sollten es demnach 10.000 werden")


def test_demnach_without_a_source_is_no_claim():
    assert claims_of("Der Zug kam spät an. Demnach fiel das Treffen aus.") == []


def test_es_heisst_after_und():
    c = only(claims_of("Die Zahlen wurden korrigiert und es heißt nun, dass zwölf Menschen starben."),
             cue="es heißt")
    assert c.text == "dass zwölf Menschen starben"


def test_quotation_inside_indirect_speech_is_also_a_direct_quote():
    text = "Der Minister sagte, die Lage sei „sehr ernst, aber beherrschbar“ geblieben."
    claims = claims_of(text)
    assert only(claims, kind="indirect_quote").text.startswith("die Lage sei")
    quote = only(claims, kind="direct_quote")
    assert quote.text == "sehr ernst, aber beherrschbar"
    assert quote.speaker_text == "Der Minister"


def test_quoted_names_are_no_citations():
    claims = claims_of("Der Minister sagte der Zeitung „Die Welt“, die Lage sei ernst.")
    assert not [c for c in claims if c.kind == "direct_quote"]


@pytest.mark.parametrize(
    "text, content",
    [
        ("Der Sprecher sagte, ohne Namen zu nennen, dass die Ermittlungen andauerten.",
         "dass die Ermittlungen andauerten"),
        ("Die Ministerin sagte aber auch, dass die Kosten stiegen.", "dass die Kosten stiegen"),
    ],
)
def test_dass_clause_after_an_adverbial_is_the_content(text, content):
    assert only(claims_of(text), cue="sagte").text == content


def test_relative_clause_on_the_object_is_not_the_content():
    text = "Ein Augenzeuge sprach von vielen Verletzten, die am Ufer versorgt wurden."
    claim = only(claims_of(text), speaker_text="Ein Augenzeuge")
    assert claim.text == text.rstrip(".")


@pytest.mark.parametrize(
    "text, speaker, cue, content",
    [
        ("Der Verein schrieb einen Brief, weil er befürchtete, die Halle werde geschlossen.",
         "er", "befürchtete", "die Halle werde geschlossen"),
        ("Nachdem der Anwalt dem Gericht erklärt hatte, dass die Zeugin krank sei, wurde die Sitzung vertagt.",
         "der Anwalt", "erklärt hatte", "dass die Zeugin krank sei"),
        ("Neuer Trainer wird ein Däne, der am Abend betonte, er kenne die Liga gut.",
         "der", "betonte", "er kenne die Liga gut"),
    ],
)
def test_verb_final_subordinate_clause(text, speaker, cue, content):
    claim = only(claims_of(text), cue=cue)
    assert (claim.speaker_text, claim.text) == (speaker, content)


@pytest.mark.parametrize(
    "text, cue, content",
    [
        ("Dem Manager wird vorgeworfen, Gelder veruntreut zu haben.", "wird vorgeworfen",
         "Gelder veruntreut zu haben"),
        ("Es wird befürchtet, dass die Preise weiter steigen.", "Es wird befürchtet",
         "dass die Preise weiter steigen"),
        ("Die Reparatur könne Wochen dauern, wird vermutet.", "wird vermutet",
         "Die Reparatur könne Wochen dauern"),
    ],
)
def test_passive_reporting_verb_has_no_speaker(text, cue, content):
    claim = only(claims_of(text), cue=cue)
    assert (claim.speaker_text, claim.text) == (None, content)


def test_free_indirect_speech_after_a_direct_quote():
    text = "Die Trainerin sagte: „Wir sind bereit.“ Die Mannschaft habe hart gearbeitet."
    claim = only(claims_of(text), text="Die Mannschaft habe hart gearbeitet")
    assert claim.speaker_text == "Die Trainerin"


def test_subjunctive_sentence_without_a_named_source():
    claims = claims_of("Der Sturm zog über die Küste. Mehrere Häuser seien schwer beschädigt worden.")
    claim = only(claims, text="Mehrere Häuser seien schwer beschädigt worden")
    assert claim.speaker_text is None
    # a noun ("an dieser Stelle") is no subjunctive, and "soll" alone announces plans too
    assert not claims_of("An dieser Stelle wurde gebaut. Die Brücke soll 2026 fertig werden.")


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Nach seinen Angaben ist die Brücke seit Jahren marode.", "seinen Angaben"),
        ("Nach Angaben des Wetterdienstes (DWD) fiel in der Nacht Schnee.",
         "Angaben des Wetterdienstes (DWD)"),
        ("Eva Beispiel vom Bundesamt (Abteilung Strahlenschutz, BfS) sagte, die Werte seien normal.",
         "Eva Beispiel vom Bundesamt (Abteilung Strahlenschutz, BfS)"),
    ],
)
def test_possessive_and_parenthesis_in_the_source(text, speaker):
    assert only(claims_of(text), speaker_text=speaker)


def test_semicolon_closes_the_content_of_a_sourcing_phrase():
    text = "Laut dem Verband steigen die Mieten weiter; die Politik habe zu spät gehandelt."
    assert only(claims_of(text), cue="Laut").text == "steigen die Mieten weiter"


@pytest.mark.parametrize(
    "text, speaker, cue, stance",
    [
        ("„Wir sind bereit!“, sagte Putin.", "Putin", "sagte", "asserts"),
        ("„Sind wir bereit? Ja!“, erklärte Peskow am Montag.", "Peskow", "erklärte", "asserts"),
        ("„Das ist eine Lüge!“, rief Peskow.", "Peskow", "rief", "denies"),
        ("„Wir werden siegen!“, rief Putin den Soldaten zu.", "Putin", "rief", "asserts"),
    ],
)
def test_a_quotation_ending_in_an_exclamation_or_question_mark_keeps_its_frame(text, speaker, cue, stance):
    """The sentencizer ended a sentence at '!“,', so '„Wir sind bereit!“, sagte Putin.' had
    no claim at all; shouting ('rief') a quotation needs no 'auf'."""
    c = only(claims_of(text), speaker_text=speaker)
    assert (c.kind, c.cue, c.stance) == ("direct_quote", cue, stance)
    assert c.text == text[1 : text.index("“") - 1]


@pytest.mark.parametrize("text, content", [
    # before: no claim (once 'Der Kreml kommentierte die Berichte nicht' was asserted)
    ("Der Kreml kommentierte die Berichte nicht.", "Der Kreml kommentierte die Berichte nicht"),
    ("Der Kreml hat die Berichte zunächst nicht kommentiert.", "Der Kreml hat die Berichte zunächst nicht kommentiert"),
    ("Moskau äußerte sich am Montag nicht zu den Berichten.", "Moskau äußerte sich am Montag nicht zu den Berichten"),
    # a modal's infinitive, as "weigerte sich, … zu bestätigen"
    ("Der Kreml wollte sich zu den Berichten nicht äußern.", "Der Kreml wollte sich zu den Berichten nicht äußern"),
    ("Peskow wollte nicht sagen, wie viele Soldaten in Kursk sind.", "wie viele Soldaten in Kursk sind"),
    ("Peskow wollte nicht sagen, ob Soldaten in Kursk sind.", "ob Soldaten in Kursk sind"),
    ("Peskow kann dazu nichts sagen.", "Peskow kann dazu nichts sagen"),
])
def test_a_negated_comment_takes_no_side(text, content):
    """As English "has not commented on the reports": stance neither, on what it names."""
    (c,) = claims_of(text)
    assert (c.text, c.stance) == (content, "neither")
    (c,) = claims_of("Peskow bestritt die Berichte nicht.")
    assert (c.cue, c.stance) == ("bestritt", "asserts")


def test_a_negated_comment_answers_the_reports_it_names():
    report, answer = claims_of("Kiew meldete 3.000 Tote. Der Kreml wollte die Berichte nicht kommentieren.")
    assert (answer.speaker_text, answer.stance, answer.answers_claim_id) == ("Der Kreml", "neither", report.claim_id)


@pytest.mark.parametrize("text, speaker, cue, content", [
    ("Der Kreml gab zunächst keinen Kommentar ab.", "Der Kreml", "gab", "keinen Kommentar"),
    ("Dazu gab der Kreml keinen Kommentar ab.", "der Kreml", "gab", "keinen Kommentar"),
    ("Aus Moskau gab es zunächst keine Reaktion.", "Moskau", "gab es", "keine Reaktion"),
    ("Von russischer Seite gab es keine Stellungnahme zu den Berichten.", "russischer Seite", "gab es",
     "keine Stellungnahme zu den Berichten"),
    ("Eine Stellungnahme des Kremls lag zunächst nicht vor.", "des Kremls", "lag", "Eine Stellungnahme"),
])
def test_no_comment_given_answers_the_report_before(text, speaker, cue, content):
    """As English "had no immediate comment" (before: no claim)."""
    report, answer = claims_of("Seoul sagt, 3.000 Soldaten seien getötet worden. " + text)
    assert (answer.speaker_text, answer.cue, answer.text, answer.stance, answer.answers_claim_id) == (
        speaker, cue, content, "neither", report.claim_id)


@pytest.mark.parametrize("text", [
    "Es gab keine Reaktion der Märkte.",
    "Die Regierung gab keine Erklärung zu ihren Plänen ab.",  # no comment
    "Der Kreml gab einen Kommentar ab.",  # a comment given is its words, not given here
])
def test_a_statement_given_or_not_a_comment_is_no_comment_withheld(text):
    assert claims_of(text) == []


def test_saying_one_will_not_comment_answers_the_report_it_names():
    report, answer = claims_of("Seoul sagt, 3.000 nordkoreanische Soldaten seien getötet worden. "
                               "Man habe dazu nichts zu sagen, erklärte Peskow.")
    assert (answer.speaker_text, answer.stance, answer.answers_claim_id) == ("Peskow", "neither", report.claim_id)


@pytest.mark.parametrize("text, content, stance", [
    # an object before the verb, a pronoun after it: the pronoun speaks (before: "Die
    # Berichte" had no speaker, "Zahl" spoke, "Die Angaben wies er zurück" was no claim)
    ("Die Berichte bestätigte er nicht.", "Die Berichte bestätigte er nicht", "neither"),
    ("Die Zahl bestätigte er am Montag.", "Die Zahl bestätigte er am Montag", "asserts"),
    ("Die Angaben wies er zurück.", "Die Angaben wies er zurück", "denies"),
    ("Zu den Verlusten sagte er, die Lage sei ernst.", "die Lage sei ernst", "asserts"),
])
def test_a_pronoun_after_the_verb_is_its_subject(text, content, stance):
    (c,) = claims_of("Selenskyj sprach am Montag. " + text)
    assert (c.speaker_text, c.text, c.stance) == ("er", content, stance)


@pytest.mark.parametrize("text, speaker, stance", [
    # a known actor after the verb, an object before it (before: the outlet's, or the
    # investigation demanded)
    ("Die Angaben aus Kiew bestätigte inzwischen auch das Pentagon.", "das Pentagon", "asserts"),
    ("Die Berichte bestätigte das Pentagon bislang nicht.", "das Pentagon", "neither"),
    ("Eine unabhängige Untersuchung fordert die EU.", "die EU", "asserts"),
])
def test_a_known_actor_after_the_verb_is_its_subject(text, speaker, stance):
    (c,) = claims_of(text)
    assert (c.speaker_text, c.stance, c.text) == (speaker, stance, text.rstrip("."))
    (c,) = claims_of("Die Nato bestätigte das Pentagon.")  # the actor before the verb speaks
    assert c.speaker_text == "Die Nato"


@pytest.mark.parametrize("text", [
    "Genaue Zahlen nannte er nicht.",  # before: spoken by "Genaue", asserting
    "Er nannte keine genauen Zahlen.",  # before: asserted
    "Einzelheiten nannte das Ministerium nicht.",
])
def test_figures_not_given_are_no_claim(text):
    """As "gave no figures" in English: nothing named was left open, nothing was said."""
    assert claims_of("Selenskyj sprach am Montag. " + text) == []
    (c,) = claims_of("Selenskyj sprach am Montag. Als Grund nannte er die Lage an der Front.")
    assert (c.speaker_text, c.stance) == ("er", "asserts")


@pytest.mark.parametrize("text, speaker", [
    ("Wie die Nachrichtenagentur Yonhap unter Berufung auf den Geheimdienst berichtete, sind 1500 "
     "Soldaten in Russland.", "den Geheimdienst"),
    ("Die „Washington Post“ berichtete unter Berufung auf US-Beamte, dass 3000 Soldaten getötet worden seien.",
     "US-Beamte"),
    ("Unter Berufung auf ukrainische Quellen meldete die BBC, die Truppen seien in Kursk.", "ukrainische Quellen"),
    # ... and "berufen sich auf X, wonach C" (before: the outlet's)
    ("Abgeordnete berufen sich auf den Geheimdienst NIS, wonach 1.100 Soldaten getötet worden seien.",
     "den Geheimdienst NIS"),
])
def test_the_source_an_outlet_cites_is_the_speaker(text, speaker):
    """'unter Berufung auf X' as English 'citing X': X claims, the outlet relays."""
    (c,) = claims_of(text)
    assert c.speaker_text == speaker
    assert claims_of("Die Zeitung beruft sich auf Geheimdienstkreise.") == []  # said before, if at all


@pytest.mark.parametrize("text, speaker", [
    # before: the speaker was the data, which names no one (so Selenskyj's claim had no speaker)
    ("Etwa 3.000 von ihnen seien getötet oder verwundet worden, sagte Selenskyj unter Berufung auf "
     "vorläufige Daten.", "Selenskyj"),
    ("Unter Berufung auf Geheimdienstinformationen berichtete die Zeitung, dass 500 Soldaten gefallen seien.",
     "die Zeitung"),
])
def test_cited_information_is_not_the_speaker(text, speaker):
    """As English 'citing intelligence reports': what is cited, not who."""
    (c,) = claims_of(text)
    assert c.speaker_text == speaker


@pytest.mark.parametrize("text, speaker", [
    # before: 'Institut' / 'Instituts', and 'für Kriegsstudien' began what was said
    ("Laut dem Institut für Kriegsstudien (ISW) kämpfen nordkoreanische Soldaten in Kursk.",
     "Institute for the Study of War"),
    ("Nach Angaben des Instituts für Kriegsstudien kämpfen 11.000 Nordkoreaner in Kursk.",
     "Institute for the Study of War"),
])
def test_a_body_for_something_is_one_name(text, speaker):
    from extract import extract_claims

    (c,) = extract_claims(text, language="de").claims
    assert c.speaker_name == speaker and c.text.startswith("kämpfen")


def test_an_outlet_named_in_quotation_marks_is_the_speaker():
    """Before: 'Das berichtete die „Bild“' had the speaker 'Das' and the content 'Bild', and
    a quoted outlet's name kept its opening mark ('„Washington Post')."""
    from extract import extract_claims

    text = "Nordkorea schickt Soldaten. Das berichtete die „Bild“ am Montag."
    (c,) = [c for c in claims_of(text) if c.cue == "berichtete"]
    assert (c.speaker_text, c.text) == ("die „Bild“", "Nordkorea schickt Soldaten.")
    (c,) = extract_claims("Laut der „Washington Post“ sind 3000 Soldaten getötet worden.", language="de").claims
    assert c.speaker_name == "Washington Post"


@pytest.mark.parametrize("text", ["Vorige Woche meldete Kiew 200 Tote.",
                                  "Vergangene Woche meldete Kiew 200 Tote."])
def test_a_past_week_before_the_verb_is_no_speaker(text):
    """Before: the speaker was 'Vorige Woche'."""
    (c,) = claims_of(text)
    assert (c.speaker_text, c.cue) == ("Kiew", "meldete")


def test_an_article_and_adjective_open_the_subject():
    """Before: 'Das russische …' was read as an adverbial opener ('Das teilte X mit') and the
    sentence had no speaker."""
    (c,) = claims_of("Das russische Verteidigungsministerium erklärte, man habe zwei Dörfer zurückerobert.")
    assert (c.speaker_text, c.cue, c.text) == ("Das russische Verteidigungsministerium", "erklärte",
                                               "man habe zwei Dörfer zurückerobert")
    (c,) = claims_of("Nordkorea schickt Soldaten. Das teilte der Geheimdienst mit.")
    assert (c.speaker_text, c.text) == ("der Geheimdienst", "Nordkorea schickt Soldaten.")


@pytest.mark.parametrize("text", ["Peskow sagte, die Berichte seien nicht wahr.",
                                  "Das entspreche nicht der Wahrheit, sagte Peskow.",
                                  "„Das stimmt nicht“, sagte Peskow.",
                                  "Peskow sagte, die Berichte seien unzutreffend."])
def test_nicht_wahr_is_a_denial(text):
    (c,) = claims_of(text)
    assert c.stance == "denies"


@pytest.mark.parametrize("text, speaker, cue, content", [
    ("Seoul beziffert die Zahl auf 10.000.", "Seoul", "beziffert", "Seoul beziffert die Zahl auf 10.000"),
    ("Kiew schätzt die Zahl der nordkoreanischen Soldaten auf 11.000.",
     "Kiew", "schätzt", "Kiew schätzt die Zahl der nordkoreanischen Soldaten auf 11.000"),
])
def test_putting_a_number_at_a_figure_attributes_it(text, speaker, cue, content):
    """Before: 'beziffert' was no cue, and 'schätzt' needed a clause."""
    assert [(c.speaker_text, c.cue, c.text) for c in claims_of(text)] == [(speaker, cue, content)]


def test_another_sides_report_in_a_contrast_clause_is_its_own_claim():
    """Before: Seoul's 10,000 was what the Ukrainian service said; Moscow's denial was
    what Kiew reported."""
    text = "Laut ukrainischem Geheimdienst sind 11.000 Soldaten in Kursk, während Seoul die Zahl auf 10.000 beziffert."
    assert [(c.speaker_text, c.text) for c in claims_of(text)] == [
        ("ukrainischem Geheimdienst", "sind 11.000 Soldaten in Kursk"), ("Seoul", "die Zahl auf 10.000")]
    claims = claims_of("Kiew meldet Erfolge, während Moskau die Berichte bestreitet.")
    assert [(c.speaker_text, c.stance, c.text) for c in claims] == [
        ("Kiew", "asserts", "Kiew meldet Erfolge"), ("Moskau", "denies", "die Berichte")]
    # a contrast that reports nothing stays in the report
    (c,) = claims_of("Es heißt, dass 22 Soldaten getötet wurden, während die Armee 11 Angreifer festnahm.")
    assert c.text.endswith("festnahm")


@pytest.mark.parametrize("text, source, content", [
    ("Nordkorea hat 10.000 Soldaten geschickt. Dies geht aus einem Bericht des Geheimdienstes hervor.",
     "einem Bericht des Geheimdienstes", "Nordkorea hat 10.000 Soldaten geschickt."),
    ("Aus einem Bericht des Pentagons geht hervor, dass 10.000 Soldaten in Russland sind.",
     "einem Bericht des Pentagons", "dass 10.000 Soldaten in Russland sind"),
    ("Wie aus einem Bericht des Pentagons hervorgeht, sind 10.000 Soldaten in Russland.",
     "einem Bericht des Pentagons", "sind 10.000 Soldaten in Russland"),
])
def test_what_emerges_from_a_report_is_the_reports(text, source, content):
    """Before: no claim ('geht aus X hervor' was no cue)."""
    (c,) = claims_of(text)
    assert (c.speaker_text, c.text) == (source, content)
    assert claims_of("Aus der Wahl ging er als Sieger hervor.") == []


def test_an_aside_naming_a_source_is_not_the_content():
    """Before: the Nato 'confirmed' 'wie Generalsekretär Mark Rutte sagte'; 'wie schon am
    Vortag berichtet' was reported, and by 'schon'."""
    (c,) = claims_of("Die Nato bestätigte die Präsenz nordkoreanischer Soldaten, wie Generalsekretär Mark Rutte sagte.")
    assert (c.speaker_text, c.text) == ("Generalsekretär Mark Rutte", "Die Nato bestätigte die Präsenz nordkoreanischer Soldaten")
    (c,) = claims_of("Kiew meldete, wie schon am Vortag berichtet, neue Angriffe.")
    assert (c.speaker_text, c.text) == ("Kiew", "neue Angriffe")


def test_a_year_with_its_full_stop_ends_the_sentence():
    """Before: '2000. Besonders' stayed one sentence (the tokenizer keeps '2000.' whole like
    an ordinal), and the passive after it had the whole previous sentence as its speaker."""
    text = "Die Wahl war freier als die Parlamentswahl des Jahres 2000. Besonders kritisiert wurde die Berichterstattung."
    doc = parse(text, "de")
    assert [s.text for s in sentences_of(doc)] == [
        "Die Wahl war freier als die Parlamentswahl des Jahres 2000.", "Besonders kritisiert wurde die Berichterstattung."]
    assert all(c.speaker_text is None for c in claims_of(text))
    assert len(sentences_of(parse("Er war der 1000. Besucher der Ausstellung.", "de"))) == 1


@pytest.mark.parametrize("text, answer, stance", [
    ("Kiew meldete 3.000 getötete Nordkoreaner, eine Zahl, die Moskau bestreitet.", "Moskau", "denies"),
    ("Selenskyj sprach von 3.000 Toten, eine Zahl, die das Pentagon bestätigte.", "das Pentagon", "asserts"),
    ("Laut Kiew sind 3.000 Nordkoreaner getötet worden, eine Angabe, die der Kreml zurückweist.", "der Kreml",
     "denies"),
])
def test_a_summing_apposition_answers_the_report(text, answer, stance):
    """As English '…, a figure Moscow disputes' (before: Kiew said 'eine Zahl, die Moskau
    bestreitet', and Moscow denied nothing)."""
    report, by = sorted(claims_of(text), key=lambda c: c.cue_start)
    assert by.speaker_text == answer and report.text == by.text and answer not in report.text
    assert (by.stance, by.answers_claim_id) == (stance, report.claim_id)
    # an apposition that answers nothing is part of the report (before: the report was only it)
    (c,) = claims_of("Kiew meldete 3.000 Tote, eine Zahl, die weiter steigt.")
    assert c.text == "Kiew meldete 3.000 Tote, eine Zahl, die weiter steigt"


@pytest.mark.parametrize("text", [
    "Der Geheimdienst schätzt die Zahl der Verluste auf etwa 4.000, darunter rund 1.000 Tote.",
    "Kiew meldete 4.000 Verluste, davon 1.000 Tote.",
])
def test_a_part_named_after_the_object_is_no_clause_of_its_own(text):
    """Before: what was estimated was only "darunter rund 1.000 Tote"."""
    (c,) = claims_of(text)
    assert c.text == text.rstrip(".")


@pytest.mark.parametrize("text, speaker", [
    # whom it was said to is no part of the speaker (before: "… der BBC" named the BBC)
    ("„Wir kämpfen“, sagte ein ukrainischer Kommandeur der BBC.", "ein ukrainischer Kommandeur"),
    ("„Wir kämpfen“, sagte ein Sprecher des Ministeriums der Deutschen Presse-Agentur.",
     "ein Sprecher des Ministeriums"),
    # ... a genitive of the source's is
    ("Laut einem Sprecher der BBC ist das falsch.", "einem Sprecher der BBC"),
])
def test_the_medium_said_to_is_not_the_speaker(text, speaker):
    (c,) = claims_of(text)
    assert c.speaker_text == speaker


def test_a_number_in_thousands_with_its_full_stop_ends_the_sentence():
    """Before: '3.000. Südkorea' stayed one sentence, so South Korea's 1.100 were Selenskyj's."""
    laut, spricht = claims_of("Die Zahl der Toten liegt laut Selenskyj bei mehr als 3.000. Südkorea spricht "
                              "dagegen von rund 1.100 Toten.")
    assert (laut.speaker_text, laut.text.endswith("3.000")) == ("Selenskyj", True)
    assert spricht.speaker_text == "Südkorea"


def test_laut_before_a_preposition_is_aloud():
    """Before: 'dachte laut über mögliche Nachfolger nach' was a claim according to
    'über mögliche Nachfolger'."""
    assert claims_of("Der Chef dachte bereits laut über mögliche Nachfolger nach.") == []


@pytest.mark.parametrize("text, content", [
    ("Das Pentagon rechnet mit 10.000 nordkoreanischen Soldaten.",
     "Das Pentagon rechnet mit 10.000 nordkoreanischen Soldaten"),
    ("Das Pentagon rechnet damit, dass 10.000 Soldaten kommen.", "dass 10.000 Soldaten kommen"),
])
def test_an_expectation_is_a_hedged_claim(text, content):
    """Before: 'rechnet mit' was no cue (an unattributed statement)."""
    (c,) = claims_of(text)
    assert (c.speaker_text, c.hedged, c.text) == ("Das Pentagon", True, content)


def test_a_paragraph_with_an_omission_mark_is_the_quotation_its_last_frame_closes():
    """Before: only the last sentence was Yermak's; the first ones read as the outlet's own."""
    text = ("Andrij Jermak meldete sich am Abend.\n\nNordkoreanische Truppen sind bereits in der Region Kursk […] "
            "Es ist eine Eskalation. Wir brauchen Waffen, schrieb er auf X.")
    (c,) = [c for c in claims_of(text) if c.cue == "schrieb"]
    assert c.text == ("Nordkoreanische Truppen sind bereits in der Region Kursk […] Es ist eine Eskalation. "
                      "Wir brauchen Waffen")
    # without the mark, the sentence before is not taken
    (c,) = [c for c in claims_of(text.replace(" […]", ".")) if c.cue == "schrieb"]
    assert c.text == "Wir brauchen Waffen"


def test_speaking_up_on_a_day_says_nothing():
    """Before: 'Der Stabschef äußerte sich am Montag.' was a claim of the whole sentence."""
    assert claims_of("Der Stabschef äußerte sich am Montag.") == []
    (c,) = claims_of("Er äußerte sich am Montag zur Lage in Kursk.")
    assert c.cue == "äußerte"


@pytest.mark.parametrize("text, stance", [
    ("Die Ukraine meldet 3000 getötete Nordkoreaner. Moskau bestreitet das.", "denies"),
    ("Seoul spricht von 10.000 Soldaten. Washington bestätigte das am Montag.", "asserts"),
    # before: the denial's own sentence, answering nothing (the pro-form labelled after it)
    ("Die Ukraine meldet 3000 getötete Nordkoreaner. Moskau wies dies als Propaganda zurück.", "denies"),
    # ... "sie", and in the perfect (before: the answering sentence itself, answering nothing)
    ("Die Ukraine meldet 3000 getötete Nordkoreaner. Moskau bestätigte sie nicht.", "neither"),
    ("Die Ukraine meldet 3000 getötete Nordkoreaner. Moskau hat das dementiert.", "denies"),
    ("Die Ukraine meldet 3000 getötete Nordkoreaner. Moskau hat sie weder bestätigt noch dementiert.", "neither"),
])
def test_an_answer_to_the_sentence_before(text, stance):
    """Before: the content was the answering sentence itself ('Moskau bestreitet das'), then
    the whole sentence before: now what that sentence reports, as in English."""
    first, second = claims_of(text)
    assert (second.stance, second.text, second.answers_claim_id) == (stance, first.text, first.claim_id)


def test_an_answer_after_another_answers_the_sentence_before():
    """'sie' are the reports the answer before it names (before: Moscow answered nothing)."""
    report, moscow, pyongyang = claims_of("Die Ukraine meldet 3000 getötete Nordkoreaner. Pjöngjang hat die Berichte "
                                          "als haltlos bezeichnet, Moskau hat sie weder bestätigt noch dementiert.")
    assert (moscow.speaker_text, moscow.stance, moscow.answers_claim_id) == ("Moskau", "neither", report.claim_id)
    assert pyongyang.answers_claim_id == report.claim_id
    # ... and after another answer's sentence, with a focus particle (before: no answer)
    report, peskov, pyongyang = claims_of("Seoul sagte, 3.000 Soldaten seien in Russland. Peskow wies die Angaben "
                                          "als Fake zurück. Pjöngjang hat sie ebenfalls zurückgewiesen.")
    assert (peskov.answers_claim_id, pyongyang.answers_claim_id) == (report.claim_id, report.claim_id)


def test_falschaussage_is_no_denial_and_a_passive_assumption_hedges():
    """Before: 'Falschaussage' (false testimony) made the claim a denial ('falsch\\w*'), and
    'Es wird angenommen, dass' did not hedge."""
    (c,) = claims_of("Es wird angenommen, dass Anklage wegen Falschaussage erhoben wird.")
    assert (c.stance, c.hedged) == ("asserts", True)
    (c,) = claims_of("Peskow sagte, die Berichte seien falsch.")
    assert c.stance == "denies"


@pytest.mark.parametrize("text, speaker, stance", [
    # before: no claim (the reporting verb was an infinitive after a modal), as English
    # "The Pentagon could not confirm the figure" is the Pentagon's
    ("Das Pentagon konnte die Zahl nicht bestätigen.", "Das Pentagon", "neither"),
    ("Südkorea will die Zahl von 11.000 Soldaten nicht bestätigen.", "Südkorea", "neither"),
    ("Pjöngjang wollte die Berichte weder bestätigen noch dementieren.", "Pjöngjang", "neither"),
    ("Das Pentagon kann die Zahl bestätigen.", "Das Pentagon", "asserts"),
])
def test_a_modal_with_the_reporting_verb_at_the_end(text, speaker, stance):
    (c,) = claims_of(text)
    assert (c.speaker_text, c.stance) == (speaker, stance)


@pytest.mark.parametrize("text", [
    # (a comment refused takes no side: test_a_negated_comment_takes_no_side)
    # a guess about what someone might do, or what they want to do, is no answer
    "Moskau könnte die Berichte bald dementieren.",
    "Moskau will die Berichte dementieren.",
])
def test_a_refusal_or_a_guess_with_a_modal_is_no_claim(text):
    assert [c for c in claims_of(text) if c.speaker_text] == []


@pytest.mark.parametrize("text, speaker, cue, content, stance", [
    # before: the Kremlin's claim was "sagte ein Sprecher" (what followed the comma)
    ("Der Kreml hat die Berichte dementiert, sagte ein Sprecher.", "Der Kreml", "dementiert", "die Berichte", "denies"),
    ("Der Kreml dementierte die Berichte, sagte ein Sprecher.", "Der Kreml", "dementierte", "die Berichte", "denies"),
    ("Kiew hat am Montag die Angaben bestätigt, sagte er.", "Kiew", "bestätigt", "die Angaben", "asserts"),
    # before: 'Er könne das nicht' was the speaker of the infinitive; now the pronoun is
    # the one reporting it
    ("Er könne das nicht bestätigen, sagte Peskow.", "Peskow", "bestätigen", "das", "neither"),
    ("Man könne die Berichte nicht bestätigen, sagte Peskow.", "Peskow", "bestätigen", "die Berichte", "neither"),
])
def test_an_answer_inside_what_someone_else_reports(text, speaker, cue, content, stance):
    """The closing frame reports the whole clause; the answer inside it is a claim of its own
    with its object as content (English "A spokesman said the Kremlin denied the reports")."""
    outer, inner = claims_of(text)
    assert outer.text == text.split(",")[0]
    assert (inner.speaker_name, inner.cue, inner.text, inner.stance) == (speaker, cue, content, stance)


def test_so_before_an_accusative_is_the_adverb():
    """'…, so einen Text zu machen' names no source (it was a frame of 'einen Text')."""
    from extract.attribution.german import german_frames
    from extract.attribution.quotes import find_quotes
    text = "Sie wusste nicht, wie viel Arbeit es ist, so einen Text zu machen."
    doc = parse(text, "de")
    assert not [f for f in german_frames(doc, sentences_of(doc), find_quotes(text)) if f.cue_word == "so"]


def test_what_was_said_names_the_date_it_refers_to():
    """Before: the first date of the sentence, the day it was said (Monday)."""
    (c,) = claims_of("Am Montag sagte Kiew, die Truppen hätten am Samstag angegriffen.")
    assert (c.refers_to_date, c.refers_to_period) == (date(2024, 10, 26), "day")  # the Saturday before PUB


@pytest.mark.parametrize("text, cue, content, stance", [
    # before: no claim; as English "declined to confirm" a confirmation not given
    ("Der Kreml lehnte es ab, die Berichte zu bestätigen.", "lehnte es ab", "die Berichte", "neither"),
    ("Moskau weigerte sich, die Zahl zu bestätigen.", "weigerte sich", "die Zahl", "neither"),
    # a denial refused is no denial
    ("Peskow lehnte es ab, die Berichte zu dementieren.", "lehnte es ab", "die Berichte", "asserts"),
])
def test_a_refused_answer(text, cue, content, stance):
    (c,) = claims_of(text)
    assert (c.cue, c.text, c.stance) == (cue, content, stance)


def test_a_refusal_to_comment_says_nothing():
    assert claims_of("Der Kreml lehnte eine Stellungnahme ab.") == []


@pytest.mark.parametrize("text, stance", [
    # before: asserts (conceding was no confirmation)
    ("Moskau hat die Entsendung nordkoreanischer Soldaten bislang nicht eingeräumt.", "neither"),
    ("Moskau hat die Entsendung nicht zugegeben.", "neither"),
    # "räumte … keine Chance ein" grants no chance: what follows is said all the same
    ("Er räumte der Klage keine Chance ein, da die Gesetze eingehalten würden.", "asserts"),
])
def test_conceding_is_confirming(text, stance):
    (c,) = claims_of(text)
    assert c.stance == stance


@pytest.mark.parametrize("text, stance", [
    # before: no claim (abstreiten, abtun were no cues)
    ("Russland stritt die Anwesenheit nordkoreanischer Soldaten ab.", "denies"),
    ("Der Kreml tat die Berichte als Propaganda ab.", "denies"),
    ("Moskau hat die Berichte als „Fake News“ abgetan.", "denies"),
    ("Moskau hat die Berichte nicht abgestritten.", "asserts"),
])
def test_abstreiten_and_abtun_deny(text, stance):
    (c,) = claims_of(text)
    assert c.stance == stance


def test_tun_without_ab_is_no_cue():
    assert claims_of("Er tat nichts.") == []


def test_from_where_it_was_heard_is_not_part_of_the_name():
    """'Wie aus Geheimdienstkreisen verlautete': the source span keeps 'aus', as annotators
    mark it; the name is read without it (before: 'aus Geheimdienstkreisen')."""
    doc = parse("Wie aus Geheimdienstkreisen verlautete, sind 10.000 Soldaten in Russland.", "de")
    (c,) = find_claims(doc, sentences_of(doc), "de", PUB)
    assert (c.speaker_text, c.speaker_name) == ("aus Geheimdienstkreisen", "Geheimdienstkreisen")


def test_a_quotation_taken_up_by_das_after_a_dash():
    """Before: no claim ('das' between the dash and the verb)."""
    (c,) = claims_of("„Wir haben keine Informationen“ – das sagte Peskow am Montag.")
    assert (c.kind, c.speaker_text, c.text) == ("direct_quote", "Peskow", "Wir haben keine Informationen")


def test_und_weiter_goes_on_with_the_same_speaker():
    """Before: the second quotation was no one's."""
    claims = claims_of("Rutte sagte: „Das ist eine gefährliche Ausweitung des Krieges.“ Und weiter: „Wir müssen handeln.“")
    assert [(c.speaker_text, c.text) for c in claims] == [
        ("Rutte", "Das ist eine gefährliche Ausweitung des Krieges"), ("Rutte", "Wir müssen handeln")]


def test_weisen_zurueck_in_the_plural_present_denies():
    """Before: asserts (only 'wies', 'wiesen', 'weist' were read with their 'zurück')."""
    (c,) = [c for c in claims_of("Die Exil-Uiguren weisen die chinesischen Anschuldigungen zurück.") if c.cue]
    assert c.stance == "denies"


@pytest.mark.parametrize("text, content", [
    # before: the outlet's statement (as English "raised its estimate to")
    ("Seoul hob seine Schätzung der nordkoreanischen Soldaten von 10.000 auf 12.000 an.",
     "seine Schätzung der nordkoreanischen Soldaten von 10.000 auf 12.000 an"),
    ("Kiew korrigierte die Zahl der getöteten Nordkoreaner auf 3000 nach oben.",
     "die Zahl der getöteten Nordkoreaner auf 3000 nach oben"),
])
def test_a_figure_raised_or_corrected_is_the_subjects_claim(text, content):
    (c,) = claims_of(text)
    assert c.text == content


def test_raising_something_else_is_no_claim():
    assert [c for c in claims_of("Russland erhöhte die Steuern.") if c.cue] == []


def test_a_dateline_is_no_side_of_a_sourcing_phrase():
    """Before: the content was 'Kiew/Seoul (dpa) - Im Krieg gegen die Ukraine hat Russland'."""
    (c,) = claims_of("Kiew/Seoul (dpa) - Im Krieg gegen die Ukraine hat Russland nach Angaben Kiews erstmals "
                     "nordkoreanische Soldaten in größerer Zahl eingesetzt.")
    assert c.text == "erstmals nordkoreanische Soldaten in größerer Zahl eingesetzt"


@pytest.mark.parametrize("text, content", [
    # before: "sondern von einer bilateralen Angelegenheit gesprochen" was what Russia left open
    ("Russland hat die Anwesenheit nordkoreanischer Truppen weder bestätigt noch dementiert, sondern von "
     "einer bilateralen Angelegenheit gesprochen.",
     "Russland hat die Anwesenheit nordkoreanischer Truppen weder bestätigt noch dementiert"),
    ("Der Kreml hat die Berichte nicht bestätigt, aber auch nicht dementiert.",
     "Der Kreml hat die Berichte nicht bestätigt"),
])
def test_a_clause_coordinated_after_the_perfect_is_not_what_was_said(text, content):
    c = claims_of(text)[0]
    assert (c.stance, c.text) == ("neither", content)


@pytest.mark.parametrize("text, content", [
    # before: 'später aber nicht mehr dementiert' was what the Kremlin said, asserting
    ("Der Kreml hatte die Berichte zunächst als „Fake“ bezeichnet, später aber nicht mehr dementiert.",
     "Der Kreml hatte die Berichte zunächst als „Fake“ bezeichnet"),
    # before: 'später aber nicht mehr'
    ("Der Kreml hatte die Berichte zunächst dementiert, später aber nicht mehr.",
     "Der Kreml hatte die Berichte zunächst dementiert"),
])
def test_an_elliptic_clause_after_the_perfect_is_not_what_was_said(text, content):
    c = claims_of(text)[0]
    assert (c.stance, c.text) == ("denies", content)


def test_wie_with_a_quoted_outlet():
    """Before: no claim (any quotation mark between "Wie" and the verb ended the aside)."""
    (c,) = claims_of("Wie die „Washington Post“ berichtete, sind 11.000 Nordkoreaner in Russland.")
    assert (c.cue, c.text) == ("berichtete", "sind 11.000 Nordkoreaner in Russland")


@pytest.mark.parametrize("text, speaker", [
    # before: no one ("aus Seoul" began what was said)
    ("Laut Angaben aus Seoul sind 11.000 Nordkoreaner in Russland.", "South Korea"),
    ("Nach Informationen aus Kiew sind 3.000 Nordkoreaner getötet worden.", "Ukraine"),
    # before: the outlet's
    ("Seitens des Kremls hieß es, dies sei eine bilaterale Angelegenheit.", "Kremlin"),
])
def test_information_from_a_place_and_on_the_part_of_a_body(text, speaker):
    from extract import extract_claims

    (c,) = extract_claims(text, language="de").claims
    assert c.speaker_name == speaker and not c.text.startswith("aus")


def test_a_national_stands_for_the_public_figure_named_before():
    """As English "the Dutchman" (before: a speaker named "Niederländer")."""
    c = claims_of("Nato-Generalsekretär Mark Rutte bestätigte die Entsendung. „Das ist eine Eskalation“, "
                  "sagte der Niederländer.")[-1]
    assert (c.speaker_text, c.speaker_name) == ("der Niederländer", "Mark Rutte")
    # ... not for someone no one knows (German dev 049: the husband a police spokesman spoke of)
    c = claims_of("Ein Polizeisprecher sagte, der Mann sei verwirrt. Der Niederländer drohte mit Suizid.")[-1]
    assert c.speaker_name != "Ein Polizeisprecher"


@pytest.mark.parametrize("text, speaker", [
    # a national the gazetteer lists (before: a speaker named "Russe")
    ("Kremlchef Wladimir Putin empfing Kim Jong Un. „Wir sind Verbündete“, sagte der Russe.", "Vladimir Putin"),
    # ... a person placed in that state by their title, though the gazetteer does not know them
    # (before: "Brite"; then Lloyd Austin, the known person named last)
    ("US-Verteidigungsminister Lloyd Austin warnte. Der britische Premierminister Keir Starmer verurteilte den "
     "Einsatz. „Das ist eine Eskalation“, sagte der Brite.", "Keir Starmer"),
    # ... not a known person of another state (before: Wladimir Putin, named last)
    ("Nato-Generalsekretär Mark Rutte traf Kremlchef Wladimir Putin nicht. „Das ist gefährlich“, "
     "sagte der Niederländer.", "Mark Rutte"),
])
def test_a_national_stands_for_a_person_of_that_state(text, speaker):
    c = extract_claims(text, language="de").claims[-1]  # (the people the tagger names, as well as speakers)
    assert c.speaker_name == speaker


@pytest.mark.parametrize("text", [
    "Kiew meldete 4.000 Tote. Moskau schweigt dazu.",
    "Kiew meldete 4.000 Tote. Der Kreml schweigt bislang zu den Angaben.",
    # a dash opening a main clause of its own ends the report (before: it ran on, and Moscow said nothing)
    "Nach Angaben aus Kiew sind 4.000 Nordkoreaner getötet worden – Moskau schweigt dazu.",
])
def test_silence_on_a_report_takes_no_side_on_it(text):
    """As "äußerte sich nicht dazu" (before: no claim)."""
    report, silent = claims_of(text)
    assert (silent.stance, silent.answers_claim_id) == ("neither", report.claim_id)
    assert "Moskau" not in report.text and "Kreml" not in report.text


def test_silence_on_no_report_is_no_claim():
    assert claims_of("Die Waffen schweigen seit Montag.") == []
    assert claims_of("Über die Herkunft der Fahne schweigt er.") == []  # German dev 008


def test_a_dash_opening_a_main_clause_ends_the_report():
    """Before: "– Moskau bestreitet das" was part of what Kiew reported, and Moscow denied nothing."""
    report, denial = claims_of("Kiew meldete 4.000 Tote – Moskau bestreitet das.")
    assert (report.text, denial.stance, denial.answers_claim_id) == ("Kiew meldete 4.000 Tote", "denies", report.claim_id)


@pytest.mark.parametrize("text", [
    # the article "ein" is no separable particle (before: "Das" spoke)
    "Kiew meldete Verluste. Das räumte ein Sprecher des Ministeriums ein.",
    # ... a focus particle stands before the subject (before: "Das" spoke)
    "Kiew meldete Verluste. Das bestätigte auch ein Sprecher des Ministeriums.",
    # ... and an infinitive aside is nothing said (before: what was conceded was "ohne jedoch Zahlen zu nennen")
    "Kiew meldete Verluste. Das räumte auch ein Sprecher des Ministeriums ein, ohne jedoch Zahlen zu nennen.",
])
def test_a_fronted_pro_form_is_the_report_before_and_the_subject_follows(text):
    report, answer = claims_of(text)
    assert answer.speaker_text == "ein Sprecher des Ministeriums"
    assert answer.text.startswith("Kiew meldete Verluste")


@pytest.mark.parametrize("text, stance", [
    # a label that dismisses a report denies it (before: asserts)
    ("Der Kreml bezeichnete die Berichte als Provokation des Westens.", "denies"),
    ("Peskow nannte die Angaben aus Seoul reine Spekulation.", "denies"),
    ("Ein Sprecher sagte, die Berichte seien eine gezielte Provokation.", "denies"),
    # the same label of a deed judges it
    ("Selenskyj nannte die Entsendung eine Provokation.", "asserts"),
])
def test_a_dismissive_label_of_a_report_denies_it(text, stance):
    (c,) = claims_of(text)
    assert c.stance == stance


@pytest.mark.parametrize("text, speaker", [
    # before: Yoon, the last president named
    ("Der südkoreanische Präsident Yoon Suk Yeol sagte, man prüfe Waffenlieferungen. "
     "Der ukrainische Präsident forderte mehr Unterstützung.", "Volodymyr Zelenskyy"),
    # a state the gazetteer does not know places by its adjective too (before: Luis Lacalle Pou)
    ("Der uruguayische Präsident Luis Lacalle Pou sagte, C sei wahr. "
     "Der ecuadorianische Präsident sagte, die Gespräche könnten scheitern.", "ecuadorianische Präsident"),
    # ... and one whom the article placed by the same adjective is the one described
    ("Der brasilianische Präsident Lula da Silva traf Putin. Der brasilianische Präsident sagte, C sei wahr.",
     "Lula da Silva"),
])
def test_a_description_placed_by_its_adjective_is_no_one_of_another_state(text, speaker):
    from extract import extract_claims

    *_, last = extract_claims(text, language="de").claims
    assert last.speaker_name == speaker


@pytest.mark.parametrize("text, stance", [
    # another body's to answer (before: the first a claim asserting, the second no claim)
    ("Kremlsprecher Dmitri Peskow verwies auf das Verteidigungsministerium.", "neither"),
    ("Peskow verwies Fragen dazu an das Verteidigungsministerium.", "neither"),
    ("Peskow verwies auf die zuständigen Stellen.", "neither"),
    # a point made
    ("Peskow verwies auf die Souveränität Russlands.", "asserts"),
])
def test_questions_referred_elsewhere_take_no_side(text, stance):
    (c,) = claims_of(text)
    assert (c.speaker_text.split()[-1], c.stance) == ("Peskow", stance)


def test_a_live_tickers_marks_and_time_are_no_part_of_the_line():
    """Before: no claim ("13:10 Uhr:" read as a headline's speaker)."""
    for line in ("+++ 13:10 Uhr: Moskau weist Berichte zurück +++", "+++ 13.10 Uhr +++ Moskau weist Berichte zurück"):
        (c,) = claims_of(line)
        assert (c.speaker_text, c.text, c.stance) == ("Moskau", "Moskau weist Berichte zurück", "denies")


@pytest.mark.parametrize("text, stance", [
    # before: asserts (an adjective before the label, and "Erfindung" no label)
    ("Das russische Außenministerium hat Berichte über nordkoreanische Soldaten als westliche Erfindung bezeichnet.",
     "denies"),
    # no longer ruling out leaves it open (before: denies, "nicht mehr" was no negation)
    ("Yoon schließt direkte Waffenlieferungen an die Ukraine nicht mehr aus.", "neither"),
])
def test_labels_and_negations_read_in_german_wire_copy(text, stance):
    (c,) = claims_of(text)
    assert c.stance == stance


@pytest.mark.parametrize("swiss, standard", [
    ("Aus Bern hiess es, man verfolge die Lage.", "Aus Bern hieß es, man verfolge die Lage."),
    ("Die Schweiz liess mitteilen, sie verurteile die Entsendung.",
     "Die Schweiz ließ mitteilen, sie verurteile die Entsendung."),
    ("Der Sprecher äusserte die Sorge, dass weitere Soldaten folgen.",
     "Der Sprecher äußerte die Sorge, dass weitere Soldaten folgen."),
    ("Der Kreml wollte sich dazu nicht äussern.", "Der Kreml wollte sich dazu nicht äußern."),
    ("Nach Angaben Kiews sind mutmasslich 3000 Nordkoreaner gefallen.",
     "Nach Angaben Kiews sind mutmaßlich 3000 Nordkoreaner gefallen."),
])
def test_swiss_spelling_reads_as_the_standard(swiss, standard):
    """Swiss German writes every ß as ss (NZZ, SRF). Before: "hiess es", "liess mitteilen",
    "äussern" were no cues, "mutmasslich" no hedge."""
    def reading(text):
        return [(c.speaker_text, c.text, c.stance, c.hedged) for c in claims_of(text)]

    assert reading(swiss) == [
        (sp, text.replace("ß", "ss") if text else text, stance, hedged) for sp, text, stance, hedged in reading(standard)
    ] != []


def test_a_swiss_caveat_answers_the_claim_before():
    claims = extract_claims("Der Sprecher äusserte sich besorgt. Die Angaben liessen sich nicht unabhängig überprüfen.",
                            language="de").claims
    assert [c.answers_claim_id for c in claims] == [None, claims[0].claim_id]


@pytest.mark.parametrize("text, speaker", [
    # a woman named with her title and no article (before: the service of the paragraph before)
    ("Der Dienst teilte mit, Nordkorea habe Soldaten entsandt.\n\n"
     "Verteidigungsministerin Lambrecht besuchte die Truppe. Die Lage sei ernst, sagte sie.", "Lambrecht"),
    ("Der Dienst teilte mit, Nordkorea habe Soldaten entsandt.\n\n"
     "Außenministerin Baerbock reiste nach Kiew. Die Lage sei ernst, sagte sie.", "Baerbock"),
])
def test_she_is_the_woman_named_after_her_title(text, speaker):
    *_, last = extract_claims(text, language="de").claims
    assert last.speaker_name.endswith(speaker)


@pytest.mark.parametrize("text, readings", [
    # before: the government warned of what the opposition said, and the opposition's own report was lost
    ("Die Regierung warnte vor einer Eskalation, die Opposition kritisierte die Zögerlichkeit.",
     [("Die Regierung", "Die Regierung warnte vor einer Eskalation"),
      ("die Opposition", "die Opposition kritisierte die Zögerlichkeit")]),
    ("Die Redner der Regierungsfraktionen warnten vor einer Eskalation, die Opposition warf der "
     "Bundesregierung Zögerlichkeit vor.",
     [("Die Redner der Regierungsfraktionen", "Die Redner der Regierungsfraktionen warnten vor einer Eskalation"),
      ("die Opposition", "die Opposition warf der Bundesregierung Zögerlichkeit vor")]),
    # before: the speaker "Die Regierung lobte die Truppe, die Opposition"
    ("Die Regierung lobte die Truppe, die Opposition sagte, das sei falsch.", [("die Opposition", "das sei falsch")]),
    # what was said after an adverbial stays what was said
    ("Die Regierung warnte vor Journalisten, die Lage ist ernst.", [("Die Regierung", "die Lage ist ernst")]),
    # before: Baerbock warned "Pistorius kritisierte die Lieferungen" (a time before the object)
    ("Baerbock warnte am Montag vor einer Eskalation, Pistorius kritisierte die Lieferungen.",
     [("Baerbock", "Baerbock warnte am Montag vor einer Eskalation"),
      ("Pistorius", "Pistorius kritisierte die Lieferungen")]),
    ("Baerbock warnte am Montag, die Lage sei ernst.", [("Baerbock", "die Lage sei ernst")]),
])
def test_main_clauses_joined_by_a_comma_each_have_their_speaker(text, readings):
    assert [(c.speaker_text, c.text) for c in claims_of(text)] == readings


@pytest.mark.parametrize("text, speaker, stance", [
    # before: no cue or asserts
    ("Der Kreml leugnet, dass es nordkoreanische Soldaten in Russland gibt.", "Der Kreml", "denies"),
    ("Moskau wiederum leugnet, dass es nordkoreanische Soldaten in Russland gibt.", "Moskau", "denies"),
    ("Der Kreml hat geleugnet, dass Soldaten in Kursk sind.", "Der Kreml", "denies"),
    ("Die USA sprechen von 10.000 bis 12.000 nordkoreanischen Soldaten.", "Die USA", "asserts"),
    ("Kremlsprecher Dmitri Peskow nannte die Berichte „eine weitere Ente“.", "Kremlsprecher Dmitri Peskow", "denies"),
    ("Sacharowa hat die Berichte als „nächste Fake-Nachrichten“ bezeichnet.", "Sacharowa", "denies"),
    ("„Das sind alles Spekulationen“, sagte Peskow.", "Peskow", "denies"),
    ("Der Militärexperte Carlo Masala hält die Zahl für zu hoch.", "Der Militärexperte Carlo Masala", "denies"),
    ("Die Berichte seien „von westlichen Geheimdiensten aufgebauscht“, meinte Kickl.", "Kickl", "denies"),
    ("Der Botschafter erklärte, dass die Berichte „nicht auf Fakten beruhen“.", "Der Botschafter", "denies"),
    ("Sacharowa sagte, es gebe für solche Behauptungen keinerlei Beweise.", "Sacharowa", "denies"),
    # not a denial: no evidence yet, a price too high, fake accounts
    ("Sacharowa sagte, es gebe noch keine Beweise.", "Sacharowa", "asserts"),
    ("Der Minister sagte, die Preise seien zu hoch.", "Der Minister", "asserts"),
    ("Der Dienst sagte, Fake-Accounts verbreiteten die Bilder.", "Der Dienst", "asserts"),
])
def test_german_denials_labels_and_doubts(text, speaker, stance):
    *_, c = claims_of(text)
    assert (c.speaker_text, c.stance) == (speaker, stance)


@pytest.mark.parametrize("text", [
    # before: a confirmation by the speaker "keiner unabhängigen Quelle"
    "Der HUR erklärte, 12.000 Soldaten seien verlegt worden. Diese Angaben wurden von keiner unabhängigen Quelle bestätigt.",
    # before: no caveat (the answer between took its place)
    "Der HUR erklärte, 200 Nordkoreaner seien getötet worden. Eine Stellungnahme aus Moskau lag zunächst nicht vor. "
    "Die Angaben ließen sich nicht unabhängig überprüfen.",
    # before: the caveat was part of what Kyiv said
    "Kiew spricht von bis zu 200 Toten in der ersten Woche, unabhängig überprüfen lässt sich das nicht.",
])
def test_the_outlets_german_caveats_answer_the_report(text):
    claims = extract_claims(text, language="de").claims
    report, caveat = claims[0], claims[-1]
    assert (caveat.kind, caveat.stance, caveat.answers_claim_id) == ("unattributed", "neither", report.claim_id)
    assert "überprüf" not in report.text and report.stance == "asserts"


@pytest.mark.parametrize("text, readings", [
    # an interviewer's label before a sentence with its own speaker (before: SPIEGEL said it)
    ("SPIEGEL: Der ukrainische Verteidigungsminister Rustem Umjerow hat gesagt, die Nordkoreaner würden bald "
     "eingesetzt. Teilen Sie diese Sorge?",
     [("Der ukrainische Verteidigungsminister Rustem Umjerow", "die Nordkoreaner würden bald eingesetzt")]),
    ("ZEIT ONLINE: Die NATO hat den Einsatz bestätigt.", [("Die NATO", "Die NATO hat den Einsatz bestätigt")]),
    # ... and the one the question is put to (before: the speaker "ZEIT ONLINE")
    ("ZEIT ONLINE: Herr Masala, Seoul spricht von 11.000 Soldaten in Russland.",
     [("Seoul", "Seoul spricht von 11.000 Soldaten in Russland")]),
    # a second source, its verb left out (before: Kyiv's figure was Seoul's content)
    ("Seoul spricht von 11.000 Soldaten in Russland, Kiew von 12.000.",
     [("Seoul", "Seoul spricht von 11.000 Soldaten in Russland"), ("Kiew", "12.000")]),
    # "das" after the comma is the clause before it (before: the sentence before)
    ("Kiew meldet 3.000 Tote, Moskau bestreitet das.",
     [("Kiew", "Kiew meldet 3.000 Tote"), ("Moskau", "Kiew meldet 3.000 Tote")]),
])
def test_labels_gaps_and_clauses_before_the_comma(text, readings):
    assert [(c.speaker_text, c.text) for c in claims_of(text)] == readings


@pytest.mark.parametrize("text, speaker, cue", [
    # before: no one's (the participle unknown, the perfect of a figure changed unread)
    ("Der südkoreanische Geheimdienst hat gemeldet, dass Pjöngjang mehr Soldaten senden wird.",
     "Der südkoreanische Geheimdienst", "hat gemeldet"),
    ("Das Pentagon hat die Zahl der Nordkoreaner in Kursk auf 10.000 erhöht.", "Das Pentagon", "erhöht"),
    ("Seoul hat seine Schätzung auf 12.000 angehoben.", "Seoul", "angehoben"),
    # a correction's label is no speaker (before: "Richtigstellung")
    ("Richtigstellung: Baerbock sagte, die Soldaten seien in Kursk.", "Baerbock", "sagte"),
])
def test_reports_in_the_perfect_and_after_a_correction_label(text, speaker, cue):
    assert [(c.speaker_text, c.cue) for c in claims_of(text)] == [(speaker, cue)]


@pytest.mark.parametrize("text, speaker", [
    # before: "Ukraine" said it, Zelensky lost
    ("Ukraine: Präsident Selenskyj spricht von 11.000 Soldaten.", "Präsident Selenskyj"),
    ("Russland: Der Kreml hat die Berichte weder bestätigt noch dementiert.", "Der Kreml"),
    ("Nordkorea: Wir haben keine Soldaten geschickt.", "Nordkorea"),
])
def test_a_state_before_a_colon_is_the_topic_of_a_report_with_its_own_speaker(text, speaker):
    assert [c.speaker_text for c in claims_of(text)] == [speaker]


@pytest.mark.parametrize("text, language, speakers", [
    # before: no claim in German, the speaker "• Pentagon" in English
    ("• Pentagon bestätigt 10.000 Soldaten in Russland\n- Der Kreml sagte, das sei falsch.", "de",
     ["Pentagon", "Der Kreml"]),
    ("• Pentagon confirms 10,000 troops in Russia\n- The Kremlin said this was false.", "en",
     ["Pentagon", "The Kremlin"]),
])
def test_a_summarys_bullets_are_no_part_of_its_lines(text, language, speakers):
    assert [c.speaker_text for c in extract_claims(text, language=language).claims] == speakers


@pytest.mark.parametrize("text, speaker, stance", [
    # a report's paragraph number and a transcript's time open no sentence (before: no speaker)
    ("15. Die Russische Föderation bestritt die Anwesenheit nordkoreanischer Truppen.", "Die Russische Föderation", "denies"),
    ("13. Mitgliedstaaten berichteten, dass nordkoreanische Soldaten in Kursk seien.", "Mitgliedstaaten", "asserts"),
    ("00:00:51 In Washington hat das Pentagon erklärt, es seien etwa 8000 Soldaten in Kursk.", "das Pentagon", "asserts"),
    ("15. November: Kiew meldet 200 Tote.", "Kiew", "asserts"),
])
def test_paragraph_numbers_and_timestamps_open_no_sentence(text, speaker, stance):
    (claim,) = claims_of(text)
    assert (claim.speaker_text, claim.stance) == (speaker, stance)


@pytest.mark.parametrize("text, claims", [
    # before: no claim
    ("Andrij Kowalenko postete auf Telegram: „Die Soldaten sind da.“", [("Andrij Kowalenko", "Die Soldaten sind da")]),
    ("Kowalenko hat auf Telegram gepostet, die Soldaten seien da.", [("Kowalenko", "die Soldaten seien da")]),
    # a thing posted says nothing
    ("Kurz vor der Tat postete er auf Facebook ein Foto.", []),
])
def test_what_was_posted(text, claims):
    assert [(c.speaker_text, c.text) for c in claims_of(text)] == claims


@pytest.mark.parametrize("text, speaker", [
    # before: the press release's line was the outlet's statement and the quotation no one's
    ("Hierzu erklärt Bundesminister Boris Pistorius:\n„Die Entsendung ist eine gefährliche Eskalation.“",
     "Bundesminister Boris Pistorius"),
    # a quotation with its own speaker on its line is theirs (review: "die Parteien")
    ("Das sagen die Parteien:\n„Wir brauchen mehr Waffen“, sagte Strack-Zimmermann.", "Strack-Zimmermann"),
])
def test_a_quotation_alone_below_a_line_closing_with_a_colon_is_its_speakers(text, speaker):
    assert [(c.speaker_text, c.kind) for c in claims_of(text)] == [(speaker, "direct_quote")]


def test_the_minister_is_not_the_general_inspector_who_spoke_since():
    """Before: "Der Minister" was Breuer, the last speaker, whose title was not read as one."""
    text = ("Verteidigungsminister Boris Pistorius sagte, die Lage sei ernst. Generalinspekteur Carsten Breuer "
            "ergänzte, die Bundeswehr sei bereit. Der Minister bekräftigte, dass Deutschland keine Taurus liefern werde.")
    assert extract_claims(text, language="de").claims[-1].speaker_name == "Boris Pistorius"


@pytest.mark.parametrize("text, speaker", [
    # before: the reports were the speaker
    ("Berichte über nordkoreanische Soldaten wies der Kreml am Montag zurück.", "der Kreml"),
    ("Berichte über Datenweitergabe wies ein Sprecher des Ministeriums zurück: „Dazu äußern wir uns nicht.“",
     "ein Sprecher des Ministeriums"),
])
def test_reports_named_first_and_rejected_are_the_object(text, speaker):
    assert {c.speaker_text for c in claims_of(text)} == {speaker}


def test_a_lead_in_clause_before_a_colon_is_the_outlets():
    """Before: the DZ Bank analyst's warning was the Deutsche Bank's, who spoke before."""
    text = ("Die Deutsche Bank bestätigte ihre Kaufempfehlung. Nicht alle Experten sind optimistisch: "
            "Analyst Marc Tobias von der DZ Bank warnte, die Lage sei ernst.")
    assert [(c.speaker_text, c.text) for c in claims_of(text)][-1] == (
        "Analyst Marc Tobias von der DZ Bank", "die Lage sei ernst")


def test_nothing_to_add_takes_no_side():
    """Before: asserts."""
    (claim,) = claims_of("Peskow sagte, er habe dem nichts hinzuzufügen.")
    assert claim.stance == "neither"


def test_what_others_claim_is_not_the_writers_doubt_of_it():
    """Before: the commentators' claim held the letter writer's "Ich glaube nicht"."""
    (claim,) = claims_of("Ich glaube nicht, dass Nordkorea 100.000 Mann schicken wird, wie manche Kommentatoren behaupten.")
    assert (claim.speaker_text, claim.text) == ("manche Kommentatoren", "dass Nordkorea 100.000 Mann schicken wird")


def test_the_people_who_count_are_not_what_they_count():
    """Before: 8,000 Americans."""
    (q,) = extract_claims("Die Amerikaner haben die Zahl inzwischen auf 8.000 korrigiert.", language="de").quantities
    assert (q.unit, q.subject_id) == (None, None)


def test_a_transcripts_turns_report_on_their_own():
    """Before: each turn was only its speaker's, the BND's estimate Kiesewetter's, the Kremlin's
    denial the host's assertion, Rutte's confirmation lost. Each line stays its speaker's too,
    as in English; "das" after the host's question points back to nothing."""
    text = ("Heinemann: Guten Morgen, Herr Kiesewetter.\n"
            "Kiesewetter: Der BND geht davon aus, dass es zwischen 10.000 und 12.000 Mann sind.\n"
            "Heinemann: Der Kreml bestreitet das. Nato-Generalsekretär Rutte hat bestätigt, dass Einheiten verlegt wurden.\n"
            "Kiesewetter: Die Zahl ist eher zu niedrig.")
    ex = extract_claims(text, language="de")
    assert [(c.speaker_text, c.stance) for c in ex.claims] == [
        ("Kiesewetter", "asserts"), ("Der BND", "asserts"), ("Der Kreml", "denies"), ("Heinemann", "asserts"),
        ("Nato-Generalsekretär Rutte", "asserts"), ("Kiesewetter", "asserts")]
    (q,) = ex.quantities
    assert next(c for c in ex.claims if c.claim_id == q.claim_id).speaker_text == "Der BND"


@pytest.mark.parametrize("text, speakers", [
    # a page of headlines naming one speaker twice is no transcript (review: Russia spoke)
    ("Selenskyj: Russland spricht von Frieden\nSelenskyj: Kreml lügt\nPeskow: Kiew provoziert",
     ["Selenskyj", "Selenskyj", "Peskow"]),
    # a question is nothing to deny (review: Moscow denied the host's question)
    ("Heinemann: Wie sehen Sie das?\nKiesewetter: Ich gehe davon aus, dass 11.000 Soldaten da sind.\n"
     "Heinemann: Und der Kreml?\nKiesewetter: Moskau bestreitet das. Wir wissen es besser.",
     ["Kiesewetter", "Moskau", "Kiesewetter"]),
])
def test_headlines_are_no_transcript_and_questions_nothing_to_deny(text, speakers):
    claims = claims_of(text)
    assert [c.speaker_text for c in claims] == speakers
    assert all("Kreml?" not in c.text for c in claims)


@pytest.mark.parametrize("text, language", [
    ("Seoul spricht von 11.000 nordkoreanischen Soldaten, Kiew von 12.000.", "de"),
    # ... or its noun only: before, a bare 12,000 of nobody
    ("North Korea has sent 11,000 troops; the Pentagon says 12,000 are in Kursk.", "en"),
    ("Nordkorea hat 11.000 Soldaten geschickt; das Pentagon sagt, 12.000 seien in Kursk.", "de"),
])
def test_a_gapped_figure_counts_what_the_first_counts(text, language):
    *_, q = extract_claims(text, language=language).quantities
    assert (q.value, q.metric, q.subject_id) == (12000, "troops", "Q423")


@pytest.mark.parametrize("text, readings", [
    # before: the whole sentence was one statement of the outlet's, the Pentagon's report lost
    ("Nordkorea hat 11.000 Soldaten geschickt; das Pentagon sagt, 8.000 seien in Kursk.",
     [("das Pentagon", "8.000 seien in Kursk")]),
    # not after a report of its own, nor before one of both clauses (review: both were lost)
    ("Der Kreml dementiert; die Ukraine spricht von 11.000 Soldaten.",
     [("Der Kreml", "Der Kreml dementiert; die Ukraine spricht von 11.000 Soldaten")]),
    ("Die Soldaten kamen im Oktober an; sie wurden in Kursk eingesetzt, sagte ein Sprecher.",
     [("ein Sprecher", "Die Soldaten kamen im Oktober an; sie wurden in Kursk eingesetzt")]),
])
def test_a_semicolon_before_a_report_parts_two_clauses_as_a_dash_does(text, readings):
    assert [(c.speaker_text, c.text) for c in claims_of(text)] == readings


@pytest.mark.parametrize("text, readings", [
    # page furniture (before: the speakers "Interview", "Hintergrund")
    ("Interview: Michael Thumann", []),
    ("Hintergrund: Der Vertrag", []),
    # an answer read once (before: also an unattributed claim of its first sentence)
    ("Carlo Masala: Ich halte die Schätzung für verlässlich. Ich gehe davon aus, dass 11.000 Mann in Kursk stehen.",
     [("Carlo Masala", "indirect_quote")]),
])
def test_interview_furniture_and_answers(text, readings):
    assert [(c.speaker_text, c.kind) for c in claims_of(text)] == readings


@pytest.mark.parametrize("text, speaker", [
    # a focus particle before a subject with an apposition (before: no speaker; "Lage")
    ("Auch Gerald Karner, Ex-Generalmajor des Bundesheers, sagte, bereits 3.000 Nordkoreaner seien gefallen.",
     "Gerald Karner"),
    ("Auch Gerald Karner, Ex-Generalmajor des Bundesheers, hält die Lage für gefährlich.", "Gerald Karner"),
    # a fronted adverb is no speaker, and "Der Präsident" is the president named (before: "Früher"; Rutte)
    ("Rutte hatte zuvor behauptet, dass Truppen in Kursk seien. Früher hat der Präsident der Russischen Föderation "
     "Wladimir Putin geantwortet: „Wenn es Bilder gibt, dann reflektieren sie etwas.“ Der Präsident fügte hinzu, "
     "dass es sich um eine souveräne Entscheidung handelt.", "Vladimir Putin"),
])
def test_subjects_after_particles_adverbs_and_titles(text, speaker):
    *_, last = extract_claims(text, language="de").claims
    assert last.speaker_name == speaker


@pytest.mark.parametrize("text, readings", [
    # before: the denial's content was Zelenskyy's clause, and his figure nobody's
    ("Während Selenskyj von 3000 toten Nordkoreanern spricht, bestreitet Moskau jede Beteiligung.",
     [("Selenskyj", "von 3000 toten Nordkoreanern", "asserts"), ("Moskau", "bestreitet Moskau jede Beteiligung", "denies")]),
    # no figure given is no claim (before: an assertion of the last person named)
    ("Ein Sprecher des Pentagon bestätigte, dass 11.000 Soldaten in Kursk seien. Die Verluste bezifferte er nicht.",
     [("Ein Sprecher des Pentagon", "dass 11.000 Soldaten in Kursk seien", "asserts")]),
])
def test_contrasts_and_figures_not_given(text, readings):
    assert [(c.speaker_text, c.text, c.stance) for c in claims_of(text)] == readings


@pytest.mark.parametrize("text, readings", [
    # what was said, not another source, after the comma (review of the gapped reports)
    ("Selenskyj sagte, Russland habe in Kursk 3.000 Soldaten verloren, Nordkorea 1.000.",
     [("Selenskyj", "Russland habe in Kursk 3.000 Soldaten verloren, Nordkorea 1.000", "asserts")]),
    ("Der ukrainische Generalstab meldete 1.500 getötete russische Soldaten, Nordkoreaner 300.",
     [("Der ukrainische Generalstab", "Der ukrainische Generalstab meldete 1.500 getötete russische Soldaten, "
       "Nordkoreaner 300", "asserts")]),
    ("Kiew meldete im November 3.000 getötete Nordkoreaner, Anfang Januar 4.000.",
     [("Kiew", "Kiew meldete im November 3.000 getötete Nordkoreaner, Anfang Januar 4.000", "asserts")]),
    # a second source the gazetteer does not know (a second review: merged into the first)
    ("Selenskyj sprach von 3.000 toten Nordkoreanern, Reisner von 1.000.",
     [("Selenskyj", "Selenskyj sprach von 3.000 toten Nordkoreanern", "asserts"), ("Reisner", "1.000", "asserts")]),
    # an adverbial before a reported clause with its own verb of saying (review: content "Baerbock sagte …")
    ("Baerbock sagte vor Journalisten in New York, Moskau leugnet die Präsenz nordkoreanischer Soldaten.",
     [("Baerbock", "Moskau leugnet die Präsenz nordkoreanischer Soldaten", "asserts")]),
    # a relative clause's label in the source still denies (review: asserts)
    ("Sacharowa – die die Berichte als Lüge bezeichnet hatte – wiederholte ihre Kritik.",
     [("Sacharowa – die die Berichte als Lüge", "Sacharowa – die die Berichte als Lüge bezeichnet hatte – wiederholte ihre Kritik",
       "denies")]),
    # judgements of no report, evidence not yet found (review: denies)
    ("Peskow warnte, die Nutzung eingefrorener russischer Vermögen wäre eine Enteignung.",
     [("Peskow", "die Nutzung eingefrorener russischer Vermögen wäre eine Enteignung", "asserts")]),
    ("Der Geheimdienst sagte, die Soldaten hätten keine Belege ihrer Herkunft bei sich getragen.",
     [("Der Geheimdienst", "die Soldaten hätten keine Belege ihrer Herkunft bei sich getragen", "asserts")]),
    ("Das Pentagon sagte, es gebe bislang keine Beweise für einen Abzug.",
     [("Das Pentagon", "es gebe bislang keine Beweise für einen Abzug", "asserts")]),
    # the label's own "Ich" (review: no speaker)
    ("Masala: Ich habe immer gesagt, dass die Nordkoreaner kommen werden.",
     [("Masala", "Ich habe immer gesagt, dass die Nordkoreaner kommen werden", "asserts")]),
    # "das" after a clause that reports nothing is the report before (review: the clause)
    ("Der Geheimdienst meldete 200 getötete Nordkoreaner. Die Nachricht sorgte in Seoul für Aufsehen, Moskau bestreitet das.",
     [("Der Geheimdienst", "Der Geheimdienst meldete 200 getötete Nordkoreaner", "asserts"),
      ("Moskau", "Der Geheimdienst meldete 200 getötete Nordkoreaner", "denies")]),
    ("Die Entsendung wurde von keinem Geringeren als Putin bestätigt.",
     [("Putin", "Die Entsendung wurde von keinem Geringeren als Putin bestätigt", "asserts")]),
    ("Gemäss Angaben des Geheimdienstes sind 11'000 Soldaten in der Region.",
     [("Angaben des Geheimdienstes", "sind 11'000 Soldaten in der Region", "asserts")]),
])
def test_review_of_the_german_changes(text, readings):
    assert [(c.speaker_text, c.text, c.stance) for c in claims_of(text)] == readings


def test_konstantin_is_no_womans_title():
    text = ("Die Sprecherin des Außenministeriums, Maria Sacharowa, äußerte sich am Montag.\n\n"
            "Konstantin Kossatschow sprach von einer Provokation. Die Berichte seien falsch, sagte sie.")
    *_, last = extract_claims(text, language="de").claims
    assert last.speaker_name == "Maria Zakharova"


@pytest.mark.parametrize("text, speaker, side", [
    # a state named after its body (before: no id, no side)
    ("Das Verteidigungsministerium der Russischen Föderation teilte mit, 30.000 Soldaten seien getötet worden.",
     "Russian Defence Ministry", "Russia"),
    ("Der Hauptnachrichtendienst der Ukraine erklärte, die Soldaten seien in Kursk.",
     "Hauptnachrichtendienst der Ukraine", "Ukraine"),
    ("Das Außenministerium Russlands erklärte, die Berichte seien falsch.", "Russian Foreign Ministry", "Russia"),
    # the capital's adjective (before: no side)
    ("Die Kiewer Regierung behauptet, 12.000 Soldaten seien in Kursk.", "Ukraine", None),
    ("Die Moskauer Führung bestreitet, dass Soldaten in Kursk sind.", "Russia", None),
])
def test_states_named_after_their_bodies_and_by_their_capitals(text, speaker, side):
    (c,) = extract_claims(text, language="de").claims
    assert (c.speaker_name, c.speaker_affiliation) == (speaker, side)


@pytest.mark.parametrize("text, speaker", [
    # a report named before the answer's verb is its object (before: the speaker "Behauptungen Kiews …")
    ("Die Behauptungen Kiews über angeblich 3.000 getötete Nordkoreaner wies der Gouverneur des Gebiets Kursk "
     "Alexei Smirnow als „völligen Unsinn“ zurück.", "Alexei Smirnow"),
    ("Die Berichte wies der Kreml zurück.", "Kremlin"),
    ("Die Regierung wies die Berichte zurück.", "Regierung"),
])
def test_a_fronted_report_is_the_object_of_its_answer(text, speaker):
    (c,) = extract_claims(text, language="de").claims
    assert (c.speaker_name, c.stance) == (speaker, "denies")


def test_reported_speech_goes_on_after_a_quotation_of_several_sentences():
    """Before: the outlet's (the quotation's second sentence ended the report)."""
    text = ("Militärexperte Ralph Thiele sagte zu BILD: „Das sind keine Elite-Einheiten. Das ist Kanonenfutter!“ "
            "Bis zu 2.000 von ihnen seien bereits gefallen.")
    *_, last = extract_claims(text, language="de").claims
    assert (last.speaker_name, last.text) == ("Ralph Thiele", "Bis zu 2.000 von ihnen seien bereits gefallen")


@pytest.mark.parametrize("text", [
    # before: the speakers "Experte" and none
    "Oberst Markus Reisner vom Bundesheer sagte, die Lage sei ernst. Es gehe um 3.000 Mann, so der Experte.",
    "Der Gouverneur des Gebiets Kursk Alexei Smirnow sprach von einem Erfolg. Nach seinen Angaben hat der Gegner "
    "bis zu 320 Militärangehörige verloren.",
])
def test_the_expert_and_his_information_are_the_man_named_before(text):
    first, last = extract_claims(text, language="de").claims
    assert last.speaker_name == first.speaker_name


def test_a_cited_count_of_officials_is_the_source_not_a_figure():
    """Before: the speaker "CNN unter Berufung auf zwei US-Beamte" and a figure "zwei US-Beamte"."""
    ex = extract_claims("Wie CNN unter Berufung auf zwei US-Beamte meldet, könnten bis zu 20.000 zusätzliche Soldaten "
                        "folgen.", language="de")
    (c,) = ex.claims
    assert (c.speaker_name, c.speaker_affiliation) == ("zwei US-Beamte", "United States")
    assert [q.value for q in ex.quantities] == [20000]


@pytest.mark.parametrize("text, stance", [
    # what was a rumour is no longer (before: denies)
    ("Lange Zeit galt es als Gerücht, heuer ist es Gewissheit: Nordkorea hat Truppen nach Russland geschickt.", "asserts"),
    ("Peskow bezeichnete die Berichte als Gerücht.", "denies"),
])
def test_a_rumour_that_was(text, stance):
    assert extract_claims(text, language="de").claims[0].stance == stance


@pytest.mark.parametrize("text, readings", [
    # a second review: "C, sagte X" after an opening "Während" clause (before the mend: no speaker)
    ("Während die Kämpfe in Kursk andauern, seien bereits 3.000 Nordkoreaner gefallen, sagte Selenskyj.",
     [("Selenskyj", "Während die Kämpfe in Kursk andauern, seien bereits 3.000 Nordkoreaner gefallen", "asserts")]),
    # the denial after an adverbial and an object (before the mend: lost)
    ("Kiew meldete am Montag 3.000 getötete Nordkoreaner, Moskau bestreitet das.",
     [("Kiew", "Kiew meldete am Montag 3.000 getötete Nordkoreaner", "asserts"),
      ("Moskau", "Kiew meldete am Montag 3.000 getötete Nordkoreaner", "denies")]),
])
def test_second_review_of_the_german_changes(text, readings):
    assert sorted((c.speaker_text, c.text, c.stance) for c in claims_of(text)) == sorted(readings)


@pytest.mark.parametrize("text, speaker, side", [
    # a second review: critics and enemies of a state do not speak for it
    ("Kritiker Russlands werfen Moskau vor, die Verluste zu verschweigen.", "Kritiker Russlands", None),
    ("Gegner der Ukraine behaupten, Kiew übertreibe die Verluste.", "Gegner der Ukraine", None),
])
def test_a_states_critics_are_not_the_state(text, speaker, side):
    c = extract_claims(text, language="de").claims[0]
    assert (c.speaker_name, c.speaker_affiliation) == (speaker, side)


@pytest.mark.parametrize("text, speaker, stance", [
    # a second review: a report noun with its attributes before "für zu hoch" still denies
    ("Der Kreml hält die Zahl von 11.000 Soldaten für zu hoch.", "Kremlin", "denies"),
    ("Peskow hielt die Berichte über nordkoreanische Soldaten für unglaubwürdig.", "Dmitry Peskov", "denies"),
    # a figure given with "nicht nur" is given (before the mend: no claim)
    ("Der Geheimdienst bezifferte nicht nur die Zahl der Toten auf 3.000, sondern auch die der Verwundeten auf 2.000.",
     "Geheimdienst", "asserts"),
    # a parenthetical "sagte X" after a focus particle's phrase (before the mend: no speaker)
    ("Gerade die Nordkoreaner, sagte Syrskyj, hätten sehr hohe Verluste erlitten.", "Oleksandr Syrskyi", "asserts"),
])
def test_second_review_speakers_and_stances(text, speaker, stance):
    c = extract_claims(text, language="de").claims[0]
    assert (c.speaker_name, c.stance) == (speaker, stance)


@pytest.mark.parametrize("text", [
    # before: the content was the date or place ("Kürzlich, am 5. November")
    "Kürzlich, am 5. November, sagte Austin, 10.000 Soldaten seien in Kursk.",
    "Am Montag, dem 4. November, erklärte Austin, 10.000 Soldaten seien in Kursk.",
    "In Brüssel, am Rande des Nato-Treffens, sagte Austin, 10.000 Soldaten seien in Kursk.",
    "Gestern, kurz nach 14 Uhr, sagte Austin, 10.000 Soldaten seien in Kursk.",
])
def test_when_or_where_it_was_said_is_not_what_was_said(text):
    (claim,) = claims_of(text)
    assert (claim.speaker_text, claim.text) == ("Austin", "10.000 Soldaten seien in Kursk")


def test_what_stands_before_the_comma_is_said_when_it_has_a_verb():
    (claim,) = claims_of("Dabei seien 100 Soldaten getötet worden, sagte Austin.")
    assert claim.text == "Dabei seien 100 Soldaten getötet worden"


def test_a_content_that_is_only_another_report_is_none():
    # before: "die hohen Verluste" reported "sagte Reisner" (", sagte Reisner" read as an apposition)
    claims = claims_of("Die Nordkoreaner seien schlecht ausgebildet. Das erkläre die hohen Verluste, sagte Reisner.")
    assert [(c.speaker_text, c.text) for c in claims if c.speaker_text] == [("Reisner", "Das erkläre die hohen Verluste")]


@pytest.mark.parametrize("text", [
    # before: no speaker ("War" read as the verb "war"), or an id of "Denkfabrik …"
    "Das Institute for the Study of War berichtet, dass 11.000 Soldaten in Kursk kämpfen.",
    "Die Denkfabrik Institute for the Study of War berichtet, dass 11.000 Soldaten in Kursk kämpfen.",
    "Die US-Denkfabrik ISW berichtet, dass 11.000 Soldaten in Kursk kämpfen.",
])
def test_an_english_name_in_german_text_is_the_speaker(text):
    (claim,) = extract_claims(text, language="de").claims
    assert (claim.speaker_id, claim.cue) == ("nc:isw", "berichtet")


@pytest.mark.parametrize("text, readings", [
    # before: Kiesewetter, Wagner (the ones asked) were the speakers, or Zelenskyy's figure the outlet's
    ("Christoph Heinemann: Herr Kiesewetter, der ukrainische Präsident Selenskyj warnt, es könnten bald noch mehr "
     "Soldaten kommen. Halten Sie das für realistisch?",
     [("Volodymyr Zelenskyy", "es könnten bald noch mehr Soldaten kommen")]),
    ("Frage (Warweg): Herr Wagner, der russische Botschafter hat gesagt, die Zusammenarbeit mit Nordkorea sei eine "
     "souveräne Entscheidung. Was sagen Sie dazu?",
     [("russische Botschafter", "die Zusammenarbeit mit Nordkorea sei eine souveräne Entscheidung")]),
    ("Frage: Herr Peskow, Selenskyj sagt, 3.000 Nordkoreaner seien gefallen. Stimmt das?",
     [("Volodymyr Zelenskyy", "3.000 Nordkoreaner seien gefallen")]),
    # before: speakers "Frage (Jung): Der Kreml", "Zusatzfrage (Dr. Rinke): Die Ukraine"
    ("Frage (Jung): Der Kreml hat die Berichte als „Fake“ bezeichnet. Glauben Sie dem Kreml?\n\n"
     "Zusatzfrage (Dr. Rinke): Die Ukraine spricht von ersten Gefechten.",
     [("Kremlin", "Der Kreml hat die Berichte als „Fake“ bezeichnet"), ("Kremlin", "Fake"),
      ("Ukraine", "Die Ukraine spricht von ersten Gefechten")]),
    # before: the government's answers were the outlet's own
    ("Hebestreit (BReg): Wir gehen davon aus, dass nordkoreanische Soldaten in Russland sind.\n\n"
     "Wagner (AA): Wir haben deutlich gemacht, dass die Unterstützung gegen Resolutionen verstößt.",
     [("Hebestreit", "Wir gehen davon aus, dass nordkoreanische Soldaten in Russland sind"),
      ("Wagner", "Wir haben deutlich gemacht, dass die Unterstützung gegen Resolutionen verstößt")]),
    # a greeting, a question, the time of the transcript: no claims
    ("Roderich Kiesewetter: Guten Morgen, Herr Heinemann.\n\nChristoph Heinemann: Herr Kiesewetter, wie belastbar "
     "sind diese Zahlen?\n\nWas sagen Sie dazu?\n\nStand: 23.12.2024, 15:47 Uhr", []),
])
def test_a_press_conference_and_an_interview_transcript(text, readings):
    claims = extract_claims(text, language="de").claims
    assert [(c.speaker_name, text[c.char_start : c.char_end]) for c in claims if c.kind != "unattributed"] == readings


@pytest.mark.parametrize("text", [
    # before: "Und wenn der Kreml das" denied "dann ist das nicht das erste Mal"
    "Und wenn der Kreml das bestreitet, dann ist das nicht das erste Mal, dass Moskau Dinge bestreitet.",
    "Wenn Peskow sagt, es gebe keine Soldaten, dann lügt er.",
])
def test_what_someone_would_say_if_is_no_report(text):
    assert not [c for c in claims_of(text) if c.speaker_text]


@pytest.mark.parametrize("text, speaker", [
    # before: the figure or the report named first was the speaker
    ("Die Kosten des Krieges für Russland beziffert das Institute for the Study of War auf über 200 Mrd. Dollar.",
     "Institute for the Study of War"),
    ("Die Zahl von 12.000 Soldaten nannte zuerst der südkoreanische Geheimdienst.",
     "National Intelligence Service (South Korea)"),
    ("Berichte über bis zu 12.000 Soldaten hält das Pentagon für plausibel.", "Pentagon"),
])
def test_a_figure_or_report_named_first_is_the_object(text, speaker):
    (claim,) = extract_claims(text, language="de").claims
    assert claim.speaker_name == speaker


@pytest.mark.parametrize("text, speaker, content", [
    # before: no speaker (a parenthetical "Wie …" of more than twelve words), the figure the outlet's
    ("Wie der ukrainische Präsident Wolodymyr Selenskyj am Montag (23. Dezember) auf X mitteilte, seien mehr als "
     "3.000 nordkoreanische Soldaten getötet oder verwundet worden.", "Volodymyr Zelenskyy",
     "seien mehr als 3.000 nordkoreanische Soldaten getötet oder verwundet worden"),
    # before: no cue
    ("Außenministerin Annalena Baerbock sprach davon, dass der Krieg damit zu einer Gefahr für Europa werde.",
     "Annalena Baerbock", "dass der Krieg damit zu einer Gefahr für Europa werde"),
    ("Bundeskanzler Olaf Scholz hielt sich zurück. Die Berichte seien noch nicht belegt, ließ er ausrichten.",
     "Olaf Scholz", "Die Berichte seien noch nicht belegt"),
    ("Scholz hat deutlich gemacht, dass ein solcher Einsatz eine ernsthafte Eskalation darstellen würde.",
     "Olaf Scholz", "dass ein solcher Einsatz eine ernsthafte Eskalation darstellen würde"),
    ("Die Regierung hat klargemacht, dass sie Sanktionen will.", "Regierung", "dass sie Sanktionen will"),
])
def test_more_ways_of_reporting(text, speaker, content):
    (claim,) = extract_claims(text, language="de").claims
    assert (claim.speaker_name, text[claim.char_start : claim.char_end]) == (speaker, content)


@pytest.mark.parametrize("text, readings", [
    # before: Zelenskyy denied his own figure, Moscow's denial was lost
    ("Laut Selenskyj sollen es bereits 3.000 Tote und Verwundete sein, was Moskau als „Unsinn“ abtut.",
     [("Selenskyj", "asserts", "sollen es bereits 3.000 Tote und Verwundete sein"),
      ("Moskau", "denies", "sollen es bereits 3.000 Tote und Verwundete sein")]),
    # before: Seoul's 11,000 inside North Korea's denial
    ("Pjöngjang bestreitet nach wie vor, Soldaten geschickt zu haben, obwohl Seoul von 11.000 Mann spricht.",
     [("Pjöngjang", "denies", "Soldaten geschickt zu haben"), ("Seoul", "asserts", "von 11.000 Mann")]),
    # before: Kyiv reported "während Moskau die Berichte zurückweist" (a glued particle unknown)
    ("Kiew meldet 3.000 Tote, während Moskau die Berichte zurückweist.",
     [("Kiew", "asserts", "Kiew meldet 3.000 Tote"), ("Moskau", "denies", "die Berichte")]),
    # a "was" asking what is no answer
    ("Isa sagte, es sei schwierig, Informationen darüber zu bestätigen, was genau passiert ist.",
     [("Isa", "asserts", "es sei schwierig, Informationen darüber zu bestätigen, was genau passiert ist")]),
])
def test_another_sides_clause_in_the_sentence(text, readings):
    assert [(c.speaker_text, c.stance, c.text) for c in claims_of(text)] == readings


def test_a_swiss_number_in_thousands_ends_its_sentence():
    # before: one claim of the NIS's, the Pentagon's 8,000 in it
    claims = claims_of("Der südkoreanische Geheimdienst NIS schätzt die Zahl der Soldaten auf rund 11'000. Das "
                       "US-Verteidigungsministerium bestätigte, dass mindestens 8000 von ihnen in Kursk seien.")
    assert [c.speaker_text for c in claims] == ["Der südkoreanische Geheimdienst NIS", "Das US-Verteidigungsministerium"]


@pytest.mark.parametrize("text, speaker, stance", [
    # before: speakers "Ukraine-Krieg" (side Ukraine), "News-Ticker" asserting
    ("Ukraine-Krieg: Selenskyj meldet 3.000 tote Nordkoreaner", "Volodymyr Zelenskyy", "asserts"),
    ("News-Ticker: Kreml weist Berichte zurück", "Kremlin", "denies"),
    # a role glued to its body is a source
    ("Kreml-Sprecher: Die Berichte sind falsch und erfunden", "Kreml-Sprecher", "denies"),
])
def test_a_rubric_before_a_headline_is_no_source(text, speaker, stance):
    (claim,) = extract_claims(text, language="de").claims
    assert (claim.speaker_name, claim.stance) == (speaker, stance)


@pytest.mark.parametrize("text, speaker, content", [
    # before: the relaying outlet's figure (the Pentagon named no one)
    ("Wie IPPEN.MEDIA berichtete, hatte das US-Verteidigungsministerium bereits Anfang November die Zahl von rund "
     "10.000 nordkoreanischen Soldaten in Kursk genannt.", "Pentagon",
     "bereits Anfang November die Zahl von rund 10.000 nordkoreanischen Soldaten in Kursk"),
    # before: speakers "Zuerst", "Das"
    ("Kim schickt 5.000 Soldaten. Zuerst hatte die Kyiv Independent darüber berichtet.", "Kyiv Independent",
     "Kim schickt 5.000 Soldaten."),
    ("Kim schickt 5.000 Soldaten. Das berichtete zuerst die Ukrainska Pravda.", "Ukrainska Pravda",
     "Kim schickt 5.000 Soldaten."),
])
def test_who_reported_first_and_who_relays(text, speaker, content):
    claims = extract_claims(text, language="de").claims
    found = [c for c in claims if c.speaker_name == speaker]
    assert [text[c.char_start : c.char_end] for c in found] == [content]
    # the figure is the one who named it, or reported it first
    assert extract_claims(text, language="de").quantities[0].claim_id == found[0].claim_id


@pytest.mark.parametrize("text, speaker", [
    # a review of this session's rules: each regressed at one of them
    ("Im Oktober trafen die ersten nordkoreanischen Soldaten in Kursk ein, sagte Austin.", "Lloyd Austin"),
    ("Ende Oktober verlegte Pjöngjang die Einheiten nach Kursk, berichtete der NIS.",
     "National Intelligence Service (South Korea)"),
    ("US-Außenministerium: Tausende Nordkoreaner in Russland", "US State Department"),
    ("Nato-Diplomat: Pjöngjang liefert auch Raketen", "Nato-Diplomat"),
    ("Südkoreas Geheimdienst (NIS) erklärte: Rund 11.000 Soldaten sind in Russland.",
     "National Intelligence Service (South Korea)"),
    ("Der Kreml-Sprecher (Dmitri Peskow) sagte: Das ist eine Lüge.", "Dmitry Peskov"),
    ("Die als kremlnah geltende Zeitung Iswestija berichtete, die Berichte seien erfunden.", "Zeitung Iswestija"),
    ("Peskow sagte: Herr Selenskyj, Sie verbreiten Lügen.", "Dmitry Peskov"),
    ("Berichte aus Kiew bestätigen die Angaben des Pentagons.", "Ukraine"),
    ("Ähnlich wie bei früheren Einsätzen der nordkoreanischen Armee im Ausland in Vietnam und Syrien in den "
     "vergangenen Jahrzehnten berichtet der NIS nur wenig.", "National Intelligence Service (South Korea)"),
    ("Ein Sprecher des Pentagons sprach von 10.000 Soldaten. Ein nordkoreanischer Überläufer hält die Zahl für zu "
     "niedrig. Er sagte, es seien eher 15.000.", "Ein nordkoreanischer Überläufer"),  # (a person by his noun)
])
def test_first_review_of_this_sessions_german_rules(text, speaker):
    *_, last = extract_claims(text, language="de").claims
    assert last.speaker_name == speaker


@pytest.mark.parametrize("text", ["Kursk (Russland): Nordkoreanische Soldaten gesichtet",
                                  "Kim Jong Un (Mitte): Der Machthaber besucht eine Fabrik"])
def test_a_place_or_a_caption_in_parentheses_says_nothing(text):
    assert not [c for c in extract_claims(text, language="de").claims if c.speaker_name]


@pytest.mark.parametrize("text", ["Nach ukrainischen Angaben über 3.000 Nordkoreaner getötet oder verwundet",
                                  "Laut Berichten über 3.000 nordkoreanische Soldaten in Russland"])
def test_uber_after_a_source_is_more_than(text):
    (q,) = extract_claims(text, language="de").quantities
    assert q.qualifier == ">"


def test_seeing_something_as_is_a_judgement_of_ones_own():
    # before: Masala's reported speech went on over Reisner's sentence
    claims = extract_claims("Carlo Masala sagte, die Nordkoreaner seien schlecht vorbereitet. Auch der österreichische "
                            "Oberst Markus Reisner sieht den Einsatz eher als „Lernfeld“ für Pjöngjang: Kim wolle "
                            "Kriegserfahrung sammeln.", language="de").claims
    assert [c.speaker_name for c in claims] == ["Carlo Masala", "Markus Reisner"]


@pytest.mark.parametrize("text, speaker", [
    # before: "Selenski" (Swiss and Austrian spelling) and "Nordkorea selbst" were names of no one known
    ("Selenski sagte, die Lage sei ernst.", "Volodymyr Zelenskyy"),
    ("Nordkorea selbst bestreitet die Berichte.", "North Korea"),
])
def test_a_speaker_by_another_spelling_or_with_selbst(text, speaker):
    (claim,) = extract_claims(text, language="de").claims
    assert claim.speaker_name == speaker


@pytest.mark.parametrize("text, speaker", [
    # a second review of this session's rules: each regressed at one of them
    ("Ukraine-Liveticker: Nordkoreanische Soldaten erstmals im Kampf", None),
    ("Kursk-Einsatz: Nordkoreaner erleiden schwere Verluste", None),
    ("Nordkorea-Truppen: Erste Gefechte in Kursk gemeldet", None),
    ("Nordkoreanische Soldaten sind – wie Selenskyj sagte – bereits im Kampf.", "Volodymyr Zelenskyy"),
    ("Doch wie die „Washington Post“ berichtete, sind bereits Hunderte Nordkoreaner gefallen.", "Washington Post"),
    ("Berichte über nordkoreanische Soldaten in Kursk bestätigte das Pentagon zunächst nicht.", "Pentagon"),
])
def test_second_review_of_this_sessions_german_rules(text, speaker):
    assert [c.speaker_name for c in extract_claims(text, language="de").claims if c.speaker_name] == (
        [speaker] if speaker else [])


def test_a_headline_without_its_full_stop_does_not_crash():
    # before: IndexError, and nothing of the document extracted
    ex = extract_claims("Die Zahl bestätigt Kiew\n\nKiew meldet 3.000 Tote.", language="de")
    assert ex.quantities and ex.claims


def test_after_reports_of_a_figure_is_no_source():
    (q,) = extract_claims("Nach Berichten über 10.000 nordkoreanische Soldaten in Kursk bestellte Seoul den "
                          "russischen Botschafter ein.", language="de").quantities
    assert (q.value, q.qualifier) == (10000, "=")


@pytest.mark.parametrize("text, language", [
    # before: no side
    ("Ein Abgeordneter in Seoul sprach von etwa 100 Toten.", "de"),
    ("Sicherheitskreise in Seoul bestätigten die Zahl.", "de"),
    ("A lawmaker in Seoul said 100 were killed.", "en"),
])
def test_lawmakers_and_security_circles_at_a_capital_are_its_states(text, language):
    (claim,) = extract_claims(text, language=language).claims
    assert claim.speaker_affiliation == "South Korea"


@pytest.mark.parametrize("text, speaker", [
    # before: the adverb or the phrase before the verb was the speaker
    ("Tatsächlich meldete der ukrainische Präsident Wolodymyr Selenskyj am Montag, dass 3.000 Soldaten getötet "
     "worden seien.", "Volodymyr Zelenskyy"),
    ("Ausgerechnet meldete Selenskyj, dass 3.000 Nordkoreaner getötet worden seien.", "Volodymyr Zelenskyy"),
    ("Prompt meldete Selenskyj, dass 3.000 Nordkoreaner getötet worden seien.", "Volodymyr Zelenskyy"),
    ("Für den Jänner rechnet Reisner mit einer neuen russischen Offensive in Kursk.", "Reisner"),
    ("Zurückhaltender äußert sich Claudia Major, bis vor Kurzem Leiterin der Forschungsgruppe "
     "Sicherheitspolitik der SWP.", "Claudia Major"),
    # (a name first stays the subject)
    ("Fischer sagte, dass 3.000 Nordkoreaner getötet worden seien.", "Fischer"),
    ("Reisner rechnet mit einer neuen russischen Offensive in Kursk.", "Reisner"),
])
def test_an_adverb_or_a_phrase_before_the_verb_is_no_speaker(text, speaker):
    assert [c.speaker_name for c in extract_claims(text, language="de").claims] == [speaker]


def test_an_envoy_at_a_body_is_one_speaker():
    # before: no speaker, "die Berichte" as its span, and the envoy's name as what was said (asserts)
    (claim,) = extract_claims("Nordkoreas Vertreter bei den Vereinten Nationen, Kim Song, nannte die Berichte dagegen "
                              "„unbegründet“.", language="de").claims
    assert (claim.speaker_name, claim.speaker_affiliation, claim.stance) == ("Kim Song", "North Korea", "denies")


def test_questions_answered_with_a_sentence_are_the_answerers():
    # before: the Konjunktiv went on the sentence before's speakers, "North Korea and Russia"
    ex = extract_claims("Russland und Nordkorea haben die Stationierung lange weder bestätigt noch dementiert. "
                        "Kremlsprecher Dmitri Peskow hatte Fragen dazu im Oktober mit dem Satz beantwortet, man habe "
                        "„nichts dazu zu sagen“.", language="de")
    assert {c.speaker_name for c in ex.claims[1:]} == {"Dmitry Peskov"}
    assert ex.claims[1].stance == "neither"


@pytest.mark.parametrize("text, speaker", [
    # before: the outlet's own line (a subject without an article after the date)
    ("3. Oktober – Ukrainische Medien berichten, bei einem Raketenangriff seien sechs nordkoreanische Offiziere "
     "getötet worden.", "Ukrainische Medien"),
    ("3. Oktober 2024 – Ukrainische Medien berichten unter Berufung auf Militärkreise, sechs nordkoreanische "
     "Offiziere seien getötet worden.", "Militärkreise"),
])
def test_a_chronologys_date_opens_no_subject(text, speaker):
    (claim,) = extract_claims(text, language="de").claims
    assert claim.speaker_name == speaker and text[claim.char_start :].startswith(("bei", "sechs"))


def test_a_relative_clause_closing_the_sentence_reports():
    # before: the outlet's own 12,000 troops
    ex = extract_claims("Quelle der Meldungen ist der südkoreanische Geheimdienst NIS, der seit Oktober von rund 12.000 "
                        "Soldaten spricht.", language="de")
    (q,) = ex.quantities
    claim = next(c for c in ex.claims if c.claim_id == q.claim_id)
    assert (claim.speaker_affiliation, q.metric) == ("South Korea", "troops")
    # (not its object: "die Zahl, die Selenskyj nennt")
    assert not any(c.speaker_name for c in extract_claims("Es gibt Berichte, die das bestätigen.", language="de").claims)


@pytest.mark.parametrize("text, speaker, side", [
    # before: no side; "Geheimdienste" alone
    ("Der Geheimdienst von Südkorea sagt: Es sind etwa 10.000 Soldaten.", "National Intelligence Service (South Korea)",
     "South Korea"),
    ("Geheimdienste aus Südkorea melden 11.000 Soldaten.", "Geheimdienste aus Südkorea", "South Korea"),
])
def test_a_body_of_or_from_a_state(text, speaker, side):
    (claim,) = extract_claims(text, language="de").claims
    assert (claim.speaker_name, claim.speaker_affiliation) == (speaker, side)


def test_a_verb_joined_after_a_reported_clause_is_the_reporters():
    # before: "nannte" was NATO's (the reported clause's subject), and Rutte's content ran on over it
    text = "Rutte verkündete, die Nato habe die Entsendung „bestätigt“, und nannte sie eine „gefährliche Ausweitung“."
    claims = extract_claims(text, language="de").claims
    assert {c.speaker_name for c in claims} == {"Mark Rutte"}
    assert "nannte" not in text[claims[0].char_start : claims[0].char_end]


@pytest.mark.parametrize("text, speaker", [
    # before: "über nordkoreanische Soldaten" (with the side North Korea), "über Verluste"
    ("FPÖ-Chef Herbert Kickl sieht das anders. Berichte über nordkoreanische Soldaten bezeichnete Kickl als "
     "„Kriegspropaganda“.", "Herbert Kickl"),
    ("Berichte über Verluste bezeichnete Peskow als „Unsinn“.", "Dmitry Peskov"),
    ("Die Zahl von 12.000 Soldaten hält Reisner für plausibel.", "Reisner"),
    # before: "Zahl von 12.000 Mann" (an unknown body after the verb)
    ("Die Zahl von 12.000 Mann bezeichnete der Kanal als „stark übertrieben“.", "Kanal"),
])
def test_a_report_named_first_then_a_bare_name(text, speaker):
    claims = extract_claims(text, language="de").claims
    assert {c.speaker_name for c in claims} == {speaker}
    assert all(c.stance == ("asserts" if "Reisner" in text else "denies") for c in claims)


@pytest.mark.parametrize("text, speaker, stance", [
    # before: the outlet's own line, asserting that German soldiers are in Ukraine
    ("Hinweis: Die Bundesregierung weist Darstellungen russischer Staatsmedien zurück, wonach deutsche Soldaten in "
     "der Ukraine im Einsatz seien.", "Germany", "denies"),
    # before: no claim; the outlet's own denial
    ("Update: Der Kreml bestreitet die Berichte.", "Kremlin", "denies"),
    ("Update: Peskow sagte, die Berichte seien falsch.", "Dmitry Peskov", "denies"),
])
def test_a_page_label_before_the_sentence_is_no_part_of_it(text, speaker, stance):
    (claim,) = extract_claims(text, language="de").claims
    assert (claim.speaker_name, claim.stance) == (speaker, stance)


@pytest.mark.parametrize("text, speaker, stance", [
    # before: Lanz, the talk show's host, the source of 3,000 killed or wounded
    ("Lanz zitierte einen Bericht des südkoreanischen Geheimdienstes, wonach bereits rund 3.000 Nordkoreaner getötet "
     "oder verwundet worden seien.", "National Intelligence Service (South Korea)", "asserts"),
    ("Lanz verwies auf einen Bericht des südkoreanischen Geheimdienstes, wonach bereits rund 3.000 Nordkoreaner "
     "getötet worden seien.", "National Intelligence Service (South Korea)", "asserts"),
    # as before: a report answered is not relayed
    ("Peskow wies einen Bericht des Pentagons zurück, wonach 11.000 Soldaten in Kursk seien.", "Dmitry Peskov", "denies"),
])
def test_a_report_relayed_is_its_authors(text, speaker, stance):
    (claim,) = extract_claims(text, language="de").claims
    assert (claim.speaker_name, claim.stance) == (speaker, stance)


@pytest.mark.parametrize("text, speaker", [
    # before: no speaker for the 40 killed
    ("Die ukrainische Militäraufklärung meldete unterdessen erste Gefechte. Nach ihren Angaben wurden etwa 40 "
     "Nordkoreaner getötet.", "ukrainische Militäraufklärung"),
    ("Budanow meldete erste Gefechte. Nach seiner Darstellung wurden etwa 40 Nordkoreaner getötet.", "Kyrylo Budanov"),
    # a woman not known as one spoke last: hers or theirs, no guess
    ("Die Anwältin Gülsen Celebi gab an, dass ihre Mandantin Angst hatte. Nach ihren Informationen habe sich der Mann "
     "in den Niederlanden aufgehalten.", None),
])
def test_whose_account_her_account_is(text, speaker):
    claim = extract_claims(text, language="de").claims[-1]
    assert claim.speaker_name == speaker


def test_a_connective_before_a_colon_and_what_was_said_instead():
    # before: the 'sondern' clause was Lavrov's (the speaker of the sentence before), and
    # "Allerdings" a speaker of its own
    text = ("Russlands Außenminister Sergej Lawrow bestritt am Nachmittag erneut, dass es Nordkoreaner auf russischem "
            "Boden gebe. Allerdings: Präsident Wladimir Putin hatte die Berichte vor einer Woche nicht dementiert, "
            "sondern gesagt, was Russland mit seinen Partnern mache, sei „unsere Sache“.")
    claims = extract_claims(text, language="de").claims
    assert [(c.speaker_name, c.stance) for c in claims[:3]] == [
        ("Sergey Lavrov", "denies"), ("Vladimir Putin", "asserts"), ("Vladimir Putin", "asserts")]
    assert text[claims[2].char_start :].startswith("was Russland mit seinen Partnern mache")


@pytest.mark.parametrize("text, speaker, content", [
    # before: the outlet's own lines (machine translation keeps the comma and main-clause order)
    ("Laut Angaben von Verteidigungsministerium Russlands, die ukrainischen Streitkräfte haben in Richtung Kursk "
     "während einer Woche mehr als 3.400 Soldaten verloren.", "Russian Defence Ministry", "die ukrainischen"),
    ("Budanow hat der Zeitung «The War Zone» ein Interview gegeben. Laut ihm, die Gruppe umfasst unter anderem 500 "
     "Offiziere und drei Generäle.", "Kyrylo Budanov", "die Gruppe umfasst"),
    ("Igor Korotschenko hat gesagt, das sei Unsinn. Nach seiner Meinung, die Amerikaner brauchen einen Vorwand für "
     "neue Waffenlieferungen an Kiew.", "Igor Korotschenko", "die Amerikaner brauchen"),
    # as before: a relative clause on the source is no side
    ("Nach Angaben der Behörde, die Soldaten ausgebildet hat, sind 11.000 Soldaten in Kursk.", "Behörde", "sind 11.000"),
])
def test_a_source_set_off_by_a_comma_in_translation(text, speaker, content):
    claim = extract_claims(text, language="de").claims[-1]
    assert claim.kind == "according_to" and claim.speaker_name == speaker
    assert text[claim.char_start :].startswith(content)


@pytest.mark.parametrize("text, speaker, content", [
    # before: no claim, or the outlet's own line
    ("Lanz fragte, ob der Westen zu langsam reagiere. Gysi verneinte: Das Problem sei nicht die Geschwindigkeit, "
     "sondern die fehlende Strategie.", "Gysi", "Das Problem sei"),
    ("Kiesewetter hielt dagegen: Diplomatie funktioniere nur aus einer Position der Stärke.", "Kiesewetter",
     "Diplomatie funktioniere"),
    ("Kiesewetter konterte: „Diplomatie funktioniert nur aus einer Position der Stärke.“", "Kiesewetter",
     "Diplomatie funktioniert"),
    ("Der Militärexperte Mauro Mantovani von der ETH Zürich ordnet ein: «Das ist ein Signal an den Westen. "
     "Militärisch fallen 10'000 Mann an einer Front von über tausend Kilometern kaum ins Gewicht.»", "Mauro Mantovani",
     "Das ist ein Signal"),
])
def test_a_talk_shows_rejoinder_before_a_colon(text, speaker, content):
    claim = extract_claims(text, language="de").claims[-1]
    assert claim.speaker_name == speaker and text[claim.char_start :].startswith(content)


@pytest.mark.parametrize("text", [
    "Die Lage hielt dagegen: Die Truppen blieben in Kursk.",
    "Das Bild ordnet ein: Nordkorea schickt Soldaten.",
])
def test_a_rejoinder_needs_a_person(text):
    assert not [c for c in extract_claims(text, language="de").claims if c.speaker_name]


@pytest.mark.parametrize("text, expected", [
    # before: the speakers "Zu den Truppen", "Und", "früher Ukrinform", "Geheimdienst am Mittwoch vor
    # Parlamentariern in Seoul"; "ausgedacht" asserted
    ("Erst vergangene Woche sagte Aussenministerin Choe Son Hui in Moskau, die Beziehungen seien gut. Zu den Truppen "
     "äusserte sie sich nicht direkt.", [("Choe Son Hui", "asserts"), ("Choe Son Hui", "neither")]),
    ("Und: Angeblich plant Pjöngjang bereits die nächste Entsendung.", []),
    ("Wie früher Ukrinform berichtete, hat Selenskyj gesagt, dass Russland Soldaten aus Nordkorea einsetze.",
     [("Ukrinform", "asserts"), ("Volodymyr Zelenskyy", "asserts")]),
    ("Ein Teil davon soll bereits an Kampfhandlungen teilnehmen, wie der Geheimdienst am Mittwoch vor "
     "Parlamentariern in Seoul erklärte.", [("Geheimdienst", "asserts")]),
    ("Korotschenko hat gesagt, dass die Geschichte über die zehntausend Koreaner von westlichen Geheimdiensten "
     "ausgedacht sei.", [("Korotschenko", "denies")]),
])
def test_openers_and_adverbs_are_no_speakers(text, expected):
    claims = extract_claims(text, language="de").claims
    assert [(c.speaker_name, c.stance) for c in claims if c.speaker_name or c.cue_start is not None] == expected


def test_we_named_in_a_joint_statement_with_no_frame_of_its_own():
    # before: no speaker for the figure and the rejection
    text = ("Wir, die Außenministerinnen und Außenminister Deutschlands, Frankreichs und Polens, verurteilen die "
            "Entsendung nordkoreanischer Truppen. Nach unseren Informationen wurden mehr als 10.000 Angehörige der "
            "Streitkräfte der DVRK verlegt. Wir weisen die Behauptung Russlands zurück, es handele sich um eine "
            "bilaterale Angelegenheit.")
    claims = [c for c in extract_claims(text, language="de").claims if c.cue_start is not None]
    assert {c.speaker_name for c in claims} == {"Außenministerinnen und Außenminister Deutschlands, Frankreichs und Polens"}
    assert [c.stance for c in claims] == ["asserts", "denies"]


@pytest.mark.parametrize("text, expected", [
    # before: the speakers "Also" (for the Kremlin) and "Und Pjöngjang"
    ("Sarah: Die leugnen das. Also, der Kreml hat anfangs gesagt, das seien Fake News. Und Pjöngjang, ähm, die haben "
     "gesagt, wenn es so wäre, dann wäre es legal.", ["Sarah", "Kremlin", "North Korea"]),
    ("Also sagte Peskow, das sei falsch.", ["Dmitry Peskov"]),
    # as before
    ("Und Moskau bestreitet das.", ["Russia"]),
])
def test_spoken_particles_and_fillers_are_no_speakers(text, expected):
    assert [c.speaker_name for c in extract_claims(text, language="de").claims] == expected


@pytest.mark.parametrize("text, speaker, content", [
    # a press review names its papers in capitals; before: the outlet's own lines, or garbage speakers
    ("Das HANDELSBLATT aus Düsseldorf gibt zu bedenken, dass Südkoreas Geheimdienst die Zahl der Verluste bereits auf "
     "mehrere Hundert schätze.", "HANDELSBLATT", "dass Südkoreas Geheimdienst"),
    ("Die TAZ hält dagegen: „Der Westen redet das Thema groß. Belege für Tausende Tote gibt es nicht.“", "TAZ",
     "Der Westen redet"),
    ("In der NEUEN ZÜRCHER ZEITUNG ist zu lesen: „Die Nato hat die Präsenz nordkoreanischer Einheiten in Kursk "
     "bestätigt.“", "NEUEN ZÜRCHER ZEITUNG", "Die Nato hat"),
    ("Die MÄRKISCHE ODERZEITUNG aus Frankfurt an der Oder bemerkt, Pjöngjang habe die Entsendung bis heute nicht "
     "eingeräumt.", "MÄRKISCHE ODERZEITUNG", "Pjöngjang habe"),
    ("Im GENERAL-ANZEIGER aus Bonn heißt es, der Kreml habe die Berichte als „Fake“ abgetan.", "GENERAL-ANZEIGER",
     "der Kreml habe"),
])
def test_a_press_reviews_papers(text, speaker, content):
    claim = extract_claims(text, language="de").claims[0]
    assert claim.speaker_name == speaker and text[claim.char_start :].startswith(content)


@pytest.mark.parametrize("text, expected", [
    # a second review of this session's rules: each was wrong at one commit of it
    ("Im ZDF sagte Pistorius, die Lage sei ernst.", [("Boris Pistorius", "asserts")]),
    ("Im UN-SICHERHEITSRAT sagte der russische Botschafter, die Berichte seien Lügen.",
     [("russische Botschafter", "denies")]),
    ("Die USA und Südkorea erklärten, dass 10.000 nordkoreanische Soldaten in Russland seien.",
     [("South Korea and United States", "asserts")]),
    ("Selenskyj sagte, Putin habe sich eine neue Strategie ausgedacht.", [("Volodymyr Zelenskyy", "asserts")]),
    ("Peskow sagte, die Geschichte sei ausgedacht.", [("Dmitry Peskov", "denies")]),
    ("Peskow wurde gefragt, ob es Nordkoreaner in Kursk gebe. Nein, sagte er, das sei eine Erfindung.",
     [("Dmitry Peskov", "denies")]),
    ("Zu den Truppen äußerte sich der Kreml nicht.", [("Kremlin", "neither")]),
    ("Über den Einsatz berichtete zuerst der ukrainische Geheimdienst HUR.",
     [("Main Directorate of Intelligence of Ukraine (HUR)", "asserts")]),
    ("„Wir, die Nordkoreaner, stehen zu Russland“, sagte der Botschafter. Nach unseren Informationen sind 11.000 "
     "Soldaten in Russland.", [("Botschafter", "asserts"), (None, "asserts")]),
    ("Die Außenministerin sprach am Montag mit Journalisten. Nach ihren Angaben sind 11.000 Nordkoreaner in Russland.",
     [("Außenministerin", "asserts")]),
    ("Ukrainische Soldaten berichten von schweren Kämpfen. Nach ihren Angaben greifen die Nordkoreaner in Wellen an.",
     [("Ukrainische Soldaten", "asserts"), ("Ukrainische Soldaten", "asserts")]),
])
def test_second_review_of_this_sessions_rules(text, expected):
    claims = extract_claims(text, language="de").claims
    assert [(c.speaker_name, c.stance) for c in claims if c.cue_start is not None or c.speaker_name] == expected


def test_a_source_found_keeps_its_article_beside_a_press_reviews_rule():
    # a name in capitals opening the sentence with a source found already (the source span, as
    # annotators mark it, keeps "Der")
    text = "Der BGH begründete dies damit, dass sich mehrere Bandmitglieder zusammengetan hätten."
    (claim,) = claims_of(text)
    assert claim.speaker_text == "Der BGH"


@pytest.mark.parametrize("text, expected", [
    # a government's answer: before, the outlet's own lines
    ("Die Bundesregierung hat Kenntnis davon, dass ein Großteil dieser Soldaten in die Region Kursk verlegt wurde.",
     [("Germany", "asserts")]),
    ("Der Bundesregierung liegen Hinweise vor, wonach weitere Verlegungen möglich sind.", [("Germany", "asserts")]),
    ("Der Bundesregierung liegen keine Erkenntnisse vor, die diese Zahl stützen.", [("Germany", "neither")]),
    # as before: a figure that lies before someone
    ("Dem Bericht liegen Zahlen des Pentagons zugrunde, die 11.000 Soldaten nennen.", []),
])
def test_what_a_government_says_it_knows(text, expected):
    claims = extract_claims(text, language="de").claims
    assert [(c.speaker_name, c.stance) for c in claims if c.speaker_name] == expected


@pytest.mark.parametrize("text", [",", ", ,", "ähm", "ähm ,", "Und", "Also ,"])
def test_a_sentence_of_fillers_and_commas_alone_does_not_crash(text):
    # before: IndexError (the fillers and their commas were dropped, and nothing was left)
    assert extract_claims(text, language="de").claims == []
