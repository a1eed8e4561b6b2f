"""Backups off the box: with BACKUP_S3_BUCKET set, `manage.py backup` uploads each backup as one
archive to the S3-compatible bucket and keeps only the newest BACKUP_KEEP there;
`manage.py restore --from-bucket latest` brings the newest back into an empty database.

The bucket is moto's S3 server on a spare loopback port, started by the test: never the internet.
"""

import socket
import urllib.request

from django.core.management import CommandError, call_command
from django.db import connection

import boto3
import pytest
from moto.server import ThreadedMotoServer

from tests.core.test_backup import (
    TITLES_QUERY,
    assert_media_restored,
    empty_postgresql_database,  # noqa: F401 (a fixture)
    expected_titles,
    make_backup,
    sqlite_titles,
)

BUCKET = "obgyn-backups"
PREFIX = "site/backups/"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def bucket(monkeypatch):
    """An empty bucket on a local S3 server, and the environment that points backups at it."""
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    # moto keeps its buckets per process, not per server: start from none.
    urllib.request.urlopen(urllib.request.Request(f"{endpoint}/moto-api/reset", method="POST"))
    environment = {
        "BACKUP_S3_BUCKET": BUCKET,
        "BACKUP_S3_PREFIX": PREFIX,
        "BACKUP_S3_ENDPOINT_URL": endpoint,
        "BACKUP_S3_REGION": "us-east-1",
        "BACKUP_S3_ACCESS_KEY_ID": "local-test",
        "BACKUP_S3_SECRET_ACCESS_KEY": "local-test",
        "BACKUP_KEEP": "2",
        "AWS_EC2_METADATA_DISABLED": "true",
    }
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    client = boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id="local-test",
        aws_secret_access_key="local-test",
    )
    client.create_bucket(Bucket=BUCKET)
    yield client
    server.stop()


def names_in(client):
    listing = client.list_objects_v2(Bucket=BUCKET, Prefix=PREFIX).get("Contents", [])
    return sorted(item["Key"].removeprefix(PREFIX) for item in listing)


def restored_titles(url, postgresql):
    if connection.vendor == "sqlite":
        return sqlite_titles(url.removeprefix("sqlite:///"))
    import psycopg2

    name, _url, params = postgresql
    restored = psycopg2.connect(dbname=name, **params)
    try:
        with restored.cursor() as cursor:
            cursor.execute(TITLES_QUERY)
            return dict(cursor.fetchall())
    finally:
        restored.close()


@pytest.fixture
def empty_target(tmp_path, request):
    """(database URL, fixture value) of an empty database of the test's engine."""
    if connection.vendor == "sqlite":
        return f"sqlite:///{tmp_path / 'restored.sqlite3'}", None
    empty = request.getfixturevalue("empty_postgresql_database")
    return empty[1], empty


# SQLite's backup API waits for the test's open transaction to end: these tests commit for real.
@pytest.mark.django_db(transaction=True)
def test_backups_go_to_the_bucket_and_the_newest_come_back(
    tmp_path, capsys, demo_site, bucket, empty_target
):
    titles = expected_titles()
    folders = [make_backup(tmp_path, capsys) for _ in range(3)]

    # Only the newest two are kept, each one archive named after its folder.
    assert names_in(bucket) == sorted(f"{folder.name}.tar.gz" for folder in folders[1:])

    url, postgresql = empty_target
    media = tmp_path / "restored-media"
    call_command("restore", from_bucket="latest", database_url=url, media_root=str(media))

    assert f"{folders[-1].name}.tar.gz" in capsys.readouterr().out
    assert restored_titles(url, postgresql) == titles
    assert_media_restored(media)


@pytest.mark.django_db(transaction=True)
def test_a_bucket_without_that_backup_is_a_clear_error(bucket, tmp_path):
    url = f"sqlite:///{tmp_path / 'never.sqlite3'}"
    with pytest.raises(CommandError, match="No backups in s3://obgyn-backups/site/backups/"):
        call_command("restore", from_bucket="latest", database_url=url)
    with pytest.raises(CommandError, match="No backup 20200101T000000Z.tar.gz"):
        call_command("restore", from_bucket="20200101T000000Z.tar.gz", database_url=url)


@pytest.mark.django_db(transaction=True)
def test_no_upload_keeps_the_backup_on_this_server(tmp_path, bucket):
    call_command("backup", output=str(tmp_path / "backups"), no_upload=True)

    assert names_in(bucket) == []


def test_without_a_bucket_restore_from_bucket_says_what_to_set(monkeypatch, tmp_path):
    monkeypatch.delenv("BACKUP_S3_BUCKET", raising=False)
    with pytest.raises(CommandError, match="BACKUP_S3_BUCKET"):
        call_command("restore", from_bucket="latest", database_url=f"sqlite:///{tmp_path}/x.db")
