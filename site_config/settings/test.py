"""The test suite: SQLite unless DATABASE_URL says otherwise, fast hashing, no DEBUG."""

import os
import secrets

from .base import *  # noqa: F403
from .base import BASE_DIR, cache_settings, env, task_settings

DEBUG = False
SECRET_KEY = "test-only-insecure-key"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = BASE_DIR / "test-artifacts" / "media"
WAGTAILADMIN_BASE_URL = "http://testserver"
# Serve static files straight from the source folders; no collectstatic needed.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Django's test client logs in without a request, which django-axes refuses; the throttling
# tests (tests/core/test_login_throttling.py) switch it back on.
AXES_ENABLED = False

# Page cache off: tests that count queries measure rendering. tests/core/test_page_cache.py
# switches it on. On a shared Redis (REDIS_URL), keys get a prefix per run and per xdist worker,
# exported so the servers a test starts share it, and no test database reads another's entries.
PAGE_CACHE_ENABLED = False
_run_prefix = os.environ.setdefault(
    "TEST_CACHE_KEY_PREFIX",
    os.environ.get("CACHE_KEY_PREFIX") or f"obgyn-test-{secrets.token_hex(4)}",
)
os.environ["CACHE_KEY_PREFIX"] = f"{_run_prefix}-{os.environ.get('PYTEST_XDIST_WORKER', 'main')}"
CACHES = cache_settings(env.str("REDIS_URL", ""))
# Never post to a developer's real channels; tests/telegram sets up its own fake Bot API.
TELEGRAM_BOT_TOKEN = ""
# Tests make users by the hundred and read the admin in the language they ask for; the Uzbek
# default for new users is tested on its own (tests/site_config/test_admin_language.py).
ADMIN_DEFAULT_LANGUAGE = ""
# Background tasks run inside the request; tests/core/test_background_tasks.py switches to the
# database queue and its worker.
TASKS = task_settings("immediate")
