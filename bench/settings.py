"""In-process benchmark: production-like (DEBUG off, no query logging), any throwaway database.

DATABASE_URL and MEDIA_ROOT come from the environment (bench/run.py sets both to temp paths).
The page cache, if the project has one, is off: this part measures the work of a render.
"""

from site_config.settings.base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "bench-only-insecure-key-for-throwaway-databases-0123456789"
ALLOWED_HOSTS = ["*"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
PAGE_CACHE_ENABLED = False
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
