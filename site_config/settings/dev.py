"""Local development: DEBUG on, a fixed throwaway key, e-mails printed to the console."""

from .base import *  # noqa: F403
from .base import env, logging_settings

DEBUG = env.bool("DEBUG", True)
SECRET_KEY = env.str("SECRET_KEY", "") or "dev-only-insecure-key-never-use-in-production"
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Serve static files straight from the source folders; no collectstatic needed.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# Logs: readable text unless LOG_FORMAT says otherwise.
LOGGING = logging_settings(env.str("LOG_FORMAT", "text"), env.str("LOG_LEVEL", "INFO"))
