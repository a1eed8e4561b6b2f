"""Logs go to stdout, one JSON object a line (LOG_FORMAT=json, the default) or readable text
(LOG_FORMAT=text, the default in dev), with the request id, path, method, status and locale."""


def logging_settings(log_format, level="INFO"):
    if log_format not in {"json", "text"}:
        raise ValueError(f"LOG_FORMAT must be json or text, not {log_format!r}")
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {
            "json": {"()": "core.logging.JSONFormatter"},
            "text": {"()": "core.logging.TextFormatter"},
        },
        "handlers": {
            "console": {
                "class": "logging.StreamHandler",
                "stream": "ext://sys.stdout",
                "formatter": log_format,
            }
        },
        "root": {"handlers": ["console"], "level": level},
        "loggers": {
            "django.request": {"level": "ERROR"},
            # Wagtail logs every page action and django-tasks every background task at INFO.
            "wagtail": {"level": "WARNING"},
            "django_tasks": {"level": "WARNING"},
            # Its version banner at every start, management commands included.
            "axes.apps": {"level": "WARNING"},
        },
    }
