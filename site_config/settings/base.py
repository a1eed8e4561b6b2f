"""Settings shared by every environment. Secure by default: DEBUG off, no secret here.

Everything that differs between deployments is read from the environment through `env`
(django-environ, see components/environment.py); README.md lists every variable. Settings that
take code to build from the environment are functions, here or in components/, so tests can call
them with any input.
"""

import os
from datetime import date, timedelta
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

from .components.caches import cache_settings, session_engine
from .components.email import email_settings
from .components.environment import Env
from .components.frontend_cache import frontend_cache_settings
from .components.library_locales import library_locale_paths
from .components.logging import logging_settings
from .components.machine_translation import machine_translator_settings
from .components.storages import media_origins, storage_settings
from .components.tasks import task_settings

BASE_DIR = Path(__file__).resolve().parent.parent.parent
env = Env()

# GENERAL
# ------------------------------------------------------------------------------
DEBUG = env.bool("DEBUG", False)
SECRET_KEY = env.str("SECRET_KEY", "")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
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
# The Uzbek site in the new Latin alphabet (ş, ç, ö, ğ) at /uz-latn-2026/ from this date
# (YYYY-MM-DD) on; unset, it does not exist. The law's date is to be confirmed: never in code.
UZ_NEW_LATIN_FROM = env.str("UZ_NEW_LATIN_FROM", "") or None
if UZ_NEW_LATIN_FROM:
    try:
        UZ_NEW_LATIN_FROM = date.fromisoformat(UZ_NEW_LATIN_FROM)
    except ValueError:
        raise ImproperlyConfigured("UZ_NEW_LATIN_FROM must be a date: YYYY-MM-DD.") from None
# Date formats per language (day first; Uzbek without Django's comma): site_config/formats/.
FORMAT_MODULE_PATH = ["site_config.formats"]

# DATABASES
# ------------------------------------------------------------------------------
DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
if "ENGINE" not in DATABASES["default"]:
    # env.db() answers a URL without a scheme (a blank one included) with {} and a warning.
    raise ImproperlyConfigured("DATABASE_URL is not a database URL; see README.md.")
# env.db() takes these only from the URL's query string: set here, as dj-database-url did.
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", 60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers and one writer work at once; IMMEDIATE avoids "database is locked"
    # when two requests start writing together.
    DATABASES["default"]["OPTIONS"] = {
        **DATABASES["default"].get("OPTIONS", {}),
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"


# CACHES
# ------------------------------------------------------------------------------
CACHES = cache_settings(env.str("REDIS_URL", ""))

# Page cache (core.page_cache): whole responses for anonymous readers, dropped on any change.
PAGE_CACHE_ENABLED = env.bool("PAGE_CACHE_ENABLED", True)
PAGE_CACHE_TIMEOUT = env.int("PAGE_CACHE_TIMEOUT", 15 * 60)
# Seconds a browser or CDN may reuse a page unasked; 0 (always revalidate, a cheap 304) means no
# reader ever sees a page older than the last published change.
PAGE_CACHE_MAX_AGE = env.int("PAGE_CACHE_MAX_AGE", 0)
# For shared caches only (a CDN; browsers ignore s-maxage): seconds a page may be served unasked
# (purged on publishing by core.frontend_cache), and seconds more it may be served stale while
# the CDN fetches the new one. 0 = off. Browsers that honour stale-while-revalidate (Chromium)
# apply it too, so with it on a reader may see the previous version once, for that long.
PAGE_CACHE_SHARED_MAX_AGE = env.int("PAGE_CACHE_SHARED_MAX_AGE", 0)
PAGE_CACHE_STALE_WHILE_REVALIDATE = env.int("PAGE_CACHE_STALE_WHILE_REVALIDATE", 0)


SESSION_ENGINE = session_engine(env.str("REDIS_URL", ""))
SESSION_CACHE_ALIAS = "default"

# URLS
# ------------------------------------------------------------------------------
ROOT_URLCONF = "site_config.urls"
WSGI_APPLICATION = "site_config.wsgi.application"

# APPS
# ------------------------------------------------------------------------------
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
    "wagtail.contrib.redirects",
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
    "django_tasks",
    "django_tasks_db",
    "axes",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]
