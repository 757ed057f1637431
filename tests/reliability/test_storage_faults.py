"""The warehouse's disk fills up or turns read-only under a run: the run fails with an error
naming the file, and the warehouse keeps exactly what it had (no half-written partition);
once there is room again, a re-run writes the day.

Disk full is simulated two ways: RLIMIT_FSIZE in a child process (works anywhere; the write
fails with EFBIG, "File too large") and, where this process may mount (root with
CAP_SYS_ADMIN), a small tmpfs that fills up for real (ENOSPC). Read-only: a tmpfs
remounted read-only (root only; chmod does not stop root), and everywhere a warehouse path
whose folder is a regular file.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.reliability.runs import fingerprints

REPO = Path(__file__).resolve().parents[2]
SMALL_DAY, BIG_DAY = "2024-10-24", "2024-10-25"

DRIVER = """
import json, os, resource, signal, sys
from tests.reliability.test_storage_faults import ingest
from tests.reliability.runs import fingerprints
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead
results = []
for step in json.loads(sys.argv[1]):
    limit = step.get("fsize", resource.RLIM_INFINITY)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
    ok, error = ingest(step["day"], os.environ["NEWSCLAIMS_WAREHOUSE"])
    resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
    results.append({"ok": ok, "error": error, "fingerprints": fingerprints(os.environ["NEWSCLAIMS_WAREHOUSE"])})
print("RESULTS " + json.dumps(results))
"""


def ingest(day: str, warehouse: str) -> tuple[bool, str]:
    """raw and cleaned for one day through Dagster; (success, the failure's error chain)."""
    import dagster as dg

    from orchestration.assets.cleaned import cleaned_documents
    from orchestration.assets.raw import raw_documents
    from orchestration.resources import WarehouseResource

    with dg.DagsterInstance.ephemeral() as instance:
        result = dg.materialize([raw_documents, cleaned_documents], partition_key=day, instance=instance,
                                resources={"warehouse": WarehouseResource(database=warehouse)}, raise_on_error=False)
    errors = [e.event_specific_data.error.to_string() for e in result.all_events if e.event_type_value == "STEP_FAILURE"]
    return result.success, "\n".join(errors)


def root_error(error: str) -> str:
    """The DuckDB error lines of a Dagster failure chain."""
    return "\n".join(line for line in error.splitlines() if line.startswith("_duckdb.") or line.startswith("duckdb."))


@pytest.fixture
def landing(tmp_path, monkeypatch):
    small = tmp_path / "raw" / SMALL_DAY
    small.mkdir(parents=True)
    (small / "a.txt").write_text("Report\nThe Pentagon said 10,000 North Korean troops were in Kursk.\n")
    big = tmp_path / "raw" / BIG_DAY
    big.mkdir(parents=True)
    words = ["said", "troops", "Kursk", "Pentagon", "the", "officials", "killed", "wounded"]
    for i in range(10):
        rng = random.Random(i)  # distinct, poorly compressible documents: about 8 MB in all
        (big / f"{i}.txt").write_text("Report\n" + " ".join(f"{rng.choice(words)}{rng.random()}" for _ in range(40_000)))
    monkeypatch.setenv("NEWSCLAIMS_LANDING", str(tmp_path / "raw"))
    monkeypatch.setenv("NEWSCLAIMS_WORKERS", "1")
    return tmp_path


def can_mount(path: Path) -> bool:
    path.mkdir(exist_ok=True)
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(path)], capture_output=True).returncode:
        return False
    return True


@pytest.fixture
def small_tmpfs(tmp_path):
    mnt = tmp_path / "mnt"
    if not can_mount(mnt):
        pytest.skip("cannot mount a tmpfs here (needs root with CAP_SYS_ADMIN); the RLIMIT_FSIZE test covers disk full")
    yield mnt
    subprocess.run(["umount", "-l", str(mnt)], check=True)


def test_disk_full_by_file_size_limit_loses_nothing(landing):
    warehouse = str(landing / "warehouse.duckdb")
    plan = [{"day": SMALL_DAY}, {"day": BIG_DAY, "fsize": 4_000_000}, {"day": BIG_DAY}]
    out = subprocess.run([sys.executable, "-c", DRIVER, json.dumps(plan)], cwd=REPO, capture_output=True, text=True,
                         timeout=900, env={**os.environ, "NEWSCLAIMS_WAREHOUSE": warehouse})
    line = next((x for x in out.stdout.splitlines() if x.startswith("RESULTS ")), None)
    assert line, out.stderr[-3000:]
    first, full, again = json.loads(line[len("RESULTS "):])
    assert first["ok"], first["error"]
    assert not full["ok"]
    assert "File too large" in full["error"] and warehouse in root_error(full["error"]), full["error"][-3000:]
    assert "no transaction is active" not in full["error"]  # the failed COMMIT's error is the one raised
    assert full["fingerprints"] == first["fingerprints"]  # nothing of the big day, the small day intact
    assert again["ok"], again["error"]
    assert again["fingerprints"]["raw.documents"][0] == 11


def test_disk_full_on_a_small_tmpfs_loses_nothing(landing, small_tmpfs):
    warehouse = str(small_tmpfs / "warehouse.duckdb")
    assert ingest(SMALL_DAY, warehouse)[0]
    before = fingerprints(warehouse)
    ok, error = ingest(BIG_DAY, warehouse)
    assert not ok
    assert "No space left on device" in error and warehouse in root_error(error), error[-3000:]
    assert "no transaction is active" not in error
    assert fingerprints(warehouse) == before


def test_read_only_warehouse_folder_fails_naming_the_file_and_keeps_the_data(landing, small_tmpfs):
    warehouse = str(small_tmpfs / "warehouse.duckdb")
    assert ingest(SMALL_DAY, warehouse)[0]
    before = fingerprints(warehouse)
    subprocess.run(["mount", "-o", "remount,ro", str(small_tmpfs)], check=True)
    try:
        ok, error = ingest(SMALL_DAY, warehouse)
        assert not ok
        assert "Read-only file system" in root_error(error) and warehouse in root_error(error), error[-3000:]
        ok, error = ingest(SMALL_DAY, str(small_tmpfs / "new.duckdb"))
        assert not ok and "new.duckdb" in root_error(error)
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(small_tmpfs)], check=True)
    assert fingerprints(warehouse) == before
    assert not (small_tmpfs / "new.duckdb").exists()


def test_a_warehouse_folder_that_is_a_file_fails_naming_the_path(landing):
    # "blocked" holds the word "lock": the resource must not take this for a lock conflict
    # and wait for it (it did, for LOCK_WAIT_SECONDS, before is_lock_conflict)
    blocker = landing / "blocked"
    blocker.write_text("a file where the warehouse folder should be")
    warehouse = str(blocker / "warehouse.duckdb")
    started = time.monotonic()
    ok, error = ingest(SMALL_DAY, warehouse)
    assert not ok
    assert time.monotonic() - started < 120
    assert "Not a directory" in root_error(error) and warehouse in root_error(error), error[-3000:]
    assert blocker.read_text() == "a file where the warehouse folder should be"
