# Two commands do all set-up on a fresh machine with Python 3.11 and pip:
#   make run   - install into .venv, provision models, run the pipeline on seeds/, show the result
#   make test  - the same set-up, then the gold checks and the test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

HVENV  := .venv-hanlp
HSTAMP := $(HVENV)/.installed-stamp

.PHONY: run test test-hanlp setup install bench clean

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check --upgrade "pip>=24" wheel setuptools
	$(BIN)/python -m pip install -q --disable-pip-version-check -c requirements.lock -e ".[test,dask,bench,report]"
	touch $(STAMP)

install: $(STAMP)

setup: install
	$(BIN)/ecoie setup

run: setup
	$(BIN)/ecoie run seeds/ --out out/records.jsonl --with-text

test: setup
	$(BIN)/ecoie validate annotations/
	$(BIN)/python -m pytest -q

# the optional HanLP backend (torch 2.13.0 CPU) in a venv of its own, so the core install stays lean
$(HSTAMP): pyproject.toml requirements-hanlp.lock
	test -x $(HVENV)/bin/python || $(PYTHON) -m venv $(HVENV)
	$(HVENV)/bin/python -m pip install -q --disable-pip-version-check --upgrade "pip>=24" wheel setuptools
	$(HVENV)/bin/python -m pip install -q --disable-pip-version-check -c requirements-hanlp.lock -e ".[hanlp,test]"
	touch $(HSTAMP)

test-hanlp: setup $(HSTAMP)
	$(HVENV)/bin/python -m pytest -q -m hanlp tests/test_hanlp_backend.py

bench: setup
	$(BIN)/python benchmarks/segmentation_throughput.py
	$(BIN)/python benchmarks/batch_scale.py

clean:
	rm -rf $(VENV) $(HVENV) out .pytest_cache
