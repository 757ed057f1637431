"""Word lists that signal attribution, denial, hedging and relative dates, per language.

English works on spaCy lemmas; German has no lemmatizer, so its verbs are listed as
inflected forms (the past tense dominates news copy) and compiled into regexes once.
"""

from __future__ import annotations

import re

from extract import months
from extract.entities.resolve import GERMAN_FIELD_AND_RANK_ROLES

# --- English -------------------------------------------------------------------------

# Verbs of saying: they attribute even when the content is only a neighbouring quote.
EN_SPEECH_VERBS = frozenset(
    """say tell add note write report claim state warn confirm announce argue explain insist
    acknowledge admit accuse call deny reject declare conclude demand promise pledge urge
    recall describe mention emphasize emphasise stress assert maintain allege contend testify
    comment remark observe tweet reply respond answer ask vow threaten predict caution
    disclose reveal complain criticize criticise blast praise quip joke shout chant proclaim
    dismiss dispute charge blame concede counter continue echo inform brief signal hint
    suggest propose recommend plead tout boast lament declare reiterate retort yell
    scream exclaim whisper murmur mutter order advise speak talk communicate sneer scoff snap fume post""".split()
)
# Verbs of cognition/evidence: attribute only with a clause complement ("X believes that ...").
EN_COGNITION_VERBS = frozenset(
    """believe think find show indicate estimate expect fear hope worry know learn agree
    feel suspect assume doubt conclude calculate forecast figure
    determine discover realize realise understand acknowledge recognize recognise insist
    wonder predict anticipate decide rule acknowledge concede imply reveal
    demonstrate prove suggest assess""".split()
)
# Verbs of evaluation whose object is what is attributed ("cited X", "called X Y").
EN_OBJECT_VERBS = frozenset(
    """call cite describe question attack criticize criticise accuse mention endorse support
    propose reject condemn blast denounce blame defend praise oppose reference express
    acknowledge discuss compare liken label highlight announce deny dismiss dispute admit
    demand welcome applaud slam decry lambaste mock ridicule tout hail emphasize emphasise
    stress echo repeat reiterate advocate concede confirm claim refute challenge predict
    estimate report reveal disclose detail outline characterize characterise dub brand
    recommend suggest note cite invoke show indicate
    chastise rebuke scold fault commend congratulate thank censure excoriate berate castigate
    denigrate disparage belittle deride demean insult smear bash downplay bemoan extol laud
    admire despise champion promise pledge vow promote verify""".split()
) | {"rule out"}
# Passive verbs of saying, judging or expecting that name no speaker, with what was said as
# their complement (by preposition where one is needed): "was accused of C", "is said to
# C", "has been called a C", "were rated as C", "it is believed that C".
EN_UNNAMED_PASSIVES = {
    "accuse": ("of",), "blame": ("for",), "criticize": ("for", "as"), "criticise": ("for", "as"),
    "describe": ("as",), "label": ("as",), "rate": ("as",),
    "mention": ("as",), "consider": ("as",), "call": (), "dub": (), "say": (), "believe": (),
    "think": (), "report": (), "allege": (), "expect": (), "rumour": (), "rumor": (),
    "suspect": ("of",), "understand": (), "estimate": (),
}
# Verbs of opinion only with a predicative complement ("sees X as Y", "considers X Y").
EN_AS_VERBS = frozenset("see view regard consider portray paint depict judge deem identify rate".split())
# Verbs whose prepositional object is what is attributed ("spoke about X", "pointed to X").
EN_PREP_VERBS = {
    "speak": ("about", "of", "on"), "talk": ("about", "of"), "write": ("about", "of"),
    "complain": ("about", "of"), "warn": ("of", "about", "against"), "testify": ("about",),
    "comment": ("on", "about"), "boast": ("about", "of"), "joke": ("about",),
    "point": ("to",), "respond": ("to",), "react": ("to",),
    "insist": ("on",), "argue": ("for", "against"), "call": ("for", "on"),
    "rail": ("against",), "weigh": ("in",), "agree": ("on", "with"), "ask": ("about", "for"),
    "tell": ("about", "of"), "brag": ("about",), "focus": ("on",), "advocate": ("for",),
    "plead": ("for",), "apologize": ("for",), "apologise": ("for",), "wonder": ("about",),
    "worry": ("about",), "campaign": ("for", "against"), "vote": ("for", "against"),
    "lobby": ("for", "against"), "push": ("for",), "press": ("for",), "object": ("to",),
    "allude": ("to",), "hint": ("at",), "elaborate": ("on",),
    "reflect": ("on",), "dwell": ("on",), "inquire": ("about",), "fight": ("for", "against"),
}
# Verbs of commitment whose infinitive is what is attributed ("vows to ...").
EN_INTENT_VERBS = frozenset(
    """want plan seek intend expect vow promise pledge threaten refuse decline agree
    urge ask encourage propose decide call demand push aim tell
    warn caution advise claim purport profess""".split()
)
# Verbs of pure intention: what someone wants, plans or intends is not something they said
# ("Blinken wants to respond", "whom Russia intends to use"), nor is a verb of saying
# governed by one ("wants to respond to").
EN_INTENTION_ONLY = frozenset("want plan intend wish".split())
# Cues of apprehension or expectation: the content is what the speaker fears or expects,
# not what they assert ("NATO fears that Trump will cut aid", "is worried that"). Belief asserts.
EN_APPREHENSION_VERBS = frozenset("fear worry expect anticipate dread afraid fearful worried concerned".split())
DE_APPREHENSION_FORMS = frozenset(
    "befürchtet befürchtete befürchten befürchteten fürchtet fürchtete fürchteten "
    "rechnet rechnete rechneten rechnen".split()
)
# Nouns of saying that carry a that-clause ("Trump's claim that …", "warnings from X that").
EN_CLAIM_NOUNS = frozenset(
    """claim statement assertion warning allegation argument suggestion belief view charge
    accusation promise pledge insistence contention announcement report finding remark
    comment message acknowledgment acknowledgement admission denial position assessment
    conclusion prediction estimate testimony""".split()
)
# Nouns of a number someone gives: "Seoul's figure of 11,000 troops", "Kyiv's tally of 3,000"
# (with the nouns of saying: "South Korea's estimate of 11,000 troops")
EN_FIGURE_NOUNS = frozenset("figure tally count".split())
# Adjectives of certainty, feeling and judgement that take what the holder thinks as a
# clause or a topic ("were frustrated that C", "was sure C", "is critical of C").
EN_ATTITUDE_ADJECTIVES = frozenset(
    """sure certain convinced confident afraid worried concerned frustrated angry upset
    hopeful optimistic pessimistic skeptical sceptical adamant aware glad happy pleased
    disappointed proud sorry fearful doubtful unsure uncertain determined alarmed
    outraged furious dismayed troubled satisfied unhappy critical supportive wary dismissive
    enthusiastic passionate bullish bearish vague coy""".split()
)
# Light verbs whose object noun names a stance or statement ("expressed concern about C",
# "unveiled a proposal for C", "made a strong condemnation of C"): the verb, the noun and
# its preposition are the cue, what the preposition governs the content.
EN_LIGHT_VERBS = frozenset(
    "express voice raise make offer issue deliver give unveil release share air lodge register cast".split()
)
EN_STANCE_NOUNS = frozenset(
    """concern worry misgiving doubt question criticism condemnation support opposition
    praise insight proposal statement warning message view opinion thought skepticism
    scepticism outrage frustration anger regret hope confidence reservation objection
    complaint apology assurance reassurance sympathy condolence endorsement rebuke denial
    demand appeal plea alarm dismay disappointment optimism pessimism""".split()
)
# Channels of a statement ("said in an interview", "wrote in an email"): part of the cue.
EN_MEDIUM_NOUNS = frozenset(
    """interview statement email e-mail speech letter post tweet rally briefing conference
    address op-ed column podcast broadcast memo filing testimony hearing""".split()
)
# Comments that, given or (with "no", "kein") not given, answer what was put to the speaker:
# "had no immediate comment", "gab keinen Kommentar ab"
EN_COMMENT_NOUNS = frozenset(("comment", "response", "reaction"))
DE_COMMENT_NOUNS = frozenset(("kommentar", "stellungnahme", "reaktion"))
# Verbs that give no comment when negated with nothing after them: "did not comment", "did not respond"
EN_COMMENTING_VERBS = frozenset(("comment", "respond", "react", "reply"))
# Who or what is sent elsewhere for an answer: "referred questions to the Defense Ministry"
EN_ASKED_NOUNS = frozenset(("question", "query", "inquiry", "enquiry", "reporter", "journalist"))
# What a refusal withholds, no side taken on what was asked: "declined to give a precise
# figure", "refused to provide details"; "Genaue Zahlen nannte er nicht", "nannte keine Details"
# ("Er nannte keine Belege" is the outlet's caveat, stance.CAVEAT_SUBJECT)
EN_WITHHELD_NOUNS = EN_COMMENT_NOUNS | EN_FIGURE_NOUNS | {"detail", "number", "estimate", "statement", "information"}
DE_WITHHELD_NOUNS = frozenset("zahl zahlen details einzelheiten belege beweise".split())
EN_REPORT_VERBS = (
    EN_SPEECH_VERBS | EN_COGNITION_VERBS | EN_OBJECT_VERBS | EN_INTENT_VERBS | EN_AS_VERBS
    | frozenset(EN_PREP_VERBS)
)

