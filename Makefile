# The README names the commands: `make run` (extract raw/ into output/), `make test` and
# `make lint`.
# Each creates .venv and installs the exact pins of requirements.lock first, so a fresh clone
# needs nothing but Python 3.11 and make.
SHELL := /bin/bash
.SHELLFLAGS := -o pipefail -c
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# pytest-xdist: the suite on both cores, one test file per worker (the Prefect flow tests
# then share one worker's test server); PYTEST_ARGS replaces these (e.g. one test file)
PYTEST_ARGS ?= -n 2 --dist loadfile

.PHONY: setup run test soak evaluate eval-docs bench bench-rules bench-run lint train-roles literals clean

setup: $(STAMP)

$(STAMP): pyproject.toml requirements.lock
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "error: $(PYTHON) not found; install Python 3.11 or run 'make PYTHON=/path/to/python3.11 ...'"; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@echo "Installing pinned dependencies into $(VENV) (first run only, about 1 minute)..."
	@# (grep drops pip's notes about unreachable extra index folders configured on some machines)
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock 2>&1 | { grep -v "is ignored: it is neither a file nor a directory" || true; }
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e . 2>&1 | { grep -v "is ignored: it is neither a file nor a directory" || true; }
	@touch $(STAMP)

run: setup
	@$(BIN)/pko-extract run raw --output output

test: setup
	@$(BIN)/python -m pytest $(PYTEST_ARGS)

# generated reports with bad inputs and kill -9s between runs (docs/RELIABILITY.md); a few
# minutes on two cores; SOAK_ARGS=--full for 1,000 reports
SOAK_ARGS ?=
soak: setup
	@$(BIN)/python benchmarks/soak.py $(SOAK_ARGS)

evaluate: setup
	@$(BIN)/pko-extract evaluate --gold ../shared/corpus/gold ../shared/corpus/docs

eval-docs: setup
	@$(BIN)/python scripts/eval_update_results.py --gold ../shared/corpus/gold

train-roles: setup
	@$(BIN)/python scripts/train_roles.py --gold ../shared/corpus/gold

# the mission index's table of required literals (src/pko_extract/data/required_literals.json),
# after a change of the gazetteer, the mission cues or the index's regexes
literals: setup
	@$(BIN)/python scripts/build_literals.py

bench: setup
	@$(BIN)/python benchmarks/bench_extract.py

bench-rules: setup
	@$(BIN)/python benchmarks/bench_rules.py --profile 30

bench-run: setup
	@$(BIN)/python benchmarks/bench_run.py

# ruff, the import contracts of pyproject.toml ([tool.importlinter]) and mypy; all three
# run, and lint fails if any of them fails
lint: setup
	@status=0; \
	$(BIN)/python -m ruff check src flows tests || status=1; \
	$(BIN)/lint-imports || status=1; \
	$(BIN)/mypy src flows || status=1; \
	exit $$status

clean:
	rm -rf $(VENV) build src/*.egg-info
