"""Units: what a figure counts or measures, normalised, and the metric it feeds.

A unit is either a unit of measurement or money, read from a fixed lexicon ("30 square
kilometers" -> "square kilometre", "$5m" -> "dollar", "10 Prozent" -> "percentage"),
or a counted noun ("500 officers" -> "officer"). Normalised names are lower case,
singular, British spelling, the names the NewsQuant benchmark uses ("percentage",
"kilometre", "pound sterling"). German counted nouns that matter for the metric
taxonomy are translated ("Soldaten" -> "soldier") so both languages group together.
"""

from __future__ import annotations

import re

# Nouns that name a count, not what it counts ("its estimate of 11,000 troops", "the number
# of North Korean dead", "die Zahl der Toten"): a regex alternation, read case-insensitively
COUNT_NOUNS = r"estimates?|figures?|numbers?|counts?|tally|toll|totals?|Schätzung(?:en)?|Zahl(?:en)?|Anzahl|Gesamtzahl"

# --- money ------------------------------------------------------------------------------

# Written before the digits: "$5", "US$ 5", "HK $5", "€5", "£5" (PS is how a lost £ reads
# in some feeds), "Y=5" (a lost ¥), "RM5", "USD 5", "EUR 5".
CURRENCY_PREFIXES = {
    "us$": "dollar", "us $": "dollar", "$us": "dollar", "u.s. $": "dollar", "usd": "dollar",
    "a$": "australian dollar", "$a": "australian dollar", "au$": "australian dollar",
    "c$": "canadian dollar", "ca$": "canadian dollar", "hk$": "hong kong dollar",
    "hk $": "hong kong dollar", "nz$": "new zealand dollar", "s$": "singapore dollar",
    "$": "dollar", "€": "euro", "eur": "euro", "£": "pound sterling", "gbp": "pound sterling",
    "ps": "pound sterling", "¥": "japanese yen", "y=": "japanese yen", "jpy": "japanese yen",
    "rm": "malaysian ringgit", "₽": "russian ruble", "rub": "russian ruble",
    "₴": "ukrainian hryvnia", "uah": "ukrainian hryvnia", "₩": "south korean won",
    "krw": "south korean won", "₹": "indian rupee", "rs": "indian rupee", "rs.": "indian rupee",
    "chf": "swiss franc", "cny": "chinese yuan", "₪": "shekel",
}
# Matched against the text before the digits, anchored at its end ("... worth US $").
CURRENCY_BEFORE_RE = re.compile(
    r"(?<![A-Za-z])(?P<cur>US\s?\$|U\.S\.\s?\$|\$US|\$A|A\$|AU\$|C\$|CA\$|HK\s?\$|NZ\$|S\$"
    r"|\$|€|£|¥|₽|₴|₩|₹|₪|(?:USD|EUR|GBP|JPY|CHF|CNY|RUB|UAH|KRW)\s?|Y=|PS|RM|Rs\.?\s?)\s?$"
)

# --- units written after the number -----------------------------------------------------

# surface -> normalised unit. Keys are matched case-insensitively unless listed in
# _CASE_SENSITIVE (short symbols that would otherwise swallow ordinary words).
_SUFFIX_UNITS: dict[str, str] = {}


def _add(norm: str, *surfaces: str) -> None:
    for s in surfaces:
        _SUFFIX_UNITS[s] = norm


_add("percentage", "%", "per cent", "percent", "pct", "pc", "prozent", "vh")
_add("percentage point", "percentage points", "percentage point", "prozentpunkte",
     "prozentpunkten", "prozentpunkt", "points of percentage")
_add("basis point", "basis points", "basis point", "bps", "basispunkte", "basispunkten")
# money after the number
_add("dollar", "dollars", "dollar", "us dollars", "u.s. dollars", "us-dollar", "usd", "us$")
_add("euro", "euros", "euro", "eur", "€")
_add("pound sterling", "pounds sterling", "sterling", "britische pfund", "pfund")
_add("japanese yen", "yen", "jpy", "japanese yen")
_add("chinese yuan", "yuan", "renminbi", "cny")
_add("russian ruble", "rubles", "roubles", "ruble", "rouble", "rubel", "rub")
_add("ukrainian hryvnia", "hryvnias", "hryvnia", "hryvnas", "hrywnja", "griwna", "uah")
_add("south korean won", "south korean won", "korean won")
_add("north korean won", "north korean won", "kpw")
_add("won", "won")  # (which Korea's the text says elsewhere: "promised 2 million won a month")
_add("shekel", "shekels", "shekel", "schekel", "nis")
_add("indian rupee", "rupees", "rupee", "indische rupien")
_add("swiss franc", "swiss francs", "schweizer franken", "franken", "chf")
_add("franc", "francs")
_add("danish krone", "danish crowns", "danish kroner", "dänische kronen")
_add("swedish krona", "swedish crowns", "swedish kronor", "kronor", "schwedische kronen")
_add("australian dollar", "australian dollars", "australische dollar")
_add("canadian dollar", "canadian dollars", "kanadische dollar")
_add("hong kong dollar", "hong kong dollars")
_add("cent", "cents", "cent")
_add("sen", "sen")
_add("penny", "pence", "p")
_add("croatian kuna", "kn", "kuna")
# length
_add("kilometre", "km", "kilometres", "kilometers", "kilometre", "kilometer", "kilometern")
_add("mile", "miles", "mile", "mi", "meilen")
_add("nautical mile", "nautical miles", "seemeilen")
_add("metre", "m", "metres", "meters", "metre", "meter", "metern")
_add("centimetre", "cm", "centimetres", "centimeters", "zentimeter")
_add("millimetre", "mm", "millimetres", "millimeters", "millimetre", "millimeter")
_add("micrometre", "μm", "µm", "micrometres", "micrometers", "micron", "microns")
_add("nanometre", "nanometres", "nanometers", "nanometre", "nanometer", "nm")
_add("foot", "feet", "foot", "ft")
_add("inch", "inches", "inch", "″", "zoll")
_add("yard", "yards", "yard", "yd")
# area
_add("square kilometre", "square kilometres", "square kilometers", "square kilometre",
     "square kilometer", "sq km", "sq. km", "km2", "km²", "quadratkilometer",
     "quadratkilometern", "qkm")
_add("square mile", "square miles", "square mile", "sq mi", "sq miles")
_add("square metre", "square metres", "square meters", "square metre", "square meter",
     "sq m", "sqm", "m2", "m²", "quadratmeter", "quadratmetern")
_add("square foot", "square feet", "square foot", "sq ft")
_add("hectare", "hectares", "hectare", "ha", "hektar")
_add("acre", "acres", "acre")
# volume
_add("cubic foot", "cubic feet", "cubic foot")
_add("cubic metre", "cubic metres", "cubic meters", "kubikmeter", "m3", "m³")
_add("litre", "litres", "liters", "litre", "liter", "l")
_add("millilitre", "ml", "millilitres", "milliliters")
_add("gallon", "gallons", "gallon")
_add("pint", "pints", "pint")
_add("quart", "quarts", "quart")
_add("barrel", "barrels", "barrel")
_add("barrel of oil", "barrels of oil", "barrel of oil")
_add("barrel per day", "barrels per day", "barrels a day", "barrel-a-day", "bpd",
     "barrel per day", "barrels of oil per day")
