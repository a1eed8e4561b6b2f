"""`manage.py translation_status`: totals per language and an exit code for checks."""

import re
import subprocess
import sys
from io import StringIO

from django.conf import settings
from django.core.management import CommandError, call_command

import pytest

from news.models import NewsIndexPage
from tests.factories import NewsArticlePageFactory
from tests.helpers import by_language

pytestmark = pytest.mark.django_db


def run(*args):
    out = StringIO()
    call_command("translation_status", *args, stdout=out)
    return out.getvalue()


def totals_line(output, code):
    """(missing, in progress, outdated, up to date, percent) printed for `code`; the "in review"
    column (between in progress and outdated) is left out."""
    match = re.search(
        rf"^{code}\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+([\d.]+)%$", output, re.M
    )
    assert match, output
    missing, in_progress, _in_review, outdated, up_to_date, percent = match.groups()
    return (*map(int, (missing, in_progress, outdated, up_to_date)), float(percent))


def test_prints_the_totals_of_every_language(sechenov):
    output = run()

    assert "missing" in output.splitlines()[0]
    missing, in_progress, outdated, up_to_date, percent = totals_line(output, "ru")
    assert (missing, in_progress, outdated, percent) == (0, 0, 0, 100.0)
    assert up_to_date > 10
    assert totals_line(output, "uz") == (0, 0, 0, 0, 100.0)


def test_an_edited_source_is_counted_as_outdated(sechenov):
    source = sechenov["uz"]
    source.students = (source.students or 0) + 1
    source.save_revision().publish()

    output = run("--locale", "ru")

    missing, in_progress, outdated, up_to_date, percent = totals_line(output, "ru")
    assert (missing, outdated) == (0, 1)
    assert percent == round(100 * up_to_date / (up_to_date + 1), 1)
    assert not re.search(r"^en\s", output, re.M)


def test_exits_with_status_1_below_the_threshold(locales):
    news = by_language(NewsIndexPage)
    for number in range(3):
        NewsArticlePageFactory(parent=news["uz"], title=f"Tarjimasiz {number}")

    with pytest.raises(CommandError) as raised:
        run("--locale", "ru", "--fail-under", "95")

    assert raised.value.returncode == 1
    assert "ru" in str(raised.value) and "95" in str(raised.value)
    # The same totals still meet a lower bar.
    run("--locale", "ru", "--fail-under", "50")


def test_passes_at_the_threshold(sechenov):
    assert "100.0%" in run("--fail-under", "100")


def test_an_unknown_locale_is_a_clear_error(locales):
    with pytest.raises(CommandError, match="Unknown locale: de") as raised:
        run("--locale", "de")

    assert raised.value.returncode == 2


def test_a_threshold_out_of_range_is_refused(locales):
    with pytest.raises(CommandError, match="between 0 and 100"):
        run("--fail-under", "150")


def test_prints_link_problems(locales):
    from tests.translations.test_link_checks import link_body

    news = by_language(NewsIndexPage)
    draft = NewsArticlePageFactory(parent=news["ru"], title="Черновик", draft=True)
    article = NewsArticlePageFactory(parent=news["ru"], title="Статья со ссылкой")
    article.body = link_body(draft)
    article.save_revision().publish()

    output = run("--locale", "ru")

    assert "Link problems: 1" in output
    assert f"Статья со ссылкой (page {article.pk}) → page {draft.pk} [ru]: not_live" in output
    assert "Link problems" not in run("--no-links")


def test_the_exit_status_reaches_the_shell():
    """A check script sees the status, not a traceback (no database here: the error is early)."""
    result = subprocess.run(
        [sys.executable, "manage.py", "translation_status", "--fail-under", "-5"],
        capture_output=True,
        text=True,
        cwd=settings.BASE_DIR,
        env={"DJANGO_SETTINGS_MODULE": "site_config.settings.test", "PATH": ""},
        check=False,
    )

    assert result.returncode == 1
    assert "between 0 and 100" in result.stderr
    assert "Traceback" not in result.stderr
