"""Ordered links from a page to topics (partners.PartnerLink and events.EventLink likewise).

The links are synchronised by wagtail-localize: a translation copies them as they are (a fact
cannot drift between languages) and templates show each target in the reader's language through
`core.i18n.localize_all`.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable


class TopicLink(Orderable):
    topic = models.ForeignKey(
        "home.Topic", on_delete=models.CASCADE, related_name="+", verbose_name=_("topic")
    )

    panels = [FieldPanel("topic")]

    class Meta(Orderable.Meta):
        abstract = True
