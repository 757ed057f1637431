# Set-up on a fresh machine needs only python3 (3.11): everything else comes from uv.lock.
SHELL := /bin/bash
UV_VERSION := 0.13.9
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv
PY := $(VENV)/bin/python
export DAGSTER_HOME := $(CURDIR)/.dagster_home
export UV_PROJECT_ENVIRONMENT := $(VENV)
export GX_ANALYTICS_ENABLED := False
UI_HOST ?= 127.0.0.1
UI_PORT ?= 3000

.PHONY: run test ui env dbt-docs bench soak clean

$(UV):
	python3 -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet uv==$(UV_VERSION)

# The environment, exactly as locked (hashes included); re-synced when the lock changes.
$(VENV)/.synced: $(UV) uv.lock pyproject.toml
	$(UV) sync --frozen --python python3.11
	touch $@

env: $(VENV)/.synced

## run: the whole pipeline on the sample corpus into data/warehouse.duckdb, with a summary
##      (make run ARGS=--full-refresh rebuilds the marts after an upgrade changed their columns)
run: env
	$(PY) -m orchestration $(ARGS)

## test: the whole test suite
test: env
	$(PY) -m pytest -q

## ui: the Dagster web UI on http://$(UI_HOST):$(UI_PORT)
ui: env
	$(VENV)/bin/dagster dev -w workspace.yaml -h $(UI_HOST) -p $(UI_PORT)

## bench: throughput benchmark, BENCH_DOCS documents (default 10000) -> bench/out/latest.json
BENCH_DOCS ?= 10000
bench: env
	$(PY) -m bench.run --docs $(BENCH_DOCS)

## soak: fuzz and crash-test the pipeline for SOAK_MINUTES, print what was lost
SOAK_MINUTES ?= 30
soak: env
	$(PY) scripts/soak.py --minutes $(SOAK_MINUTES)

## dbt-docs: build and serve the dbt docs on http://127.0.0.1:8080
dbt-docs: env
	cd dbt_project && ../$(VENV)/bin/dbt docs generate --profiles-dir . && ../$(VENV)/bin/dbt docs serve --profiles-dir . --host 127.0.0.1 --port 8080

clean:
	rm -rf data/warehouse.duckdb data/reports dbt_project/target
