"""Orchestration of the landing folders: the feed job fills today's folder, the sensor asks
for runs of exactly the days whose files changed, the schedule targets yesterday."""

from __future__ import annotations

import datetime as dt

import dagster as dg
import yaml

from orchestration.definitions import build_defs
from test_feeds import start_server


def test_feed_job_lands_pages_and_the_sensor_requests_that_day(tmp_path, monkeypatch):
    landing = tmp_path / "raw"
    monkeypatch.setenv("NEWSCLAIMS_LANDING", str(landing))
    httpd, base, log = start_server()
    try:
        config = tmp_path / "feeds.yaml"
        config.write_text(yaml.safe_dump({
            "user_agent": "newsclaims-test", "min_interval_s": 0.01, "timeout_s": 5,
            "allow_private": True, "urls": [f"{base}/feed.rss"],
        }))
        defs = build_defs(str(tmp_path / "w.duckdb"))
        job = defs.get_job_def("fetch_feeds_job")
        day = "2024-11-05"
        result = job.execute_in_process(
            run_config={"ops": {"fetch_feeds": {"config": {"config_file": str(config), "day": day}}}}
        )
        assert result.success
        fetched = result.output_for_node("fetch_feeds")
        assert fetched >= 2
        assert not any(path.startswith("/private/") for path, *_ in log)  # robots.txt honoured
    finally:
        httpd.shutdown()
        httpd.server_close()

    sensor = defs.get_sensor_def("landing_sensor")
    with dg.instance_for_test() as instance:
        first = sensor(dg.build_sensor_context(instance=instance))
        assert [r.partition_key for r in first.run_requests] == [day]
        # nothing changed: no run
        again = sensor(dg.build_sensor_context(instance=instance, cursor=first.cursor))
        assert again.run_requests == []
        # a new file in another day: a run for that day only
        (landing / "2024-11-06").mkdir()
        (landing / "2024-11-06" / "new.txt").write_text("Kyiv said on Monday that 3,000 soldiers arrived.")
        third = sensor(dg.build_sensor_context(instance=instance, cursor=first.cursor))
        assert [r.partition_key for r in third.run_requests] == ["2024-11-06"]


def test_schedule_runs_yesterdays_partition(tmp_path):
    defs = build_defs(str(tmp_path / "w.duckdb"))
    schedule = defs.get_schedule_def("newsclaims_pipeline_schedule")
    with dg.instance_for_test() as instance:
        when = dt.datetime(2024, 12, 17, 6, 0, tzinfo=dt.timezone.utc)
        request = schedule(dg.build_schedule_context(instance=instance, scheduled_execution_time=when))
    assert request.partition_key == "2024-12-16"
