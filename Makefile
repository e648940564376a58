# Two commands set everything up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
PEERS  := .bench-peers

.PHONY: help venv redis-server lint format typecheck spec spec-build check-generated generate test demo bench clean

help:
	@echo "make demo             run examples/quickstart.py against an embedded devserver"
	@echo "make test             everything CI checks: lint, mypy, spec, generated/ freshness, pytest"
	@echo "make spec-build       rebuild openapi.yaml from ../shared/reference and codegen/spec_overlay.yaml"
	@echo "make generate         rebuild generated/ from openapi.yaml"
	@echo "make check-generated  fail if generated/ is stale"
	@echo "make bench            benchmarks, side by side with schematichq; table + chart in benchmarks/results/"

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

# The Redis cache tests run a real redis-server; install Debian's when it is missing.
redis-server:
	@command -v redis-server >/dev/null 2>&1 || { \
		echo "installing redis-server (Debian package)"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] && echo "" || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq redis-server >/dev/null; }

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: venv
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

typecheck: venv
	$(BIN)/mypy

spec: venv
	$(BIN)/openapi-spec-validator openapi.yaml

spec-build: venv
	$(BIN)/python codegen/build_spec.py

check-generated: venv
	$(BIN)/python codegen/generate.py --check

generate: venv
	$(BIN)/python codegen/generate.py

test: venv redis-server lint typecheck spec check-generated
	$(BIN)/python -m pytest

demo: venv
	$(BIN)/python examples/quickstart.py

$(PEERS)/.stamp:
	$(PYTHON) -m venv $(PEERS)
	$(PEERS)/bin/python -m pip install -q --upgrade pip
	$(PEERS)/bin/python -m pip install -q schematichq==1.4.6 websockets wasmtime==50.0.1  # its datastream mode
	touch $@

$(VENV)/.bench-stamp: $(STAMP)
	$(BIN)/python -m pip install -q -e '.[dev,bench]'
	touch $@

bench: $(VENV)/.bench-stamp $(PEERS)/.stamp
	PEER_PYTHON=$(CURDIR)/$(PEERS)/bin/python $(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) $(PEERS) .pytest_cache .mypy_cache .ruff_cache
