"""The cache back-end and the session engine, chosen by REDIS_URL."""

from .environment import Env

env = Env()


def cache_settings(redis_url, cache_dir=None):
    """Redis when REDIS_URL is set; else a directory (shared by the processes of one server,
    as the page cache needs: production) when `cache_dir` is given; else local memory.

    REDIS_URL goes to Django's RedisCache as it is (redis-py reads the URL, query included);
    the key prefix is read at each call because test.py sets one per test worker."""
    prefix = env.str("CACHE_KEY_PREFIX", "obgyn")
    if redis_url:
        return {
            "default": {
                "BACKEND": "core.cache_backends.FaultTolerantRedisCache",
                "LOCATION": redis_url,
                "KEY_PREFIX": prefix,
                # A Redis that hangs costs a request at most this long before it counts as down.
                "OPTIONS": {
                    "socket_connect_timeout": env.float("REDIS_CONNECT_TIMEOUT", 0.5),
                    "socket_timeout": env.float("REDIS_TIMEOUT", 0.5),
                },
            }
        }
    if cache_dir:
        return {
            "default": {
                "BACKEND": "core.cache_backends.FaultTolerantFileBasedCache",
                "LOCATION": str(cache_dir),
                "KEY_PREFIX": prefix,
                "OPTIONS": {"MAX_ENTRIES": env.int("CACHE_MAX_ENTRIES", 5000)},
            }
        }
    return {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}


# With Redis (REDIS_URL) sessions are read from the shared cache and written through to the
# database ("cached_db"): every server sees the same session, and a Redis restart or eviction
# logs nobody out. Without Redis the cache is not shared by servers: sessions stay in the database.
def session_engine(redis_url):
    if redis_url:
        return "django.contrib.sessions.backends.cached_db"
    return "django.contrib.sessions.backends.db"
