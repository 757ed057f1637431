"""A landing day full of bad files goes through the Dagster assets (raw -> cleaned ->
extracted): every file becomes documents or rejections with a reason, the good ones load,
nothing is lost; file names built to inject SQL land as plain documents.

Plus a static check: no SQL in orchestration/ is built by formatting data into it.
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path

import duckdb
import pytest

from tests.corpus_factory import warc_bytes
from tests.reliability.hostile import gzip_bomb, nested_gzip_bomb, nested_html, zlib_crc_corrupt

REPO = Path(__file__).resolve().parents[2]
DAY = "2024-11-02"
CAP = 1 << 20  # decompressed-size cap for this test: 1 MiB


def article(n: int) -> str:
    return (f"Kursk report {n}\nThe Pentagon said on Monday that {n},000 North Korean troops were in the Kursk region.\n"
            f"\"We will respond,\" a Ukrainian official told reporters, adding that {n}00 soldiers were wounded.\n")


def html(n: int) -> str:
    return f"<html><head><title>Report {n}</title></head><body><article><p>{article(n)}</p></article></body></html>"


SQL_NAMES = [
    "a'; DROP TABLE raw.documents; --.txt",
    'b"; DELETE FROM cleaned.documents WHERE 1=1; --.html',
    "c') OR ('1'='1.txt",
    "d $(touch pwned) `id` %s {0} ?.txt",
    "e\nline break; DROP SCHEMA extracted CASCADE.txt",
]


def landing_files(folder: Path) -> dict[str, str]:
    """Writes the day's files; returns {file name: what must happen}: "document", a raw
    rejection reason, or "cleaned:no_text" (stored raw, quarantined by cleaning)."""
    folder.mkdir(parents=True)
    good_warc = warc_bytes([("https://example.org/a", "200 OK", "text/html", html(21).encode()),
                            ("https://example.org/gone", "404 Not Found", "text/html", b"<html>gone</html>")],
                           gzip_records=True)
    plain_warc = warc_bytes([("https://example.org/b", "200 OK", "text/html", html(22).encode())], gzip_records=False)
    files: dict[str, tuple[bytes, str]] = {
        "good.txt": (article(1).encode(), "document"),
        "good.html": (html(2).encode(), "document"),
        "good.txt.gz": (gzip.compress(article(3).encode()), "document"),
        "bomb.txt.gz": (gzip_bomb(8 * CAP), "decompression_bomb"),
        "bomb3layers.gz": (nested_gzip_bomb(3, 8 * CAP), "decompression_bomb"),
        "truncated.txt.gz": (gzip.compress(article(4).encode() * 50)[:200], "truncated_gzip"),
        "bad_crc.txt.gz": (zlib_crc_corrupt(gzip.compress(article(5).encode())), "truncated_gzip"),
        "crawl.warc.gz": (good_warc, "document+http_error"),
        "truncated.warc": (plain_warc[: len(plain_warc) - 150], "malformed_warc"),
        "truncated.warc.gz": (good_warc[: len(good_warc) // 2], "truncated_gzip"),
        "empty.txt": (b"", "empty"),
        "report.pdf": (b"%PDF-1.7\n" + bytes(range(256)) * 10, "not_text"),
        "nested.html": (nested_html(10_000).encode(), "cleaned:no_text"),
    }
    for i, name in enumerate(SQL_NAMES):
        files[name] = ((html(10 + i) if name.endswith(".html") else article(10 + i)).encode(), "document")
    for name, (data, _) in files.items():
        (folder / name).write_bytes(data)
    return {name: outcome for name, (_, outcome) in files.items()}


@pytest.fixture(scope="module")
def bad_day(tmp_path_factory):
    import dagster as dg

    from orchestration.assets.cleaned import cleaned_documents
    from orchestration.assets.extracted import extracted_tables
    from orchestration.assets.raw import raw_documents
    from orchestration.resources import WarehouseResource

    root = tmp_path_factory.mktemp("badday")
    expected = landing_files(root / "raw" / DAY)
    warehouse = str(root / "warehouse.duckdb")
    mp = pytest.MonkeyPatch()
    mp.setenv("NEWSCLAIMS_LANDING", str(root / "raw"))
    mp.setenv("NEWSCLAIMS_WAREHOUSE", warehouse)
    mp.setenv("NEWSCLAIMS_MAX_DECOMPRESSED_BYTES", str(CAP))
    try:
        result = dg.materialize(
            [raw_documents, cleaned_documents, extracted_tables],
            partition_key=DAY,
            resources={"warehouse": WarehouseResource(database=warehouse)},
            instance=dg.DagsterInstance.ephemeral(),
            raise_on_error=False,
        )
    finally:
        mp.undo()
    assert result.success
    return expected, warehouse


def file_of(source_uri: str) -> str:
    return source_uri.split(f"{DAY}/", 1)[1].split("#record=", 1)[0]


def test_every_file_is_a_document_or_a_rejection_with_a_reason(bad_day):
    expected, warehouse = bad_day
    with duckdb.connect(warehouse, read_only=True) as conn:
        docs = conn.execute("SELECT source_uri FROM raw.documents").fetchall()
        rejected = conn.execute("SELECT source_uri, reason, detail, stage FROM raw.rejected_documents").fetchall()
        cleaned = conn.execute("SELECT source_uri FROM cleaned.documents").fetchall()
    outcomes: dict[str, set[str]] = {name: set() for name in expected}
    for (uri,) in docs:
        outcomes[file_of(uri)].add("document")
    for uri, reason, detail, stage in rejected:
        assert reason and detail, uri
        if stage == "raw":
            outcomes[file_of(uri)].add(reason)
    assert {n: "+".join(sorted(o)) for n, o in outcomes.items()} == {
        n: "document" if e == "cleaned:no_text" else e for n, e in expected.items()}
    # every stored document is cleaned or quarantined by cleaning, never dropped
    quarantined = [u for u, reason, _, stage in rejected if stage == "cleaned"]
    assert len(cleaned) + len(quarantined) == len(docs)
    assert {file_of(u) for u in quarantined} == {n for n, e in expected.items() if e == "cleaned:no_text"}


def test_file_names_made_to_inject_sql_land_as_documents(bad_day):
    expected, warehouse = bad_day
    with duckdb.connect(warehouse, read_only=True) as conn:
        uris = {file_of(u) for (u,) in conn.execute("SELECT source_uri FROM cleaned.documents").fetchall()}
        tables = {r[0] for r in conn.execute(
            "SELECT table_schema || '.' || table_name FROM information_schema.tables").fetchall()}
        claims = conn.execute(
            "SELECT count(*) FROM extracted.claims c JOIN cleaned.documents d USING (doc_id) "
            "WHERE d.source_uri LIKE '%DROP%'").fetchone()[0]
    assert set(SQL_NAMES) <= uris
    assert {"raw.documents", "cleaned.documents", "extracted.claims", "extracted.quantities"} <= tables
    assert claims > 0  # and they were extracted like any other document


# --- static: SQL is never built from data --------------------------------------------

# An f-string (or .format / %) whose text looks like SQL.
SQL_WORDS = re.compile(r"\b(SELECT|INSERT|DELETE|UPDATE|DROP|CREATE|ALTER|COPY|ATTACH|WHERE|FROM)\b")
FSTRING = re.compile(r"""\bf(["']{1,3})(.*?)\1""", re.DOTALL)
# Placeholders allowed inside SQL f-strings, per file: identifiers and SQL fragments fixed in
# the code, never data. Anything else formatted into SQL fails the test.
ALLOWED_PLACEHOLDERS = {
    # table names and an owner column fixed by the calling asset
    "storage.py": {"{table}", "{extra}",
                   # the configured Parquet staging folder (NEWSCLAIMS_PARQUET_DIR + a uuid), not
                   # input data; DuckDB's COPY takes no parameter for the path. Reported: a quote
                   # in that folder name would break the statement.
                   "{staging}"},
    "report.py": {"{m}"},  # loops over the constant MARTS
    # first_rows(): table, column, key and filter SQL written in load(); values are parameters
    "report_data.py": {"{key_cols}", "{id_col}", "{group}", "{order_t}", "{source}", "{where}", "{picked}",
                       "{table}", "{key_order}"},
    # module constants (BOILERPLATE_MARKERS, SUBJECT_METRICS) and span_ok() with literal arguments
    "suites.py": {"{BOILERPLATE_MARKERS}", "{SUBJECT_METRICS}", "{span_ok('c', 'char_start', 'char_end', 'text')}",
                  "{span_ok('c', 'speaker_start', 'speaker_end', 'speaker_text')}",
                  "{span_ok('c', 'cue_start', 'cue_end', 'cue')}", "{span_ok('q', 'char_start', 'char_end', 'text')}",
                  # of_day() and other_days(), called at import with literal table, column and alias names
                  "{table}", "{columns}", "{key}",
                  "{of_day('cleaned.documents')}", "{of_day('extracted.claims')}", "{of_day('extracted.quantities')}",
                  "{of_day('cleaned.documents', 'doc_id, text')}", "{of_day('extracted.claims', 'claim_id')}",
                  "{of_day('extracted.claims', 'claim_id, doc_id')}",
                  "{of_day('marts.fct_claims')}", "{of_day('marts.fct_figures')}",
                  "{other_days('marts.fct_claims', 'claim_id')}", "{other_days('marts.fct_figures', 'quantity_id')}"},
    "warehouse.py": {"{table}"},  # stored_days(), doc_ids(): a literal of the calling asset, or a suite's table
}


def sql_fstrings(source: str) -> list[tuple[str, list[str]]]:
    found = []
    for m in FSTRING.finditer(source):
        body = m.group(2)
        if SQL_WORDS.search(body):
            found.append((body, re.findall(r"\{[^{}]*(?:\{\})?[^{}]*\}", body)))
    return found


def test_no_sql_is_formatted_from_data():
    offenders = []
    for path in sorted((REPO / "orchestration").rglob("*.py")):
        source = path.read_text()
        for body, placeholders in sql_fstrings(source):
            extra = [p for p in placeholders if p not in ALLOWED_PLACEHOLDERS.get(path.name, set())]
            if extra:
                offenders.append(f"{path.relative_to(REPO)}: f\"{body[:80]}\" formats {extra}")
        for m in re.finditer(r"""(["'])([^"']*\b(?:SELECT|INSERT|DELETE|UPDATE)\b[^"']*)\1\s*(?:%|\.format\()""", source):
            offenders.append(f"{path.relative_to(REPO)}: {m.group(0)[:80]} uses %/.format")
    assert offenders == []


def test_the_static_check_catches_formatted_sql():
    """The scanner itself: it flags data formatted into SQL and lets the fixed names pass."""
    bad = 'conn.execute(f"SELECT * FROM raw.documents WHERE source_uri = \'{uri}\'")'
    good = 'conn.execute(f"DELETE FROM {table} WHERE partition_date BETWEEN ? AND ?{extra}", [a, b, *params])'
    allowed = ALLOWED_PLACEHOLDERS["storage.py"]
    assert [p for _, ps in sql_fstrings(bad) for p in ps if p not in allowed] == ["{uri}"]
    assert [p for _, ps in sql_fstrings(good) for p in ps if p not in allowed] == []