# mass
_add("kilogram", "kg", "kilograms", "kilogrammes", "kilogram", "kilogramm")
_add("gram", "g", "grams", "gram", "grammes", "gramm")
_add("milligram", "mg", "milligrams", "milligramm")
_add("tonne", "tonnes", "tonne", "tons", "ton", "tonnen", "t")
_add("pound-mass", "pounds", "pound", "lbs", "lb")
_add("ounce", "ounces", "ounce", "oz", "unzen")
# speed, consumption
_add("mile per hour", "mph", "miles per hour", "miles an hour")
_add("kilometre per hour", "km/h", "km/hr", "kph", "kmh", "kilometres per hour",
     "kilometers per hour", "kilometres an hour", "kilometers an hour", "stundenkilometer",
     "stundenkilometern")
_add("knot", "knots")
_add("mile per gallon", "mpg", "miles per gallon")
# power, energy, electricity
_add("horsepower", "hp", "horsepower", "ps")
_add("brake horsepower", "bhp")
_add("watt", "w", "watts", "watt")
_add("kilowatt", "kw", "kilowatts", "kilowatt")
_add("megawatt", "mw", "megawatts", "megawatt")
_add("gigawatt", "gw", "gigawatts", "gigawatt")
_add("kilowatt hour", "kwh", "kilowatt hours", "kilowatt-hours", "kilowattstunden")
_add("megawatt hour", "mwh", "megawatt hours")
_add("gigawatt hour", "gwh", "gigawatt hours")
_add("terawatt hour", "twh", "terawatt hours", "terawattstunden")
_add("volt", "volts", "volt", "v", "kv")
_add("milliampere-hour", "mah")
_add("foot pound-force", "lb-ft", "lb ft")
_add("pound-foot", "pound-feet", "pound-feet of torque", "pound-foot")
_add("revolutions per minute", "rpm")
# temperature, angle
_add("celsius", "°c", "° c", "degrees celsius", "degree celsius", "celsius", "grad celsius", "c")
_add("fahrenheit", "°f", "degrees fahrenheit", "fahrenheit", "f")
_add("degree", "degrees", "degree", "grad", "°")
# age of things (ages of people are no figures, see nonfigures.py)
_add("year of age", "year-old", "year old", "years-old", "years old", "jahre alt")
_add("month of age", "month-old", "month old", "months-old", "months old")
# time
_add("second", "seconds", "second", "secs", "sec", "sekunden")
_add("minute", "minutes", "minute", "mins", "min", "minuten")
_add("hour", "hours", "hour", "hrs", "stunden")
_add("day", "days", "day", "tage", "tagen")
_add("week", "weeks", "week", "wochen")
_add("month", "months", "month", "monate", "monaten", "monat")
_add("year", "years", "year", "yrs", "jahre", "jahren", "jahr")
_add("decade", "decades", "decade", "jahrzehnte", "jahrzehnten")
_add("century", "centuries", "century", "jahrhunderte")
# data, frequency, others
_add("gigabyte", "gb", "gigabytes", "gigabyte")
_add("terabyte", "tb", "terabytes")
_add("megabyte", "mb", "megabytes")
_add("megabit per second", "mbps", "mbit/s")
_add("gigabit per second", "gbps")
_add("hertz", "hz", "hertz")
_add("kilohertz", "khz")
_add("megahertz", "mhz")
_add("gigahertz", "ghz")
_add("decibel", "decibels", "db")
_add("parts-per-billion", "ppb")
_add("parts-per-million", "ppm")
_add("gigapascal", "gpa", "gigapascals")
_add("calorie", "calories", "kcal")
_add("count", "times")
_add("point", "points", "punkte", "punkten", "zähler")

