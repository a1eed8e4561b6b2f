"""What the news app shows elsewhere: the latest stories on the home page, and on the profile of
each partner a story names. Registered from NewsConfig.ready() (home.sections,
partners.mentions)."""

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


def register():
    from home.sections import register_home_section
    from partners.mentions import register_timeline

    register_home_section("latest_news", latest_news)
    register_timeline(partner_timeline)
