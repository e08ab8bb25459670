VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
SAMPLES ?= sample_articles
# pytest-xdist workers; CI has two cores.
JOBS ?= 2

.PHONY: run test lint eval bench clean

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(PIP) install --quiet -e '.[test,parquet,scale]'
	touch $@

run: $(VENV)/.installed
	$(VENV)/bin/reader $(SAMPLES)

test: $(VENV)/.installed-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/pytest -n $(JOBS) -q

lint: $(VENV)/.installed-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

eval: $(VENV)/.installed
	$(PY) scripts/eval_all.py

bench: $(VENV)/.installed-test
	$(PY) bench/run.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
