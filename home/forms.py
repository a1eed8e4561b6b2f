"""The page editor's form: links to partners, people, topics and pages stay in the page's language.

An editor may choose the Russian profile of a partner for an Uzbek report (the chooser's
language filter can be switched to "All"). The link is stored as the same object in the page's
language, found by its translation key, so the report names the Uzbek profile; when the object
has no version in that language yet, saving is refused with a message saying what to do.
Mapping rather than refusing keeps the editor's choice (it is the same organisation) and lets a
page whose synchronised links still point at the source language be saved as it is.

Translations made by wagtail-localize are not edited through this form: their links are
synchronised from the source page and shown in the reader's language by core.i18n.localize_all.
"""

from django.forms.formsets import DELETION_FIELD_NAME
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import TranslatableMixin

NO_TRANSLATION = _(
    "“%(name)s” (%(language)s) has no version in the language of this page "
    "(%(page_language)s). Translate it first, or choose another."
)


class LocalizedLinksPageForm(WagtailAdminPageForm):
    """The base form of every page type (BasePage.base_form_class)."""

    def clean(self):
        cleaned_data = super().clean()
        locale = getattr(self.instance, "locale", None)
        if locale is None:
            return cleaned_data
        for name, value in list(cleaned_data.items()):
            if self._is_foreign(value, locale):
                localized = self._localized(self, name, value, locale)
                if localized is not None:
                    cleaned_data[name] = localized
        for formset in self.formsets.values():
            self._localize_formset(formset, locale)
        return cleaned_data

    @staticmethod
    def _is_foreign(value, locale):
        return isinstance(value, TranslatableMixin) and value.locale_id != locale.pk

    def _localize_formset(self, formset, locale):
        # The formsets are validated after this form's clean(): validate them now (Django
        # keeps the result) so their chosen objects can be read and replaced.
        formset.is_valid()
        for form in formset.forms:
            if not hasattr(form, "cleaned_data") or form.cleaned_data.get(DELETION_FIELD_NAME):
                continue
            for name, value in list(form.cleaned_data.items()):
                if self._is_foreign(value, locale):
                    localized = self._localized(form, name, value, locale)
                    if localized is not None:
                        form.cleaned_data[name] = localized
                        # The child instance was already built from cleaned_data.
                        setattr(form.instance, name, localized)

    @staticmethod
    def _localized(form, name, value, locale):
        """`value` in `locale`, or None with an error on the field when it has no such version."""
        translation = value.get_translation_or_none(locale)
        if translation is not None:
            return translation
        form.add_error(
            name,
            NO_TRANSLATION
            % {
                "name": value,
                "language": value.locale.get_display_name(),
                "page_language": locale.get_display_name(),
            },
        )
        return None
