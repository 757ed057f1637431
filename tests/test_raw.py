"""raw/documents through Dagster: landing files streamed in chunks, duplicates recorded (within
a chunk, across chunks, across runs), idempotent re-runs, the Parquet copy under the switch."""

from __future__ import annotations

from datetime import date

import dagster as dg
import duckdb
import pytest

from extract.models import RawRecord
from orchestration.assets import raw
from orchestration.resources import WarehouseResource
from orchestration.storage import table_glob

D1, D2 = "2024-11-01", "2024-11-02"
ARTICLE = "Kyiv said on Monday that around 12,000 North Korean troops are in Russia.\n"
OTHER = "The Pentagon said 10,000 North Korean troops were in Kursk.\n"


@pytest.fixture
def landing(tmp_path, monkeypatch):
    day1, day2 = tmp_path / "raw" / D1, tmp_path / "raw" / D2
    day1.mkdir(parents=True)
    day2.mkdir(parents=True)
    (day1 / "a.txt").write_text(ARTICLE)
    (day1 / "b.txt").write_text(ARTICLE)  # a copy of a.txt, in the next chunk
    (day1 / "c.txt").write_text(OTHER)
    (day1 / "empty.txt").write_text("")
    (day2 / "d.txt").write_text(OTHER)  # a copy of a document of the day before
    monkeypatch.setenv("NEWSCLAIMS_LANDING", str(tmp_path / "raw"))
    monkeypatch.setenv("NEWSCLAIMS_STORAGE", "parquet")
    monkeypatch.setenv("NEWSCLAIMS_PARQUET_DIR", str(tmp_path / "parquet"))
    monkeypatch.setattr(raw, "CHUNK_RECORDS", 1)  # one file per chunk
    return tmp_path


def ingest(root, start: str, end: str) -> dg.ExecuteInProcessResult:
    with dg.DagsterInstance.ephemeral() as instance:
        result = dg.materialize(
            [raw.raw_documents], instance=instance,
            tags={"dagster/asset_partition_range_start": start, "dagster/asset_partition_range_end": end},
            resources={"warehouse": WarehouseResource(database=str(root / "w.duckdb"))})
    assert result.success
    return result


def tables(root) -> dict[str, list[tuple]]:
    with duckdb.connect(str(root / "w.duckdb"), read_only=True) as conn:
        duck = {
            "raw.documents": conn.execute(
                "SELECT source_uri, partition_date FROM raw.documents ORDER BY source_uri").fetchall(),
            "raw.rejected_documents": conn.execute(
                "SELECT source_uri, partition_date, reason, detail FROM raw.rejected_documents ORDER BY source_uri").fetchall(),
        }
    for table, rows in duck.items():  # the Parquet copy holds the same rows
        columns = "source_uri, partition_date" + (", reason, detail" if "rejected" in table else "")
        parquet = duckdb.sql(f"SELECT {columns} FROM read_parquet('{table_glob(root / 'parquet', table)}', "
                             "hive_partitioning = true) ORDER BY source_uri").fetchall()
        assert parquet == rows, table
    return duck


def test_every_file_is_a_document_or_a_rejection_and_copies_are_duplicates(landing):
    result = ingest(landing, D1, D2)
    got = tables(landing)
    assert [uri for uri, _ in got["raw.documents"]] == [f"raw/{D1}/a.txt", f"raw/{D1}/c.txt"]
    rejected = {uri: (reason, detail) for uri, _, reason, detail in got["raw.rejected_documents"]}
    assert rejected.keys() == {f"raw/{D1}/b.txt", f"raw/{D1}/empty.txt", f"raw/{D2}/d.txt"}
    assert rejected[f"raw/{D1}/b.txt"][0] == "duplicate" and f"raw/{D1}/a.txt" in rejected[f"raw/{D1}/b.txt"][1]
    assert rejected[f"raw/{D2}/d.txt"][0] == "duplicate" and f"raw/{D1}/c.txt" in rejected[f"raw/{D2}/d.txt"][1]
    assert rejected[f"raw/{D1}/empty.txt"][0] == "empty"
    meta = next(e.event_specific_data.materialization.metadata for e in result.all_events
                if e.event_type_value == "ASSET_MATERIALIZATION")
    assert {k: meta[k].value for k in ("files", "documents", "rejected", "duplicates_skipped")} == {
        "files": 5, "documents": 2, "rejected": 1, "duplicates_skipped": 2}


def test_reruns_are_idempotent_and_a_day_alone_finds_the_stored_copy(landing):
    ingest(landing, D1, D2)
    first = tables(landing)
    ingest(landing, D1, D2)
    assert tables(landing) == first
    ingest(landing, D2, D2)  # d.txt's bytes are stored for D1, outside this run's range
    assert tables(landing) == first


def test_files_are_read_one_chunk_ahead_at_most(monkeypatch):
    monkeypatch.setattr(raw, "CHUNK_RECORDS", 2)
    read = []

    def files():
        for i in range(5):
            read.append(i)
            yield date(2024, 11, 1), [RawRecord(f"f{i}", b"x", "text/plain", {})], []

    chunks = raw.file_chunks(files())
    assert len(next(chunks)) == 2 and read == [0, 1]
    assert [len(c) for c in chunks] == [2, 1] and read == [0, 1, 2, 3, 4]
