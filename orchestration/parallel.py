"""Both cores for per-document work: worker processes fed chunk by chunk, results in order.

The assets read a chunk of documents, hand it to the pool and write the previous chunk's
results while the workers run, so at most two chunks are in memory whatever the range holds.
NEWSCLAIMS_WORKERS sets the number of workers (default: every core; 1 = in-process).

Workers are spawned: each is a new interpreter that imports the module of the function it
runs (extract.rows.cleaned: trafilatura; extract.rows.extracted: spaCy), 1 to 3 s, and loads the spaCy pipelines on its first
document. Forked from the run's process instead, each worker carried Dagster, dbt and
whatever earlier steps had left, and its resident size grew with the run's: at 10,000
benchmark documents 470 MiB before its first document and 570 at extraction's peak (300
spawned), 770 at 50,000. (A fork server would share the imports between the
workers, but it outlives the pool, holding 150 MiB through dbt and the report, and the CPU
time of its workers escapes the run's accounting.) As with any spawned worker, a script that
runs the pipeline must do so under `if __name__ == "__main__":`, since each worker imports
the script's module (`python -m orchestration`, Dagster's run workers and pytest are fine).
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager
from itertools import islice
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

WORKERS_ENV = "NEWSCLAIMS_WORKERS"
CHUNK_DOCS = 256  # documents per chunk: big enough to keep workers busy, small enough for memory
TASK_DOCS = 4  # documents per task sent to a worker


def worker_count() -> int:
    return max(1, int(os.environ.get(WORKERS_ENV) or os.cpu_count() or 1))


@contextmanager
def worker_pool(workers: int | None = None) -> Iterator[Executor | None]:
    """A process pool, or None (work in this process) when one worker is asked for."""
    workers = workers or worker_count()
    if workers <= 1:
        yield None
        return
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        yield pool


def chunks(items: Iterable[T], size: int = CHUNK_DOCS) -> Iterator[list[T]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def map_chunks(pool: Executor | None, fn: Callable[[T], R], batches: Iterable[list[T]],
               task_size: int = TASK_DOCS) -> Iterator[list[R]]:
    """fn over every item, one result list per input chunk, in order; a worker gets task_size
    items at a time. The next chunk is submitted before the current one's results are handed
    out, so workers never wait for the caller's writes."""
    if pool is None:
        for batch in batches:
            yield [fn(item) for item in batch]
        return
    pending = None
    for batch in batches:
        submitted = pool.map(fn, batch, chunksize=task_size)
        if pending is not None:
            yield list(pending)
        pending = submitted
    if pending is not None:
        yield list(pending)
