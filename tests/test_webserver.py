"""The web UI starts the way `make ui` starts it, on loopback, and serves the whole asset graph."""

from __future__ import annotations

import json
import time
import urllib.request

import dagster_server
import pytest

QUERY = "{ assetNodes { assetKey { path } } }"


@pytest.fixture
def webserver(tmp_path):
    with dagster_server.running(tmp_path) as base:
        yield base


def graphql(base: str, query: str) -> dict:
    request = urllib.request.Request(
        f"{base}/graphql", data=json.dumps({"query": query}).encode(), headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.load(response)


def test_ui_serves_every_asset(webserver):
    from orchestration.definitions import build_defs

    deadline = time.monotonic() + 120
    while True:  # the code location loads after the server answers
        nodes = (graphql(webserver, QUERY).get("data") or {}).get("assetNodes") or []
        if nodes or time.monotonic() > deadline:
            break
        time.sleep(2)
    served = {"/".join(n["assetKey"]["path"]) for n in nodes}
    expected = {k.to_user_string() for k in build_defs().resolve_all_asset_keys()}
    assert expected and expected <= served
    assert {"raw/documents", "cleaned/documents", "extracted/claims", "marts/fct_figures"} <= served
