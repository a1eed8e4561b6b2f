"""Machine translation in wagtail-localize's editor ("Translate with DeepL/LibreTranslate"),
switched on by the environment and absent when nothing is set."""

DEEPL = "translations.machine_translators.DeepLTranslator"
LIBRETRANSLATE = "wagtail_localize.machine_translators.libretranslate.LibreTranslator"


def machine_translator_settings(environ):
    """WAGTAILLOCALIZE_MACHINE_TRANSLATOR for `environ` (a mapping such as os.environ), or None.

    DEEPL_AUTH_KEY (with DEEPL_API_URL to use another endpoint) selects DeepL; otherwise
    LIBRETRANSLATE_URL (with LIBRETRANSLATE_API_KEY if the server wants one) a
    LibreTranslate-compatible server.
    """
    if environ.get("DEEPL_AUTH_KEY"):
        options = {"AUTH_KEY": environ["DEEPL_AUTH_KEY"]}
        if environ.get("DEEPL_API_URL"):
            options["API_URL"] = environ["DEEPL_API_URL"]
        return {"CLASS": DEEPL, "OPTIONS": options}
    if environ.get("LIBRETRANSLATE_URL"):
        return {
            "CLASS": LIBRETRANSLATE,
            "OPTIONS": {
                "LIBRETRANSLATE_URL": environ["LIBRETRANSLATE_URL"].rstrip("/"),
                "API_KEY": environ.get("LIBRETRANSLATE_API_KEY", ""),
            },
        }
    return None