# Denial: verbs that deny, words that label something false, negations that undo both.
# (to question, doubt or play down a report is to deny it, not to assert it: "The Kremlin
# questioned the reports", "cast doubt on the figures")
EN_DENIAL_VERBS = frozenset(
    "deny reject dismiss refute dispute rebut contradict disavow question doubt downplay disagree scoff sneer".split()
) | {"rule out"}
# ... and the adjectives that deny as doubting does: "Lankov is skeptical that C"
EN_DOUBTING_ADJECTIVES = frozenset("skeptical sceptical doubtful dubious unconvinced".split())
EN_DENIAL_CUES = EN_DENIAL_VERBS | EN_DOUBTING_ADJECTIVES
# To rule out a report denies it; not to rule it out leaves it open, it concedes nothing
# ("did not rule out C", "schloss C nicht aus"): stance neither, as a confirmation negated
RULING_OUT = frozenset(("rule out", "ausschließen", "ausgeschlossen"))
# Verbs that answer what someone else reported: "Moscow denies this", "Seoul confirmed it".
# (to acknowledge or admit a report is to confirm it: "Moscow has not acknowledged the
# deployment" takes no side), and so is to verify it ("could not independently verify the claim")
EN_CONFIRM_VERBS = frozenset(("confirm", "acknowledge", "admit", "verify"))
EN_ANSWER_VERBS = EN_DENIAL_CUES | EN_CONFIRM_VERBS
EN_DENIAL_WORDS = re.compile(
    # ("lies at about 300", "the truth lies in between": the verb of place is no denial)
    r"\b(fake news|fakes?|unfounded|baseless|groundless|false|lies?(?!\s+(?:at|in|on|between|ahead|behind|within|"
    r"near|around|according|with|somewhere|elsewhere|mainly|largely|partly|squarely)\b)|(?<!\bnot )(?<!\bnot a )(?<!\bno longer )(?<!\bno longer a )rumou?rs?|fabricat\w+|"
    r"nonsense|disinformation|propaganda|untrue|not true|hoax|incorrect|inaccurate|smear(?: campaign)?|"
    r"exaggerated|overblown|(?<!no longer a )fantasy|fantasies|fairy[- ]tales?|canards?|"
    # ("fiction" alone is also a genre, or a false name given: "invented names"; science
    # fiction only said of the reports: not "no longer science fiction", "would have been …")
    r"(?:pure|complete|utter|total) fiction|"
    r"(?:reports?|claims?|allegations?|stor(?:y|ies)|it|this|that)\s+(?:(?:are|is|was|were)\s+)?(?:\w+\s+)?science fiction|"
    r"(?:plucked|pulled|made up) (?:out of|from) thin air|"
    r"not (?:correct|accurate|the case))\b",
    re.IGNORECASE,
)
EN_NEGATION = re.compile(r"\b(not|never|no longer|neither|nor)\b|n't\b", re.IGNORECASE)
EN_HEDGES = re.compile(
    r"\b(reportedly|allegedly|purportedly|supposedly|apparently|presumably|possibly|"
    r"probably|likely|could|may|might|perhaps|maybe|possible that|said to (?:be|have)|believed to (?:be|have)|"
    r"thought to (?:be|have)|unconfirmed|unverified|appears? to|seems? to|with (?:low|moderate|medium) confidence|"
    r"(?:I|we|he|she|they)(?:'d| would| will)(?: not|n't) be surprised if|"
    # a condition of truth: "If confirmed, the deployment would …", "if the reports are true"
    # (not "if confirmed as defense secretary", "if correct procedures were followed")
    r"if (?:confirmed|true|verified|accurate|correct)(?=\s*,)|"
    r"if (?:the |these |those |such )?(?:reports?|claims?|figures?|accounts?) (?:are|is|prove) (?:true|accurate|correct)|"
    # a passive report that names no one: "is believed that", "were reported to" (not what
    # "has already been said")
    r"(?:is|are|was|were|be|been|being) (?:\w+ly )?(?:said(?= (?:to|that)\b)|believed|thought|alleged|"
    r"rumou?red|suspected|understood|estimated|reported (?:to|that))"
    # German reportative "sollen" translated after a fronted part: "Of these are to be about 500
    # officers", "Among them are to be officers" (not a plan: "spending is to be at least 5 percent")
    r"|(?:of|among) (?:them|these|those) (?:is|are|was|were) to be)",
    re.IGNORECASE,
)

