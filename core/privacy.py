"""Who may read a page: the one meaning of "public" on this site.

A page is public when it is live and no view restriction (password, login, groups) covers it.
A restriction set on a page covers the page, every translation of it, and all their
descendants, in every language at once: an editor who makes the Uzbek "Internal documents"
section private has made the Russian and English ones private too, with no sync step, and
lifting it opens all three. (Wagtail keeps a restriction on the one page it was set on, and
wagtail-localize does not copy it, so otherwise the translations would stay open.)

Every route asks this module, never Wagtail's own `.public()` directly:
- the page view: `view_restrictions(page)` is what `BasePage.get_view_restrictions` returns, so
  Wagtail's check before serving asks for the password or login on every translation;
- listings, feeds, calendar, search, sitemap, API and menu: `public(queryset)` or the
  `.public()` of `PublicPageQuerySet`, the queryset of every page type of the site;
- pages reached through links and the language switcher: `public_pages(pages)`.

The covered sections are read once per content generation (core.structure_cache); any change to
a restriction or a page starts a new one (core.invalidation).
"""

from django.db.models import Q

from wagtail.models import Page, PageViewRestriction
from wagtail.query import PageQuerySet

from core.structure_cache import remember


def _covered_sections():
    restrictions = list(
        PageViewRestriction.objects.values_list("id", "page__translation_key", "page__path")
    )
    if not restrictions:
        return ()
    keys = {key for _id, key, _path in restrictions}
    translations = {}
    for key, path in Page.objects.filter(translation_key__in=keys).values_list(
        "translation_key", "path"
    ):
        translations.setdefault(key, set()).add(path)
    sections = set()
    for restriction_id, key, path in restrictions:
        for covered in translations.get(key, set()) | {path}:
            sections.add((restriction_id, covered))
    return tuple(sorted(sections))


def restricted_sections():
    """(restriction id, tree path) of every page a restriction covers: the page it was set on
    and each translation of it. Their descendants' paths start with these paths."""
    return remember("restricted-sections", (), _covered_sections)


def private_paths():
    return tuple(path for _id, path in restricted_sections())


def private_q():
    """A filter matching every page under a restriction (nothing when no section is private)."""
    q = Q()
    for path in set(private_paths()):
        q |= Q(path__startswith=path)
    return q if q else Q(pk__in=[])


def public(queryset):
    """The live pages of `queryset` that anonymous readers may see."""
    return queryset.live().exclude(private_q())


def is_public(page):
    return bool(page.live) and not page.path.startswith(private_paths())


def public_pages(pages):
    """Those of `pages` (instances, e.g. reached through links) that readers may see."""
    paths = private_paths()
    return [page for page in pages if page.live and not page.path.startswith(paths)]


def view_restrictions(page):
    """The restrictions a reader must pass to see `page` (its own, its ancestors' and those of
    their translations), as the queryset Wagtail's serve check expects. No query when none."""
    ids = {rid for rid, path in restricted_sections() if page.path.startswith(path)}
    if not ids:
        return PageViewRestriction.objects.none()
    return PageViewRestriction.objects.filter(id__in=ids)


class PublicPageQuerySet(PageQuerySet):
    """Wagtail's page queryset whose `.public()` follows this module (translations included)."""

    def private_q(self):
        return private_q()
