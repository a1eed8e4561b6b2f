"""Choosers that keep to the language of the page being edited.

Wagtail opens every chooser of a page editor with `?locale=<the page's language>`: the page
editor sets `wagtailConfig.ACTIVE_CONTENT_LOCALE` and the chooser modal's `getURLParams` adds it
(Wagtail's client/src/includes/chooserModal.js; tests/home/test_choosers.py and
tests/browser/test_choosers.py fail if an upgrade drops it). The snippet choosers already filter
their list by it (wagtail.admin.forms.choosers.LocaleFilterMixin); here the page chooser's
search does too (`page_chooser_in_locale`, a `construct_page_chooser_queryset` hook), and a
person created from inside the person chooser is made in that language and comes back chosen.
"""

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetCreateView,
)

# The URL name of Wagtail's page chooser search (wagtail/admin/urls/__init__.py).
PAGE_CHOOSER_SEARCH = "wagtailadmin_choose_page_search"


def requested_locale(request):
    """The Locale named by `?locale=`, or None when absent or unknown."""
    code = request.GET.get("locale")
    if not code:
        return None
    return Locale.objects.filter(language_code=code).first()


def page_chooser_in_locale(pages, request):
    """Searching the page chooser from a page editor finds pages of that page's language only.

    Browsing is left alone: it already shows one language's tree at a time, with Wagtail's own
    switch to the others.
    """
    match = getattr(request, "resolver_match", None)
    if match is None or match.url_name != PAGE_CHOOSER_SEARCH:
        return pages
    locale = requested_locale(request)
    return pages if locale is None else pages.filter(locale=locale)


class InLocaleMixin:
    """The creation form posts to a URL that keeps `?locale=`: the object is made in it."""

    def get_create_url(self):
        url = super().get_create_url()
        code = self.request.GET.get("locale")
        if code:
            url += ("&" if "?" in url else "?") + f"locale={code}"
        return url


class LabelledLocaleFilterMixin:
    """Wagtail's locale filter field has no label, so Django makes an English one ("Locale")
    from its name, whatever the admin's language; this one is Wagtail's own translated label."""

    def get_filter_form(self):
        form = super().get_filter_form()
        if "locale" in form.fields:
            form.fields["locale"].label = gettext("Locale")
        return form


class PersonChooseView(InLocaleMixin, LabelledLocaleFilterMixin, ChooseView):
    pass


class PersonChooseResultsView(InLocaleMixin, LabelledLocaleFilterMixin, ChooseResultsView):
    pass


class TopicChooseView(LabelledLocaleFilterMixin, ChooseView):
    pass


class TopicChooseResultsView(LabelledLocaleFilterMixin, ChooseResultsView):
    pass


class TopicChooserViewSet(SnippetChooserViewSet):
    choose_view_class = TopicChooseView
    choose_results_view_class = TopicChooseResultsView


class PersonCreateView(InLocaleMixin, SnippetCreateView):
    def save_form(self, form):
        person = form.save(commit=False)
        locale = requested_locale(self.request)
        if locale is not None:
            person.locale = locale
        person.save()
        return person


class PersonChooserViewSet(SnippetChooserViewSet):
    """The person chooser, with a tab to add a person (a visiting delegation's members)."""

    choose_view_class = PersonChooseView
    choose_results_view_class = PersonChooseResultsView
    create_view_class = PersonCreateView
    form_fields = ["name", "degree", "position", "in_department"]
    creation_tab_label = _("New person")
    create_action_label = _("Add the person")
    create_action_clicked_label = _("Adding…")
