"""News on the topics of a page, for the page types of apps below news (event reports).

news sits above events, so an event report never imports it: news registers here, from its
AppConfig.ready(), the function that finds its articles on some topics.
"""

_news_sources = []


def register_related_news(news_for):
    """`news_for(page, topics)` gives the newest live public articles of `page`'s language on
    any of `topics`, `page` aside, ready for article cards."""
    _news_sources.append(news_for)


def related_news(page, topics):
    return [article for news_for in _news_sources for article in news_for(page, topics)]
