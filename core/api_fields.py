"""Serialiser fields of the read-only API (site_config.api) that several page types use."""

from wagtail.models import Page

from rest_framework import serializers

from core.i18n import localize_all
from core.privacy import public_pages


class LocalizedLinkField(serializers.Field):
    """API v2: the page or snippet a link points at, in the language of the page linking.

    Links are synchronised between translations, so the Russian report links the Uzbek
    partner; API readers get the Russian one (one query per link). None for a page not live or
    not public.
    """

    def __init__(self, attribute, shown_fields, **kwargs):
        self.attribute, self.shown_fields = attribute, shown_fields
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, link):
        [target] = localize_all([getattr(link, self.attribute)], link.page.locale_id)
        if isinstance(target, Page) and not public_pages([target]):
            return None
        data = {"id": target.pk, **{name: getattr(target, name) for name in self.shown_fields}}
        if hasattr(target, "get_full_url"):
            data["html_url"] = target.get_full_url(self.context.get("request"))
        return data
