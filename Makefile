# Two commands for a fresh machine with only Python 3.11 and make: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.requirements-installed
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run serve test lint format messages makemessages migrate demo check clean bench loadtest backup

# The venv is rebuilt only when a requirements file changes.
$(STAMP): requirements.txt requirements-dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $(STAMP)

messages: $(STAMP)
	$(MANAGE) compile_translations

migrate: $(STAMP)
	$(MANAGE) migrate --noinput

demo: migrate
	$(MANAGE) load_demo_content

run: messages demo
	$(MANAGE) ensure_local_admin
	@echo ""
	@echo "  Site:   http://$(HOST):$(PORT)/  (Uzbek /uz/, Russian /ru/, English /en/)"
	@echo "  Admin:  http://$(HOST):$(PORT)/admin/"
	@echo ""
	$(MANAGE) runserver $(HOST):$(PORT)

# Production settings under gunicorn: needs SECRET_KEY, ALLOWED_HOSTS and DATABASE_URL.
# The scheduler (scheduled publishing and expiry, every minute) runs beside gunicorn in the same
# recipe shell and is stopped with SIGTERM when gunicorn exits (gunicorn must not be the last
# command: sh would exec it and never run the trap). With several servers, all but one run
# `make serve SCHEDULER=0`.
serve: messages
	DJANGO_SETTINGS_MODULE=site_config.settings.production $(MANAGE) migrate --noinput
	DJANGO_SETTINGS_MODULE=site_config.settings.production $(MANAGE) collectstatic --noinput
	if [ "$(SCHEDULER)" != "0" ]; then \
	  DJANGO_SETTINGS_MODULE=site_config.settings.production $(MANAGE) run_scheduler & \
	  scheduler=$$!; trap 'kill $$scheduler 2>/dev/null' EXIT INT TERM; \
	fi; \
	DJANGO_SETTINGS_MODULE=site_config.settings.production $(VENV)/bin/gunicorn -c gunicorn.conf.py; \
	status=$$?; exit $$status

# One pytest worker per CPU (pytest-xdist); PYTEST_ARGS="-n 0 tests/news" for one process.
PYTEST_ARGS ?= -n auto
test: messages
	$(PY) -m pytest $(PYTEST_ARGS)

# ruff, and the layer contract of pyproject.toml (import-linter; see docs/architecture.md).
lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(VENV)/bin/lint-imports

format: $(STAMP)
	$(PY) -m ruff check --fix .
	$(PY) -m ruff format .

# Needs GNU gettext (xgettext); only for whoever adds interface strings.
makemessages: $(STAMP)
	$(MANAGE) makemessages -l uz -l ru -i ".venv/*" -i "test-artifacts/*" -i "bench/*"

check: $(STAMP)
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run

clean:
	rm -rf $(VENV) test-artifacts staticfiles

# Database (pg_dump, or SQLite's online backup) and media into backups/<UTC time>/; put back with
# `manage.py restore backups/<time>/`. Elsewhere: make backup BACKUP_ARGS="--output /srv/backups".
backup: $(STAMP)
	$(MANAGE) backup $(BACKUP_ARGS)

# Performance benchmark on throwaway databases in a temp directory (bench/run.py); results in
# bench/results/latest.json. Smaller or longer runs: make bench BENCH_ARGS="--articles 1000".
bench: messages
	$(PY) -m bench.run $(BENCH_ARGS)

# Load test by hand (bench/load_test.py): gunicorn + PostgreSQL, 50 readers while an editor
# publishes; exits non-zero on any error. LOADTEST_ARGS="--duration 30 --database-url ...".
loadtest: messages
	$(PY) -m bench.load_test $(LOADTEST_ARGS)
