"""Document cleaning: decoding, HTML extraction, boilerplate removal and document metadata.

The pipeline calls `clean_document`; the modules hold one step each.
"""

from extract.cleaning.document import clean_document

__all__ = ["clean_document"]