# Our Uzbek catalogues of Wagtail and wagtail-localize, after the project's own `locale/`
# (components/library_locales.py, docs/translating.md).
LIBRARY_LOCALE_ROOT = BASE_DIR / "locale" / "libraries"
LOCALE_PATHS = [*LOCALE_PATHS, *library_locale_paths(LIBRARY_LOCALE_ROOT, INSTALLED_APPS)]

# AUTHENTICATION
# ------------------------------------------------------------------------------
# django-axes first: it refuses a locked-out login before any password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# MIDDLEWARE
# ------------------------------------------------------------------------------
MIDDLEWARE = [
    # First: every later middleware's log lines and every response carry the request id.
    "core.request_id.RequestIDMiddleware",
    # HTTPS redirect and HSTS, nosniff, referrer and COOP headers on every response.
    "django.middleware.security.SecurityMiddleware",
    # Static files: answered here with the .gz copy collectstatic wrote (fonts and images, already
    # compressed, as they are), so never compressed again per request.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Compresses what the page cache does not store (admin, search, private pages); a cached page
    # already has its gzip copy and passes through. Public pages carry no secret to leak through
    # compression (BREACH); Django masks the admin's CSRF token on every response.
    "django.middleware.gzip.GZipMiddleware",
    # Anonymous readers are answered from the page cache here. The middleware below runs only on
    # a miss; the headers it sets (the CSP, Permissions-Policy) are stored with the page.
    "core.page_cache.PageCacheMiddleware",
    # Inside the page cache: /uz-cyrl/… is served by the Uzbek page's views and converted to
    # Cyrillic here (core.scripts), so the cache keeps the converted page under its own path.
    "core.scripts.ScriptMiddleware",
    "core.security.SiteCSPMiddleware",
    "core.security.PermissionsPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # After sessions, before CommonMiddleware: picks the language from the URL prefix.
    "core.i18n.SiteLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Turns a django-axes lockout into its lockout page (core.security.lockout_response).
    "axes.middleware.AxesMiddleware",
    # Throttles wrong passwords of password-protected pages (after the CSRF check above).
    "core.security.PagePasswordThrottleMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

# STATIC AND MEDIA
# ------------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(env.str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env.str("MEDIA_ROOT", str(BASE_DIR / "media")))

# STORAGES
# ------------------------------------------------------------------------------
# Media on local disk, or in an S3-compatible bucket (components/storages.py).
STORAGES = storage_settings(os.environ)

# TEMPLATES
# ------------------------------------------------------------------------------
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
            ],
        },
    },
]
# Wagtail admin page editor forms can exceed Django's default of 1,000 fields.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# SECURITY
# ------------------------------------------------------------------------------
# HTTPS-only settings (HSTS, secure cookies, SSL redirect) are in production.py.
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_HTTPONLY = True
# No script of ours reads the CSRF cookie: the admin gets its token from the page.
CSRF_COOKIE_HTTPONLY = True
# Content-Security-Policy (django-csp, core.security.SiteCSPMiddleware), in every environment so
# tests see it. Public pages: no inline script or style and nothing from other sites, except
# media from the bucket when there is one. No nonces, so cached pages stay valid for everyone.
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


# EMAIL
# ------------------------------------------------------------------------------
# Password resets and Wagtail moderation notices. Either one EMAIL_URL such as
# smtp://user:pass@host:587?tls=true (components/email.py), or the separate EMAIL_* variables.
# The back-end is chosen per environment: SMTP in production, console in dev, locmem in tests.
EMAIL_HOST = env.str("EMAIL_HOST", "localhost")
EMAIL_PORT = env.int("EMAIL_PORT", 587)
EMAIL_HOST_USER = env.str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env.str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_SSL = env.bool("EMAIL_USE_SSL", False)
EMAIL_USE_TLS = env.bool("EMAIL_USE_TLS", not EMAIL_USE_SSL)
if env.str("EMAIL_URL", ""):
    globals().update(email_settings(env.str("EMAIL_URL")))
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", "webmaster@localhost")
SERVER_EMAIL = env.str("SERVER_EMAIL", DEFAULT_FROM_EMAIL)


