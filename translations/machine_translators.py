"""Machine translators for wagtail-localize (configured by site_config's machine_translation)."""

from wagtail_localize.machine_translators import deepl


class DeepLTranslator(deepl.DeepLTranslator):
    """wagtail-localize's DeepL translator, whose endpoint may be set (OPTIONS["API_URL"]): a
    proxy, or a local fake server in tests. Without it, DeepL's free or paid API by the key."""

    def get_api_endpoint(self):
        return self.options.get("API_URL") or super().get_api_endpoint()
