# Two commands on a fresh machine (Python 3.11+, pip, gcc): `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO := demo-output
TORCH ?= 2.13.0

.PHONY: install demo test lint bench screenshots clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# The CPU build first: sentence-transformers would otherwise pull torch with gigabytes of CUDA.
	$(BIN)/pip install --quiet torch==$(TORCH)
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: install
	mkdir -p $(DEMO)
	$(BIN)/crosscheck analyze examples/demo --sources examples/sources.yaml --profile examples/tarn-valley.yaml \
		--db $(DEMO)/crosscheck.db
	$(BIN)/crosscheck export --db $(DEMO)/crosscheck.db --format json -o $(DEMO)/crosscheck.json
	$(BIN)/crosscheck check "Dravian forces have never targeted civilians" --speaker "Aurel Mandric" \
		--db $(DEMO)/crosscheck.db --claimreview $(DEMO)/claimreview.jsonld
	$(BIN)/crosscheck report --db $(DEMO)/crosscheck.db -o $(DEMO)/report.html

lint: install
	$(BIN)/ruff check src tests benchmarks

test: lint
	$(BIN)/pytest

# The README's pictures of the report and the web UI, taken by the browser tests in Debian's Chromium.
screenshots: install
	CROSSCHECK_SCREENSHOTS=docs/screenshots $(BIN)/pytest -q tests/web/test_browser.py

bench: install
	$(BIN)/python benchmarks/ingest.py ../shared/data/bbc
	$(BIN)/python benchmarks/extract.py ../shared/data/bbc
	$(BIN)/python benchmarks/align.py ../shared/data/bbc
	$(BIN)/python benchmarks/fnc1.py ../shared/data/fnc1/train

clean:
	rm -rf $(VENV) $(DEMO) .pytest_cache .ruff_cache