# LOGGING
# ------------------------------------------------------------------------------
# Logs go to stdout as JSON lines or text (components/logging.py).
LOGGING = logging_settings(env.str("LOG_FORMAT", "json"), env.str("LOG_LEVEL", "INFO"))

# WAGTAIL
# ------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Akusherlik va ginekologiya №1 kafedrasi"
# The site's public address, e.g. https://obgyn.example.org: the Site record follows it on every
# migrate (core.site_url), so e-mails, the API and the sitemap name the real host. Without it
# the Site record is left as it is and the admin's e-mail links use `make run`'s address.
SITE_URL = env.str("SITE_URL", "").rstrip("/")
WAGTAILADMIN_BASE_URL = SITE_URL or "http://127.0.0.1:8000"
if SITE_URL:
    WAGTAILAPI_BASE_URL = SITE_URL
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# The admin's languages in each user's account settings (Uzbek: locale/libraries/). A user who
# has chosen none, and the login page, get the browser's language if it is one of these, else
# Uzbek (Wagtail's UserProfile.get_preferred_language, after core.i18n.SiteLocaleMiddleware).
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# The admin language a new user's profile starts with (core.admin_language); "" = the browser's.
ADMIN_DEFAULT_LANGUAGE = env.str("ADMIN_DEFAULT_LANGUAGE", "uz")
# Labels that every admin language translates (Wagtail's come out in English for Uzbek).
WAGTAILADMIN_USER_LOGIN_FORM = "core.admin_forms.LoginForm"
# A new translation starts as a draft, not live with the source's text; it goes live through
# the Review workflow (translations.workflow) or when an editor publishes it.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# DeepL or a LibreTranslate server when DEEPL_AUTH_KEY or LIBRETRANSLATE_URL is set; else none.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator_settings(os.environ)
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


# BACKGROUND TASKS
# ------------------------------------------------------------------------------
# Wagtail's tasks through django-tasks: immediate here, a database queue in production
# (components/tasks.py).
TASKS = task_settings(env.str("TASKS_BACKEND", "immediate"))

# Front-end caches purged on publishing (components/frontend_cache.py).
WAGTAILFRONTENDCACHE = frontend_cache_settings(os.environ)
# Each language's URLs are purged by name (core.frontend_cache); Wagtail's default would also
# guess /ru/… and /en/… twins of every URL by swapping the prefix, wrong when slugs differ.
WAGTAILFRONTENDCACHE_LANGUAGES = []

# TELEGRAM
# ------------------------------------------------------------------------------
# Channel posts (telegram/conf.py; README.md, "Telegram channels"). Off without a token.
TELEGRAM_BOT_TOKEN = env.str("TELEGRAM_BOT_TOKEN", "")
TELEGRAM_API_URL = env.str("TELEGRAM_API_URL", "https://api.telegram.org")
TELEGRAM_CHANNEL_UZ = env.str("TELEGRAM_CHANNEL_UZ", "")
TELEGRAM_CHANNEL_RU = env.str("TELEGRAM_CHANNEL_RU", "")
TELEGRAM_CHANNEL_EN = env.str("TELEGRAM_CHANNEL_EN", "")

# THIRD-PARTY: django-axes (admin login throttling)
# ------------------------------------------------------------------------------
# 5 failed logins for one username from one address lock that pair out for 15 minutes (the page:
# templates/axes/lockout.html). Behind reverse proxies set TRUSTED_PROXY_COUNT to their number so
# the client address is read from X-Forwarded-For.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "core.security.lockout_response"
AXES_CLIENT_IP_CALLABLE = "core.security.client_ip_address"
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", 0)
# Page passwords (core.security.PagePasswordThrottleMiddleware): 5 wrong ones for one page's
# restriction from one address stop the checking for 15 minutes.
PAGE_PASSWORD_FAILURE_LIMIT = 5
PAGE_PASSWORD_COOLOFF = 15 * 60
