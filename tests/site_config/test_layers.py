"""The layer contract (pyproject.toml, docs/architecture.md) holds, and import-linter enforces it.

The second test proves the check can fail: it copies the site's packages into a scratch folder,
adds one import from the lowest layer (core) of a higher one (news), inside a function as a
"harmless" lazy import would be, and expects lint-imports to name it.
"""

import shutil
import subprocess
import tomllib

from django.conf import settings

import pytest


def lint_imports():
    path = shutil.which("lint-imports", path=str(settings.BASE_DIR / ".venv" / "bin"))
    if path is None:
        pytest.skip("import-linter is not installed (it is in requirements-dev.txt)")
    return path


def root_packages():
    with open(settings.BASE_DIR / "pyproject.toml", "rb") as file:
        return tomllib.load(file)["tool"]["importlinter"]["root_packages"]


def test_every_package_of_the_site_is_in_the_contract():
    packages = {path.parent.name for path in settings.BASE_DIR.glob("*/__init__.py")}
    # Tests and the benchmark are not part of the site: they may import anything.
    assert packages - {"tests", "bench"} == set(root_packages())


def test_the_code_keeps_its_layers():
    result = subprocess.run([lint_imports()], cwd=settings.BASE_DIR, capture_output=True, text=True)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_an_import_from_a_higher_layer_breaks_the_contract(tmp_path):
    command = lint_imports()
    for package in root_packages():
        shutil.copytree(
            settings.BASE_DIR / package,
            tmp_path / package,
            ignore=shutil.ignore_patterns("__pycache__", "migrations", "*.html", "*.toml"),
        )
    shutil.copy(settings.BASE_DIR / "pyproject.toml", tmp_path)
    with open(tmp_path / "core" / "text.py", "a", encoding="utf-8") as module:
        module.write("\n\ndef newest_article():\n    from news.models import NewsArticlePage\n")

    result = subprocess.run([command], cwd=tmp_path, capture_output=True, text=True)

    assert result.returncode != 0
    assert "BROKEN" in result.stdout
    assert "core.text -> news.models" in result.stdout
