"""`manage.py restore <backup folder>`: put back what `manage.py backup` saved.

The database goes into DATABASE_URL (or --database-url); the media files are unpacked into
MEDIA_ROOT (or --media-root). A database that already has tables is left alone unless --force:
restoring replaces everything in it. `--from-bucket latest` (or an archive's name) takes the
backup from the bucket BACKUP_S3_BUCKET instead of a folder (see backup.py).
"""

import json
import sqlite3
import tarfile
import tempfile
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import connections

import environ
import psycopg2

from .backup import (
    DATABASE_COPY,
    DATABASE_DUMP,
    MANIFEST,
    MEDIA_ARCHIVE,
    BackupBucket,
    engine,
    libpq_arguments,
    media_root,
    run,
)


def sqlite_is_empty(path):
    if not Path(path).exists():
        return True
    database = sqlite3.connect(path)
    try:
        (tables,) = database.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
        ).fetchone()
    finally:
        database.close()
    return tables == 0


def postgresql_is_empty(settings_dict):
    database = psycopg2.connect(
        dbname=settings_dict["NAME"],
        user=settings_dict.get("USER") or None,
        password=settings_dict.get("PASSWORD") or None,
        host=settings_dict.get("HOST") or None,
        port=settings_dict.get("PORT") or None,
    )
    try:
        with database.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
            )
            (tables,) = cursor.fetchone()
    finally:
        database.close()
    return tables == 0


class Command(BaseCommand):
    help = "Restore a backup folder made by `manage.py backup` (database and media)."

    def add_arguments(self, parser):
        parser.add_argument("folder", nargs="?", help="A backups/<time>/ folder.")
        parser.add_argument(
            "--from-bucket",
            metavar="NAME",
            help='A backup in the bucket BACKUP_S3_BUCKET: "latest" or <time>.tar.gz.',
        )
        parser.add_argument(
            "--database-url",
            help="Restore into this database instead of the site's (e.g. a fresh one to check).",
        )
        parser.add_argument("--media-root", help="Unpack the media here instead of MEDIA_ROOT.")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Replace the contents of a database that is not empty.",
        )

    def handle(self, *args, **options):
        if bool(options["folder"]) == bool(options["from_bucket"]):
            raise CommandError("Give either a backup folder or --from-bucket, not both.")
        if not options["from_bucket"]:
            return self.restore(Path(options["folder"]), options)
        bucket = BackupBucket.configured()
        if bucket is None:
            raise CommandError("--from-bucket needs BACKUP_S3_BUCKET (README.md, Backups).")
        with tempfile.TemporaryDirectory(prefix="obgyn-restore-") as download:
            folder = bucket.download(options["from_bucket"], download)
            self.stdout.write(f"Fetched s3://{bucket.name}/{bucket.prefix}{folder.name}.tar.gz.")
            self.restore(folder, options)

    def restore(self, folder, options):
        try:
            manifest = json.loads((folder / MANIFEST).read_text())
        except (OSError, ValueError) as error:
            raise CommandError(f"{folder} is not a backup folder ({MANIFEST} missing).") from error
        if options["database_url"]:
            settings_dict = environ.Env.db_url_config(options["database_url"])
            if not settings_dict:
                # django-environ answers a URL without a scheme with {} (and a warning).
                raise CommandError(
                    "--database-url is not a database URL (postgres://… or sqlite://…)."
                )
            alias = None
        else:
            alias = "default"
            settings_dict = connections[alias].settings_dict
        kind = engine(settings_dict)
        if kind != manifest["engine"]:
            raise CommandError(
                f"The backup is of a {manifest['engine']} database; the target is {kind}."
            )
        empty = (
            postgresql_is_empty(settings_dict)
            if kind == "postgresql"
            else sqlite_is_empty(settings_dict["NAME"])
        )
        if not empty and not options["force"]:
            raise CommandError(
                f"The database {settings_dict['NAME']} is not empty: restoring would replace "
                "everything in it. Restore into an empty database, or add --force."
            )
        if alias is not None:
            connections[alias].close()
        if kind == "postgresql":
            self.restore_postgresql(folder / DATABASE_DUMP, settings_dict)
        else:
            self.restore_sqlite(folder / DATABASE_COPY, settings_dict["NAME"])
        self.stdout.write(f"Database restored into {settings_dict['NAME']}.")

        archive = folder / MEDIA_ARCHIVE
        target = Path(options["media_root"]) if options["media_root"] else media_root()
        if manifest.get("media") and target is not None:
            target.mkdir(parents=True, exist_ok=True)
            with tarfile.open(archive, "r:gz") as media:
                # The "data" filter refuses absolute paths, "..", links out of the folder.
                media.extractall(target, filter="data")
            self.stdout.write(f"Media restored into {target}.")

    def restore_postgresql(self, dump, settings_dict):
        arguments, environment = libpq_arguments(settings_dict)
        run(
            [
                "pg_restore",
                "--clean",
                "--if-exists",
                "--no-owner",
                "--no-privileges",
                "--single-transaction",
                *arguments,
                f"--dbname={settings_dict['NAME']}",
                str(dump),
            ],
            environment,
        )

    def restore_sqlite(self, copy, target):
        source = sqlite3.connect(copy)
        destination = sqlite3.connect(target)
        try:
            with destination:
                source.backup(destination)
        finally:
            source.close()
            destination.close()
