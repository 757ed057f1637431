"""A sensor that requests a pipeline run for each landing folder whose files changed."""


import hashlib
import json
from datetime import date

import dagster as dg

from extract.reading import list_landing_files
from orchestration.partitions import FIRST_DAY
from orchestration.schedules import pipeline_job
from orchestration.settings import landing_dir


def folder_fingerprint(folder) -> str:
    """Changes when a file is added, removed, replaced or rewritten."""
    h = hashlib.sha256()
    for path in list_landing_files(folder):
        st = path.stat()
        h.update(f"{path.name}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()[:16]


def landing_days() -> list[str]:
    """Landing folder names that are valid partition keys (YYYY-MM-DD, not before FIRST_DAY)."""
    root = landing_dir()
    out = []
    for child in sorted(root.iterdir()) if root.is_dir() else []:
        try:
            day = date.fromisoformat(child.name)
        except ValueError:
            continue
        if child.is_dir() and day >= date.fromisoformat(FIRST_DAY) and day <= date.today():
            out.append(child.name)
    return out


@dg.sensor(job=pipeline_job, minimum_interval_seconds=60, default_status=dg.DefaultSensorStatus.STOPPED)
def landing_sensor(context: dg.SensorEvaluationContext):
    seen = json.loads(context.cursor or "{}")
    requests = []
    for day in landing_days():
        fingerprint = folder_fingerprint(landing_dir() / day)
        if seen.get(day) != fingerprint:
            requests.append(dg.RunRequest(partition_key=day, run_key=f"{day}:{fingerprint}"))
            seen[day] = fingerprint
    return dg.SensorResult(run_requests=requests, cursor=json.dumps(seen, sort_keys=True))
