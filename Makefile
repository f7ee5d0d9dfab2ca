# The two commands the README opens with: `make demo` and `make test`.
VENV ?= .venv
DEMO_DIR ?= .hubbot-demo
export PYTHONUNBUFFERED := 1

.PHONY: demo test lint bench setup setup-dev clean

setup:
	bash scripts/bootstrap.sh

setup-dev:
	bash scripts/bootstrap.sh dev

demo: setup
	$(VENV)/bin/hubbot init --dir $(DEMO_DIR)
	cd $(DEMO_DIR) && ../$(VENV)/bin/hubbot console

test: setup-dev
	$(VENV)/bin/ruff check hubbot tests
	$(VENV)/bin/python -m pytest -q $(PYTEST_ARGS)

lint: setup-dev
	$(VENV)/bin/ruff check hubbot tests
	$(VENV)/bin/ruff format --check hubbot tests

bench: setup
	$(VENV)/bin/hubbot init --dir $(DEMO_DIR)
	cd $(DEMO_DIR) && ../$(VENV)/bin/hubbot bench --json bench.json

clean:
	rm -rf $(VENV) $(DEMO_DIR)
