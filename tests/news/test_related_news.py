"""News on the topics of a page, under an event report ("News on these topics") and under an
article ("More news on these topics"): the newest other articles of the reader's language, as
cards; nothing, not even the heading, when no other article shares a topic."""

import datetime

from django.utils.html import escape

from wagtail.images import get_image_model
from wagtail.models import PageViewRestriction

import pytest

from events.models import EventIndexPage
from home.models import Topic
from news.models import RELATED_NEWS_COUNT, NewsArticlePage, NewsIndexPage
from tests.factories import EventReportPageFactory, NewsArticlePageFactory, TopicFactory
from tests.helpers import by_language, count_queries

pytestmark = pytest.mark.django_db

LANGUAGES = ["uz", "ru", "en"]
# Every demo article of the slice is on academic mobility, like the Sechenov report.
DEMO_SLUGS_NEWEST_FIRST = [
    "astana-mobility-report",  # 2022-10-25
    "astana-mobility-announcement",  # 2022-10-05
    "international-priorities-2021",  # 2021-09-24
]
HEADINGS = {
    "event": {"uz": "Shu mavzulardagi yangiliklar", "en": "News on these topics"},
    "article": {"en": "More news on these topics"},
}


@pytest.fixture
def news(locales):
    return by_language(NewsIndexPage)


@pytest.fixture
def mobility(locales):
    return Topic.objects.get(locale=locales["uz"], slug="academic-mobility")


def related_slugs(response):
    assert response.status_code == 200
    return [article.slug for article in response.context["related_news"]]


def related_section(html):
    start = html.index('aria-labelledby="related-news"')
    return html[start : html.index("</section>", start)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_event_report_shows_the_news_on_its_topics_as_cards(client, sechenov, language):
    response = client.get(sechenov[language].url)

    assert related_slugs(response) == DEMO_SLUGS_NEWEST_FIRST
    section = related_section(response.content.decode())
    cards = section.split('<article class="card">')[1:]
    assert len(cards) == len(DEMO_SLUGS_NEWEST_FIRST)
    for card, article in zip(cards, response.context["related_news"], strict=True):
        assert article.locale.language_code == language
        assert f'<a href="/{language}/news/{article.slug}/">{escape(article.title)}</a>' in card
    # The topics stay, as links to all the news on each of them.
    assert f'href="/{language}/news/?topic=academic-mobility"' in section


def test_the_heading_is_in_the_readers_language(client, sechenov, news):
    article = NewsArticlePage.objects.get(locale=news["en"].locale, slug="astana-mobility-report")

    uzbek = client.get(sechenov["uz"].url).content.decode()
    english = client.get(sechenov["en"].url).content.decode()
    under_article = client.get(article.url).content.decode()

    assert f'<h2 id="related-news">{HEADINGS["event"]["uz"]}</h2>' in uzbek
    assert f'<h2 id="related-news">{HEADINGS["event"]["en"]}</h2>' in english
    assert f'<h2 id="related-news">{HEADINGS["article"]["en"]}</h2>' in under_article


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_article_shows_the_other_news_on_its_topics_not_itself(client, news, language):
    article = NewsArticlePage.objects.get(
        locale=news[language].locale, slug="astana-mobility-report"
    )

    response = client.get(article.url)

    assert related_slugs(response) == DEMO_SLUGS_NEWEST_FIRST[1:]


def test_only_the_newest_few_of_the_readers_language_that_readers_may_see(
    client, sechenov, news, mobility, locales
):
    index = news["uz"]
    newest = NewsArticlePageFactory.create_daily(
        RELATED_NEWS_COUNT + 2,
        parent=index,
        first_date=datetime.date(2024, 1, 1),
        topics=[mobility],
    )
    other_topic = TopicFactory(locale=locales["uz"], name="Boshqa mavzu")
    NewsArticlePageFactory(
        parent=index, publication_date=datetime.date(2025, 1, 1), topics=[other_topic]
    )
    NewsArticlePageFactory(
        parent=index, publication_date=datetime.date(2025, 1, 2), topics=[mobility], draft=True
    )
    private = NewsArticlePageFactory(
        parent=index, publication_date=datetime.date(2025, 1, 3), topics=[mobility]
    )
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    NewsArticlePageFactory(
        parent=news["ru"], publication_date=datetime.date(2025, 1, 4), topics=[mobility]
    )

    response = client.get(sechenov["uz"].url)

    expected = [article.slug for article in reversed(newest)][:RELATED_NEWS_COUNT]
    assert related_slugs(response) == expected


def test_a_topic_linked_in_another_language_counts(client, sechenov, news, mobility):
    """Topic links are synchronised: a Russian article may link the Uzbek topic."""
    russian = NewsArticlePageFactory(
        parent=news["ru"], publication_date=datetime.date(2025, 5, 5), topics=[mobility]
    )

    response = client.get(sechenov["ru"].url)

    assert related_slugs(response)[0] == russian.slug


def test_no_heading_when_no_other_article_shares_a_topic(client, news, locales):
    events = EventIndexPage.objects.get(locale=locales["uz"])
    without_topics = EventReportPageFactory(parent=events)
    alone_on_topic = EventReportPageFactory(parent=events, topics=[TopicFactory()])
    article = NewsArticlePageFactory(parent=news["uz"], topics=[TopicFactory()])

    for page in (without_topics, alone_on_topic, article):
        response = client.get(page.url)
        assert related_slugs(response) == []
        html = response.content.decode()
        assert "related-news" not in html
        assert HEADINGS["event"]["uz"] not in html


@pytest.mark.parametrize("kind", ["event", "article"])
def test_related_news_cost_the_same_queries_however_many_there_are(
    client, sechenov, news, mobility, kind, django_assert_max_num_queries
):
    image = get_image_model().objects.filter(title__startswith="demo: news-").first()
    topics = [mobility, *Topic.objects.filter(locale=mobility.locale).exclude(pk=mobility.pk)]
    page = sechenov["uz"]
    if kind == "article":
        page = NewsArticlePageFactory(parent=news["uz"], topics=topics)
    NewsArticlePageFactory(
        parent=news["uz"], publication_date=datetime.date(2025, 1, 1), topics=[mobility]
    )
    pictured = NewsArticlePageFactory(
        parent=news["uz"],
        publication_date=datetime.date(2025, 1, 2),
        topics=[mobility],
        hero_image=image,
    )
    baseline = count_queries(client, page.url)

    for number in range(10):
        NewsArticlePageFactory(
            parent=news["uz"],
            publication_date=datetime.date(2025, 2, 1) + datetime.timedelta(days=number),
            topics=topics[: 1 + number % len(topics)],
            hero_image=image,
        )
    client.get(page.url)
    with django_assert_max_num_queries(baseline):
        response = client.get(page.url)

    shown = response.context["related_news"]
    assert len(shown) == RELATED_NEWS_COUNT
    assert pictured not in shown
    assert all(article.hero_image == image for article in shown)
    assert response.content.decode().count("<picture") >= RELATED_NEWS_COUNT
