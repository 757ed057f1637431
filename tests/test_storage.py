"""orchestration.storage: chunked partition writes to DuckDB, and the partitioned Parquet copy."""

from __future__ import annotations

from datetime import date

import duckdb
import pandas as pd
import pytest

from orchestration.storage import PartitionWriter, parquet_dir, table_glob
from orchestration.warehouse import REJECTION_COLUMNS, ensure_schema

D1, D2, D3 = date(2024, 10, 1), date(2024, 10, 2), date(2024, 10, 3)


def sentences(doc: str, day: date, n: int) -> pd.DataFrame:
    return pd.DataFrame({
        "doc_id": [doc] * n, "partition_date": [day] * n, "sentence_idx": list(range(n)),
        "char_start": [10 * i for i in range(n)], "char_end": [10 * i + 9 for i in range(n)],
        "text": [f"{doc} sentence {i}" for i in range(n)],
    })


def rejection(uri: str, day: date, stage: str) -> pd.DataFrame:
    return pd.DataFrame([(uri, day, "no_text", "empty", pd.Timestamp("2024-10-01"), stage)], columns=REJECTION_COLUMNS)


@pytest.fixture
def conn(tmp_path):
    c = duckdb.connect(str(tmp_path / "w.duckdb"))
    ensure_schema(c)
    yield c
    c.close()


def write(conn, root, start, end, frames, owners=None):
    tables = sorted({t for t, _ in frames} | ({"extracted.sentences"} if not owners else set()))
    with PartitionWriter(conn, start, end, tables, owners=owners, parquet_root=root) as out:
        for table, frame in frames:  # several chunks per table
            out.write({table: frame})
    return out.counts


def parquet_rows(root, table: str) -> pd.DataFrame:
    return duckdb.sql(
        f"SELECT * FROM read_parquet('{table_glob(root, table)}', hive_partitioning = true) "
        "ORDER BY partition_date, doc_id, sentence_idx").df()


def test_chunks_land_in_duckdb_and_in_hive_partitioned_parquet(conn, tmp_path):
    root = tmp_path / "parquet"
    counts = write(conn, root, D1, D2, [
        ("extracted.sentences", sentences("a", D1, 3)),
        ("extracted.sentences", sentences("b", D2, 2)),
        ("extracted.sentences", sentences("c", D2, 1)),
    ])
    assert counts == {"extracted.sentences": 6}
    assert conn.execute("SELECT count(*) FROM extracted.sentences").fetchone()[0] == 6
    assert sorted(p.name for p in (root / "extracted" / "sentences").iterdir()) == [
        "partition_date=2024-10-01", "partition_date=2024-10-02"]
    back = parquet_rows(root, "extracted.sentences")
    assert list(back["doc_id"]) == ["a", "a", "a", "b", "b", "c"]
    assert back["partition_date"].dt.date.tolist() == [D1] * 3 + [D2] * 3
    mine = conn.execute("SELECT * FROM extracted.sentences ORDER BY partition_date, doc_id, sentence_idx").df()
    assert back[mine.columns].astype(str).equals(mine.astype(str))


def test_rewriting_one_day_replaces_it_and_keeps_the_others(conn, tmp_path):
    root = tmp_path / "parquet"
    write(conn, root, D1, D3, [("extracted.sentences", sentences("a", D1, 2)),
                               ("extracted.sentences", sentences("b", D2, 2)),
                               ("extracted.sentences", sentences("c", D3, 2))])
    for _ in range(2):  # idempotent: the same re-run twice gives the same state
        write(conn, root, D2, D2, [("extracted.sentences", sentences("b2", D2, 1))])
        back = parquet_rows(root, "extracted.sentences")
        assert list(back["doc_id"]) == ["a", "a", "b2", "c", "c"]
        assert conn.execute("SELECT list(doc_id ORDER BY partition_date, doc_id) FROM extracted.sentences").fetchone()[0] \
            == ["a", "a", "b2", "c", "c"]
    # A day re-run with no rows is emptied in both places.
    write(conn, root, D3, D3, [])
    assert list(parquet_rows(root, "extracted.sentences")["doc_id"]) == ["a", "a", "b2"]
    assert conn.execute("SELECT count(*) FROM extracted.sentences WHERE partition_date = ?", [D3]).fetchone()[0] == 0
    assert not any(p.name.startswith(".staging") for p in (root / "extracted" / "sentences").iterdir())


