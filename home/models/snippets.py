from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class Person(TranslatableMixin, index.Indexed, models.Model):
    """A member of the department or a colleague from a partner (Snippets → People).

    Editors create people once; translators translate the degree, position and biography.
    """

    name = models.CharField(
        _("name"), max_length=120, help_text=_("As it is written in this language.")
    )
    degree = models.CharField(
        _("academic degree and title"),
        max_length=200,
        blank=True,
        help_text=_("For example: Doctor of Medical Sciences, associate professor."),
    )
    position = models.CharField(
        _("position"),
        max_length=200,
        blank=True,
        help_text=_("For example: head of the department."),
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A portrait; square images work best."),
    )
    bio = models.TextField(
        _("short biography"),
        blank=True,
        max_length=1000,
        help_text=_("Two or three sentences about the person's work."),
    )
    in_department = models.BooleanField(
        _("member of the department"),
        default=True,
        help_text=_("Untick for colleagues from partner organisations."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("degree"),
        FieldPanel("position"),
        FieldPanel("photo"),
        FieldPanel("bio"),
        FieldPanel("in_department"),
    ]

    search_fields = [
        index.SearchField("name"),
        index.SearchField("position"),
        index.FilterField("locale"),
    ]

    api_fields = [APIField("name"), APIField("degree"), APIField("position")]

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("degree"),
        TranslatableField("position"),
        TranslatableField("bio"),
        SynchronizedField("photo", overridable=False),
        SynchronizedField("in_department", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Topic(TranslatableMixin, models.Model):
    """A subject tag such as academic mobility or webinar (Snippets → Topics).

    The slug is the same in every language, so filter links work across translations.
    """

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        allow_unicode=False,
        help_text=_("Used in addresses such as ?topic=academic-mobility; Latin letters."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]

    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_topic_slug_per_locale")
        ]

    def __str__(self):
        return self.name
