"""Where media lives, and so where the Content-Security-Policy must let images come from.

Local disk under MEDIA_ROOT (one server, or a volume every server mounts), or an S3-compatible
bucket when AWS_STORAGE_BUCKET_NAME is set. Static files are built into each release by
collectstatic and served by whitenoise, never from the bucket. Both functions take the
environment as a mapping (os.environ in base.py) so tests can pass any.
"""

from urllib.parse import urlsplit

# Storage option: the environment variable that sets it, passed on only when set and not blank
# (otherwise django-storages and boto3 use their own defaults and lookups).
OPTIONAL_BUCKET_SETTINGS = {
    "endpoint_url": "AWS_S3_ENDPOINT_URL",
    "region_name": "AWS_S3_REGION_NAME",
    "access_key": "AWS_ACCESS_KEY_ID",
    "secret_key": "AWS_SECRET_ACCESS_KEY",
    "custom_domain": "AWS_S3_CUSTOM_DOMAIN",
    "location": "AWS_LOCATION",
}


def storage_settings(environ):
    """STORAGES for the given environment."""
    storages = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    bucket = environ.get("AWS_STORAGE_BUCKET_NAME", "")
    if not bucket:
        return storages
    options = {
        "bucket_name": bucket,
        # Two uploads called report.pdf must not replace each other.
        "file_overwrite": False,
        # Objects get no ACL of their own: the bucket policy decides who reads what (README).
        "default_acl": None,
        # Signed URLs for everything but image renditions (see core.storage.MediaStorage).
        "querystring_auth": True,
        "querystring_expire": int(environ.get("AWS_QUERYSTRING_EXPIRE") or 3600),
        # Version 4 signatures: the only kind newer AWS regions and most S3 clones accept.
        "signature_version": environ.get("AWS_S3_SIGNATURE_VERSION") or "s3v4",
    }
    options.update(
        {
            option: environ[name]
            for option, name in OPTIONAL_BUCKET_SETTINGS.items()
            if environ.get(name)
        }
    )
    storages["default"] = {"BACKEND": "core.storage.MediaStorage", "OPTIONS": options}
    return storages


def media_origins(environ):
    """Where image renditions are served from when media is in a bucket, for the CSP's img-src."""
    bucket = environ.get("AWS_STORAGE_BUCKET_NAME", "")
    if not bucket:
        return []
    if environ.get("AWS_S3_CUSTOM_DOMAIN"):
        return [f"https://{environ['AWS_S3_CUSTOM_DOMAIN']}"]
    if environ.get("AWS_S3_ENDPOINT_URL"):
        endpoint = urlsplit(environ["AWS_S3_ENDPOINT_URL"])
        return [f"{endpoint.scheme}://{endpoint.netloc}"]
    region = environ.get("AWS_S3_REGION_NAME", "")
    origins = [f"https://{bucket}.s3.amazonaws.com"]
    if region:
        origins.append(f"https://{bucket}.s3.{region}.amazonaws.com")
    return origins
