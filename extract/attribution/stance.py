"""Stance (asserts/denies/neither), hedging, and the dates claims refer to ("on Monday", "gestern", "am 4. November").

A claim denies when its cue is a denial verb ("denied", "bestritt", "wies zurück") or it
labels a report as false ("called the information fake news", "unbegründete Gerüchte"; not
"carry fake passports", which describes a thing) or dismisses it ("called the reports a
provocation", "nannte die Angaben reine Spekulation"; not "called the deployment a provocation").
A negation next to the cue turns a denial back into an assertion ("did not deny",
"bestritt am Donnerstag nicht"): not denying something is conceding it. Not confirming is
not conceding: a negated confirmation ("has not confirmed", "bestätigte die Angaben nicht")
and a denial negated with one ("has neither confirmed nor denied", "weder bestätigt noch
dementiert") neither confirm nor deny; nor is not ruling out ("did not rule out C", "schloss C
nicht aus", cues.RULING_OUT).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import NamedTuple

from extract.attribution.cues import (
    DE_APPREHENSION_FORMS,
    DE_CONFIRM_FORMS,
    DE_DENIAL_FORMS,
    DE_DENIAL_WORDS,
    DE_HEDGES,
    DE_PRONOUNS,
    DE_NEGATION,
    EN_APPREHENSION_VERBS,
    EN_CONFIRM_VERBS,
    EN_DENIAL_VERBS,
    EN_DENIAL_CUES,
    EN_DENIAL_WORDS,
    EN_HEDGES,
    EN_NEGATION,
    EN_PRONOUNS,
    RULING_OUT,
    WEEKDAYS,
)
from extract.entities.resolve import INFORMATION_NOUNS
from extract.months import MONTH_NAMES, month_number

_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "ten": 10, "einer": 1, "einem": 1, "eine": 1, "zwei": 2, "drei": 3,
    "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "zehn": 10,
}
_EN_DATE = re.compile(
    r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\b(?P<daybefore>the day before yesterday)\b"
    r"|\b(?P<yesterday>yesterday)\b|\b(?P<today>today)\b"
    r"|\b(?P<n>a|an|one|two|three|four|five|six|seven|ten|\d+)\s+(?P<unit>day|week)s?\s+ago\b",
    re.IGNORECASE,
)
_DE_DATE = re.compile(
    r"\b(?P<wd>Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)\b"
    r"|\b(?P<yesterday>gestern)\b|\b(?P<today>heute)\b|\b(?P<daybefore>vorgestern)\b"
    r"|\bvor\s+(?P<n>einer|einem|zwei|drei|vier|fünf|sechs|sieben|zehn|\d+)\s+"
    r"(?P<unit>Tag|Tagen|Woche|Wochen)\b",
    re.IGNORECASE,
)
# Periods: "last week", "earlier this month", "next month", "letzte Woche", "im vergangenen
# Monat" (the groups last/this/next say which), and months without a day ("in October").
# ... and the weekend just past ("over the weekend", "am Wochenende"), as the week it ends
_EN_PERIOD = re.compile(
    r"\b(?:(?P<last>last|previous)|(?P<this>this|earlier\s+this|later\s+this)|(?P<next>next))\s+"
    r"(?P<unit>week|month|year)\b(?!\s*'s)"
    r"|\b(?P<weekend>(?:over|at|on|during)\s+the\s+weekend|last\s+weekend)\b",
    re.IGNORECASE,
)
_DE_PERIOD = re.compile(
    r"\b(?:(?P<last>letzte[nrs]?|vergangene[nrs]?|vorige[nrs]?)|(?P<this>diese[nrs]?)|(?P<next>nächste[nrs]?|kommende[nrs]?))"
    r"\s+(?P<unit>Woche|Monat|Jahr)\b"
    r"|\b(?P<thisweek>Anfang\s+der\s+Woche)\b"
    r"|\b(?P<weekend>(?:am|übers?)\s+(?:vergangenen\s+|letzten\s+)?Wochenende)\b",
    re.IGNORECASE,
)
_FULL_MONTHS = "|".join(m.capitalize() for m in MONTH_NAMES if len(m) > 4 or m in ("june", "july", "juni", "juli", "april"))
# A month without a day, after a word that makes it one ("in October", "im Oktober",
# "Ende Oktober", "mid-October"): a name alone may be a word ("May", "Mai").
_MONTH_PERIOD = re.compile(
    rf"\b(?i:in|early|mid-?|late|end\s+of|beginning\s+of|im|Anfang|Mitte|Ende)\s*(?P<month>{_FULL_MONTHS})\b"
    r"(?:\s+(?P<y>(?:19|20)\d\d)\b)?(?!\s*\d)"
)
# Capitalised, as both languages write months: "4 may arrive" is no date.
_MONTH = "|".join(sorted((m.capitalize() for m in MONTH_NAMES), key=len, reverse=True))
# "4 November", "4. November", "November 4", "Nov. 4th, 2024" (month names of both languages).
_ABSOLUTE_DATE = re.compile(
    rf"\b(?:(?P<d1>[0-3]?\d)\.?\s+(?P<m1>{_MONTH})\b\.?|(?P<m2>{_MONTH})\b\.?\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\b)"
    r"(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?"
)


# "nicht bestätigt", "nicht offiziell bestätigt", "weder bestätigt"
# (or the noun of a phrasal denial: "nicht infrage gestellt", "nicht in Zweifel gezogen")
_NICHT_BEFORE = re.compile(r"\b(?:nicht|nie|niemals|weder)(?:\s+mehr)?(?:\s+(?:offiziell|öffentlich|unabhängig|ausdrücklich|eindeutig|explizit"
                           r"|infrage|in\s+Frage|in\s+Zweifel))?\s*$")
# the speaker's own words that they take no side: "Peskov said he could neither confirm nor
# deny the reports", "Peskow sagte, er könne die Berichte weder bestätigen noch dementieren"
_OWN_NEITHER = re.compile(
    r"^(?:that\s+|dass\s+)?(?:he|she|they|we|I|er|sie|wir|ich)\b[^.;:!?]{0,60}?"
    r"\b(?:neither\s+confirm\w*\s+nor\s+(?:den\w+|rul\w+\s+out)|weder\s+bestätig\w*\s+noch\s+(?:dementier|bestreit|bestritt)\w*)"
    # ... or will not comment: "he would not comment on the reports", "he had nothing to say
    # about it", "she had no information", "man kommentiere derlei Berichte grundsätzlich
    # nicht", "er wolle sich dazu nicht äußern", "man habe dazu nichts zu sagen"
    r"|^(?:that\s+)?(?:he|she|they|we|I|it)\s+(?:(?:would|will|could|can|did|does|do)\s*(?:not|n't)\s+comment\b"
    r"|(?:had|has|have)\s+[\"“]?(?:nothing\s+(?:further\s+|more\s+)?(?:to\s+say|to\s+add)|no\s+information)\b"
    # ... or is in no position to say, or refrains from it: 'she was "not in a position to
    # provide a number"', "I would refrain from commenting"
    # (not a policy: "not in a position to hold the salient", "refrain from sending weapons")
    r"|(?:['’]m|['’]re|['’]s|am|are|is|was|were)\s+[\"“]?not\s+in\s+a\s+position\s+to\s+"
    r"(?:provide|give|confirm|comment|say|disclose|discuss|verify|speculate|share|release)\b"
    r"|(?:would|will|must)\s+refrain\s+from\s+(?:comment|speculat|discuss)\w*"
    # ... or has seen no evidence of it: "We have seen no evidence of that"
    r"|(?:had|has|have)\s+(?:(?:seen|found)\s+)?no\s+(?:evidence|indication|confirmation)\b"
    # ... or cannot confirm: "I cannot confirm these numbers", "er könne die Zahlen nicht bestätigen"
    r"|(?:cannot|can't|can\s+not|could\s*(?:not|n't)|(?:is|was|are|were)\s+unable\s+to"
    r"|(?:has|have|had)(?:\s+not|n['’]t)\s+been\s+able\s+to)\s+(?:independently\s+|yet\s+)?(?:confirm|verify)\b"
    # ... or will not go into it: "I'm not going to get into specifics", "he would not speculate"
    r"|(?:will\s+not|won['’]t|would\s*(?:not|n['’]t))\s+(?:speculate|get\s+into|go\s+into)\b)"
    # ... or that it is too early to say: 'it was "too early to say" whether C'
    r"|^(?:that\s+)?it\s+(?:is|was|['’]s|would\s+be)\s+[\"“]?(?:too\s+early|premature)\s+to\s+(?:say|tell|judge|speculate)\b"
    r"|^(?:that\s+)?(?:I|we|he|she|they|it)(?:['’]m|['’]re|['’]s|\s+am|\s+are|\s+is|\s+was|\s+were)\s+not\s+going\s+to\s+"
    r"(?:comment|speculate|get\s+into|go\s+into|discuss)\b"
    r"|^(?:dass\s+)?(?:er|sie|wir|ich|man)\s+(?:kann|könne|konnte|können|könnten)\b[^.;:!?,]{0,40}?\bnicht\s+"
    r"(?:unabhängig\s+)?(?:bestätigen|überprüfen|verifizieren)\b"
    r"|^(?:dass\s+)?(?:er|sie|wir|ich|man)\b(?=[^.;:!?,]{0,60}?\bnicht\b)[^.;:!?,]{0,60}?\b(?:kommentier|äu(?:ß|ss)er)\w*"
    r"|^(?:dass\s+)?(?:er|sie|wir|ich|man)\b[^.;:!?,]{0,40}?\bnichts\s+(?:\w+\s+){0,2}?(?:(?:zu\s+)?sagen|hinzuzufügen|zu\s+ergänzen)\b"
    # ... or has no information: "she had no information about it", "man habe keine Erkenntnisse dazu",
    # "man habe keine Hinweise darauf"
    r"|^(?:dass\s+)?(?:er|sie|wir|ich|man)\s+(?:habe|hat|hätten|haben|hatte)\s+keine\s+"
    r"(?:Informationen|Erkenntnisse|Hinweise|Belege|Beweise)\b"
    # ... or none has reached them, or they know of none: "ihm lägen dazu keine Informationen
    # vor", "ihm sei von der Lage nichts bekannt", 'he was "not aware of the situation"'
    r"|^(?:dass\s+)?(?:ihm|ihr|ihnen|uns|mir)\s+(?:lägen|liegen|lagen|läge|liege|sei|seien|ist|war)\s+(?:\w+\s+){0,4}?"
    r"(?:keine\s+(?:Informationen|Erkenntnisse|Hinweise)|nichts\s+bekannt)\b"
    r"|^(?:that\s+)?(?:he|she|they|we|I|it)\s+(?:was|were|is|are|am)\s+[\"“]?not\s+aware\b"
    # ... or is in no position to say: "We're not in a position to say C"
    r"|^(?:that\s+)?(?:I|we|he|she|they|it)(?:['’]m|['’]re|['’]s|\s+am|\s+are|\s+is|\s+was|\s+were)\s+(?:not\s+in\s+a|in\s+no)\s+"
    r"position\s+to\s+(?:say|confirm|comment)\b"
    # ... or (German, the infinitive or with its subject) has no confirmation or knowledge of it: "es
    # habe keine Bestätigung für C", "keine Kenntnis von einer Entsendung zu haben"
    r"|^(?:dass\s+)?(?:(?:er|sie|es|wir|ich|man)\s+(?:habe|hat|hätten|haben|hatte)\s+)?keine\s+(?:Bestätigung|Kenntnis)\b"
    # ... or says just that: '"No comment," Peskov said', 'Kreml: „Kein Kommentar“', 'Kreml:
    # Kein Kommentar zu nordkoreanischen Truppen'
    r"|^(?:no\s+comment|kein\s+kommentar)(?:\s+(?:on|about|zu|zum|zur|über)\b[^.;:!?]*)?\W*$",
    re.IGNORECASE)
# A speaker who gave no evidence for what they said (CAVEAT_SUBJECT, _UNCONFIRMED,
# APPOSED_CAVEAT): the verbs of giving it, in English and German
_GIVING_EN = r"(?:provid|offer|giv|gave|present|produc|cit|deliver)\w*"
_GIVING_DE = r"(?:zu\s+nennen|zu\s+liefern|vorzuleg|vorleg|leg|nann|nenn|liefer|präsentier)\w*"
# ... and what they did not give: evidence, or the figure or details a report leaves out ("said
# North Korean soldiers had suffered losses, without giving a figure", "nannte aber keine Zahl")
_BACKING = r"(?:evidence|proofs?|Belege|Beweise|details|Einzelheiten|figures?|numbers?|Zahl(?:en)?)\b"
_GAVE_NO_BACKING = (rf"(?:(?:did|has|have|had)\s*(?:not|n't)\s+{_GIVING_EN}\s+(?:any\s+|a\s+)?|{_GIVING_EN}\s+no\s+"
                    rf"|{_GIVING_DE}\s+(?:dafür\s+|hierfür\s+)?(?:aber\s+|jedoch\s+)?keine\s+){_BACKING}")
_GAVE_EVIDENCE_DE = rf"{_GIVING_DE}\s+(?:er|sie)\s+(?:\w+\s+)?nicht\b"
# "Belege dafür gibt es nicht" word for word: "Evidence for this does not exist"
_NO_EVIDENCE_EXISTS = r"(?:Evidence|Proofs?)\s+(?:for|of)\s+(?:this|that|it)\s+(?:does|do|did)\s*(?:not|n't)\s+exist\b"
# ... and that word order translated: "Evidence for this he did not present"
_EVIDENCE_NOT_GIVEN = (rf"(?:Evidence|Proofs?)\s+(?:for|of)\s+(?:this|that|it)\s+(?:he|she|they|it)\s+(?:did|has|have|had)"
                       rf"\s*(?:not|n't)\s+{_GIVING_EN}")
# The subject of an outlet's caveat: "The figures could not be independently verified",
# "Die Angaben ließen sich nicht unabhängig überprüfen"
CAVEAT_NOUNS = (r"(?:figures?|numbers?|claims?|reports?|information|estimates?|assessments?|tally|count|data"
                r"|Angaben|Zahl(?:en)?|Berichte|Informationen|Schätzung(?:en)?)\b")
# ... the report named: "The figures", "Diese Angaben"
CAVEAT_REPORT = rf"(?:The|These|Those|Such|Die|Diese|Solche)\s+(?:\w+\s+)?{CAVEAT_NOUNS}"
# ... or that open with the verification ("Unabhängig überprüfen ließen sich die Angaben
# nicht", "There was no independent confirmation of the figures")
CAVEAT_SUBJECT = re.compile(
    rf"^{CAVEAT_REPORT}"
    rf"|^(?:Unabhängig\s+)?(?:überprüfen|verifizieren|bestätigen)\s+(?:lassen|lie(?:ß|ss)en|lässt|lie(?:ß|ss))\s+sich\s+"
    rf"(?:(?:die|diese)\s+{CAVEAT_NOUNS}|das\b|dies\b)"
    rf"|^There\s+(?:was|is|has\s+been)\s+no\s+(?:independent\s+)?(?:confirmation|verification)\s+of\s+"
    rf"(?:the|these|those|such)\s+{CAVEAT_NOUNS}"
    # ... or that say there was none: "There was no independent confirmation.", "Eine unabhängige
    # Bestätigung gab es nicht", "Es gab keine unabhängige Bestätigung"
    rf"|^There\s+(?:was|is|has\s+been)\s+no\s+independent\s+(?:confirmation|verification)\s*[.!]?$"
    rf"|^(?:Eine\s+)?unabhängige\s+(?:Bestätigung|Überprüfung)\b|^Es\s+gab\s+(?:zunächst\s+|bislang\s+)?keine\s+unabhängige\b"
    # ... or that it was not possible: "Independent verification was not possible", "It was not
    # possible to independently verify the claims" ("Eine unabhängige Überprüfung war nicht möglich")
    rf"|^(?:Independent\s+)?verification\b|^It\s+was\s+not\s+possible\s+to\s+(?:independently\s+)?(?:verify|confirm)\b"
    # ... or none from the other side: "Eine Bestätigung von russischer Seite gibt es nicht",
    # "There was no confirmation from Moscow"
    rf"|^(?:Eine\s+)?(?:offizielle\s+)?Bestätigung\s+(?:von|aus|durch)\b"
    rf"|^There\s+(?:was|is|has\s+been)\s+no\s+(?:official\s+)?confirmation\s+(?:from|by)\b"
    # ... or that stand for it: "This could not be independently verified", "Das ließ sich
    # zunächst nicht unabhängig überprüfen"
    rf"|^(?:This|That|It|Das|Dies)\s+(?:could\s+not|cannot|can\s+not|has\s+not|lie(?:ß|ss)\s+sich|lässt\s+sich|konnte)\s+"
    rf"(?:\w+\s+){{0,3}}(?:verified|confirmed|überprüf\w*|bestätig\w*|verifizier\w*)"
    # ... or no evidence for it: "There is no evidence for this", "Belege dafür gibt es nicht"
    rf"|^There\s+(?:was|is|has\s+been)\s+(?:as\s+yet\s+|so\s+far\s+)?no\s+evidence\b"
    rf"|^(?:Belege|Beweise|Dafür|Hierfür)\s+(?:dafür\s+|hierfür\s+)?gibt\s+es\b|^Es\s+gibt\s+(?:\w+\s+)?keine\s+(?:Belege|Beweise)\b"
    # ... and the German word for word: "Evidence for this does not exist so far"
    rf"|^{_NO_EVIDENCE_EXISTS}"
    # ... or that the speaker gave none: "He did not provide evidence for the claim", "Belege
    # dafür legte er nicht vor", "Er nannte keine Belege"
    rf"|^(?:He|She|They|It|Er|Sie)\s+{_GAVE_NO_BACKING}|^(?:Belege|Beweise)\s+(?:dafür|hierfür)\s+{_GAVE_EVIDENCE_DE}"
    rf"|^{_EVIDENCE_NOT_GIVEN}",
    re.IGNORECASE)
# A sentence of the outlet's own (no cue) saying a thing is not confirmed: "The Pentagon was
# unable to confirm the figure of 3,000 dead", "The figure could not be independently
# verified", "Das Pentagon konnte die Zahl nicht bestätigen", "ließen sich nicht überprüfen";
# reported, a caveat with a report as its subject ("Die Zahl lasse sich nicht überprüfen, hieß es")
_UNCONFIRMED = re.compile(
    r"\b(?:could\s+not|couldn't|cannot|can\s+not|can't|(?:was|were|has\s+been|have\s+been)\s+unable\s+to)\s+"
    r"(?:be\s+)?(?:independently\s+|immediately\s+|officially\s+)?(?:be\s+)?(?:confirm|verif|corroborat|check)\w*"
    r"|\b(?:has|have|had)(?:\s+not|n't)\s+(?:yet\s+)?been\s+(?:independently\s+|officially\s+)?(?:confirm|verif|corroborat)\w*"
    r"|\b(?:konnte|konnten|kann|können|könne|lie(?:ß|ss)|lie(?:ß|ss)en|lässt|lassen|lasse|lie(?:ß|ss)e)\b(?:[^.;:!?]|\.(?=\d)){0,60}?\bnicht\s+"
    r"(?:unabhängig\s+|offiziell\s+)?(?:bestätig|überprüf|verifizier)\w*"
    # fronted: "Unabhängig überprüfen ließen sich die Angaben nicht"
    r"|\b(?:bestätigen|überprüfen|verifizieren)\s+(?:lie(?:ß|ss)|lie(?:ß|ss)en|lässt|lassen)\s+sich\b[^.;:!?]{0,60}?\bnicht\b"
    r"|\bno\s+(?:independent\s+)?(?:confirmation|verification)\s+of\b"
    # "There was no independent confirmation.", "Eine unabhängige Bestätigung gab es (dafür) nicht",
    # "Es gab keine unabhängige Bestätigung"
    r"|\bno\s+independent\s+(?:confirmation|verification)\b"
    r"|\b(?:unabhängige\s+|offizielle\s+)?(?:Bestätigung|Überprüfung)\b[^.;:!?]{0,40}?\b(?:gab|gibt)\s+es\b[^.;:!?]{0,30}?\bnicht\b"
    r"|\bno\s+(?:official\s+)?confirmation\s+(?:from|by)\b"
    # "Eine unabhängige Überprüfung der Angaben war zunächst nicht möglich", "Independent
    # verification was not possible", "It was not possible to verify"
    r"|\b(?:Bestätigung|Überprüfung|verification)\b[^.;:!?]{0,40}?\b(?:war|ist|sei|was|is)\b[^.;:!?]{0,20}?"
    r"\b(?:nicht\s+möglich|not\s+possible)\b|\bnot\s+possible\s+to\s+(?:independently\s+)?(?:verify|confirm)\b"
    r"|\bkeine\s+unabhängige\s+(?:Bestätigung|Überprüfung)\b"
    # "Diese Angaben wurden von keiner unabhängigen Quelle bestätigt"
    r"|\bvon\s+(?:keiner|niemandem)\b[^.;:!?]{0,40}?\b(?:bestätigt|überprüft|verifiziert)\b"
    # ... or that there is no evidence for it: "There is no evidence for this", "Belege dafür
    # gibt es bislang nicht", "Dafür gibt es keine Beweise"
    r"|\bno\s+evidence\s+(?:for|of)\s+(?:this|that|it)\b|^There\s+(?:was|is)\s+no\s+evidence\s*[.!]?$"
    r"|\b(?:Belege|Beweise)\s+(?:dafür|hierfür)\s+gibt\s+es\b[^.;:!?]{0,30}?\bnicht\b"
    rf"|\b{_NO_EVIDENCE_EXISTS}"
    r"|\b(?:dafür|hierfür)\s+gibt\s+es\s+(?:\w+\s+)?keine\s+(?:Belege|Beweise)\b"
    r"|\bkeine\s+(?:Belege|Beweise)\s+(?:dafür|hierfür)\s*[.!]?$"
    rf"|\b{_GAVE_NO_BACKING}|\b(?:Belege|Beweise)\s+(?:dafür|hierfür)\s+{_GAVE_EVIDENCE_DE}|\b{_EVIDENCE_NOT_GIVEN}",
    re.IGNORECASE)
# The outlet's caveat as an apposition summing up the report before it (attribution.outlet_caveats;
# the German content rule ends the report there)
APPOSED_CAVEAT = re.compile(
    r", (?:(?:a|an)\s+(?:claim|figure|number|estimate|account|assertion)\s+(?:that|which)\s+(?:could\s+not|couldn't|"
    r"cannot|can\s*not|has\s+not\s+been|had\s+not\s+been|was\s+not)\s+(?:be\s+)?(?:independently\s+)?"
    r"(?:verified|confirmed|corroborated)"
    r"|was\s+sich\s+(?:zunächst\s+)?nicht\s+(?:unabhängig\s+)?(?:überprüfen|bestätigen|verifizieren)\s+lie(?:ß|ss)"
    # "…, unabhängig überprüfen lässt sich das nicht", "…, das ließ sich nicht überprüfen"
    r"|(?:unabhängig\s+)?(?:überprüfen|bestätigen|verifizieren)\s+(?:lässt|lie(?:ß|ss)|lie(?:ß|ss)en|lassen)\s+sich\s+"
    r"(?:das|dies|die\s+\w+)\s+(?:zunächst\s+|bislang\s+)?nicht\b"
    r"|(?:das|dies)\s+(?:lässt|lie(?:ß|ss))\s+sich\s+(?:zunächst\s+|bislang\s+)?nicht\s+(?:unabhängig\s+)?"
    r"(?:überprüfen|bestätigen|verifizieren)"
    # ... or a report given without evidence: "C, Zakharova said, without offering evidence",
    # "…, ohne Belege dafür vorzulegen"
    rf"|without\s+{_GIVING_EN}\s+(?:any\s+|a\s+|further\s+)?{_BACKING}"
    # (the outlet's indicative, not what the speaker reports in the subjunctive: "…, Moskau habe
    # Verluste erlitten, nenne aber keine Zahlen" is the spokesman's accusation)
    rf"|ohne\s+(?:\w+\s+)?{_BACKING}\s*(?:\w+\s+)?{_GIVING_DE}|(?!(?:nenne|lege|liefere|präsentiere)n?\b){_GAVE_NO_BACKING}"
    rf"|(?:though|although|but)\s+(?:he|she|they)\s+{_GAVE_NO_BACKING})",
    re.IGNORECASE)
# a confirmation still missing: "has yet to confirm", "was unable to confirm"
# ... and "has not been able to confirm"
_NOT_YET = re.compile(r"(?:\b(?:yet|unable|failed)|(?:\bnot|n['’]t|\bnever)\s+(?:been\s+|be\s+)?able)\s+to\s+\w+$",
                      re.IGNORECASE)
# A speaker who says there is no evidence for a thing disputes it: 'Peskov said there was "no
# evidence" that C'; none so far leaves it open ("there was no evidence yet that C"), as does
# "we have seen no evidence", their own knowledge (_OWN_NEITHER)
# (not a comparison: "no better proof of C than", nor "no evidence to the contrary")
_NO_EVIDENCE_THAT = re.compile(r"^(?:that\s+)?there\s+(?:is|was|has\s+been|had\s+been|were|are)\s+"
                               r"(?:still\s+|simply\s+|absolutely\s+)?[\"“]?no\s+"
                               r"(?!(?:better|clearer|stronger|more|greater|further)\b)(?:\w+\s+)?(?:evidence|proof)\b"
                               r"[\"”]?(?P<so_far>\s+(?:yet|so\s+far|at\s+this\s+(?:time|point)))?"
                               r"(?!\s+to\s+the\s+contrary)", re.IGNORECASE)
# ... and so does one who says they doubt it: "Peskov said he doubted that C", "Wagenknecht
# sagte, sie bezweifle, dass C"
# (not doubting nothing: "er zweifle nicht daran, dass C", "he doubted nothing about it")
_OWN_DOUBT = {
    "en": re.compile(r"^(?:that\s+)?(?:he|she|they|we|I)\s+(?:(?:still|also|\w+ly)\s+)?doubt(?:s|ed)?\b"
                     r"(?!\s+(?:nothing|not|never)\b)", re.IGNORECASE),
    "de": re.compile(r"^(?:dass\s+)?(?:er|sie|wir|ich|man)\s+(?:(?:auch|weiterhin|stark|sehr)\s+)?(?:bezweif|zweif)\w+\b"
                     r"(?!\s+(?:\w+\s+)?(?:nicht|nie|kaum|keine\w*)\b)", re.IGNORECASE),
}
# Verbs of finding out: negated, the speaker found nothing and takes no side ("ISW has not
# observed evidence that C", "investigators did not find that C")
_FINDING = frozenset("observe see find detect notice establish discover show indicate".split())
# Verbs that weigh a report take no side on it: "The Security Council met to discuss reports
# that C" (but "discussed his commitment to veterans" says it)
_WEIGHING = frozenset("discuss debate examine investigate review probe".split()) | {"aware"}  # (and knows of them: "is aware of reports that C")
_A_REPORT = re.compile(r"(?:the\s+|these\s+|those\s+)?(?:reports?|claims?|allegations?|accusations?|rumou?rs?)\b",
                       re.IGNORECASE)
# A confirmation joined to the denial cue and negated with it: "has neither confirmed nor
# denied", "not confirmed or denied", "weder bestätigt noch dementiert"
_CONFIRMED_OR = re.compile(r"\b(?:confirm(?:s|ed|ing)?|bestätig\w*)\s+(?:nor|or|noch|oder)$", re.IGNORECASE)
# ... or after it: "has neither denied nor confirmed", "weder dementiert noch bestätigt",
# "did not deny the reports or confirm them"
_OR_CONFIRMED = re.compile(r"(?:\s+[^\s.;:,]+){0,3}?\s+(?:nor|or|noch|oder)\s+(?:\w+\s+)?(?:confirm\w*|bestätig\w*)",
                           re.IGNORECASE)
_NEGATED_BEFORE = re.compile(r"\b(?:not|never|neither|nicht|nie|weder)\b|n't\b", re.IGNORECASE)
# "Neither Moscow nor Pyongyang has confirmed", "Weder Moskau noch Pjöngjang haben … bestätigt",
# "Keines der beiden Länder hat … bestätigt"
_NEITHER_IN_CLAUSE = re.compile(r"\b(?:neither|weder|kein(?:e|er|es)\s+der\s+beiden)\b[^.;:!?]*$", re.IGNORECASE)


# A word of falsehood before a noun describes that thing ("carry fake passports", "tragen
# gefälschte Papiere"): it labels a report only when the thing is one, or its evidence
# ("false claims", "spoke of fabricated evidence", "sprach von gefälschten Videos").
_FALSE_ADJECTIVE = re.compile(r"(?:fake|false|fabricated|falsified|unfounded|baseless|groundless|inaccurate"
                              r"|incorrect|gefälscht|falsch|erfunden|unbegründet|haltlos|unzutreffend)\w*$",
                              re.IGNORECASE)
_AS_LABEL = re.compile(r"\b(?:as|als)\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+(?P<next>[\w-]+)(?:\s+(?P<after>[\w-]+))?")
_FUNCTION_WORDS = frozenset(
    """and or but nor to of in on at for by as than that which who is are was were be been not
    because since while though although when after before if unless until so then also too even
    still only just very from about against with
    und oder aber noch zu von im in an am auf für als ist sind war waren sei seien nicht weil da aus über gegen mit
    denn obwohl wenn nachdem bevor sondern so dann auch sehr""".split())
# (not papers: "false documents" are as often forged identity papers)
REPORTED_THINGS = INFORMATION_NOUNS - {"document", "documents", "dokument", "dokumente", "letter", "text"} | frozenset(
    """news evidence figure figures videos photos pictures allegations accusations rumours rumors narrative story
    stories numbers theory theories behauptungen behauptung nachrichten beweise vorwürfe anschuldigungen
    gerüchte fotos theorie theorien""".split())


# Labels that dismiss only what was said: "called the reports a provocation", "described the
# allegations as speculation", "nannte die Berichte eine Provokation" (but "called the
# deployment a provocation" judges a deed, and asserts). Not in cues.EN/DE_DENIAL_WORDS, whose
# nouns deny wherever they stand: these deny only as a label of a report (_dismisses).
_DISMISSIVE_LABEL = (r"(?:speculation|speculative|provocations?|fiction|fantasy|fantasies|slanders?|inventions?|"
                     r"absurd|ridiculous|preposterous|laughable|"
                     r"fairy[- ]tales?|spekulation\w*|spekulativ|provokation|fiktion|verleumdung\w*|hirngespinst\w*"
                     r"|erfindung\w*)\b")
_THINGS = "|".join(sorted(REPORTED_THINGS, key=len, reverse=True))
# the report, a few words of its own ("Berichte über nordkoreanische Soldaten", "die Angaben aus
# Seoul"), a link ("as", a copula, an article or "pure" before the label), up to two
# adjectives, the label
_DISMISSED = re.compile(
    rf"\b(?:{_THINGS})\b(?:(?P<own>(?:\s+[\w-]+){{0,3}}?)"
    r"\s+[\"“„»']?(?:as|a|an|were|was|are|is|pure|mere|als|eine|ein|seien|sei|sind|waren|reine|blo(?:ß|ss)e)\s+[\"“„»']?"
    r"|\s+[\"“„»'])"  # (or none, a quoted label right after: 'called the reports "provocations"')
    r"(?:nothing\s+but\s+)?(?:[\w-]+\s+){0,2}?" + _DISMISSIVE_LABEL
    # ... or "pure speculation" said of what was reported: "called it pure speculation",
    # "nannte sie „reine Spekulation“", "This is pure speculation"
    + r"|\b(?:it|them|this|that|sie|es|das|dies)\s+(?:(?:is|was|are|were|ist|war|sind|sei|seien)\s+)?[\"“„»']?"
    r"(?:pure|mere|reine|blo(?:ß|ss)e|alles|nichts\s+als)\s+" + _DISMISSIVE_LABEL
    # ... or the label before the report: "such absurd reports", "die absurden Berichte"
    + rf"|\b(?:absurd|ridiculous|preposterous|laughable|absurde[nrs]?|lächerliche[nrs]?)\s+(?:{_THINGS})\b",
    re.IGNORECASE,
)
# ... whose own words do not end in a preposition: "reports of a provocation" name what was
# reported, they label nothing
_ENDS_IN_PREPOSITION = re.compile(r"\b(?:of|about|on|from|by|over|über|von|zu|aus|um)$", re.IGNORECASE)


_DISMISSIVE_WORD = re.compile(_DISMISSIVE_LABEL, re.IGNORECASE)  # (the cheap test first: this runs for every claim)


def _dismisses(window: str) -> bool:
    return _DISMISSIVE_WORD.search(window) is not None and any(not (m.group("own") and _ENDS_IN_PREPOSITION.search(m.group("own"))) and not (
        m.group("own") is None and re.search(r"\b(?:whether|if|ob)\b", window[m.end() : m.end() + 12]))
        for m in _DISMISSED.finditer(window))


def labels_falsehood(pattern: re.Pattern, window: str) -> bool:
    """A denial word of `pattern` (cues.EN/DE_DENIAL_WORDS) in `window` that labels what was
    reported, not one describing a thing the report is about; or a label that dismisses a
    report (_dismisses)."""
    if _dismisses(window):
        return True
    for m in pattern.finditer(window):
        after = _NOUN_AFTER.match(window, m.end())
        # a noun ("lies"), said of something ("the reports are false") or a label given ("hat
        # die Berichte als Fake bezeichnet")
        if not _FALSE_ADJECTIVE.match(m.group()) or after is None or after["next"].lower() in _FUNCTION_WORDS \
                or _AS_LABEL.search(window, 0, m.start()):
            return True
        if any(w and w.lower() in REPORTED_THINGS for w in (after["next"], after["after"])):
            return True
    return False


# "ließ offen, ob C", "left open whether C", "declined to comment on C": C was put to them
# and they took no side
LEAVING_OPEN = frozenset(("offenlassen", "leave open"))


def own_neither(content: str) -> bool:
    """What a speaker says is that they take no side: "he would not comment on the reports"
    (not when they go on to say more: "… not in a position to confirm the number, but we
    know they are there")."""
    m = _OWN_NEITHER.search(content)
    return m is not None and _BUT.search(content, m.end()) is None


_BUT = re.compile(r"(?i),?\s+(?:but|aber|doch|jedoch)\b|,\s+(?:and|und)\s")


def relayed(text: str, frame, frames) -> list[tuple[int, int]]:
    """The spans of other speakers' reports, cue to content, that `frame`'s content holds
    whole, speaker and all: in a transcript's line any ("RUTTE: The Kremlin said this was fake
    news"), else a denial or a label another gives ("Rutte said the Kremlin had called the
    reports fake news"; not "Zakharova said Kyiv claims C, which she called a fabrication", where
    "she" may be the one who says it all)."""
    a, b = frame.content
    return [(min(g.cue[0], g.content[0]), max(g.cue[1], g.content[1])) for g in frames
            if g is not frame and g.source and g.source != frame.source and g.cue and g.content
            and (frame.cue_word == ":" or g.cue_word in _LABELLING and text[g.source[0] : g.source[1]].lower() not in _PRONOUNS)
            and a <= min(g.cue[0], g.source[0], g.content[0]) and max(g.content[1], g.source[1]) <= b]


# (not a relative one: "who called it fake" stands for someone named in the content)
_PRONOUNS = frozenset(p for p, kind in EN_PRONOUNS.items() if kind != "rel") | frozenset(DE_PRONOUNS) | {"man"}
# Verbs that give a report its label or deny it: the label is theirs who give it
_LABELLING = EN_DENIAL_CUES | DE_DENIAL_FORMS | frozenset(
    "call describe label brand dismiss bezeichnet bezeichnete bezeichneten nannte nannten nennt".split())


# Verbs of belief, which negated hold the content untrue (unless it is itself a denial or a
# doubt: "do not believe the reports are false", "glaubt nicht, dass es Zweifel gibt")
BELIEVING = frozenset("believe think glaubt glauben glaubte glaubten glaube denkt denken dachte dachten denke".split())
_DOUBTED = re.compile(r"(?i)\b(?:doubts?|Zweifel\w*|übertrieben\w*|exaggerat\w*)")
_NOT_ONLY = re.compile(r"(?i)\s*(?:nicht|not)\s+(?:nur|only)\b")  # "glaubt nicht nur, dass C, sondern auch …"


# A sentence that opens by naming a claim: "The claim that C …", "Claims that C …", "Die
# Behauptung, C, …", "Berichte, wonach C, …"
_A_CLAIM_OPENS = re.compile(r"(?:The|This|That|Such|A|Die|Das|Der|Diese|Dieses|Solche)?\s*(?:[Cc]laims?|[Rr]eports?|[Rr]umou?rs?|"
                            r"[Aa]llegations?|[Aa]ssertions?|Behauptung(?:en)?|Meldung(?:en)?|Berichte?|Gerücht(?:e)?|Darstellung)"
                            r"\s*(?:that\b|,\s*(?:dass|wonach)?)")


def _named_not_made(text: str, span: tuple[int, int]) -> bool:
    """A sentence that names a claim and denies it any standing: "The claim that C appears
    in no official source", "Die Behauptung, C, findet sich in keiner Quelle" (not "The claim
    that C has since been confirmed")."""
    opens = _A_CLAIM_OPENS.match(text, span[0])
    return opens is not None and _NO_STANDING.search(text, opens.end(), span[1]) is not None


_NO_STANDING = re.compile(r"(?i)\b(?:no|not|never|nowhere|none|unverified|unconfirmed|keine[rnm]?|nicht|nie|nirgends"
                          r"|unbestätigt|unbelegt)\b")
# A correction's account of what the text said before
# (the version itself saying it, right before the cue: not "An earlier version of this story
# was published before Kirby said C", nor "der ursprünglichen Fassung des Geheimdienstberichts")
_RETRACTED = re.compile(r"(?i)\b(?:(?:an?|the)\s+(?:earlier|previous|original)\s+version\s+of\s+this\s+"
                        r"(?:article|story|piece|text)(?:\s+\w+ly)?"
                        r"|(?:in\s+)?(?:einer|der)\s+(?:früheren|vorherigen|ursprünglichen)\s+(?:Version|Fassung)\s+"
                        r"(?:dieses|des)\s+(?:Textes|Artikels|Beitrags))\s*$")
_NOT_ALL = re.compile(r"(?i)\b(?:not|nicht)\s+(?:everyone|everybody|all|alle|jeder)\b")


def framed_stance(text: str, stance: str, source: tuple[int, int] | None, cue: tuple[int, int] | None,
                  content: tuple[int, int]) -> str:
    """stance_of's verdict as the report's frame turns it: "Not everyone in the administration
    believes C" (some do, some do not), "The claim that 500 were killed appears in no official
    source", "Die Behauptung, 500 seien getötet worden, findet sich in keiner Quelle" (a claim
    named, not made), "An earlier version of this article said C" (the outlet takes it back)."""
    if source and _NOT_ALL.search(text, max(0, source[0] - 4), source[1]):
        return "neither"
    if not source and stance == "asserts" and _named_not_made(text, content):
        return "neither"
    if cue and _RETRACTED.search(text, max(0, cue[0] - 80), cue[0]):
        return "denies"
    return stance


def stance_of(text: str, language: str, cue_word: str, cue: tuple[int, int] | None,
              content: tuple[int, int], negated: bool, blanks: list[tuple[int, int]] | None = None) -> str:
    """asserts, denies or neither. `blanks`: words that label nothing for this claim (a source's
    name, another's report relayed inside the content)."""
    if cue_word in LEAVING_OPEN or (negated and cue_word in _FINDING) or (
            cue_word in _WEIGHING and _A_REPORT.match(text, content[0])):
        return "neither"
    window_start = min(content[0], cue[0]) if cue else content[0]
    window_end = max(content[1], cue[1]) if cue else content[1]
    window = text[window_start:window_end]
    for blank in blanks or ():
        if window_start <= blank[0] and blank[1] <= window_end:
            a, b = blank[0] - window_start, blank[1] - window_start
            window = window[:a] + " " * (b - a) + window[b:]
    # the words before the cue's verb, which a longer cue may hold ("refused to confirm or deny")
    verb_start = cue[0] + text[cue[0] : cue[1]].rfind(" ") + 1 if cue else 0
    before = " ".join(text[max(0, verb_start - 40) : verb_start].split()[-4:]) if cue else ""
    if language == "de":
        confirmation = cue_word in DE_CONFIRM_FORMS
        denial = cue_word in DE_DENIAL_FORMS or labels_falsehood(DE_DENIAL_WORDS, window)
        if cue and (denial or confirmation or cue_word in BELIEVING):
            negated = negated or de_negated_cue(text, cue)
    else:
        confirmation = cue_word in EN_CONFIRM_VERBS
        denial = cue_word in EN_DENIAL_CUES or labels_falsehood(EN_DENIAL_WORDS, window)
        if cue and (denial or confirmation) and not negated:
            negated = bool(EN_NEGATION.search(text[cue[0] : cue[1]]))
        if confirmation and cue and _NOT_YET.search(text, max(0, cue[0] - 20), cue[1]):
            negated = True
    if confirmation and cue and _NEITHER_IN_CLAUSE.search(text, max(0, cue[0] - 120), cue[0]):
        negated = True
    said = text[content[0] : content[1]]
    # the outlet's caveat, or one reported: "The number could not be verified, the newspaper writes"
    if own_neither(said) or (cue is None and _UNCONFIRMED.search(window)) or (
            CAVEAT_SUBJECT.match(said) and _UNCONFIRMED.search(said)):
        return "neither"
    if ((confirmation or cue_word in RULING_OUT) and negated) or (denial and (negated or _NEGATED_BEFORE.search(before)) and (
            _CONFIRMED_OR.search(before) or _OR_CONFIRMED.match(text, cue[1]))):
        return "neither"
    if language != "de" and not negated and (none := _NO_EVIDENCE_THAT.match(said)):
        return "neither" if none.group("so_far") else "denies"
    if not negated and _OWN_DOUBT["de" if language == "de" else "en"].match(said):
        return "denies"
    if negated and cue_word in BELIEVING and not denial and not _DOUBTED.search(said) and not (
            DE_NEGATION if language == "de" else EN_NEGATION).search(said) \
            and not (DE_DENIAL_WORDS if language == "de" else EN_DENIAL_WORDS).search(said) \
            and not (cue and _NOT_ONLY.match(text, cue[1])):
        return "denies"  # "Officials do not believe that C", "Masala glaubt nicht, dass C"
    return "denies" if denial and not negated else "asserts"


# The rest of a main clause after its verb: up to punctuation, a quote or a conjunction
# that opens the next clause.
_DE_CLAUSE_REST = re.compile(r"[^,;:.!?„“»«–—]*?(?=\s*(?:[,;:.!?„“»«–—]|\b(?:und|aber|sondern|doch|denn)\b|$))")
# Words after which a negation near the verb starts a noun phrase instead ("bestritt die
# Berichte über nicht registrierte Soldaten")
_DE_PHRASE_STARTS = frozenset("der die das den dem des ein eine einen einem einer über von mit für gegen auf".split())
# A negation closing the clause negates its verb ("bestritt die Anwesenheit nordkoreanischer
# Soldaten nicht"), before at most a separable particle ("wies die Berichte nicht zurück"),
# and "mehr" ("schließt … nicht mehr aus")
_DE_CLOSING_NEGATION = re.compile(r"\b(?:nicht|nie|niemals)(?:\s+mehr)?(?:\s+[a-zäöüß]+)?\s*$")


def de_negated_cue(text: str, cue: tuple[int, int]) -> bool:
    """A German negation of its cue, which the word-order rules do not mark on the frame:
    next to it ("bestritt am Donnerstag nicht", "nicht bestätigt", "weder bestätigt") or
    closing the cue's clause, where German puts it ("bestätigte die Angaben der
    ukrainischen Armee bislang nicht")."""
    rest = _DE_CLAUSE_REST.match(text, cue[1]).group()
    near = rest.split()[:4]
    # (not "nicht nur …, sondern auch": a negation of "only")
    negation_near = any(DE_NEGATION.fullmatch(w) and (n == 0 or near[n - 1].lower() not in _DE_PHRASE_STARTS)
                        and not (n + 1 < len(near) and near[n + 1].lower() == "nur") for n, w in enumerate(near))
    negation_before = _NICHT_BEFORE.search(text[max(0, cue[0] - 20) : cue[0]]) is not None
    return negation_near or negation_before or _DE_CLOSING_NEGATION.search(rest) is not None


def is_hedged(text: str, language: str, span: tuple[int, int], cue_word: str = "") -> bool:
    """A hedge word in the span, or a cue of apprehension ("fear that …"): either way the
    speaker states the content as uncertain."""
    apprehension = DE_APPREHENSION_FORMS if language == "de" else EN_APPREHENSION_VERBS
    if cue_word in apprehension:
        return True
    pattern = DE_HEDGES if language == "de" else EN_HEDGES
    return bool(pattern.search(text[span[0] : span[1]]))


def as_date(value) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    return value


class Referred(NamedTuple):
    """What a claim refers to: a day, or the first day of a week, month or year."""
    day: date | None = None
    period: str | None = None  # one of extract.models.PERIODS


def referred_date(text: str, language: str, span: tuple[int, int], published: date | None) -> Referred:
    """The first date or period the span names: relative ("on Monday", "vor einer Woche",
    "last week", "im vergangenen Monat"), resolved against the publication date, or absolute
    ("on Nov. 4", "am 4. November 2024", "in October"), whose missing year is the
    publication's (the year before, for a date well after it)."""
    found = [m for m in (
        _ABSOLUTE_DATE.search(text, span[0], span[1]),
        _MONTH_PERIOD.search(text, span[0], span[1]),
        (_DE_DATE if language == "de" else _EN_DATE).search(text, span[0], span[1]) if published else None,
        (_DE_PERIOD if language == "de" else _EN_PERIOD).search(text, span[0], span[1]) if published else None,
    ) if m is not None]
    if not found:
        return Referred()
    m = min(found, key=lambda m: m.start())
    if m.re is _ABSOLUTE_DATE:
        day = _absolute(m, published)
        return Referred(day, "day" if day else None)
    if m.re is _MONTH_PERIOD:
        first = _absolute_month(m, published)
        return Referred(first, "month" if first else None)
    if m.re in (_EN_PERIOD, _DE_PERIOD):
        return _period(m, published)
    return Referred(_relative_day(m, published), "day")


def _relative_day(m: re.Match, published: date) -> date:
    if m.group("wd"):
        target = WEEKDAYS[m.group("wd").lower()]
        return published - timedelta(days=(published.weekday() - target) % 7)
    if m.group("yesterday"):
        return published - timedelta(days=1)
    if m.group("today"):
        return published
    if m.groupdict().get("daybefore"):
        return published - timedelta(days=2)
    n_text = m.group("n").lower()
    n = int(n_text) if n_text.isdigit() else _NUMBERS.get(n_text, 1)
    days = n * (7 if m.group("unit").lower().startswith(("week", "woche")) else 1)
    return published - timedelta(days=days)


def _period(m: re.Match, published: date) -> Referred:
    """The first day of the week (Monday), month or year before, of or after publication."""
    if m.groupdict().get("weekend"):
        saturday = published - timedelta(days=(published.weekday() - 5) % 7)
        return Referred(saturday - timedelta(days=5), "week")
    if m.groupdict().get("thisweek"):
        unit, when = "week", 0
    else:
        unit = {"woche": "week", "monat": "month", "jahr": "year"}.get(m.group("unit").lower(), m.group("unit").lower())
        when = -1 if m.group("last") else 1 if m.group("next") else 0
    if unit == "week":
        return Referred(published - timedelta(days=published.weekday()) + timedelta(weeks=when), "week")
    if unit == "month":
        month = published.month - 1 + when
        return Referred(date(published.year + month // 12, month % 12 + 1, 1), "month")
    return Referred(date(published.year + when, 1, 1), "year")


def _absolute_month(m: re.Match, published: date | None) -> date | None:
    return _dated(m.group("y"), month_number(m.group("month")), 1, published)


def _absolute(m: re.Match, published: date | None) -> date | None:
    return _dated(m.group("y"), month_number(m.group("m1") or m.group("m2")), int(m.group("d1") or m.group("d2")),
                  published)


def _dated(year: str | None, month: int, day: int, published: date | None) -> date | None:
    """The day in the year the text gives, else in the publication's (the year before for a
    day well after it: "on Dec. 30" in a story of Jan. 2)."""
    if not year and published is None:
        return None
    try:
        found = date(int(year) if year else published.year, month, day)
    except ValueError:
        return None  # "30. Februar"
    if not year and found > published + timedelta(days=30):
        found = found.replace(year=found.year - 1)
    return found
