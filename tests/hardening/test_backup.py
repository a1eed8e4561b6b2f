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


def expected_titles(sechenov):
    return {language: page.title for language, page in sechenov.items()}


def assert_media_restored(media):
    image = get_image_model().objects.exclude(file="").order_by("pk").first()
    assert image is not None, "the demo slice has images"
    restored = media / image.file.name
    assert restored.is_file()
    with image.file.open("rb") as original:
        assert restored.read_bytes() == original.read()


@pytest.mark.skipif(connection.vendor != "sqlite", reason="the SQLite variant")
def test_sqlite_backup_restores_into_an_empty_database(tmp_path, capsys, sechenov):
    folder = make_backup(tmp_path, capsys)
    assert (folder / "database.sqlite3").is_file()
    assert (folder / "media.tar.gz").is_file()
    target = tmp_path / "restored.sqlite3"
    media = tmp_path / "media"

    call_command("restore", str(folder), database_url=f"sqlite:///{target}", media_root=str(media))

    restored = sqlite3.connect(target)
    try:
        titles = dict(restored.execute(TITLES_QUERY).fetchall())
    finally:
        restored.close()
    assert titles == expected_titles(sechenov)
    assert set(titles) == {"uz", "ru", "en"}
    assert_media_restored(media)


@pytest.mark.skipif(connection.vendor != "sqlite", reason="the SQLite variant")
def test_restore_refuses_a_database_with_content_unless_forced(tmp_path, capsys, sechenov):
    folder = make_backup(tmp_path, capsys)
    target = tmp_path / "in-use.sqlite3"
    in_use = sqlite3.connect(target)
    in_use.execute("CREATE TABLE notes (text TEXT)")
    in_use.execute("INSERT INTO notes VALUES ('keep me')")
    in_use.commit()
    in_use.close()
    url = f"sqlite:///{target}"

    with pytest.raises(CommandError, match="not empty.*--force"):
        call_command("restore", str(folder), database_url=url, media_root=str(tmp_path / "m"))
    check = sqlite3.connect(target)
    assert check.execute("SELECT text FROM notes").fetchall() == [("keep me",)]
    check.close()

    call_command(
        "restore", str(folder), database_url=url, media_root=str(tmp_path / "m"), force=True
    )
    restored = sqlite3.connect(target)
    try:
        assert dict(restored.execute(TITLES_QUERY).fetchall()) == expected_titles(sechenov)
    finally:
        restored.close()


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
    tmp_path, capsys, sechenov, empty_postgresql_database
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
    assert titles == expected_titles(sechenov)
    assert set(titles) == {"uz", "ru", "en"}
    assert_media_restored(media)

    with pytest.raises(CommandError, match="not empty"):
        call_command("restore", str(folder), database_url=url, media_root=str(media))
