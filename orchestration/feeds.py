"""The feed source: a job that downloads the configured feeds into today's landing folder."""

import os
from datetime import date
from pathlib import Path

import dagster as dg
import yaml

from extract.feeds import fetch_sources
from orchestration.settings import REPO_ROOT, landing_dir


class FeedConfig(dg.Config):
    config_file: str = ""  # default: NEWSCLAIMS_FEEDS or config/feeds.yaml
    day: str = ""  # landing day; default today


def feeds_file(configured: str) -> Path:
    return Path(configured or os.environ.get("NEWSCLAIMS_FEEDS", REPO_ROOT / "config" / "feeds.yaml"))


@dg.op(description="Fetch the configured RSS/Atom feeds and article URLs into the day's landing folder, politely.")
def fetch_feeds(context: dg.OpExecutionContext, config: FeedConfig) -> dg.Output[int]:
    settings = yaml.safe_load(feeds_file(config.config_file).read_text()) or {}
    urls = settings.get("urls") or []
    dest = landing_dir() / (config.day or date.today().isoformat())
    dest.mkdir(parents=True, exist_ok=True)
    report = fetch_sources(
        urls,
        dest,
        user_agent=settings["user_agent"],
        min_interval_s=float(settings.get("min_interval_s", 1.0)),
        timeout_s=float(settings.get("timeout_s", 20)),
        max_bytes=int(settings.get("max_bytes", 5_000_000)),
        max_redirects=int(settings.get("max_redirects", 5)),
        allow_private=bool(settings.get("allow_private", False)),
    )
    for failure in report.failures:
        context.log.warning(f"{failure.url}: {failure.reason} ({failure.detail})")
    return dg.Output(
        len(report.fetched),
        metadata={
            "fetched": len(report.fetched),
            "already_present": len(report.already_present),
            "failed": len(report.failures),
            "failures": dg.MetadataValue.json([f.__dict__ for f in report.failures][:100]),
            "landing_folder": dg.MetadataValue.path(str(dest)),
        },
    )


@dg.job(description="Download the configured feeds into today's landing folder (the landing sensor takes it from there).")
def fetch_feeds_job():
    fetch_feeds()


fetch_feeds_schedule = dg.ScheduleDefinition(job=fetch_feeds_job, cron_schedule="0 * * * *")
