"""The environment reader of every settings module: django-environ's Env, read literally.

It differs from environ.Env in three ways, each keeping what the variables meant before
django-environ (README, "Configuration"):

- A value is taken as written. environ.Env reads a value starting with "$" as the name of another
  variable, and "$" starts many passwords and some of the secret keys Django generates.
- A blank number or switch (PAGE_CACHE_TIMEOUT= in a .env or compose file) means its default,
  where environ.Env would fail on int("") or read False.
- List items are trimmed and empty ones dropped: "a.org, b.org," is two hosts.
"""

from django.core.exceptions import ImproperlyConfigured

import environ

NOTSET = environ.Env.NOTSET


class Env(environ.Env):
    def get_value(self, var, cast=None, default=NOTSET, parse_default=False):
        value = self.ENVIRON.get(var)
        if value is None or (value == "" and cast in (bool, int)):
            if default is NOTSET:
                raise ImproperlyConfigured(f"Set the {var} environment variable")
            if not parse_default or default is None:
                return default
            value = default
        if cast is None and default is not None and default is not NOTSET:
            cast = type(default)
        return self.parse_value(value, cast)

    def list(self, var, cast=None, default=NOTSET):
        items = [item.strip() for item in super().list(var, default=default) if item.strip()]
        return [cast(item) for item in items] if cast else items
