"""What the news app shows elsewhere: the latest stories on the home page, on the profile of each
partner a story names, and under "News on these topics" of an event report. Registered from
NewsConfig.ready() (home.sections, partners.mentions, home.related)."""

from news.models import NewsArticlePage

HOME_NEWS_COUNT = 3


def latest_news(home_page):
    return NewsArticlePage.objects.listing(home_page.locale_id)[:HOME_NEWS_COUNT]


def partner_timeline(partner, limit):
    articles = (
        NewsArticlePage.objects.listing(partner.locale_id)
        .naming_partner(partner)
        .distinct()
        .order_by("-publication_date")[:limit]
    )
    return [(article.publication_date, "news", article) for article in articles]


def related_news(page, topics):
    return NewsArticlePage.objects.related_to(page, topics)


def register():
    from home.related import register_related_news
    from home.sections import register_home_section
    from partners.mentions import register_timeline

    register_home_section("latest_news", latest_news)
    register_timeline(partner_timeline)
    register_related_news(related_news)
