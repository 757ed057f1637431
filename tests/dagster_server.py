"""The Dagster web server for a test: started on a free loopback port with its own DAGSTER_HOME
and warehouse, waited for, and stopped with every process it forked.

    with dagster_server.running(tmp_path) as base:  # base = "http://127.0.0.1:<port>"
        ...
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
START_SECONDS = 240  # the code location imports the whole pipeline; slow on a busy machine


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running(tmp_path: Path, *, via_make: bool = False) -> Iterator[str]:
    """Yield the server's base URL once /server_info answers on loopback. `via_make` starts it
    through `make ui` with the Makefile's own host default (UI_HOST unset)."""
    port = free_port()
    home = tmp_path / "home"
    home.mkdir()
    (home / "dagster.yaml").write_text((REPO / ".dagster_home" / "dagster.yaml").read_text())
    env = {**os.environ, "DAGSTER_HOME": str(home), "NEWSCLAIMS_WAREHOUSE": str(tmp_path / "w.duckdb")}
    if via_make:
        env.pop("UI_HOST", None)
        # `-o env`: the venv is there already; DAGSTER_HOME on the command line beats the Makefile's export
        command = ["make", "-o", "env", "ui", f"UI_PORT={port}", f"DAGSTER_HOME={home}"]
    else:
        dagster = Path(sys.executable).parent / "dagster"
        command = [str(dagster), "dev", "-w", "workspace.yaml", "-h", "127.0.0.1", "-p", str(port)]
    # A session of its own: `dagster dev` forks the web server and a code server, and stopping
    # the group stops them all.
    proc = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_SECONDS
        while True:
            try:
                with urllib.request.urlopen(f"{base}/server_info", timeout=5):
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"{' '.join(command)} did not come up on {base}") from None
                time.sleep(1)
        yield base
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
