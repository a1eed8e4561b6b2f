"""Production: every secret and host comes from the environment; refuses to start without them."""

import os

from .base import *  # noqa: F403
from .base import cache_settings, env, task_settings

INSECURE_KEY_MARKERS = ("django-insecure", "dev-only", "test-only", "change-me", "changeme")


def require_secret_key():
    key = env.str("SECRET_KEY", "")
    if not key:
        raise SystemExit(
            "SECRET_KEY is not set: export a long random SECRET_KEY before starting with "
            "production settings (python -c 'import secrets; print(secrets.token_urlsafe(50))')."
        )
    if len(key) < 50 or any(marker in key.lower() for marker in INSECURE_KEY_MARKERS):
        raise SystemExit(
            "SECRET_KEY is too weak: use at least 50 random characters, not a development key."
        )
    return key


DEBUG = False
SECRET_KEY = require_secret_key()
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
LANGUAGE_COOKIE_HTTPONLY = True

EMAIL_BACKEND = env.str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")

# Cache: several gunicorn workers must see one page cache (a publish in one worker invalidates
# it for all), so without Redis it lives in a directory, not in each process's memory.
CACHES = cache_settings(
    env.str("REDIS_URL", ""),
    env.str("CACHE_DIR", "") or os.path.join(env.str("TMPDIR", "/tmp"), "obgyn-cache"),
)
# Wagtail reads image renditions from the "renditions" alias: the default cache, through a view
# that keeps Wagtail from storing again on every render what it has just read
# (core.rendition_cache).
CACHES["renditions"] = {"BACKEND": "core.rendition_cache.RenditionCache", "LOCATION": "default"}

# Wagtail's background tasks wait in the database for `manage.py db_worker` (make serve starts
# it), so a publish does not index and purge inside the editor's request.
TASKS = task_settings(env.str("TASKS_BACKEND", "database"))
