"""What must hold for the whole project: migrations committed, code lint-clean, set-up commands."""

import shutil
import subprocess
from io import StringIO

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError

import pytest


@pytest.mark.django_db
def test_migrations_are_committed():
    output = StringIO()
    try:
        call_command("makemigrations", "--check", "--dry-run", stdout=output)
    except SystemExit as missing:
        pytest.fail(f"Uncommitted model changes (exit {missing.code}):\n{output.getvalue()}")


@pytest.mark.parametrize("command", [["check"], ["format", "--check"]])
def test_ruff_passes(command):
    ruff = shutil.which("ruff", path=str(settings.BASE_DIR / ".venv" / "bin")) or shutil.which(
        "ruff"
    )
    if ruff is None:
        pytest.skip("ruff is not installed (it is in requirements-dev.txt)")

    result = subprocess.run(
        [ruff, *command, "."], cwd=settings.BASE_DIR, capture_output=True, text=True
    )

    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.django_db
def test_loading_the_demo_again_changes_nothing(homes):
    from wagtail.models import Page

    from demo.loader import DemoLoader
    from tests.demo_subset import sechenov_subset

    before = sorted(Page.objects.values_list("id", "locale_id", "title", "live"))
    DemoLoader(sechenov_subset()).load()

    assert sorted(Page.objects.values_list("id", "locale_id", "title", "live")) == before


@pytest.mark.django_db
def test_local_admin_is_refused_without_debug():
    with pytest.raises(CommandError, match="only runs with DEBUG on"):
        call_command("ensure_local_admin", stdout=StringIO())