EN_PRONOUNS = {
    "he": "person", "she": "person", "him": "person", "her": "person",
    "they": "group", "it": "org", "we": "group", "i": "person", "you": "person",
    "his": "person", "their": "group", "its": "org",
    "who": "rel", "which": "rel", "that": "rel",
}
# English possessives and the pronoun they stand for: "his deputy" is of "he"
EN_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}

# Words that name a role rather than a person: stripped from speaker names.
EN_TITLES = frozenset(
    """president vice prime minister deputy secretary general spokesman spokeswoman
    spokesperson chief head leader chancellor director commander ambassador
    senator sen. rep. representative gov. governor mayor chairman chairwoman chair
    major maj. lieutenant lt. colonel col. gen. admiral adm. brigadier brig. captain capt.
    sergeant sgt. commander cmdr.
    mr. mrs. ms. dr. prof. professor king queen prince envoy official officer
    correspondent reporter analyst expert adviser advisor aide attorney judge justice
    candidate nominee speaker premier lawmaker legislator researcher fellow""".split()
)
# Words that belong to a title but not to a name ("Secretary of State Antony Blinken").
TITLE_FILLERS = frozenset(
    "state security policy affairs defence defense foreign interior high press national presidential of for the".split()
)

# --- German --------------------------------------------------------------------------

