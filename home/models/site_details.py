from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import DraftStateMixin, RevisionMixin, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.structure_cache import remember

SOCIAL_NETWORKS = [
    ("telegram", "Telegram"),
    ("instagram", "Instagram"),
    ("facebook", "Facebook"),
    ("youtube", "YouTube"),
]


class SiteDetails(DraftStateMixin, RevisionMixin, TranslatableMixin, models.Model):
    """The footer: the department's address, contacts and social links (Contacts and footer).

    One record per language. Editors keep the Uzbek one; translators translate the address and
    the footer text, while the phone, e-mail and links are copied from it.
    """

    footer_text = models.TextField(
        _("footer text"),
        blank=True,
        max_length=500,
        help_text=_("One or two sentences about the department, shown at the foot of every page."),
    )
    address = models.TextField(
        _("address"),
        blank=True,
        max_length=300,
        help_text=_("Postal address, one part per line."),
    )
    phone = models.CharField(
        _("phone"), max_length=40, blank=True, help_text=_("For example: +998 66 233-08-41.")
    )
    email = models.EmailField(_("e-mail"), blank=True)
    # Brand names: the same in every language.
    telegram = models.URLField("Telegram", blank=True)
    instagram = models.URLField("Instagram", blank=True)
    facebook = models.URLField("Facebook", blank=True)
    youtube = models.URLField("YouTube", blank=True)
    # Read from the Uzbek record only: the Uzbek pages are the ones shown in other scripts.
    protected_terms = models.TextField(
        _("names kept as written"),
        blank=True,
        max_length=2000,
        help_text=_(
            "One per line: names and words that stay exactly as written when the Uzbek pages "
            "are shown in Cyrillic or in the new Latin alphabet (for example Sechenov "
            "University, PubMed). Used from the Uzbek contacts and footer."
        ),
    )

    panels = [
        FieldPanel("footer_text"),
        FieldPanel("address"),
        MultiFieldPanel([FieldPanel("phone"), FieldPanel("email")], heading=_("Contacts")),
        MultiFieldPanel(
            [FieldPanel(name) for name, _label in SOCIAL_NETWORKS], heading=_("Social links")
        ),
        FieldPanel("protected_terms"),
    ]

    translatable_fields = [
        TranslatableField("footer_text"),
        TranslatableField("address"),
        SynchronizedField("phone"),
        SynchronizedField("email"),
        *(SynchronizedField(name) for name, _label in SOCIAL_NETWORKS),
        SynchronizedField("protected_terms"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("contacts and footer")
        verbose_name_plural = _("contacts and footer")
        constraints = [
            models.UniqueConstraint(fields=["locale"], name="one_site_details_per_locale")
        ]

    def __str__(self):
        language = self.locale.get_display_name() if self.locale_id else ""
        return _("Contacts and footer (%(language)s)") % {"language": language}

    def clean(self):
        super().clean()
        others = SiteDetails.objects.filter(locale_id=self.locale_id).exclude(pk=self.pk)
        if self.locale_id and others.exists():
            raise ValidationError(
                _("This language already has its contacts and footer: edit that record instead.")
            )

    @classmethod
    def for_request(cls, request, language_code):
        """The live record in `language_code`, else the default language's, else None.

        One query per request and language: the result is kept on the request.
        """
        cache = request.__dict__.setdefault("_site_details", {}) if request is not None else {}
        if language_code not in cache:
            cache[language_code] = remember(
                "site-details", (language_code,), lambda: cls._live_record(language_code)
            )
        return cache[language_code]

    @classmethod
    def _live_record(cls, language_code):
        languages = {language_code, settings.LANGUAGE_CODE}
        records = {
            record.locale.language_code: record
            for record in cls.objects.filter(
                live=True, locale__language_code__in=languages
            ).select_related("locale")
        }
        return records.get(language_code) or records.get(settings.LANGUAGE_CODE)

    @property
    def phone_href(self):
        """The phone number for a tel: link: digits and a leading plus only."""
        digits = "".join(char for char in self.phone if char.isdigit())
        return f"+{digits}" if self.phone.strip().startswith("+") else digits

    @property
    def protected_term_list(self):
        return [line.strip() for line in self.protected_terms.splitlines() if line.strip()]

    @property
    def social_links(self):
        links = ((label, getattr(self, name)) for name, label in SOCIAL_NETWORKS)
        return [(label, url) for label, url in links if url]
