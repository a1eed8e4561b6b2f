"""`manage.py backup [--output DIR]`: the database and the media files, in DIR/<UTC time>/.

PostgreSQL: `pg_dump --format=custom` (database.dump). SQLite: SQLite's online backup API
(database.sqlite3), a consistent copy even while the site is writing. Media: media.tar.gz of
MEDIA_ROOT (when media are on local disk; a bucket keeps its own versions). `manage.py restore`
reads the folder back.

Off the box: when BACKUP_S3_BUCKET is set, the folder also goes, as one <UTC time>.tar.gz, to
that S3-compatible bucket (under BACKUP_S3_PREFIX), and only the newest BACKUP_KEEP archives
there are kept. `manage.py restore --from-bucket latest` (or a name) fetches one back. The
client is boto3, as for the media bucket (site_config/settings/components/storages.py).
"""

import datetime
import json
import os
import re
import sqlite3
import subprocess
import tarfile
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage, default_storage
from django.core.management.base import BaseCommand, CommandError
from django.db import connections

import boto3

DATABASE_DUMP = "database.dump"
DATABASE_COPY = "database.sqlite3"
MEDIA_ARCHIVE = "media.tar.gz"
MANIFEST = "manifest.json"
ARCHIVE_SUFFIX = ".tar.gz"
# <UTC time>[-<n>].tar.gz, as new_folder names them.
ARCHIVE_NAME = re.compile(r"(?P<stamp>\d{8}T\d{6}Z)(?:-(?P<number>\d+))?\.tar\.gz")


class BackupBucket:
    """The S3-compatible bucket backups go to, configured from the environment.

    BACKUP_S3_BUCKET (required), BACKUP_S3_PREFIX (default "backups/"), BACKUP_KEEP (default 14),
    BACKUP_S3_ENDPOINT_URL and BACKUP_S3_REGION (else the media bucket's AWS_S3_ENDPOINT_URL and
    AWS_S3_REGION_NAME), BACKUP_S3_ACCESS_KEY_ID and BACKUP_S3_SECRET_ACCESS_KEY (else boto3's
    own lookup: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, an instance role).
    """

    def __init__(self, environ):
        self.name = environ["BACKUP_S3_BUCKET"]
        self.prefix = environ.get("BACKUP_S3_PREFIX", "backups/")
        self.keep = int(environ.get("BACKUP_KEEP") or 14)
        if self.keep < 1:
            raise CommandError("BACKUP_KEEP must be at least 1.")
        options = {
            "endpoint_url": environ.get("BACKUP_S3_ENDPOINT_URL")
            or environ.get("AWS_S3_ENDPOINT_URL"),
            "region_name": environ.get("BACKUP_S3_REGION") or environ.get("AWS_S3_REGION_NAME"),
            "aws_access_key_id": environ.get("BACKUP_S3_ACCESS_KEY_ID"),
            "aws_secret_access_key": environ.get("BACKUP_S3_SECRET_ACCESS_KEY"),
        }
        self.client = boto3.client("s3", **{key: value for key, value in options.items() if value})

    @classmethod
    def configured(cls, environ=os.environ):
        return cls(environ) if environ.get("BACKUP_S3_BUCKET") else None

    def archives(self):
        """The names of the backups in the bucket, oldest first."""
        names = []
        paginator = self.client.get_paginator("list_objects_v2")
        for page in paginator.paginate(Bucket=self.name, Prefix=self.prefix):
            for item in page.get("Contents", []):
                name = item["Key"][len(self.prefix) :]
                match = ARCHIVE_NAME.fullmatch(name)
                if match:
                    names.append((match["stamp"], int(match["number"] or 1), name))
        return [name for _stamp, _number, name in sorted(names)]

    def upload(self, folder):
        """Pack `folder` into <folder name>.tar.gz beside it and upload it; its name."""
        archive = folder.parent / f"{folder.name}{ARCHIVE_SUFFIX}"
        with tarfile.open(archive, "w:gz") as packed:
            packed.add(folder, arcname=folder.name)
        try:
            self.client.upload_file(str(archive), self.name, self.prefix + archive.name)
        finally:
            archive.unlink()
        return archive.name

    def prune(self):
        """Delete all but the newest `keep` backups; the names deleted."""
        names = self.archives()
        old = names[: max(len(names) - self.keep, 0)]
        for name in old:
            self.client.delete_object(Bucket=self.name, Key=self.prefix + name)
        return old

    def download(self, name, target):
        """Fetch backup `name` ("latest" for the newest) and unpack it in `target`: the folder."""
        names = self.archives()
        if name == "latest":
            if not names:
                raise CommandError(f"No backups in s3://{self.name}/{self.prefix}.")
            name = names[-1]
        if name not in names:
            raise CommandError(f"No backup {name} in s3://{self.name}/{self.prefix}.")
        archive = Path(target) / name
        self.client.download_file(self.name, self.prefix + name, str(archive))
        with tarfile.open(archive) as packed:
            packed.extractall(target, filter="data")
        archive.unlink()
        return Path(target) / name.removesuffix(ARCHIVE_SUFFIX)


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
        parser.add_argument(
            "--no-upload",
            action="store_true",
            help="Keep the backup on this server even when BACKUP_S3_BUCKET is set.",
        )

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
        bucket = None if options["no_upload"] else BackupBucket.configured()
        if bucket is not None:
            name = bucket.upload(folder)
            self.stderr.write(f"Uploaded to s3://{bucket.name}/{bucket.prefix}{name}.")
            for old in bucket.prune():
                self.stderr.write(f"Deleted the older s3://{bucket.name}/{bucket.prefix}{old}.")
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