# Finite forms of reporting verbs; separable particles are matched separately.
_DE_VERB_FORMS = r"""
sagte sagten sagt sagen gesagt sage
erklärte erklärten erklärt erkläre erklären
bestätigte bestätigten bestätigt bestätigen
betonte betonten betont betonen
berichtete berichteten berichtet berichten
teilte teilten teilt teilen mitteilte mitteilten
fügte fügten fügt fügen hinzufügte
nannte nannten nennt nennen
bezeichnete bezeichneten bezeichnet bezeichnen
schrieb schrieben schreibt schreiben
forderte forderten fordert
warnte warnten warnt
meinte meinten meint
behauptete behaupteten behauptet behaupten
kritisierte kritisierten kritisiert kritisieren
kündigte kündigten kündigt
gab gaben gibt
bestritt bestritten bestreitet bestreiten
leugnete leugneten leugnet leugnen geleugnet
stritt stritten streitet abstreiten abgestritten tat taten tut abgetan
dementierte dementierten dementiert dementieren
beantwortete beantworteten beantwortet
wies wiesen weist weisen
warf warfen wirft werfen
stellte stellten stellt
unterstrich unterstrichen unterstreicht
versicherte versicherten versichert
erläuterte erläuterten erläutert
ergänzte ergänzten ergänzt
kommentierte kommentierten kommentiert
antwortete antworteten antwortet
verkündete verkündeten verkündet
beurteilte beurteilten beurteilt
beschrieb beschrieben beschreibt
verlautete verlautet
räumte räumten räumt
glaubt glaubte glauben glaubten
hofft hoffte hoffen hofften
befürchtet befürchtete befürchten befürchteten
vermutet vermutete vermuten vermuteten
schätzt schätzte schätzen
sprach sprachen spricht sprechen
machte machten macht klargemacht
zitierte zitiert
mahnte mahnten mahnt
appellierte appellierten
drohte drohten droht
versprach versprachen verspricht
bekräftigte bekräftigten bekräftigt
argumentierte argumentierten argumentiert
verwies verwiesen verweist
erinnerte erinnerten erinnert
äußerte äußerten äußert äußern
vermeldete vermeldeten vermeldet vermelden
entgegnete entgegneten entgegnet
gestand gestanden gesteht
urteilte urteilten urteilt
schloss schlossen schließt
begründete begründeten begründet
beklagte beklagten beklagt
bemängelte bemängelten bemängelt
widersprach widersprachen widerspricht
informierte informierten informiert
fuhr fuhren
charakterisierte charakterisierten charakterisiert
fordern verlangte verlangten verlangt verlangen
fürchtet fürchtete fürchteten
spekulierte spekulierten spekuliert
prognostizierte prognostizierten prognostiziert
bezifferte bezifferten beziffert beziffern
rechnet rechnete rechneten rechnen
meldete meldeten meldet melden
riet rieten rät
vorwarf vorwarfen vorwirft vorwerfen angab angaben mitteilte aufforderte aufforderten
schlug schlugen schlägt
bot boten bietet
deutete deuteten deutet
rief riefen ruft
bekundete bekundeten bekundet
skandierte skandierten skandiert
vergleicht verglich verglichen
warnen
vertrat vertraten vertritt
ist war sind waren
ging gingen geht gehen
ließ ließen lässt
bezweifelte bezweifelten bezweifelt bezweifeln
hält halten hielt hielten
sieht sehen sah sahen
stufte stuften stuft stufen
""".split()
# A denial's particle glued on at the end of a clause: ", während Moskau die Berichte
# zurückweist", ", was Moskau als „Unsinn“ abtut"
# ("zurückweisen", as "wies … zurück": DE_PARTICLE_DENIALS)
DE_GLUED_DENIALS = {
    **dict.fromkeys("zurückweist zurückweisen zurückwies zurückwiesen".split(), "zurückweisen"),
    **dict.fromkeys("abtut abtun abtat abtaten".split(), "abtun"),
    **dict.fromkeys("abstreitet abstreiten abstritt abstritten".split(), "abstreiten"),
}
# Posting on a platform: a report when words of it follow ("postete auf Telegram: „…“"), not
# a thing posted ("postete ein Foto")
DE_POSTING_FORMS = frozenset("twitterte twitterten twittert getwittert postete posteten postet gepostet".split())
DE_VERB_FORMS = frozenset(_DE_VERB_FORMS) | frozenset(DE_GLUED_DENIALS) | {f for f in DE_POSTING_FORMS if not f.startswith("ge")}
DE_AUX_FORMS = frozenset("hat haben hatte hatten habe hätte hätten".split())
# Finite verbs that show a clause is under way: a subject phrase never contains one.
DE_FINITE_VERBS = frozenset(
    """ist sind war waren wird werden wurde wurden worden sei seien wäre wären hat haben
    hatte hatten habe hätte hätten kann können konnte konnten soll sollen sollte sollten
    will wollen wollte wollten muss müssen musste mussten darf dürfen durfte gibt gab
    geht ging kam kommt steht stand liegt lag liegen lagen stehen standen kommen kamen""".split()
)
# "forderte … Todesopfer": a disaster claiming lives, not a demand.
DE_CASUALTY_WORDS = re.compile(r"(Todesopfer|Opfer|Menschenleben|Tote|Toten|Verletzte)", re.IGNORECASE)
# Participles of reporting verbs, for the perfect tense ("hat angekündigt").
DE_PARTICIPLES = frozenset(
    """gesagt erklärt betont bestätigt berichtet mitgeteilt angekündigt hinzugefügt
    gefordert gewarnt kritisiert angegeben bekanntgegeben bestritten dementiert
    zurückgewiesen vorgeworfen festgestellt unterstrichen versichert erläutert ergänzt
    kommentiert geantwortet verkündet beschrieben bezeichnet genannt geschrieben
    behauptet gemahnt gedroht versprochen eingeräumt zugegeben gesprochen bekräftigt
    verlangt klargestellt eingeräumt vertreten ausgegangen spekuliert beziffert
    abgestritten abgetan geleugnet heruntergespielt angezweifelt gestellt gezogen geäußert ausgeschlossen geschätzt
    gemacht klargemacht beantwortet gemeldet vermeldet""".split()
) | {f for f in DE_POSTING_FORMS if f.startswith("ge")}

