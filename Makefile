# The README names two commands: `make run` (extract raw/ into output/) and `make test`.
# Both create .venv and install the exact pins of requirements.lock first, so a fresh clone
# needs nothing but Python 3.11 and make.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup run test evaluate bench lint clean

setup: $(STAMP)

$(STAMP): pyproject.toml requirements.lock
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "error: $(PYTHON) not found; install Python 3.11 or run 'make PYTHON=/path/to/python3.11 ...'"; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@echo "Installing pinned dependencies into $(VENV) (first run only, about 1 minute)..."
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $(STAMP)

run: setup
	@$(BIN)/pko-extract run raw --output output

test: setup
	@$(BIN)/python -m pytest $(PYTEST_ARGS)

evaluate: setup
	@$(BIN)/pko-extract evaluate --gold ../shared/corpus/gold ../shared/corpus/docs

bench: setup
	@$(BIN)/python benchmarks/bench_extract.py

lint: setup
	@$(BIN)/python -m ruff check src flows tests

clean:
	rm -rf $(VENV) build src/*.egg-info
