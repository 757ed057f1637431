"""Both cores for per-document work: worker processes fed chunk by chunk, results in order.

The assets read a chunk of documents, hand it to the pool and write the previous chunk's
results while the workers run, so at most two chunks are in memory whatever the range holds.
NEWSCLAIMS_WORKERS sets the number of workers (default: every core; 1 = in-process).

Workers are forked from a fork server that imported only the worker functions' module
(extract.rows: spaCy, trafilatura), not from the run's process: forked from it, each worker
carried Dagster, dbt and whatever earlier steps had left, and its resident size grew with
the run's (at 10,000 benchmark documents 470 MiB before its first document, ~190 MiB from
the fork server). Each worker loads the spaCy pipelines on its first document (under a
second). Where there is no fork server the workers are spawned.
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
# What the fork server imports: the modules whose functions the assets send to workers.
WORKER_MODULES = ["extract.rows"]


def worker_count() -> int:
    return max(1, int(os.environ.get(WORKERS_ENV) or os.cpu_count() or 1))


@contextmanager
def worker_pool(workers: int | None = None) -> Iterator[Executor | None]:
    """A process pool, or None (work in this process) when one worker is asked for."""
    workers = workers or worker_count()
    if workers <= 1:
        yield None
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    if context.get_start_method() == "forkserver":
        context.set_forkserver_preload(WORKER_MODULES)
    with ProcessPoolExecutor(max_workers=workers, mp_context=context,
                             initializer=_adopt_environment, initargs=(dict(os.environ),)) as pool:
        yield pool


def _adopt_environment(environ: dict[str, str]) -> None:
    """The fork server keeps the environment it started with; a worker takes the one of the
    pool's creation (NEWSCLAIMS_* settings may change between runs of one process)."""
    os.environ.clear()
    os.environ.update(environ)


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
