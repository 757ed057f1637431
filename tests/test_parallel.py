"""Worker processes: new interpreters that import only what they run, with the environment
of the pool's creation."""

import os
import sys

from orchestration.parallel import map_chunks, worker_pool


def imported(module: str) -> bool:
    return module in sys.modules


def environment(name: str) -> str | None:
    return os.environ.get(name)


def test_workers_do_not_carry_the_run_process_modules():
    # The run's process has Dagster loaded (imported here, not at the top: workers import
    # this module to find the functions they run).
    import dagster  # noqa: F401

    with worker_pool(2) as pool:
        assert pool is not None
        assert list(map_chunks(pool, imported, [["dagster", "dbt", "pandas"]])) == \
            [[False, False, False]]


def test_workers_see_the_environment_of_their_pool(monkeypatch):
    monkeypatch.setenv("NEWSCLAIMS_TEST_SETTING", "first")
    with worker_pool(2) as pool:
        assert list(map_chunks(pool, environment, [["NEWSCLAIMS_TEST_SETTING"]])) == [["first"]]
    monkeypatch.setenv("NEWSCLAIMS_TEST_SETTING", "second")
    with worker_pool(2) as pool:
        assert list(map_chunks(pool, environment, [["NEWSCLAIMS_TEST_SETTING"]])) == [["second"]]


def test_one_worker_works_in_this_process():
    with worker_pool(1) as pool:
        assert pool is None
        assert list(map_chunks(pool, lambda _: os.getpid(), [[1, 2], [3]])) == [[os.getpid()] * 2, [os.getpid()]]


def test_each_stage_worker_imports_only_its_stage():
    # A worker imports the module of the function it runs; a cleaning worker has no use for
    # spaCy (about 100 MiB), an extraction worker none for trafilatura.
    import subprocess

    def loads(module: str) -> list[str]:
        code = f"import sys, {module}; print(*[m for m in ('spacy', 'trafilatura', 'dagster') if m in sys.modules])"
        return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()

    assert loads("extract.rows.cleaned") == ["trafilatura"]
    assert loads("extract.rows.extracted") == ["spacy"]
