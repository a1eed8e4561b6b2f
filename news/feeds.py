"""RSS 2.0 feed of one language's news (/<lang>/news/feed/), newest 30 by publication date.

An item's pubDate is the article's publication date, as its moment of publication when it went
out that day, and never later than that moment (core.feeds.dated_publication).
"""

from django.utils.translation import gettext

from core.feeds import SectionFeed, dated_publication
from core.identity import naming_department
from news.models import NewsArticlePage, NewsIndexPage


class NewsFeed(SectionFeed):
    index_model = NewsIndexPage
    item_model = NewsArticlePage
    ordering = ("-publication_date", "-pk")

    def description(self, source):
        return naming_department(
            gettext("%(department)s: news, visits, seminars and international cooperation.")
        )

    def item_pubdate(self, item):
        return dated_publication(item.publication_date, item.first_published_at)
