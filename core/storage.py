"""Media in an S3-compatible bucket (used when AWS_STORAGE_BUCKET_NAME is set; see settings)."""

from storages.backends.s3 import S3Storage
from storages.utils import clean_name


class MediaStorage(S3Storage):
    """Signed URLs for private objects; plain, stable URLs for image renditions.

    Rendition URLs end up in HTML that the page cache and a CDN keep for longer than any
    signature lasts, so they must not expire: the bucket policy makes `images/` public. Documents
    never need a bucket URL (Wagtail streams them through its serve view, which checks
    privacy), and original images are only read by the server to make renditions.
    """

    public_prefixes = ("images/",)

    def url(self, name, parameters=None, expire=None, http_method=None):
        if (
            self.querystring_auth
            and not self.custom_domain
            and not parameters
            and http_method in (None, "GET")
            and clean_name(name).startswith(self.public_prefixes)
        ):
            return self.unsigned_connection.meta.client.generate_presigned_url(
                "get_object",
                Params={"Bucket": self.bucket_name, "Key": self._normalize_name(clean_name(name))},
            )
        return super().url(name, parameters, expire, http_method)