# Verbs whose past form carries a separable particle that must follow for the reporting
# sense ("gab ... an", "teilte ... mit"); without the particle they are not attributions.
DE_NEEDS_PARTICLE = {
    "teilte": ("mit",), "teilten": ("mit",), "teilt": ("mit",), "teilen": ("mit",),
    "fügte": ("hinzu",), "fügten": ("hinzu",), "fügt": ("hinzu",), "fügen": ("hinzu",),
    "kündigte": ("an",), "kündigten": ("an",), "kündigt": ("an",),
    "gab": ("an", "bekannt", "zu"), "gaben": ("an", "bekannt", "zu"), "gibt": ("an", "bekannt", "zu"),
    "wies": ("zurück", "hin", "darauf"), "wiesen": ("zurück", "hin", "darauf"), "weist": ("zurück", "hin"),
    "weisen": ("zurück", "hin"),
    "warf": ("vor",), "warfen": ("vor",), "wirft": ("vor",), "werfen": ("vor",),
    "räumte": ("ein",), "räumten": ("ein",), "räumt": ("ein",),
    **dict.fromkeys("sprach sprachen spricht sprechen".split(), ("von", "davon")),  # ("sprach davon, dass C")
    # "machte deutlich, dass C", "hat klargemacht, dass C"
    **dict.fromkeys("machte machten macht gemacht".split(), ("deutlich", "klar")),
    "fuhr": ("fort",), "fuhren": ("fort",),
    # "beantwortete die Frage mit einem klaren Ja: C", "beantwortete die Frage nicht" (not
    # "beantwortete das mit Schweigen, Kiew mit Empörung": a gapped clause, which says nothing)
    **dict.fromkeys("beantwortete beantworteten".split(), ("mit", "nicht")),
    "gestand": ("ein",), "gestanden": ("ein",), "gesteht": ("ein",),
    "schloss": ("daraus", "aus"), "schlossen": ("daraus", "aus"), "schließt": ("daraus", "aus"),
    "verwies": ("darauf", "auf"), "verwiesen": ("darauf", "auf"), "verweist": ("darauf", "auf"),
    **dict.fromkeys("erinnerte erinnerten erinnert".split(), ("daran",)),  # "erinnerte daran, dass C"
    "schlug": ("vor",), "schlugen": ("vor",), "schlägt": ("vor",),
    "bot": ("an",), "boten": ("an",), "bietet": ("an",),
    "deutete": ("an",), "deuteten": ("an",), "deutet": ("an",),
    "rief": ("auf", "zu"), "riefen": ("auf", "zu"), "ruft": ("auf", "zu"),
    # "stritt … ab", "tat die Berichte als Propaganda ab": denials
    **dict.fromkeys("stritt stritten streitet tat taten tut".split(), ("ab",)),
    # doubts: "spielte die Berichte herunter", "zweifelte die Angaben an", "stellte sie
    # infrage", "zog die Zahlen in Zweifel" (DE_PARTICLE_DENIALS)
    **dict.fromkeys("spielte spielten spielt".split(), ("herunter",)),
    **dict.fromkeys("zweifelte zweifelten zweifelt".split(), ("an",)),
    **dict.fromkeys("zog zogen zieht".split(), ("zweifel",)),
    **dict.fromkeys("stellte stellten stellt".split(), ("fest", "klar", "infrage", "frage")),
    "gestellt": ("infrage", "frage"), "gezogen": ("zweifel",),  # "hat … infrage gestellt"
    # "Die USA halten die Zahl für plausibel", "hält es für wahrscheinlich, dass C": a judgement
    # (English "consider"), "für" before what it judges (german._particle_closes)
    **dict.fromkeys("hält halten hielt hielten".split(), ("für",)),
    # ... as "sieht den Einsatz als „Lernfeld“": a judgement too
    **dict.fromkeys("sieht sehen sah sahen".split(), ("als",)),
    # ... as "stufte die Berichte als glaubwürdig ein"
    **dict.fromkeys("stufte stuften stuft stufen".split(), ("ein",)),
    # "Das Pentagon rechnet mit 10.000 Soldaten": an expectation (hedged, as "expects")
    **dict.fromkeys("rechnet rechnete rechneten rechnen".split(), ("mit", "damit")),
    # Phrasal cues: "vertrat die Ansicht, …", "ist der Meinung, …", "ging davon aus, …",
    # "ließ verlauten, …".
    **dict.fromkeys("vertrat vertraten vertritt vertreten".split(),
                    ("ansicht", "auffassung", "meinung", "standpunkt", "überzeugung")),
    **dict.fromkeys("ist war sind waren".split(),
                    ("ansicht", "auffassung", "meinung", "überzeugung", "überzeugt", "zuversichtlich")),
    **dict.fromkeys("ging gingen geht gehen ausgegangen".split(), ("davon",)),
    **dict.fromkeys("ließ ließen lässt".split(), ("verlauten", "wissen", "mitteilen", "verbreiten", "offen", "ausrichten")),
}
# Verbs of cognition need a clause complement (comma + dass/Konjunktiv clause).
DE_COGNITION = frozenset(
    "glaubt glaubte glauben glaubten hofft hoffte hoffen hofften befürchtet befürchtete "
    "befürchten befürchteten fürchtet fürchtete fürchteten vermutet vermutete vermuten "
    "vermuteten schätzt schätzte schätzen spekulierte spekulierten spekuliert "
    # phrasal cues built on common verbs need their clause too
    "vertrat vertraten vertritt vertreten ist war sind waren ging gingen geht gehen".split()
)
# Pro-adverbs by which a comment not given names the report before: "äußerte sich nicht dazu"
DE_ON_IT = frozenset("dazu hierzu darüber diesbezüglich".split())
# Separable verbs that deny, read as their infinitive: "wies … zurück" is "zurückweisen"
# ("wies darauf hin" is not), "spielte … herunter" "herunterspielen".
DE_PARTICLE_DENIALS = {
    **{(v, "zurück"): "zurückweisen" for v in "wies wiesen weist weisen".split()},
    **{(v, "herunter"): "herunterspielen" for v in "spielte spielten spielt".split()},
    **{(v, "aus"): "ausschließen" for v in "schloss schlossen schließt".split()},
    **{(v, "an"): "anzweifeln" for v in "zweifelte zweifelten zweifelt".split()},
    **{(v, "zweifel"): "anzweifeln" for v in "zog zogen zieht".split()},
    **{(v, p): "infragestellen" for v in "stellte stellten stellt gestellt".split() for p in ("infrage", "frage")},
    ("gezogen", "zweifel"): "anzweifeln",
}
# (to doubt or play down a report is to deny it: "Moskau bezweifelte die Angaben")
DE_DENIAL_FORMS = frozenset(
    """bestritt bestritten bestreitet bestreiten dementierte dementierten dementiert dementieren
    leugnete leugneten leugnet leugnen geleugnet
    stritt stritten streitet abstreiten abgestritten tat taten tut abgetan
    zurückgewiesen bezweifelte bezweifelten bezweifelt bezweifeln heruntergespielt angezweifelt ausgeschlossen""".split()
) | frozenset(DE_PARTICLE_DENIALS.values()) | frozenset(DE_GLUED_DENIALS) | frozenset(DE_GLUED_DENIALS.values())
# (to concede a report is to confirm it: "hat die Entsendung nicht eingeräumt" takes no side;
# not the finite "räumte … ein", which also grants: "räumte ihr keine Chance ein")
DE_CONFIRM_FORMS = frozenset("bestätigte bestätigten bestätigt bestätigen eingeräumt einräumen zugegeben zugeben".split())
# German verb forms that answer what someone else reported, as EN_ANSWER_VERBS
DE_ANSWER_FORMS = DE_DENIAL_FORMS | DE_CONFIRM_FORMS
# Swiss spelling writes every "ß" as "ss" ("hiess es", "äusserte", "liess mitteilen"): its
# forms of the verbs above, read as the standard ones
DE_SWISS_SPELLINGS = {
    w.replace("ß", "ss"): w
    for w in DE_VERB_FORMS | DE_PARTICIPLES | DE_DENIAL_FORMS | {"hieß", "heißt"}
    if "ß" in w
}
DE_DENIAL_WORDS = re.compile(
    r"(Fake[- ]?News|\bFake\b(?!-)|Fake-(?:Nachricht|Meldung|Bericht)\w*|unbegründet\w*|haltlos\w*|(?<!galt als )(?<!galt es als )(?<!galten als )(?<!\bkein )(?<!\bkeine )Gerücht\w*|Lüge\w*|\bfalsch(?:e[nmrs]?)?\b|"
    r"Falschmeldung\w*|Desinformation|Propaganda|frei erfunden|erfunden|(?:eine|reine|pure|freie)\s+Erfindung|(?:ist|sei|war|wäre|wurde|sind|seien|waren)\s+(?!nicht\b)(?:\w+\s+){0,4}?ausgedacht|(?<!nicht\s)ausgedacht\s+(?:ist|sei|war|wäre|wurde|worden|seien|sind)\b|aus der Luft gegriffen|Unsinn|"
    r"Quatsch|"
    r"Blödsinn|\w*[Mm]ärchen|Hirngespinst\w*|gefälscht\w*|Fälschung\w*|nicht wahr|nicht der Wahrheit|"
    r"(?:stimmt|stimmen|stimmte|stimmten) nicht|unzutreffend\w*|nicht zutreffend|nicht korrekt|"
    # judgements that close their phrase: "hält die Angaben für übertrieben", "eine weitere Ente"
    r"(?:übertrieben\w*|aufgebauscht\w*|Zeitungsente\w*|(?-i:\bEnte\b))(?=\s*(?:[.,;:!?“”\x22»«]|$))|"
    # ... or judge a report after "für": "hält die Zahl für zu hoch", "die Angaben für unrealistisch"
    r"\b(?:Zahl|Zahlen|Angaben|Berichte|Schätzung|Schätzungen|Darstellung|Behauptung|Behauptungen)(?:\s+[\w.-]+){0,5}?\s+"
    r"für\s+(?:völlig\s+|weit\s+|viel\s+|deutlich\s+)?(?:zu\s+hoch|unrealistisch|unglaubwürdig|unplausibel)\b|"
    # no basis, no evidence (not yet: "noch", "bislang keine Beweise"), as what the phrase
    # ends with or is for: "gibt es keinerlei Beweise", "keine Belege dafür" (not "keine Belege
    # ihrer Herkunft")
    r"nicht\s+auf\s+(?:\w+\s+)?(?:Fakten|Tatsachen)\s+beruh\w*|jeglicher\s+Grundlage|"
    r"(?<!noch\s)(?<!bislang\s)(?<!bisher\s)(?<!derzeit\s)(?<!vorerst\s)\bkein(?:e|erlei)\s+(?:\w+\s+)?"
    r"(?:Beweis|Beleg)\w*(?=\s*(?:für\b|dafür\b|hierfür\b|[.,;:!?“”\x22»«]|$))|"
    # to contradict an account disputes it: "Kiew widersprach dieser Darstellung" (not "widersprach
    # Scholz: C", which says C)
    r"widersp\w+\s+(?:\w+\s+){0,2}(?:Darstellung\w*|Angaben|Bericht\w*|Aussage\w*|Behauptung\w*|Meldung\w*|Version|Auffassung|Ansicht))",
    re.IGNORECASE,
)
DE_NEGATION = re.compile(r"\b(nicht|nie|niemals|kein\w*)\b", re.IGNORECASE)
DE_HEDGES = re.compile(
    r"\b(angeblich|mutma(?:ß|ss)lich|vermutlich|offenbar|wahrscheinlich|möglicherweise|"
    r"könnte|könnten|dürfte|dürften|womöglich|unbestätigt\w*|sollen|soll|vielleicht|eventuell|"
    r"anscheinend|(?-i:wohl)|"  # "wohl" lower case: "das Wohl" is welfare
    # "Sollte sich das bestätigen, …", "falls zutreffend"
    r"sollten? sich (?:\w+ ){0,3}(?:bestätigen|bewahrheiten)|falls (?:zutreffend|bestätigt)|"
    r"falls (?:sich )?(?:\w+ ){0,3}(?:zutreffen|zutrifft|bestätigen|bestätigt|bewahrheiten|bewahrheitet)|"
    # a passive report that names no one: "es wird angenommen, dass", "wurde vermutet"
    r"(?:wird|werden|wurde|wurden) (?:\w+ )?(?:angenommen|vermutet|geschätzt))\b",
    re.IGNORECASE,
)
# (and "ihn", whom an outlet quotes: "KCNA zitierte ihn mit den Worten, C")
DE_PRONOUNS = {"er": "person", "ihn": "person", "ihm": "person", "sie": "person", "es": "org", "ich": "person",
               "wir": "group"}
