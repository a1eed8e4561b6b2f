"""Which languages a content change shows in: one, or possibly all.

A publish every few seconds used to drop every cached page of every language. Most changes are
edits of one language's version of a page or snippet, and the pages of the other languages never
show that version: each language's pages show their own translations of what they link to
(core.i18n.localize_all), and of the others only whether they exist and where (the language
switcher, hreflang). So a change is *local* to its language when

- it is a page (or a row of a page's panels) that was live before and is still live, at the same
  address: the other languages' switchers and hreflang links stay as they were;
- or a translatable snippet (or a row of it) saved again, not created: nothing new to list;
- and every other language has its own live version of it, so none of them shows this one in
  its place (localize_all keeps an object that has no version in the reader's language).

Everything else may show in every language: creations, deletions, moves, publishing for the
first time and unpublishing, images, documents, tags, sites, locales, view restrictions.
`scope_of` answers with the language code of a local change, or None for "every language".
"""

from django.db.models.signals import pre_save

from modelcluster.fields import ParentalKey
from wagtail.models import DraftStateMixin, Locale, Page, TranslatableMixin

# Set on a page instance before it is saved: (live, url_path) of its row in the database then.
STORED_ROUTE = "_route_before_save"


def remember_stored_route(sender, instance, raw=False, **kwargs):
    """pre_save of a page: note where and whether it was live, to compare after the save."""
    if raw or not isinstance(instance, Page):
        return
    stored = None
    if instance.pk is not None:
        stored = Page.objects.filter(pk=instance.pk).values_list("live", "url_path").first()
    # A new page: never live before (and so never in the other languages' switchers).
    setattr(instance, STORED_ROUTE, stored or (False, None))


def connect_signals():
    pre_save.connect(remember_stored_route, dispatch_uid="core.change_scope.route")


def owner_of(instance):
    """The page or translatable snippet `instance` belongs to: itself, or the parent of a row
    of its panels (an orderable under a ParentalKey); None for anything else."""
    if isinstance(instance, (Page, TranslatableMixin)):
        return instance
    for field in instance._meta.get_fields():
        if isinstance(field, ParentalKey) and field.is_cached(instance):
            parent = getattr(instance, field.name)
            if isinstance(parent, (Page, TranslatableMixin)):
                return parent
    return None


def page_keeps_its_route(page):
    """Live before this save and still live at the same address."""
    stored = getattr(page, STORED_ROUTE, None)
    if stored is None:
        # Not saved in this process (a row of its panels saved on its own): the stored route
        # is the instance's own, if it came from the database unchanged.
        stored = (page.live, page.url_path)
    return stored == (True, page.url_path) and page.live


def live_elsewhere(owner):
    """Whether every other locale has its own live version of `owner`."""
    others = set(Locale.objects.exclude(pk=owner.locale_id).values_list("pk", flat=True))
    if not others:
        return True
    model = Page if isinstance(owner, Page) else type(owner)
    versions = model._default_manager.filter(
        translation_key=owner.translation_key, locale_id__in=others
    )
    if issubclass(model, DraftStateMixin):
        versions = versions.filter(live=True)
    return others <= set(versions.values_list("locale_id", flat=True))


def language_of(owner):
    return Locale.objects.filter(pk=owner.locale_id).values_list("language_code", flat=True).first()


def scope_of(instance, created=False):
    """The language code when saving `instance` changes only that language's pages, else None."""
    owner = owner_of(instance)
    if owner is None or owner.pk is None or getattr(owner, "locale_id", None) is None:
        return None
    if isinstance(owner, Page):
        unchanged_elsewhere = page_keeps_its_route(owner)
    else:
        # A new snippet may be listed (topics); a draft one is shown nowhere yet.
        new = created and owner is instance
        unchanged_elsewhere = not new and getattr(owner, "live", True)
    if not unchanged_elsewhere or not live_elsewhere(owner):
        return None
    return language_of(owner)
