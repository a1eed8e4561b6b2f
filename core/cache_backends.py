"""Cache back-ends for which an outage costs speed, never the page.

Everything the site keeps in the cache (pages, the site structure, sessions in front of the
database) can be rebuilt from the database. So when the cache server is down, slow or its disk
is full, an operation here behaves like a miss — `get` returns the default, `add` and `set`
store nothing — instead of raising into the request.

After a failure the cache is not asked again for `RETRY_SECONDS` (a circuit breaker), so a dead
server costs one timeout per process and interval, not one per request. The outage is logged
once per `LOG_INTERVAL_SECONDS` per process, and the recovery once.

A change published while the cache was unreachable could not bump the content generation, so
entries stored before the outage might come back stale when the same server returns with its
data. The first successful operation after an outage therefore bumps the generation
(`core.structure_cache.invalidate`): every process that saw the outage drops what came before.
"""

import functools
import logging
import threading
import time

from django.core.cache.backends.filebased import FileBasedCache
from django.core.cache.backends.redis import RedisCache, RedisCacheClient

logger = logging.getLogger(__name__)

RETRY_SECONDS = 5
LOG_INTERVAL_SECONDS = 60
# What a cache client raises when its server or disk fails; redis-py's errors are subclasses
# of its RedisError, which is imported lazily so that redis stays optional.
OS_FAULTS = (OSError, EOFError, TimeoutError)


def cache_faults():
    try:
        from redis.exceptions import RedisError
    except ImportError:
        return OS_FAULTS
    return (*OS_FAULTS, RedisError)


class CircuitBreaker:
    """Per process: is the cache believed down, and when to log and retry."""

    def __init__(self, name):
        self.name = name
        self.lock = threading.Lock()
        self.down_since = None
        self.retry_at = 0.0
        self.logged_at = None
        self.failures = 0

    def is_open(self):
        return self.down_since is not None and time.monotonic() < self.retry_at

    def record_failure(self, operation, error):
        now = time.monotonic()
        with self.lock:
            self.failures += 1
            if self.down_since is None:
                self.down_since = now
            self.retry_at = now + RETRY_SECONDS
            should_log = self.logged_at is None or now - self.logged_at >= LOG_INTERVAL_SECONDS
            if should_log:
                self.logged_at = now
                failures, self.failures = self.failures, 0
        if should_log:
            logger.error(
                "Cache %r unavailable (%s: %s); serving from the database, retrying every %ss "
                "(%d failed operations since the last report)",
                self.name,
                operation,
                error,
                RETRY_SECONDS,
                failures,
            )

    def record_success(self):
        """True when this success ends an outage."""
        if self.down_since is None:
            return False
        with self.lock:
            if self.down_since is None:
                return False
            outage = time.monotonic() - self.down_since
            self.down_since = None
            self.logged_at = None
            self.failures = 0
        logger.warning("Cache %r is back after %.1f s", self.name, outage)
        return True


def tolerant(default):
    """Wrap a cache operation: on a cache fault, log (rarely) and return `default`."""

    def decorate(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            breaker = self.circuit_breaker
            if breaker.is_open():
                return default() if callable(default) else default
            try:
                result = method(self, *args, **kwargs)
            except self.faults as error:
                breaker.record_failure(method.__name__, error)
                return default() if callable(default) else default
            if breaker.record_success():
                self.after_outage()
            return result

        return wrapper

    return decorate


class FaultTolerantMixin:
    """Turns cache faults into misses; see the module docstring."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.circuit_breaker = CircuitBreaker(type(self).__name__)
        self.faults = cache_faults()

    @property
    def available(self):
        """False while the breaker is open: the last operation failed moments ago."""
        return not self.circuit_breaker.is_open()

    def after_outage(self):
        from core.structure_cache import invalidate

        invalidate()

    def get(self, key, default=None, version=None):
        if self.circuit_breaker.is_open():
            return default
        try:
            value = super().get(key, default, version)
        except self.faults as error:
            self.circuit_breaker.record_failure("get", error)
            return default
        if self.circuit_breaker.record_success():
            self.after_outage()
            # Read again: the value may be the content generation the bump just replaced.
            return self.get(key, default, version)
        return value

    @tolerant(False)
    def add(self, *args, **kwargs):
        return super().add(*args, **kwargs)

    @tolerant(None)
    def set(self, *args, **kwargs):
        return super().set(*args, **kwargs)

    @tolerant(False)
    def touch(self, *args, **kwargs):
        return super().touch(*args, **kwargs)

    @tolerant(False)
    def delete(self, *args, **kwargs):
        return super().delete(*args, **kwargs)

    def get_many(self, keys, version=None):
        if self.circuit_breaker.is_open():
            return {}
        try:
            values = super().get_many(keys, version)
        except self.faults as error:
            self.circuit_breaker.record_failure("get_many", error)
            return {}
        if self.circuit_breaker.record_success():
            self.after_outage()
            # Read again, as get() does: the content generations the bump just replaced.
            return self.get_many(keys, version)
        return values

    @tolerant(False)
    def has_key(self, *args, **kwargs):
        return super().has_key(*args, **kwargs)

    @tolerant(None)
    def incr(self, *args, **kwargs):
        return super().incr(*args, **kwargs)

    @tolerant(None)
    def decr(self, *args, **kwargs):
        return super().decr(*args, **kwargs)

    @tolerant(list)
    def set_many(self, *args, **kwargs):
        return super().set_many(*args, **kwargs)

    @tolerant(None)
    def delete_many(self, *args, **kwargs):
        return super().delete_many(*args, **kwargs)

    @tolerant(None)
    def clear(self):
        return super().clear()


class ReusingRedisCacheClient(RedisCacheClient):
    """Django's client builds a new redis.Redis (with its response callbacks) for every cache
    operation; a redis.Redis is thread-safe over its connection pool, so one per pool will do."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients.setdefault(id(pool), self._client(connection_pool=pool))
        return client


class FaultTolerantRedisCache(FaultTolerantMixin, RedisCache):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._class = ReusingRedisCacheClient


class FaultTolerantFileBasedCache(FaultTolerantMixin, FileBasedCache):
    pass
