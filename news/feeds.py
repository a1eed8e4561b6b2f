"""RSS 2.0 feed of one language's news (/<lang>/news/feed/), newest 30 by publication date."""

from django.utils.translation import gettext

from core.feeds import SectionFeed
from core.identity import naming_department
from news.models import NewsArticlePage, NewsIndexPage


class NewsFeed(SectionFeed):
    index_model = NewsIndexPage
    item_model = NewsArticlePage
    date_field = "publication_date"

    def description(self, source):
        return naming_department(
            gettext("%(department)s: news, visits, seminars and international cooperation.")
        )