# Short symbols whose case carries meaning: "5 m" metres but "5 M" nothing; "12 C"
# Celsius but "12 c" nothing; "10 W" watts but "10 w" nothing.
_CASE_SENSITIVE = {
    "m": "m", "g": "g", "l": "l", "t": "t", "c": "C", "f": "F", "w": "W", "v": "V",
    "kw": "kW", "mw": "MW", "gw": "GW", "kwh": "kWh", "mwh": "MWh", "gwh": "GWh",
    "twh": "TWh", "gb": "GB", "tb": "TB", "mb": "MB", "hz": "Hz", "khz": "kHz", "mhz": "MHz",
    "ghz": "GHz", "db": "dB", "nm": "nm", "ps": "PS", "mah": "mAh", "ha": "ha", "p": "p",
    "mi": "mi", "min": "min", "sec": "sec", "kn": "kn", "km2": "km2", "m2": "m2", "m3": "m3",
    "gpa": "GPa", "mg": "mg", "ml": "mL", "kg": "kg", "cm": "cm", "mm": "mm", "km": "km",
    "ft": "ft", "yd": "yd", "oz": "oz", "lb": "lb", "lbs": "lbs", "hp": "hp", "bhp": "bhp",
    "mph": "mph", "kph": "kph", "kmh": "kmh", "mpg": "mpg", "rpm": "rpm", "ppb": "ppb",
    "ppm": "ppm", "bps": "bps", "pc": "pc", "pct": "pct", "usd": "USD", "eur": "EUR",
    "jpy": "JPY", "cny": "CNY", "rub": "RUB", "uah": "UAH", "chf": "CHF", "nis": "NIS",
    "vh": "vH", "hrs": "hrs", "yrs": "yrs", "mins": "mins", "secs": "secs",
}


def _surface_pattern(surface: str) -> str:
    pat = re.escape(surface).replace(r"\ ", r"\s+")
    if surface in _CASE_SENSITIVE:
        return "(?-i:" + re.escape(_CASE_SENSITIVE[surface]) + ")"
    return pat


_SORTED = sorted(_SUFFIX_UNITS, key=len, reverse=True)
# The unit right after a number (optional space or hyphen): "30 square kilometers",
# "5-mile", "640bhp", "37m". A letter may not follow, so "5 min" matches but "5 mines" not.
SUFFIX_UNIT_RE = re.compile(
    r"(?i)[ \u00a0\u202f-]?(?P<unit>"
    + "|".join(_surface_pattern(s) for s in _SORTED)
    + r"|(?-i:Nm))(?![A-Za-zÄÖÜäöüß0-9²³])"
)

# "per barrel", "a month", "pro Tag", "/h"
_PER_TARGETS = {
    "barrel": "barrel", "gram": "gram", "ounce": "ounce", "share": "share",
    "square foot": "square foot", "square feet": "square foot", "sq ft": "square foot",
    "sq m": "square metre", "square metre": "square metre", "square meter": "square metre",
    "month": "month", "year": "year", "day": "day", "week": "week", "hour": "hour",
    "gallon": "gallon", "person": "person", "capita": "capita", "head": "head",
    "tonne": "tonne", "ton": "tonne", "kilogram": "kilogram", "kg": "kilogram",
    "litre": "litre", "liter": "litre", "mmbtu": "mega british thermal unit",
    "century": "century", "kilowatt hour": "kilowatt hour", "kwh": "kilowatt hour",
    "monat": "month", "jahr": "year", "tag": "day", "woche": "week", "stunde": "hour",
    "kopf": "head", "aktie": "share", "liter": "litre", "tonne": "tonne",
}
PER_RE = re.compile(
    r"(?i)\s*(?:per|a|an|/|pro|je)\s*(?P<per>"
    + "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(_PER_TARGETS, key=len, reverse=True))
    + r")(?:e?s)?\b(?!\s+(?:earlier|ago|later|before|after|previously|into|since|früher|zuvor))"
)


def normalise_suffix(surface: str) -> str:
    """The normalised name of a lexicon unit as it was written."""
    s = re.sub(r"\s+", " ", surface)
    if s == "Nm":
        return "newton metre"
    return _SUFFIX_UNITS.get(s, _SUFFIX_UNITS.get(s.lower(), s.lower()))


def per_target(surface: str) -> str:
    return _PER_TARGETS[re.sub(r"\s+", " ", surface.lower())]


