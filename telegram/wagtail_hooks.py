"""Where the channels show in the admin: the "Telegram posts" report under Reports, and "Post to
the channel again" for those who may publish the page — in the editor's action menu (source
pages) and in the page's "more" menus of the explorer and the page header, which translations
edited in wagtail-localize's editor also have."""

from django.urls import include, path, reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.action_menu import ActionMenuItem
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import Button

from telegram import conf, rules, urls

POST_AGAIN = _("Post to the channel again")


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("telegram/", include(urls, namespace="telegram"))]


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return MenuItem(
        _("Telegram posts"),
        reverse("telegram:report"),
        name="telegram-posts",
        icon_name="mail",
        order=1300,
    )


def may_offer_post_again(page, user):
    """Cheap enough for every row of a listing: the confirmation page checks the rest (privacy,
    "don't post", the language's channel) and says what stands in the way."""
    return (
        bool(conf.bot_token())
        and rules.is_posted_type(page)
        and page.live
        and page.permissions_for_user(user).can_publish()
    )


class PostAgainMenuItem(ActionMenuItem):
    """In the editor's action menu: a link to the confirmation, for a page that may be posted."""

    label = POST_AGAIN
    name = "action-telegram-post-again"
    icon_name = "mail"
    order = 60

    def is_shown(self, context):
        if context["view"] != "edit" or context.get("locked_for_user"):
            return False
        page = context["page"]
        user = context["request"].user
        return may_offer_post_again(page, user) and rules.why_not_posted(page) is None

    def get_url(self, parent_context):
        return reverse("telegram:post_again", args=[parent_context["page"].pk])


@hooks.register("register_page_action_menu_item")
def register_post_again_menu_item():
    return PostAgainMenuItem()


def post_again_buttons(page, user, view_name=None, next_url=None):
    page = page.specific_deferred
    if not may_offer_post_again(page, user):
        return
    # One page's header can afford the full check; a listing's rows leave it to the confirmation.
    if view_name is None or rules.why_not_posted(page) is None:
        url = reverse("telegram:post_again", args=[page.pk])
        if next_url:
            url += "?" + urlencode({"next": next_url})
        yield Button(POST_AGAIN, url, priority=70, icon_name="mail")


hooks.register("register_page_header_buttons", post_again_buttons)
hooks.register("register_page_listing_more_buttons", post_again_buttons)
