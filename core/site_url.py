"""The site's public address, from one setting (SITE_URL, read from the environment).

Wagtail builds absolute URLs from the default Site record (`Site.root_url`: page.full_url in the
moderators' e-mails, the API's `html_url` and `detail_url`, the sitemap), and the admin's e-mail
links from WAGTAILADMIN_BASE_URL. Both come from SITE_URL: settings derive WAGTAILADMIN_BASE_URL
and WAGTAILAPI_BASE_URL from it (site_config/settings/base.py), and every `migrate` (`make run`,
`make serve`) writes its host and port into the default Site record. Wagtail's Site has no
scheme: port 443 means https, any other http (`Site.root_url`). Without SITE_URL the record is
left as it is.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

DEFAULT_PORTS = {"http": 80, "https": 443}


def host_and_port(url):
    """("obgyn.example.org", 443) from "https://obgyn.example.org"."""
    parts = urlsplit(url)
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
        raise ImproperlyConfigured(f"SITE_URL must be http(s)://host[:port], not {url!r}")
    port = parts.port or DEFAULT_PORTS[parts.scheme]
    if parts.scheme == "https" and port != 443:
        # Site.root_url would say http://host:port: Wagtail reads https only from port 443.
        raise ImproperlyConfigured("SITE_URL with https must use port 443 (Wagtail's Site rule).")
    return parts.hostname, port


def sync_default_site(url=None, using="default"):
    """Point the default Site record at `url` (settings.SITE_URL by default). Returns the Site,
    or None when there is no address or no default Site yet."""
    from wagtail.models import Site

    url = url if url is not None else getattr(settings, "SITE_URL", "")
    if not url:
        return None
    hostname, port = host_and_port(url)
    site = Site.objects.using(using).filter(is_default_site=True).first()
    if site is None:
        return None
    if (site.hostname, site.port) != (hostname, port):
        site.hostname, site.port = hostname, port
        site.save(using=using)
    return site


def sync_site_after_migrate(sender, using="default", **kwargs):
    """post_migrate receiver (core.apps): the Site record follows SITE_URL on every migrate."""
    sync_default_site(using=using)


def absolute_uri(request, path):
    """`path` on SITE_URL when it is set, else on the host the request came to."""
    base = getattr(settings, "SITE_URL", "")
    if base:
        return f"{base}{path}"
    return request.build_absolute_uri(path)
