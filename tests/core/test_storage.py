"""Media storage from the environment: local disk by default, an S3-compatible bucket when
AWS_STORAGE_BUCKET_NAME is set. Nothing here talks to the network: building the storage and
signing URLs are local operations."""

from django.core.files.storage import FileSystemStorage, storages
from django.test import override_settings

import pytest
from storages.backends.s3 import S3Storage

from core.storage import MediaStorage
from site_config.settings.base import storage_settings

BUCKET_ENV = {
    "AWS_STORAGE_BUCKET_NAME": "obgyn-media",
    "AWS_S3_ENDPOINT_URL": "https://s3.example.org",
    "AWS_S3_REGION_NAME": "eu-central-1",
    "AWS_ACCESS_KEY_ID": "AKIAEXAMPLE",
    "AWS_SECRET_ACCESS_KEY": "secret-example",
    "AWS_LOCATION": "media",
}


def test_without_a_bucket_media_stays_on_local_disk():
    config = storage_settings({})

    assert config["default"] == {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    assert config["staticfiles"]["BACKEND"] == (
        "whitenoise.storage.CompressedManifestStaticFilesStorage"
    )


def test_a_bucket_name_switches_media_to_object_storage():
    config = storage_settings(BUCKET_ENV)

    assert config["default"] == {
        "BACKEND": "core.storage.MediaStorage",
        "OPTIONS": {
            "bucket_name": "obgyn-media",
            "file_overwrite": False,
            "default_acl": None,
            "querystring_auth": True,
            "querystring_expire": 3600,
            "signature_version": "s3v4",
            "endpoint_url": "https://s3.example.org",
            "region_name": "eu-central-1",
            "access_key": "AKIAEXAMPLE",
            "secret_key": "secret-example",
            "location": "media",
        },
    }
    # Static files are part of each release, never uploaded to the bucket.
    assert config["staticfiles"]["BACKEND"] == (
        "whitenoise.storage.CompressedManifestStaticFilesStorage"
    )


def test_unset_and_blank_companions_are_left_to_the_library():
    config = storage_settings({"AWS_STORAGE_BUCKET_NAME": "b", "AWS_S3_ENDPOINT_URL": ""})

    options = config["default"]["OPTIONS"]
    assert "endpoint_url" not in options
    assert "access_key" not in options
    assert "custom_domain" not in options


def test_a_blank_bucket_name_means_local_disk():
    assert storage_settings({"AWS_STORAGE_BUCKET_NAME": ""})["default"]["BACKEND"] == (
        "django.core.files.storage.FileSystemStorage"
    )


def test_the_test_settings_keep_media_on_disk():
    assert isinstance(storages["default"], FileSystemStorage)


@pytest.fixture
def bucket_storage():
    with override_settings(STORAGES=storage_settings(BUCKET_ENV)):
        yield storages["default"]


def test_the_default_storage_is_built_from_the_options(bucket_storage):
    assert isinstance(bucket_storage, S3Storage)
    assert isinstance(bucket_storage, MediaStorage)
    assert bucket_storage.bucket_name == "obgyn-media"
    assert bucket_storage.endpoint_url == "https://s3.example.org"
    assert bucket_storage.region_name == "eu-central-1"
    assert bucket_storage.location == "media"
    assert bucket_storage.file_overwrite is False
    assert bucket_storage.default_acl is None
    assert bucket_storage.querystring_auth is True


def test_documents_and_originals_get_expiring_signed_urls(bucket_storage):
    for name in ("documents/report.pdf", "original_images/photo.jpg"):
        url = bucket_storage.url(name)
        assert url.startswith(f"https://s3.example.org/obgyn-media/media/{name}?")
        assert "X-Amz-Signature=" in url
        assert "X-Amz-Expires=3600" in url


def test_image_renditions_get_plain_urls_that_cached_pages_can_keep(bucket_storage):
    url = bucket_storage.url("images/photo.width-800.avif")

    assert url == "https://s3.example.org/obgyn-media/media/images/photo.width-800.avif"


def test_a_custom_domain_serves_renditions_from_the_cdn():
    env = {**BUCKET_ENV, "AWS_S3_CUSTOM_DOMAIN": "media.example.org"}
    with override_settings(STORAGES=storage_settings(env)):
        url = storages["default"].url("images/photo.width-800.avif")

    assert url == "https://media.example.org/media/images/photo.width-800.avif"
