# The two commands of the README: `make run` and `make test`. Everything else is optional.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run setup test eval bench lint clean

$(STAMP): requirements.txt requirements-dev.txt
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "$(PYTHON) not found; set PYTHON=python3"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $(STAMP)

setup: $(STAMP)
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py collectstatic --noinput --verbosity 0
	$(BIN)/python manage.py load_gazetteers
	$(BIN)/python manage.py ingest seeds/
	$(BIN)/python manage.py ensure_demo_user

run: setup
	@echo "Kutip on http://127.0.0.1:8000/ (web, Celery worker and beat; Ctrl-C stops all three)"
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/honcho start

test: $(STAMP)
	$(BIN)/python -m pytest

# On a database of its own (the gazetteers, no claims), so what is measured is this extractor
# and these articles alone, whatever the development database holds.
eval: $(STAMP)
	@d=$$(mktemp -d) && trap 'rm -rf "$$d"' EXIT && export KUTIP_VAR_DIR=$$d DATABASE_URL=sqlite:///$$d/eval.sqlite3 && \
	$(BIN)/python manage.py migrate --noinput --verbosity 0 && \
	$(BIN)/python manage.py load_gazetteers --verbosity 0 && \
	$(BIN)/python manage.py evaluate --grouping ../shared/corpus/gold/*.json

bench: $(STAMP)
	$(BIN)/python bench/bench_matching.py

clean:
	rm -rf $(VENV) var
