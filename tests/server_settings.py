"""Settings for application servers that tests start as separate processes (gunicorn).

The test settings, with the page cache on: those tests are about what readers of a real server
see, cache included.
"""

from site_config.settings.test import *  # noqa: F403

PAGE_CACHE_ENABLED = True
