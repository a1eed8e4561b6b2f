"""Which of the installed apps hold content, and where the site's own code lives.

An app joins the content apps by basing its AppConfig on ContentAppConfig; nothing else keeps a
list of them. Its apps.py imports this module, not the class, so that Django still finds the
app's own config as the only AppConfig in it.
"""

from functools import cache
from pathlib import Path

from django.apps import AppConfig, apps


class ContentAppConfig(AppConfig):
    """Base of the apps whose models readers see (pages, their links, snippets).

    Saving any of their rows is a content change (core.invalidation) and editors get every
    permission on their snippets (translations.roles): an app joins both by subclassing this.
    """

    default_auto_field = "django.db.models.BigAutoField"
    holds_content = True


@cache
def content_app_labels():
    """The labels of the installed content apps (home, news, events, partners)."""
    return tuple(
        config.label for config in apps.get_app_configs() if getattr(config, "holds_content", False)
    )


@cache
def project_app_paths():
    """The folders of the site's own apps (not the libraries'): packages at the project's top."""
    from django.conf import settings

    base = Path(settings.BASE_DIR)
    return tuple(
        config.path for config in apps.get_app_configs() if Path(config.path).parent == base
    )
