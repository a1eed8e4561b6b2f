"""The front-end caches (CDN or caching proxy) purged when a page is published or unpublished:
the page (Wagtail) and what lists it (core.frontend_cache). Nothing is purged unless configured.
"""


def frontend_cache_settings(environ):
    """WAGTAILFRONTENDCACHE for the given environment (a mapping such as os.environ): a PURGE
    proxy, Cloudflare, CloudFront."""
    backends = {}
    if environ.get("FRONTEND_CACHE_PURGE_URL"):
        backends["proxy"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": environ["FRONTEND_CACHE_PURGE_URL"],
        }
    if environ.get("CLOUDFLARE_ZONEID") and environ.get("CLOUDFLARE_API_TOKEN"):
        backends["cloudflare"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "ZONEID": environ["CLOUDFLARE_ZONEID"],
            "BEARER_TOKEN": environ["CLOUDFLARE_API_TOKEN"],
        }
    if environ.get("CLOUDFRONT_DISTRIBUTION_ID"):
        backends["cloudfront"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
            "DISTRIBUTION_ID": environ["CLOUDFRONT_DISTRIBUTION_ID"],
        }
    hostnames = [h.strip() for h in environ.get("FRONTEND_CACHE_HOSTNAMES", "").split(",")]
    if any(hostnames):
        for backend in backends.values():
            backend["HOSTNAMES"] = [hostname for hostname in hostnames if hostname]
    return backends
