# The README's two commands are `make run` and `make test`; `make help` lists the rest.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
MANAGE := $(BIN)/python manage.py
# pytest-xdist workers for `make test` (the machines have two cores).
TEST_WORKERS ?= 2

.DEFAULT_GOAL := help
.PHONY: help install install-dev run test test-browser bench lint lint-frontend format messages compilemessages migrate seed clean

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  make %-16s %s\n", $$1, $$2}'

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/activate
	$(BIN)/pip install --quiet -r requirements.txt
	@touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/activate
	$(BIN)/pip install --quiet -r requirements-dev.txt
	@touch $@ $(VENV)/.installed

install: $(VENV)/.installed ## Create .venv and install the pinned requirements

install-dev: $(VENV)/.installed-dev ## Install the test and lint tools as well

compilemessages: $(VENV)/.installed ## Compile the .po translations (pure Python, no gettext needed)
	$(MANAGE) compile_translations -v0

migrate: $(VENV)/.installed
	TASKS_BACKEND=immediate $(MANAGE) migrate --noinput -v0

seed: migrate ## Load the demo content (idempotent)
	TASKS_BACKEND=immediate $(MANAGE) seed_demo

run: install compilemessages seed ## Serve the demo on http://$(HOST):$(PORT)/ with the task worker and scheduler
	@bash scripts/run-all.sh "$(HOST)" "$(PORT)"

test: install-dev compilemessages ## Run the test suite (SQLite, or DATABASE_URL's database)
	DJANGO_SETTINGS_MODULE=config.settings.test $(BIN)/pytest -p no:cacheprovider -n $(TEST_WORKERS) --dist loadgroup

test-browser: install-dev compilemessages ## Open every page type in Chromium and run axe-core on it
	bash tests/browser/run.sh

bench: seed ## Print render time and query count per page type and language
	$(BIN)/python bench/render_pages.py

lint: install-dev lint-frontend ## Ruff, djhtml, the Django checks, and stylelint, eslint and prettier
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates */templates
	DJANGO_SETTINGS_MODULE=config.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=config.settings.test $(MANAGE) makemigrations --check --dry-run

# npm writes node_modules/.package-lock.json on every install: npm ci runs
# when node_modules is missing or older than the lock file.
node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error

lint-frontend: node_modules/.package-lock.json ## stylelint (Wagtail's config), eslint and prettier on static/
	npm run --silent lint

format: install-dev node_modules/.package-lock.json ## Format Python with ruff, templates with djhtml, CSS and JS with stylelint, eslint and prettier
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml templates */templates
	npm run --silent format

# One --locale per SITE_LANGUAGES code but the source, from the settings (and
# so from .env): --all would only visit the catalogues that exist already.
LOCALE_OPTIONS = $(MANAGE) shell -v0 -c 'from django.conf import settings; from django.utils.translation import to_locale; print(*(f"--locale={to_locale(c)}" for c in settings.SITE_LANGUAGES[1:]))'

messages: install ## Extract interface strings into locale/<lang>/LC_MESSAGES/django.po (a new language's is created)
	$(MANAGE) makemessages $$($(LOCALE_OPTIONS)) --ignore=.venv --ignore=node_modules --ignore=staticfiles --no-obsolete

clean: ## Remove the virtual environment, database and collected files
	rm -rf $(VENV) db.sqlite3 staticfiles .test-media media