# Possessives and the pronoun they stand for: "nach seinen Worten" is his, "er"
DE_POSSESSIVE_PRONOUNS = {**dict.fromkeys("sein seine seiner seinen seines seinem".split(), "er"),
                          **dict.fromkeys("ihr ihre ihrer ihren ihres ihrem".split(), "sie")}
DE_TITLE_SUFFIXES = (
    "präsident", "präsidentin", "kanzler", "kanzlerin", "minister", "ministerin",
    "sekretär", "sekretärin", "sprecher", "sprecherin", "chef", "chefin", "leiter",
    "leiterin", "botschafter", "botschafterin", "general", "kommandeur", "vorsitzende",
    "vorsitzender", "direktor", "direktorin", "berater", "beraterin", "vertreter",
    "vertreterin", "gouverneur", "bürgermeister", "bürgermeisterin", "abgeordnete",
    "abgeordneter", "stabschef", "experte", "expertin", "analyst", "korrespondent",
    *GERMAN_FIELD_AND_RANK_ROLES,
)
# Capitalised words that open a German sentence without being its subject (V2 inversion).
DE_INVERSION_OPENERS = frozenset(
    """als am an auf aus bei bereits dabei dadurch dafür dagegen daher damit danach dann
    darauf darüber das dazu demnach denn deshalb dennoch dies diese dieser dieses doch
    dort ebenfalls erst gestern gleichzeitig heute hier im in inzwischen jedoch jetzt
    kurz mit morgen nach nun ob schon seit so später trotzdem um unter vor vorher während
    weiter wegen wie zudem zugleich zuletzt zuvor zum zur zunächst außerdem allerdings
    auch anschließend ferner gegenüber letzte letzten nachdem obwohl seitdem laut
    zusammenfassend darin daran davon daraus hierzu dazu
    insgesamt unterdessen ähnlich offiziell bis aber daraufhin derweil indes bislang
    bisher offenbar vorige vorigen vergangene vergangenen
    früher damals kürzlich jüngst mittlerweile neulich ebenso gleichfalls erneut abermals zuerst erstmals
    für gegen ohne trotz angesichts durch zu über
    """.split()
)
# Endings of an inflected German adjective ("nordkoreanische Truppen", "russischen Angaben").
DE_ADJ_ENDINGS = ("e", "en", "er", "es", "em")
DE_ARTICLES = frozenset(
    "der die das des dem den ein eine einer eines einem einen".split()
)
# Addressees and places that follow an inverted speaker ("sagte Rutte Reportern").
DE_SPEAKER_STOPS = frozenset(
    """reportern journalisten journalistinnen medien zeitung der nachrichtenagentur agentur
    sender fernsehsender gegenüber am im in auf bei nach vor während laut zufolge dem den
    heute gestern bereits zuvor erneut noch außerdem zudem auch weiter nicht dass ob es
    damals jetzt nun zunächst mehrfach wiederholt""".split()
) - {"der", "dem", "den"}

# --- Relative dates --------------------------------------------------------------------

WEEKDAYS = months.WEEKDAYS  # (where the dates of both languages are kept)