# Units of measurement and money (everything in the lexicon above).
MEASURES = set(_SUFFIX_UNITS.values())

CURRENCY_UNITS = {
    "dollar", "euro", "pound sterling", "japanese yen", "chinese yuan", "russian ruble",
    "ukrainian hryvnia", "south korean won", "north korean won", "won", "shekel", "indian rupee", "swiss franc", "franc",
    "danish krone", "swedish krona", "australian dollar", "canadian dollar",
    "hong kong dollar", "new zealand dollar", "singapore dollar", "malaysian ringgit",
    "cent", "sen", "penny", "croatian kuna",
}
AREA_UNITS = {"square kilometre", "square mile", "hectare", "acre"}

# --- counted nouns and the metric they feed ----------------------------------------------

_COUNT_METRIC_EN = {
    "troops": (
        "soldier", "troop", "serviceman", "servicemen", "servicemember", "fighter", "personnel",
        "officer", "general", "commander", "mercenary", "conscript", "recruit", "reservist",
        "marine", "paratrooper", "infantryman", "sailor", "airman", "combatant", "special force",
        "military personnel", "brigade", "battalion", "regiment",
        "military",  # "200 North Korean military" (translated: servicemen)
    ),
    "weapons": (
        "missile", "drone", "shell", "tank", "jet", "aircraft", "warplane", "helicopter",
        "howitzer", "rocket", "launcher", "artillery", "weapon", "munition", "round", "bomb",
        "mine", "gun", "rifle", "grenade", "warhead", "armored vehicle", "armoured vehicle",
        "ballistic missile", "cruise missile", "artillery shell", "shell", "ammunition",
        "artillery piece", "artillery system", "personnel carrier", "fighting vehicle", "combat vehicle",
    ),
    "settlements": (
        "settlement", "village", "town", "locality", "hamlet", "city", "community",
    ),
    "people": (
        "people", "person", "civilian", "resident", "inhabitant", "refugee", "child",
        "children", "woman", "women", "man", "men", "worker", "employee", "prisoner",
        "hostage", "citizen", "individual", "victim", "casualty", "adult", "family", "student",
        "pensioner", "voter", "patient", "migrant", "national", "journalist", "diplomat",
        "police officer", "policeman", "passenger", "evacuee", "detainee",
        "delegate", "official", "laborer", "labourer", "miner", "volunteer", "member",
    ),
}
COUNT_METRIC_EN = {noun: metric for metric, nouns in _COUNT_METRIC_EN.items() for noun in nouns}

