"""`manage.py backup` and `manage.py restore`: a backup of the site restores into an empty
database (and media folder) with the content in it, and restore never overwrites a database
that has content unless told to."""

import secrets
import sqlite3
from pathlib import Path

from django.core.management import CommandError, call_command
from django.db import connection

from wagtail.images import get_image_model

import pytest

pytestmark = pytest.mark.django_db

TITLES_QUERY = (
    "SELECT l.language_code, p.title FROM wagtailcore_page p"
    " JOIN wagtailcore_locale l ON l.id = p.locale_id"
    " JOIN events_eventreportpage e ON e.page_ptr_id = p.id"
    " WHERE p.slug = 'sechenov-2023'"
)


def make_backup(tmp_path, capsys):
    call_command("backup", output=str(tmp_path / "backups"))
    folder = Path(capsys.readouterr().out.strip())
    assert folder.parent == tmp_path / "backups"
    return folder


def expected_titles():
    from events.models import EventReportPage

    pages = EventReportPage.objects.filter(slug="sechenov-2023").select_related("locale")
    titles = {page.locale.language_code: page.title for page in pages}
    assert set(titles) == {"uz", "ru", "en"}
    return titles


def assert_media_restored(media):
    image = get_image_model().objects.exclude(file="").order_by("pk").first()
    assert image is not None, "the demo slice has images"
    restored = media / image.file.name
    assert restored.is_file()
    with image.file.open("rb") as original:
        assert restored.read_bytes() == original.read()


def sqlite_titles(path):
    restored = sqlite3.connect(path)
    try:
        return dict(restored.execute(TITLES_QUERY).fetchall())
    finally:
        restored.close()


# SQLite's backup API waits for the test's open transaction to end (it never does), so these
# tests commit for real; `demo_site` loads the demo slice again after a flush.
@pytest.mark.skipif(connection.vendor != "sqlite", reason="the SQLite variant")
@pytest.mark.django_db(transaction=True)
def test_sqlite_backup_restores_into_an_empty_database_only(tmp_path, capsys, demo_site):
    titles = expected_titles()
    folder = make_backup(tmp_path, capsys)
    assert (folder / "database.sqlite3").is_file()
    assert (folder / "media.tar.gz").is_file()
    target = tmp_path / "restored.sqlite3"
    media = tmp_path / "media"
    url = f"sqlite:///{target}"

    call_command("restore", str(folder), database_url=url, media_root=str(media))

    assert sqlite_titles(target) == titles
    assert_media_restored(media)

    # Now the database has content: a second restore is refused and changes nothing...
    in_use = sqlite3.connect(target)
    in_use.execute(
        "UPDATE wagtailcore_page SET title = 'Edited since' WHERE slug = 'sechenov-2023'"
    )
    in_use.commit()
    in_use.close()
    with pytest.raises(CommandError, match="not empty.*--force"):
        call_command("restore", str(folder), database_url=url, media_root=str(media))
    assert set(sqlite_titles(target).values()) == {"Edited since"}

    # ...unless forced.
    call_command("restore", str(folder), database_url=url, media_root=str(media), force=True)
    assert sqlite_titles(target) == titles


def test_restore_refuses_a_folder_that_is_not_a_backup(tmp_path):
    with pytest.raises(CommandError, match="not a backup folder"):
        call_command("restore", str(tmp_path), database_url=f"sqlite:///{tmp_path / 'x.db'}")


@pytest.fixture
def empty_postgresql_database():
    """A fresh PostgreSQL database next to the test one; dropped afterwards."""
    import psycopg2
    from psycopg2 import sql

    settings_dict = connection.settings_dict
    params = {
        "user": settings_dict.get("USER") or None,
        "password": settings_dict.get("PASSWORD") or None,
        "host": settings_dict.get("HOST") or None,
        "port": settings_dict.get("PORT") or None,
    }
    name = f"obgyn_restore_{secrets.token_hex(4)}"
    admin = psycopg2.connect(dbname="postgres", **params)
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    user = params["user"] or ""
    password = f":{params['password']}" if params["password"] else ""
    host = params["host"] or "localhost"
    port = f":{params['port']}" if params["port"] else ""
    try:
        yield name, f"postgres://{user}{password}@{host}{port}/{name}", params
    finally:
        with admin.cursor() as cursor:
            cursor.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )
        admin.close()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the PostgreSQL variant")
def test_postgresql_backup_restores_into_an_empty_database(
    tmp_path, capsys, locales, empty_postgresql_database
):
    import psycopg2

    name, url, params = empty_postgresql_database
    folder = make_backup(tmp_path, capsys)
    assert (folder / "database.dump").is_file()
    media = tmp_path / "media"

    call_command("restore", str(folder), database_url=url, media_root=str(media))

    restored = psycopg2.connect(dbname=name, **params)
    try:
        with restored.cursor() as cursor:
            cursor.execute(TITLES_QUERY)
            titles = dict(cursor.fetchall())
    finally:
        restored.close()
    assert titles == expected_titles()
    assert_media_restored(media)

    with pytest.raises(CommandError, match="not empty"):
        call_command("restore", str(folder), database_url=url, media_root=str(media))
