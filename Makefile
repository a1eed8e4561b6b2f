# Two commands for a fresh machine with only Python 3.11 and make: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.requirements-installed
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run serve test lint format messages makemessages migrate demo check clean bench profile loadtest backup

# The venv is rebuilt only when a requirements file changes.
$(STAMP): requirements.txt requirements-dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $(STAMP)

# Compiles every catalogue, ours of Wagtail and wagtail-localize (locale/libraries/) included, and
# says how many of their installed strings lack Uzbek (docs/translating.md; never fails).
messages: $(STAMP)
	$(MANAGE) compile_translations
	$(MANAGE) update_library_catalogues --dry-run --verbosity 0

migrate: $(STAMP)
	$(MANAGE) migrate --noinput

demo: migrate
	$(MANAGE) load_demo_content

# The Site record (e-mail and API links) follows SITE_URL on migrate: here the runserver address,
# unless SITE_URL is set (core/site_url.py).
run: export SITE_URL ?= http://$(HOST):$(PORT)
run: messages demo
	$(MANAGE) ensure_local_admin
	@echo ""
	@echo "  Site:   http://$(HOST):$(PORT)/  (Uzbek /uz/, Russian /ru/, English /en/)"
	@echo "  Admin:  http://$(HOST):$(PORT)/admin/"
	@echo ""
	$(MANAGE) runserver $(HOST):$(PORT)

# Production settings under gunicorn: needs SECRET_KEY, ALLOWED_HOSTS and DATABASE_URL, and
# SITE_URL (the public address: migrate writes it into the Site record).
# Beside gunicorn, in the same recipe shell, run the scheduler (scheduled publishing and expiry,
# every minute) and the task worker (Wagtail's search index, reference index and CDN purges,
# queued in the database: TASKS_BACKEND=database, production's default); both are stopped with
# SIGTERM when gunicorn exits (gunicorn must not be the last command: sh would exec it and never
# run the trap). With several servers every one may run both: one scheduler holds the lock and
# the others wait (core.periodic), workers share the queue. SCHEDULER=0 or WORKER=0 leaves one out.
serve: messages
	DJANGO_SETTINGS_MODULE=site_config.settings.production $(MANAGE) migrate --noinput
	DJANGO_SETTINGS_MODULE=site_config.settings.production $(MANAGE) collectstatic --noinput
	pids=""; \
	if [ "$(SCHEDULER)" != "0" ]; then \
	  DJANGO_SETTINGS_MODULE=site_config.settings.production $(MANAGE) run_scheduler & \
	  pids="$$pids $$!"; \
	fi; \
	if [ "$(WORKER)" != "0" ]; then \
	  DJANGO_SETTINGS_MODULE=site_config.settings.production $(MANAGE) db_worker & \
	  pids="$$pids $$!"; \
	fi; \
	trap 'kill $$pids 2>/dev/null' EXIT INT TERM; \
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
# With BACKUP_S3_BUCKET set it also goes to that bucket, the newest BACKUP_KEEP kept there;
# `manage.py restore --from-bucket latest` fetches it back (README.md, "Backups").
backup: $(STAMP)
	$(MANAGE) backup $(BACKUP_ARGS)

# Performance benchmark on throwaway databases in a temp directory (bench/run.py); results in
# bench/results/latest.json. Smaller or longer runs: make bench BENCH_ARGS="--articles 1000".
bench: messages
	$(PY) -m bench.run $(BENCH_ARGS) $(if $(BENCH_ANCHOR),--anchor $(BENCH_ANCHOR))

# Where an uncached article, the news index and the home page spend their CPU, under production
# settings in one process (bench/profile.py: CPU per request, then cProfile by area and by
# function; .prof files in bench/results/profile/). Builds the archive in $TMPDIR/obgyn-profile
# the first time. PROFILE_ARGS="--requests 300 --pages article" or "--redis-url redis://...".
profile: messages
	$(PY) -m bench.profile $(PROFILE_ARGS)

# Load test by hand (bench/load_test.py): gunicorn + PostgreSQL, 50 readers while an editor
# publishes; exits non-zero on any error. LOADTEST_ARGS="--duration 30 --database-url ...".
loadtest: messages
	$(PY) -m bench.load_test $(LOADTEST_ARGS)