# German nouns (as written, plural and singular) -> (English unit, metric).
_COUNT_DE = {
    ("Soldaten", "Soldat", "Soldatinnen"): "soldier",
    ("Truppen",): "troop",
    ("Kämpfer",): "fighter",
    ("Offiziere", "Offizieren", "Offizier"): "officer",
    ("Generäle", "Generälen", "Generale", "General"): "general",
    ("Söldner",): "mercenary",
    ("Rekruten",): "recruit",
    ("Reservisten",): "reservist",
    ("Militärangehörige", "Militärangehörigen", "Armeeangehörige"): "military personnel",
    ("Raketen", "Rakete"): "missile",
    ("Marschflugkörper",): "cruise missile",
    ("Drohnen", "Drohne"): "drone",
    ("Granaten", "Artilleriegranaten", "Geschosse"): "shell",
    ("Schuss", "Patronen"): "round",
    ("Munition",): "ammunition",
    ("Panzer",): "tank",
    ("Kampfjets", "Kampfflugzeuge", "Flugzeuge"): "aircraft",
    ("Hubschrauber",): "helicopter",
    ("Haubitzen",): "howitzer",
    ("Raketenwerfer", "Mehrfachraketenwerfer", "Raketenwerfersysteme"): "rocket launcher",
    ("Geschütze", "Artilleriegeschütze", "Artilleriesysteme"): "artillery",
    ("Waffen",): "weapon",
    ("Ortschaften", "Ortschaft", "Siedlungen", "Dörfer", "Dörfern", "Orte", "Städte"): "settlement",
    ("Menschen", "Mensch"): "people",
    ("Personen", "Person"): "person",
    ("Zivilisten", "Zivilistinnen"): "civilian",
    ("Einwohner", "Einwohnern"): "resident",
    ("Kinder", "Kindern", "Kind"): "child",
    ("Frauen", "Frau"): "woman",
    ("Männer",): "man",
    # "12.000 Mann": after a number, Mann counts personnel (Truppenstärke)
    ("Mann",): "soldier",
    ("Flüchtlinge", "Geflüchtete"): "refugee",
    ("Gefangene", "Kriegsgefangene"): "prisoner",
    ("Arbeiter", "Arbeitskräfte", "Beschäftigte", "Mitarbeiter"): "worker",
    ("Unternehmen", "Firmen"): "company",
    ("Organisationen", "Einrichtungen", "Institutionen"): "entity",
    ("Tote", "Toten", "Todesopfer", "Gefallene", "Gefallenen"): "dead",
    ("Verletzte", "Verletzten", "Verwundete", "Verwundeten"): "wounded",
    ("Opfer", "Opfern"): "victim",
    # nationals of the story's states, as the English plural reads ("North Koreans")
    ("Nordkoreaner", "Nordkoreanern", "Nordkoreanerinnen"): "North Korean",
    ("Südkoreaner", "Südkoreanern"): "South Korean",
    ("Ukrainer", "Ukrainern", "Ukrainerinnen"): "Ukrainian",
    ("Russen",): "Russian",
    ("Amerikaner", "Amerikanern", "US-Amerikaner"): "American",
    ("Länder", "Ländern", "Staaten"): "country",
    ("Polizisten", "Polizistinnen", "Polizeibeamte"): "police officer",
    ("Passagiere", "Passagieren", "Fahrgäste", "Insassen"): "passenger",
    ("Leichen",): "body",
    ("Häftlinge", "Inhaftierte"): "prisoner",
    ("Journalisten",): "journalist",
    ("Arbeitsplätze", "Arbeitsplätzen", "Stellen", "Jobs"): "job",
    ("Angehörige", "Angehörigen"): "member",
    ("Angriffe", "Angriffen", "Attacken", "Luftangriffe", "Drohnenangriffe"): "attack",
    ("Fahrzeuge", "Fahrzeugen", "Militärfahrzeuge"): "vehicle",
    ("Panzerfahrzeuge", "Schützenpanzer"): "armoured vehicle",
}
COUNT_DE = {surface: unit for surfaces, unit in _COUNT_DE.items() for surface in surfaces}

# Counted things that are casualties by themselves.
CASUALTY_UNITS = {
    "dead": "killed", "death": "killed", "fatality": "killed", "body": "killed",
    "wounded": "wounded", "injured": "wounded", "injury": "wounded",
    "casualty": "killed_or_wounded", "loss": "killed_or_wounded",
}
# Targets of sanctions: "sanctions on nine people and seven entities".
SANCTION_TARGETS = {
    "people", "person", "individual", "entity", "company", "firm", "bank", "party",
    "organisation", "organization", "vessel", "ship", "tanker", "business", "official",
    "institution", "group", "network", "oligarch",
}
PERSON_UNITS = set(_COUNT_METRIC_EN["troops"]) | set(_COUNT_METRIC_EN["people"]) | {
    "dead", "wounded", "injured", "casualty", "body", "prisoner of war", "pow",
}

# Nouns after a number that make it page furniture, not a figure: "0 Kommentare".
FURNITURE_NOUNS = {
    "comment", "comments", "kommentare", "kommentar", "likes",
    "views", "aufrufe", "reactions", "reaktionen", "photos", "fotos", "bilder", "images",
    "min read", "minutes read",
}
