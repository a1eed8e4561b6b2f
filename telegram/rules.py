"""Which pages go to a channel: asked when a page is published, again just before its post is
sent (a page unpublished, made private or marked "don't post" meanwhile is not posted), and when
an editor asks to post it again.

Private means what it means everywhere on the site (core.privacy): a restriction on a page or an
ancestor, in any language, keeps every translation out of the channels. "Don't post" is decided
for the story, like privacy: set on any translation, it keeps them all out (the field is
synchronised between translations; this also covers a translation not synchronised yet).
"""

from core.privacy import is_public
from events.models import EventReportPage
from news.models import NewsArticlePage
from telegram import conf
from telegram.models import ChannelPost

POSTED_TYPES = (NewsArticlePage, EventReportPage)
Reason = ChannelPost.Reason


def is_posted_type(page):
    # An alias repeats another page, which has its own post.
    return isinstance(page, POSTED_TYPES) and not page.alias_of_id


def opted_out(page):
    """Whether "don't post" is set on `page` or on any translation of it."""
    return (
        type(page)
        .objects.filter(translation_key=page.translation_key, no_channel_post=True)
        .exists()
    )


def why_not_posted(page):
    """None when `page` may go to its language's channel now, else a ChannelPost.Reason."""
    if not is_posted_type(page):
        return Reason.PAGE_TYPE
    if not page.live:
        return Reason.NOT_LIVE
    # First the check that costs no query: with the feature off, publishing pays nothing.
    if not conf.bot_token():
        return Reason.NO_CHANNEL
    if not is_public(page):
        return Reason.PRIVATE
    if opted_out(page):
        return Reason.OPTED_OUT
    if not conf.channel_for(page.locale.language_code):
        return Reason.NO_CHANNEL
    return None
