"""Readers for the input formats of the landing folder, used by extract.reading.

Each reader raises Rejected(reason, detail) for input that cannot become a document;
extract.reading turns that into a Rejection record.
"""


class Rejected(Exception):
    """This input (a file or one record inside it) cannot become a document."""

    def __init__(self, reason: str, detail: str):
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail
