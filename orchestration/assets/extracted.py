"""extracted/*: sentences, entity mentions, claims and figures of every cleaned document."""

from dataclasses import asdict
from datetime import datetime, timezone

import dagster as dg
import pandas as pd

from extract.extraction import extract_claims
from orchestration.partitions import daily_partitions, partition_dates, single_run
from orchestration.resources import WarehouseResource
from orchestration.warehouse import REJECTION_COLUMNS, ensure_schema, replace_partitions

TABLES = ("sentences", "entity_mentions", "claims", "quantities")


def _spec(table: str, description: str) -> dg.AssetSpec:
    return dg.AssetSpec(
        key=["extracted", table],
        deps=[dg.AssetKey(["cleaned", "documents"])],
        group_name="extracted",
        kinds={"spacy", "duckdb"},
        description=description,
    )


@dg.multi_asset(
    specs=[
        _spec("sentences", "Sentences of the cleaned text with character offsets."),
        _spec("entity_mentions", "Named entities with canonical ids (Wikidata QIDs where known)."),
        _spec("claims", "Who said what: content span, speaker, cue, kind, stance, hedging."),
        _spec("quantities", "Figures with value, bounds, qualifier, unit, metric, subject and claim."),
    ],
    partitions_def=daily_partitions,
    backfill_policy=single_run,
    name="extracted_tables",
)
def extracted_tables(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    start, end = partition_dates(context)
    with warehouse.get_connection() as conn:
        ensure_schema(conn)
        docs = conn.execute(
            "SELECT doc_id, partition_date, text, language, published_at FROM cleaned.documents "
            "WHERE partition_date BETWEEN ? AND ? ORDER BY partition_date, doc_id",
            [start, end],
        ).fetchall()
    rows: dict[str, list[dict]] = {t: [] for t in TABLES}
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    failures = []
    for doc_id, day, text, language, published_at in docs:
        try:
            result = extract_claims(text, language=language, published_at=published_at)
        except Exception as exc:  # one bad document is quarantined, the rest of the run goes on
            context.log.error(f"extraction failed for {doc_id}: {exc!r}")
            failures.append((f"doc:{doc_id}", day, "extraction_error", repr(exc)[:2000], now, "extracted"))
            continue
        # Ids are unique within a document; prefixing the doc_id makes them unique in the warehouse.
        prefix = doc_id[:16]
        for table in TABLES:
            for record in getattr(result, "entities" if table == "entity_mentions" else table):
                row = {"doc_id": doc_id, "partition_date": day, **asdict(record)}
                for key in ("claim_id", "quantity_id"):
                    if row.get(key):
                        row[key] = f"{prefix}-{row[key]}"
                rows[table].append(row)
    with warehouse.get_connection() as conn:
        frames = {f"extracted.{t}": pd.DataFrame(rows[t]) for t in TABLES}
        frames["raw.rejected_documents"] = pd.DataFrame(failures, columns=REJECTION_COLUMNS)
        counts = replace_partitions(
            conn, start, end, frames, narrow={"raw.rejected_documents": "AND stage = 'extracted'"}
        )
    for table in TABLES:
        yield dg.MaterializeResult(
            asset_key=["extracted", table],
            metadata={"rows": counts[f"extracted.{table}"], "documents": len(docs), "failed_documents": len(failures)},
        )

