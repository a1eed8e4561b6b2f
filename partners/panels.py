"""The editor's way to a partner that has no profile yet, from a page that names partners.

Partners are pages, and Wagtail's page chooser cannot create pages. The partner links panel of
a report or article therefore links to the "add partner profile" form under the partner index
of the page's own language, in a new tab: the editor adds the profile there, comes back and
chooses it (the chooser's search finds drafts too).
"""

from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import InlinePanel

from partners.models import PartnerIndexPage

ADD_PARTNER = _("Partner not listed yet? Add its profile (opens in a new tab).")


def partner_add_url(page, user):
    """The admin URL adding a partner profile in `page`'s language, if `user` may add one."""
    if not getattr(page, "locale_id", None):
        return None
    index = PartnerIndexPage.objects.filter(locale_id=page.locale_id).order_by("path").first()
    if index is None or not index.permissions_for_user(user).can_add_subpage():
        return None
    return reverse("wagtailadmin_pages:add", args=("partners", "partnerprofilepage", index.pk))


class PartnerLinksPanel(InlinePanel):
    """An InlinePanel of `partner_links` whose help text links to adding a partner profile."""

    class BoundPanel(InlinePanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            url = partner_add_url(self.instance, self.request.user) if self.request else None
            if url:
                self.help_text = format_html(
                    '{} <a href="{}" target="_blank" rel="noopener">{}</a>',
                    self.help_text or "",
                    url,
                    ADD_PARTNER,
                )
