# Samverkan: the two commands are `make run` and `make test`.
SHELL := /bin/bash
PORT ?= 8000
UV := $(shell command -v uv 2>/dev/null || echo "$(HOME)/.local/bin/uv")
PY := $(UV) run --frozen python
export UV_PYTHON_DOWNLOADS := never
TEMPLATE_DIRS := $(wildcard templates */templates)

.PHONY: run test test-fast query-counts install install-test-tools install-bench-tools migrate demo lint fmt typecheck schema messages check-schema bench bench-smoke

## Install what is missing: uv, the Python packages (from uv.lock).
install:
	@command -v uv >/dev/null 2>&1 || [ -x "$(UV)" ] || python3 -m pip install --user --quiet uv
	@$(UV) sync --frozen --quiet

## Test tools: Chromium (Debian package); axe-core and oidc-provider (npm, package-lock.json).
install-test-tools:
	@[ -x /usr/bin/chromium ] || { echo "Installing Chromium (Debian package)…"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null \
	  || { echo "Could not install chromium; install the Debian package 'chromium' as root."; exit 1; }; }
	@[ -f node_modules/axe-core/axe.min.js ] && [ -f node_modules/oidc-provider/package.json ] \
	  || npm ci --silent --no-audit --no-fund

migrate: install
	@$(PY) manage.py migrate --noinput -v0
	@$(PY) manage.py compilemessages -v0 --ignore=.venv 2>/dev/null || true

## Migrate SQLite under var/, load territory and demo, start web server and task worker.
run: migrate
	@$(PY) manage.py load_territory
	@$(PY) manage.py seed_demo --force
	@$(PY) manage.py collectstatic --noinput -v0
	@PORT=$(PORT) UV="$(UV)" bin/run

## Run the whole suite (unit, integration, browser tests) on the configured database.
test: install install-test-tools
	@$(PY) manage.py compilemessages -v0 --ignore=.venv 2>/dev/null || true
	@$(UV) run --frozen pytest -n 2 --durations=20

## The inner loop: the whole suite but the browser tests.
test-fast: install
	@$(UV) run --frozen pytest -n 2 -m "not e2e" --durations=20

## Rewrite the query counts kept in tests/query_counts.json, when a page's count changes on purpose:
## run it on SQLite and on PostgreSQL (DATABASE_URL=postgres://…) and commit the file with the change.
query-counts: install
	@UPDATE_QUERY_COUNTS=1 $(UV) run --frozen pytest -p no:xdist $$(grep -rlE "assert_bounded|check_baseline" tests --include="test_*.py")

## What CI checks besides the tests: ruff, the template format (djlint), the types (mypy).
lint: typecheck
	@$(UV) run --frozen ruff check .
	@$(UV) run --frozen ruff format --check .
	@$(UV) run --frozen lint-imports --no-logo
	@$(UV) run --frozen djlint --check $(TEMPLATE_DIRS)
	@$(UV) run --frozen djlint --lint $(TEMPLATE_DIRS)

## Format Python (ruff) and the templates (djlint).
fmt:
	@$(UV) run --frozen ruff check --fix .
	@$(UV) run --frozen ruff format .
	@$(UV) run --frozen djlint --reformat --quiet $(TEMPLATE_DIRS) || true

## Types: mypy with django-stubs, configured in pyproject.toml ([tool.mypy]).
typecheck:
	@$(UV) run --frozen mypy

## Regenerate the committed OpenAPI schema (a test fails when it drifts).
schema:
	@$(PY) manage.py spectacular --file api/schema.yml --validate

messages:
	@$(PY) manage.py makemessages -l en --ignore=.venv --ignore=node_modules
	@$(PY) manage.py compilemessages --ignore=.venv

## Benchmarks (not part of `make test`): key pages and API lists against a bare-view floor (on the
## scale data, generated when missing: SIZE=small|county|national), import speed against a bare COPY.
bench: migrate install-bench-tools
	@$(PY) manage.py load_territory -v0
	@$(PY) benchmarks/pages.py --generate --size $${SIZE:-national} --repeat $${REPEAT:-100}
	@$(PY) benchmarks/load.py --workers $${WORKERS:-4} --seconds $${SECONDS_EACH:-10} --concurrency 1 8 32
	@$(PY) benchmarks/import_observations.py --rows $${ROWS:-5000000}

## The load generator of the load test (Debian's wrk).
install-bench-tools:
	@command -v wrk >/dev/null 2>&1 || { echo "Installing wrk (Debian package)…"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk) >/dev/null \
	  || { echo "Could not install wrk; install the Debian package 'wrk' as root."; exit 1; }; }

## The benchmark suite still runs (CI): small size on a throw-away SQLite database, no timing checked.
bench-smoke: install
	@export SAMVERKAN_VAR_DIR="$$(mktemp -d)" DEBUG=true; \
	  $(PY) manage.py migrate --noinput -v0 && $(PY) manage.py load_territory -v0 && \
	  $(PY) benchmarks/pages.py --generate --size small --repeat 2 --no-write && \
	  $(PY) benchmarks/import_observations.py --rows 3000 --no-write
