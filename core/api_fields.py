"""Serialiser fields of the read-only API (site_config.api) that several page types use."""

from django.db.models import ManyToOneRel, Prefetch, prefetch_related_objects

from wagtail.api.utils import get_full_url
from wagtail.models import Page

from rest_framework import serializers

from core.i18n import localize_all
from core.privacy import public_pages


def prepared_name(attribute):
    return f"_api_localized_{attribute}"


class LocalizedLinkField(serializers.Field):
    """API v2: the page or snippet a link points at, in the language of the page linking.

    Links are synchronised between translations, so the Russian report links the Uzbek
    partner; API readers get the Russian one: its id, `shown_fields`, and for a page its
    public URL (`html_url`) and its API address (`detail_url`). None for a page not live or not
    public. Listings prepare every link at once (prefetch_localized_links); a link that was not
    prepared costs a query or two.
    """

    def __init__(self, attribute, shown_fields, **kwargs):
        self.attribute, self.shown_fields = attribute, shown_fields
        super().__init__(source="*", read_only=True, **kwargs)

    def localized_target(self, link):
        prepared = getattr(link, prepared_name(self.attribute), None)
        if prepared is not None:
            return prepared
        [target] = localize_all([getattr(link, self.attribute)], link.page.locale_id)
        return target

    def to_representation(self, link):
        target = self.localized_target(link)
        if isinstance(target, Page) and not public_pages([target]):
            return None
        data = {"id": target.pk, **{name: getattr(target, name) for name in self.shown_fields}}
        if isinstance(target, Page):
            request = self.context.get("request")
            data["html_url"] = target.get_full_url(request)
            router = self.context.get("router")
            if router is not None:
                path = router.get_object_detail_urlpath(Page, target.pk)
                data["detail_url"] = get_full_url(request, path)
        return data


def localized_link_relations(model):
    """(relation name, link model, attribute) of each API child relation of `model` whose links
    are shown through a LocalizedLinkField."""
    relations = []
    for api_field in getattr(model, "api_fields", ()):
        try:
            relation = model._meta.get_field(api_field.name)
        except LookupError:
            continue
        if not isinstance(relation, ManyToOneRel):
            continue
        link_model = relation.related_model
        for link_field in getattr(link_model, "api_fields", ()):
            if isinstance(link_field.serializer, LocalizedLinkField):
                relations.append((api_field.name, link_model, link_field.serializer.attribute))
    return relations


def prefetch_localized_links(pages, shown_fields=None):
    """Load the localised links of `pages` that the API shows, with their targets in each page's
    language: a few queries per relation and language, however many pages and links.

    `shown_fields` limits the work to the fields a request asks for (None: all of them).
    """
    links_by_attribute = {}
    for model in {type(page) for page in pages}:
        model_pages = [page for page in pages if type(page) is model]
        for relation, link_model, attribute in localized_link_relations(model):
            if shown_fields is not None and relation not in shown_fields:
                continue
            links = link_model.objects.select_related(attribute)
            prefetch_related_objects(model_pages, Prefetch(relation, queryset=links))
            links_by_attribute.setdefault(attribute, []).extend(
                link for page in model_pages for link in getattr(page, relation).all()
            )
    for attribute, links in links_by_attribute.items():
        prepare_targets(links, attribute)
    return pages


def prepare_targets(links, attribute):
    """Give each of `links` its target in the language of its page (one query per language)."""
    by_locale = {}
    for link in links:
        by_locale.setdefault(link.page.locale_id, []).append(link)
    for locale_id, locale_links in by_locale.items():
        targets = localize_all([getattr(link, attribute) for link in locale_links], locale_id)
        for link, target in zip(locale_links, targets, strict=True):
            setattr(link, prepared_name(attribute), target)