def test_a_failure_in_the_first_day_changes_nothing(conn, tmp_path):
    root = tmp_path / "parquet"
    write(conn, root, D1, D1, [("extracted.sentences", sentences("a", D1, 2))])
    with pytest.raises(RuntimeError):
        with PartitionWriter(conn, D1, D1, ["extracted.sentences"], parquet_root=root) as out:
            out.write({"extracted.sentences": sentences("new", D1, 5)})
            raise RuntimeError("the run dies half-way")
    assert list(parquet_rows(root, "extracted.sentences")["doc_id"]) == ["a", "a"]
    assert conn.execute("SELECT count(*) FROM extracted.sentences").fetchone()[0] == 2
    assert [p.name for p in (root / "extracted" / "sentences").iterdir()] == ["partition_date=2024-10-01"]


def test_each_day_is_committed_whole_and_a_failure_empties_the_rest_of_the_range(conn, tmp_path):
    root = tmp_path / "parquet"
    write(conn, root, D1, D3, [("extracted.sentences", sentences(doc, day, 2)) for doc, day in
                               (("a", D1), ("b", D2), ("c", D3))])
    with pytest.raises(RuntimeError):
        with PartitionWriter(conn, D1, D3, ["extracted.sentences"], parquet_root=root) as out:
            # one chunk ends day 1 and starts day 2, so day 1 is committed ...
            out.write({"extracted.sentences": pd.concat([sentences("a2", D1, 1), sentences("b2", D2, 1)])})
            # ... and day 2 is not: it never sees its last chunk
            raise RuntimeError("the run dies in day 2")
    rows = conn.execute("SELECT partition_date, doc_id FROM extracted.sentences ORDER BY 1, 2").fetchall()
    assert rows == [(D1, "a2")]  # day 1 new and whole; days 2 and 3 empty, never half written
    assert list(parquet_rows(root, "extracted.sentences")["doc_id"]) == ["a2"]
    assert [p.name for p in (root / "extracted" / "sentences").iterdir()] == ["partition_date=2024-10-01"]
    # the failed run re-run restores the range
    write(conn, root, D1, D3, [("extracted.sentences", sentences(doc, day, 1)) for doc, day in
                               (("a", D1), ("b", D2), ("c", D3))])
    assert list(parquet_rows(root, "extracted.sentences")["doc_id"]) == ["a", "b", "c"]


def test_rows_out_of_day_order_or_outside_the_range_are_refused(conn, tmp_path):
    with PartitionWriter(conn, D1, D2, ["extracted.sentences"], parquet_root=tmp_path / "pq") as out:
        out.write({"extracted.sentences": sentences("b", D2, 1)})
        with pytest.raises(ValueError, match="day by day, in order"):
            out.write({"extracted.sentences": sentences("a", D1, 1)})
        with pytest.raises(ValueError, match="2024-10-03"):
            out.write({"extracted.sentences": sentences("c", D3, 1)})
        with pytest.raises(KeyError, match="extracted.claims"):
            out.write({"extracted.claims": sentences("c", D2, 1)})
    assert conn.execute("SELECT list(doc_id) FROM extracted.sentences").fetchone()[0] == ["b"]


def test_a_shared_table_is_replaced_only_for_its_owner(conn, tmp_path):
    root = tmp_path / "parquet"
    write(conn, root, D1, D1, [("raw.rejected_documents", rejection("x", D1, "raw"))], owners={"raw.rejected_documents": ("stage", "raw")})
    for uri in ("y", "z"):
        write(conn, root, D1, D1, [("raw.rejected_documents", rejection(uri, D1, "cleaned"))],
              owners={"raw.rejected_documents": ("stage", "cleaned")})
    back = duckdb.sql(f"SELECT source_uri, stage FROM read_parquet('{table_glob(root, 'raw.rejected_documents')}', "
                      "hive_partitioning = true) ORDER BY source_uri").fetchall()
    assert back == [("x", "raw"), ("z", "cleaned")]
    assert conn.execute("SELECT source_uri, stage FROM raw.rejected_documents ORDER BY 1").fetchall() == back


def test_without_the_switch_only_duckdb_is_written(conn, tmp_path, monkeypatch):
    monkeypatch.delenv("NEWSCLAIMS_STORAGE", raising=False)
    assert parquet_dir() is None
    monkeypatch.setenv("NEWSCLAIMS_STORAGE", "parquet")
    monkeypatch.setenv("NEWSCLAIMS_PARQUET_DIR", str(tmp_path / "pq"))
    assert parquet_dir() == tmp_path / "pq"
    with PartitionWriter(conn, D1, D1, ["extracted.sentences"]) as out:  # the switch picks the folder
        out.write({"extracted.sentences": sentences("a", D1, 1)})
    assert (tmp_path / "pq" / "extracted" / "sentences" / "partition_date=2024-10-01").is_dir()
