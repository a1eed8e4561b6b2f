"""Background tasks: Wagtail's own (search index, reference index, CDN purge, deleting replaced
files) go through django-tasks. "immediate" runs them inside the request (make run, the tests);
"database" (production's default) queues them in the database (django-tasks-db), with the
publish's transaction, for `manage.py db_worker`, which `make serve` starts beside gunicorn
(README.md, "Deployment")."""

from django.core.exceptions import ImproperlyConfigured


def task_settings(backend):
    backends = {
        "immediate": "django_tasks.backends.immediate.ImmediateBackend",
        "database": "django_tasks_db.DatabaseBackend",
    }
    if backend not in backends:
        raise ImproperlyConfigured(f"TASKS_BACKEND must be immediate or database, not {backend!r}.")
    return {"default": {"BACKEND": backends[backend]}}
