"""Figures: the numbers an article reports, normalised (value, bounds, qualifier, unit,
metric, subject), in English and German.

    from extract.figures import find_quantities
    quantities = find_quantities(doc, sentences, language, entities)

numbers.py reads digits and number words, qualifiers.py maps "more than"/"rund" to
qualifiers and bounds, units.py holds the unit lexicon and metric taxonomy, subjects.py
whose figure it is, nonfigures.py dates/times/ages/identifiers, quantities.py puts them
together; owners.py gives a speaker's own figures their subject once claims are known.
"""

from extract.figures.owners import own_figures
from extract.figures.quantities import find_quantities

__all__ = ["find_quantities", "own_figures"]
