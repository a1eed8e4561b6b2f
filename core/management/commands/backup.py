"""`manage.py backup [--output DIR]`: the database and the media files, in DIR/<UTC time>/.

PostgreSQL: `pg_dump --format=custom` (database.dump). SQLite: SQLite's online backup API
(database.sqlite3), a consistent copy even while the site is writing. Media: media.tar.gz of
MEDIA_ROOT (when media are on local disk; a bucket keeps its own versions). `manage.py restore`
reads the folder back.
"""

import datetime
import json
import os
import sqlite3
import subprocess
import tarfile
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage, default_storage
from django.core.management.base import BaseCommand, CommandError
from django.db import connections

DATABASE_DUMP = "database.dump"
DATABASE_COPY = "database.sqlite3"
MEDIA_ARCHIVE = "media.tar.gz"
MANIFEST = "manifest.json"


def engine(settings_dict):
    if "postgresql" in settings_dict["ENGINE"]:
        return "postgresql"
    if "sqlite3" in settings_dict["ENGINE"]:
        return "sqlite"
    raise CommandError(f"Backups support PostgreSQL and SQLite, not {settings_dict['ENGINE']}.")


def libpq_arguments(settings_dict):
    """Command-line options and environment for pg_dump/pg_restore from Django's settings."""
    arguments = []
    for option, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if settings_dict.get(key):
            arguments.append(f"{option}={settings_dict[key]}")
    environment = dict(os.environ)
    if settings_dict.get("PASSWORD"):
        environment["PGPASSWORD"] = str(settings_dict["PASSWORD"])
    return arguments, environment


def run(command, environment):
    try:
        subprocess.run(command, env=environment, check=True, capture_output=True, text=True)
    except FileNotFoundError as error:
        raise CommandError(f"{command[0]} is not installed (PostgreSQL client tools).") from error
    except subprocess.CalledProcessError as error:
        raise CommandError(f"{command[0]} failed:\n{error.stderr.strip()}") from error


def media_root():
    """MEDIA_ROOT when uploaded files are on local disk, else None (a bucket)."""
    if isinstance(default_storage, FileSystemStorage):
        return Path(default_storage.location)
    return None


class Command(BaseCommand):
    help = "Back up the database and the uploaded media into backups/<time>/."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            default=str(settings.BASE_DIR / "backups"),
            help="Folder that receives the <time> subfolder (default: backups/).",
        )
        parser.add_argument("--database", default="default", help="Django database alias.")

    def handle(self, *args, **options):
        connection = connections[options["database"]]
        kind = engine(connection.settings_dict)
        folder = self.new_folder(Path(options["output"]))
        if kind == "postgresql":
            self.dump_postgresql(connection, folder / DATABASE_DUMP)
        else:
            self.copy_sqlite(connection, folder / DATABASE_COPY)
        media = media_root()
        if media is not None:
            with tarfile.open(folder / MEDIA_ARCHIVE, "w:gz") as archive:
                if media.is_dir():
                    archive.add(media, arcname=".")
        else:
            self.stderr.write("Media are in a bucket, not on disk: rely on its versioning.")
        manifest = {
            "engine": kind,
            "created_at": datetime.datetime.now(datetime.UTC).isoformat(),
            "database": DATABASE_DUMP if kind == "postgresql" else DATABASE_COPY,
            "media": MEDIA_ARCHIVE if media is not None else None,
        }
        (folder / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n")
        self.stdout.write(str(folder))

    def new_folder(self, output):
        stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
        folder = output / stamp
        number = 1
        while folder.exists():
            number += 1
            folder = output / f"{stamp}-{number}"
        folder.mkdir(parents=True)
        return folder

    def dump_postgresql(self, connection, target):
        settings_dict = connection.settings_dict
        arguments, environment = libpq_arguments(settings_dict)
        run(
            [
                "pg_dump",
                "--format=custom",
                f"--file={target}",
                *arguments,
                f"--dbname={settings_dict['NAME']}",
            ],
            environment,
        )

    def copy_sqlite(self, connection, target):
        # Through the open connection: works for a file and for an in-memory database alike.
        connection.ensure_connection()
        destination = sqlite3.connect(target)
        try:
            with destination:
                connection.connection.backup(destination)
        finally:
            destination.close()
