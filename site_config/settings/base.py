"""Settings shared by every environment. Secure by default: DEBUG off, no secret here.

Everything that differs between deployments is read from the environment; see README.md.
"""

import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # The site's own apps, from the top layer down (docs/architecture.md).
    "demo",
    "search",
    "seo",
    "translations",
    "telegram",
    "news",
    "events",
    "partners",
    "home",
    "core",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.frontend_cache",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "axes",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    # First: every later middleware's log lines and every response carry the request id.
    "core.request_id.RequestIDMiddleware",
    # Compresses pages on the way out, cached ones included (static files are precompressed).
    # Public pages carry no secret to leak through compression (BREACH); Django masks the admin's
    # CSRF token on every response.
    "django.middleware.gzip.GZipMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "core.security.SiteCSPMiddleware",
    "core.security.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Anonymous readers are answered from the page cache here; the middleware below runs only
    # on a miss, and must not add headers tied to the body (CSP nonces) before this line.
    "core.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # After sessions, before CommonMiddleware: picks the language from the URL prefix.
    "core.middleware.SiteLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Turns a django-axes lockout into its lockout page (core.security.lockout_response).
    "axes.middleware.AxesMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "site_config.urls"
WSGI_APPLICATION = "site_config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers and one writer work at once; IMMEDIATE avoids "database is locked"
    # when two requests start writing together.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"


def cache_settings(redis_url, cache_dir=None):
    """Redis when REDIS_URL is set; else a directory (shared by the processes of one server,
    as the page cache needs: production) when `cache_dir` is given; else local memory."""
    prefix = os.environ.get("CACHE_KEY_PREFIX", "obgyn")
    if redis_url:
        return {
            "default": {
                "BACKEND": "django.core.cache.backends.redis.RedisCache",
                "LOCATION": redis_url,
                "KEY_PREFIX": prefix,
            }
        }
    if cache_dir:
        return {
            "default": {
                "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
                "LOCATION": str(cache_dir),
                "KEY_PREFIX": prefix,
                "OPTIONS": {"MAX_ENTRIES": int(os.environ.get("CACHE_MAX_ENTRIES") or 5000)},
            }
        }
    return {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}


CACHES = cache_settings(os.environ.get("REDIS_URL", ""))

# Page cache (core.page_cache): whole responses for anonymous readers, dropped on any change.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", True)
PAGE_CACHE_TIMEOUT = int(os.environ.get("PAGE_CACHE_TIMEOUT") or 15 * 60)
# Seconds a browser or CDN may reuse a page unasked; 0 (always revalidate, a cheap 304) means no
# reader ever sees a page older than the last published change.
PAGE_CACHE_MAX_AGE = int(os.environ.get("PAGE_CACHE_MAX_AGE") or 0)


# Sessions. With Redis (REDIS_URL) they are read from the shared cache and written through to
# the database ("cached_db"): every server sees the same session, and a Redis restart or eviction
# logs nobody out. Without Redis the cache is not shared by servers: sessions stay in the database.
def session_engine(redis_url):
    if redis_url:
        return "django.contrib.sessions.backends.cached_db"
    return "django.contrib.sessions.backends.db"


SESSION_ENGINE = session_engine(os.environ.get("REDIS_URL", ""))
SESSION_CACHE_ALIAS = "default"


# E-mail (password resets, Wagtail moderation notices). Either one EMAIL_URL such as
# smtp://user:pass@host:587?tls=true, or the separate EMAIL_* variables. The back-end itself is
# chosen per environment: SMTP in production, console in dev, locmem in tests.
def email_settings(url):
    """EMAIL_HOST, EMAIL_PORT, … from an smtp:// (STARTTLS by default) or smtps:// (SSL) URL."""
    parts = urlsplit(url)
    if parts.scheme not in {"smtp", "smtps", "submission"}:
        raise ValueError(f"EMAIL_URL must start with smtp:// or smtps://, not {parts.scheme}://")
    query = {key.lower(): values[-1] for key, values in parse_qs(parts.query).items()}

    def flag(name, default):
        value = query.get(name)
        return default if value is None else value.strip().lower() in {"1", "true", "yes", "on"}

    use_ssl = flag("ssl", parts.scheme == "smtps")
    return {
        "EMAIL_HOST": parts.hostname or "",
        "EMAIL_PORT": parts.port or (465 if use_ssl else 587),
        "EMAIL_HOST_USER": unquote(parts.username or ""),
        "EMAIL_HOST_PASSWORD": unquote(parts.password or ""),
        "EMAIL_USE_SSL": use_ssl,
        # Django refuses TLS and SSL together; STARTTLS is the default only without SSL.
        "EMAIL_USE_TLS": flag("tls", not use_ssl) and not use_ssl,
    }


EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT") or 587)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", not EMAIL_USE_SSL)
if os.environ.get("EMAIL_URL"):
    globals().update(email_settings(os.environ["EMAIL_URL"]))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "webmaster@localhost")
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages. Uzbek (Latin script) is the default and the source of every translation.
# Names are written in their own language: the language switcher shows them as they are.
LANGUAGE_CODE = "uz"
LANGUAGES = [
    ("uz", "Oʻzbekcha"),
    ("ru", "Русский"),
    ("en", "English"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Asia/Tashkent"

# Date formats per language (day first; Uzbek without Django's comma): site_config/formats/.
FORMAT_MODULE_PATH = ["site_config.formats"]

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# A new translation starts as a draft, not live with the source's text; it goes live through
# the Review workflow (translations.workflow) or when an editor publishes it.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))


# Media storage: local disk under MEDIA_ROOT (one server, or a volume every server mounts), or an
# S3-compatible bucket when AWS_STORAGE_BUCKET_NAME is set. Static files are built into each
# release by collectstatic and served by whitenoise, never from the bucket.
def storage_settings(environ):
    """STORAGES for the given environment (a mapping such as os.environ)."""
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
    optional = {
        "endpoint_url": "AWS_S3_ENDPOINT_URL",
        "region_name": "AWS_S3_REGION_NAME",
        "access_key": "AWS_ACCESS_KEY_ID",
        "secret_key": "AWS_SECRET_ACCESS_KEY",
        "custom_domain": "AWS_S3_CUSTOM_DOMAIN",
        "location": "AWS_LOCATION",
    }
    options.update(
        {option: environ[name] for option, name in optional.items() if environ.get(name)}
    )
    storages["default"] = {"BACKEND": "core.storage.MediaStorage", "OPTIONS": options}
    return storages


STORAGES = storage_settings(os.environ)

# Wagtail admin page editor forms can exceed Django's default of 1,000 fields.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "Akusherlik va ginekologiya №1 kafedrasi"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "xlsx", "pptx", "txt", "csv", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Every document is downloaded, never shown inline by the browser on our origin (PDFs included).
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp", "avif"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# Checks the pixel count before decoding and refuses undecodable files (not a server error).
WAGTAILIMAGES_IMAGE_FORM_BASE = "core.security.ImageForm"
# Draftail, answering a post that is not its JSON with a form error instead of a server error.
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {"WIDGET": "core.security.CheckedDraftailRichTextArea"},
}
WAGTAIL_ENABLE_UPDATE_CHECK = False


# Front-end cache (CDN or caching proxy), purged when a page is published or unpublished: the
# page (Wagtail) and what lists it (core.frontend_cache). Nothing is purged unless configured.
def frontend_cache_settings(environ):
    """WAGTAILFRONTENDCACHE for the given environment: a PURGE proxy, Cloudflare, CloudFront."""
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


WAGTAILFRONTENDCACHE = frontend_cache_settings(os.environ)
# Each language's URLs are purged by name (core.frontend_cache); Wagtail's default would also
# guess /ru/… and /en/… twins of every URL by swapping the prefix, wrong when slugs differ.
WAGTAILFRONTENDCACHE_LANGUAGES = []

X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_HTTPONLY = True
# No script of ours reads the CSRF cookie: the admin gets its token from the page.
CSRF_COOKIE_HTTPONLY = True


# Content-Security-Policy (django-csp, core.security.SiteCSPMiddleware), in every environment so
# tests see it. Public pages: no inline script or style and nothing from other sites, except
# media from the bucket when there is one. No nonces, so cached pages stay valid for everyone.
def media_origins(environ):
    """Where image renditions are served from when media is in a bucket (see storage_settings)."""
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


CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *media_origins(os.environ)],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# The Wagtail admin renders inline scripts and styles, evaluates templates in its accessibility
# checker and frames its own previews. Its avatars are uploaded ones or Wagtail's default, never
# Gravatar: editors' e-mail hashes do not go to a third party, and the admin loads nothing from it.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
ADMIN_CSP_PREFIX = "/admin/"
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", "'unsafe-inline'", "'unsafe-eval'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:", *media_origins(os.environ)],
        "font-src": ["'self'", "data:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-src": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
}


# Admin login throttling (django-axes): 5 failed logins for one username from one address lock
# that pair out for 15 minutes (the page: templates/axes/lockout.html). Behind reverse proxies set
# TRUSTED_PROXY_COUNT to their number so the client address is read from X-Forwarded-For.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "core.security.lockout_response"
AXES_CLIENT_IP_CALLABLE = "core.security.client_ip_address"
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT") or 0)


# Logs go to stdout, one JSON object a line (LOG_FORMAT=json, the default) or readable text
# (LOG_FORMAT=text, the default in dev), with the request id, path, method, status and locale.
def logging_settings(log_format, level="INFO"):
    if log_format not in {"json", "text"}:
        raise ValueError(f"LOG_FORMAT must be json or text, not {log_format!r}")
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {
            "json": {"()": "core.logging.JSONFormatter"},
            "text": {"()": "core.logging.TextFormatter"},
        },
        "handlers": {
            "console": {
                "class": "logging.StreamHandler",
                "stream": "ext://sys.stdout",
                "formatter": log_format,
            }
        },
        "root": {"handlers": ["console"], "level": level},
        "loggers": {
            "django.request": {"level": "ERROR"},
            # Wagtail logs every page action and django-tasks every background task at INFO.
            "wagtail": {"level": "WARNING"},
            "django_tasks": {"level": "WARNING"},
            # Its version banner at every start, management commands included.
            "axes.apps": {"level": "WARNING"},
        },
    }


LOGGING = logging_settings(
    os.environ.get("LOG_FORMAT", "json"), os.environ.get("LOG_LEVEL", "INFO")
)
