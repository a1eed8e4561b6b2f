"""Production settings with the page cache switched off: the "uncached" server of bench/serve.py."""

from site_config.settings.production import *  # noqa: F403

PAGE_CACHE_ENABLED = False
