"""EMAIL_URL, parsed: one variable for all SMTP settings (README, "Configuration").

Not django-environ's env.email_url(): it reads smtps:// as STARTTLS rather than SSL, leaves the
port to the URL, keeps ?tls=true a string, and chooses the e-mail back-end from the URL, which
would override the one dev and the tests choose.
"""

from urllib.parse import parse_qs, unquote, urlsplit

TRUE_STRINGS = {"1", "true", "yes", "on"}


def email_settings(url):
    """EMAIL_HOST, EMAIL_PORT, … from an smtp:// (STARTTLS by default) or smtps:// (SSL) URL."""
    parts = urlsplit(url)
    if parts.scheme not in {"smtp", "smtps", "submission"}:
        raise ValueError(f"EMAIL_URL must start with smtp:// or smtps://, not {parts.scheme}://")
    query = {key.lower(): values[-1] for key, values in parse_qs(parts.query).items()}

    def flag(name, default):
        value = query.get(name)
        return default if value is None else value.strip().lower() in TRUE_STRINGS

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
