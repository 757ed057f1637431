"""newsclaims extraction library: reading, cleaning and claim extraction, no Dagster inside.

    from extract import clean_document, extract_claims

The two entry points are imported lazily so that `import extract.models` (or any one
stage) does not load spaCy, trafilatura and every other stage.
"""

__all__ = ["clean_document", "extract_claims"]


def __getattr__(name: str):
    if name == "clean_document":
        from extract.cleaning import clean_document

        return clean_document
    if name == "extract_claims":
        from extract.extraction import extract_claims

        return extract_claims
    raise AttributeError(f"module 'extract' has no attribute {name!r}")
