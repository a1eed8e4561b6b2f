"""The news index of each language: pagination, filters, languages, drafts and query count."""

import datetime

from django.utils.html import escape

from wagtail.images import get_image_model

import pytest

from demo.translate import translate
from home.models import Topic
from news.models import ARTICLES_PER_PAGE, NewsArticlePage, NewsIndexPage
from tests.factories import NewsArticlePageFactory, TopicFactory
from tests.helpers import by_language, count_queries

pytestmark = pytest.mark.django_db


DEMO_SLUGS_NEWEST_FIRST = [
    "astana-mobility-report",  # 2022-10-25
    "astana-mobility-announcement",  # 2022-10-05
    "international-priorities-2021",  # 2021-09-24
]


@pytest.fixture
def news(locales):
    """The news index page of each language."""
    return by_language(NewsIndexPage)


def listed(response):
    """The articles on the page shown, in order."""
    assert response.status_code == 200
    return list(response.context["articles"].object_list)


def slugs(response):
    return [article.slug for article in listed(response)]


def test_index_lists_the_demo_articles_newest_first(client, news):
    response = client.get(news["uz"].url)

    assert slugs(response) == DEMO_SLUGS_NEWEST_FIRST
    html = response.content.decode()
    positions = [html.index(f'href="{article.url}"') for article in listed(response)]
    assert positions == sorted(positions)


def test_newer_articles_come_first_whatever_the_order_they_were_added_in(client, news):
    middle = NewsArticlePageFactory(
        parent=news["uz"], title="Middle", publication_date=datetime.date(2024, 5, 1)
    )
    newest = NewsArticlePageFactory(
        parent=news["uz"], title="Newest", publication_date=datetime.date(2025, 1, 1)
    )
    oldest = NewsArticlePageFactory(
        parent=news["uz"], title="Oldest", publication_date=datetime.date(2020, 1, 1)
    )

    shown = slugs(client.get(news["uz"].url))

    assert shown == [newest.slug, middle.slug, *DEMO_SLUGS_NEWEST_FIRST, oldest.slug]


def test_twelve_articles_a_page_and_the_rest_on_page_two(client, news):
    NewsArticlePageFactory.create_daily(
        ARTICLES_PER_PAGE + 1 - len(DEMO_SLUGS_NEWEST_FIRST), parent=news["uz"]
    )

    first = client.get(news["uz"].url)
    second = client.get(news["uz"].url, {"page": "2"})

    assert ARTICLES_PER_PAGE == 12
    assert len(listed(first)) == 12
    assert slugs(second) == ["international-priorities-2021"]
    assert 'href="?page=2"' in first.content.decode()
    assert client.get(news["uz"].url, {"page": "3"}).status_code == 404


def test_a_single_page_of_articles_has_no_page_two(client, news):
    assert client.get(news["uz"].url, {"page": "2"}).status_code == 404


def test_an_empty_page_parameter_means_the_first_page(client, news):
    assert slugs(client.get(news["uz"].url, {"page": ""})) == DEMO_SLUGS_NEWEST_FIRST


@pytest.mark.parametrize("value", ["abc", "-1", "0", "1.5", "9" * 50, "1e3", " 1", "١"])
def test_a_bad_page_number_is_404_not_500(client, news, value):
    assert client.get(news["uz"].url, {"page": value}).status_code == 404


@pytest.mark.parametrize("value", ["x", "-3", "0", "20x3", "99999", "9" * 50])
def test_a_bad_year_is_404(client, news, value):
    assert client.get(news["uz"].url, {"year": value}).status_code == 404


def test_an_unknown_topic_is_404(client, news):
    assert client.get(news["uz"].url, {"topic": "no-such-topic"}).status_code == 404


@pytest.mark.parametrize("value", ["%00", "a%00b"])
def test_a_nul_character_in_the_topic_is_404_not_500(client, news, value):
    client.raise_request_exception = False

    assert client.get(f"{news['uz'].url}?topic={value}").status_code == 404


@pytest.mark.parametrize("language", ["uz", "ru", "en"])
def test_topic_narrows_the_list_in_every_language(client, news, language):
    response = client.get(news[language].url, {"topic": "international-grants"})

    assert slugs(response) == ["international-priorities-2021"]
    assert response.context["filters"]["topic"].locale.language_code == language


class SameText(dict):
    """A translation memory that leaves every segment as it is."""

    def __contains__(self, text):
        return True

    def __missing__(self, text):
        return text


def test_the_topic_link_of_a_translated_article_works_for_an_untranslated_topic(
    client, news, locales, django_capture_on_commit_callbacks
):
    topic = TopicFactory(locale=locales["uz"], name="Faqat oʻzbekcha", slug="only-uz")
    article = NewsArticlePageFactory(
        parent=news["uz"], title="Yangi", publication_date=datetime.date(2025, 1, 1), topics=[topic]
    )
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        russian = translate(article, locales["ru"], SameText())

    assert 'href="?topic=only-uz"' in client.get(news["ru"].url).content.decode()
    assert slugs(client.get(news["ru"].url, {"topic": "only-uz"})) == [russian.slug]


def test_year_narrows_the_list(client, news):
    in_2023 = NewsArticlePageFactory(
        parent=news["uz"], title="In 2023", publication_date=datetime.date(2023, 3, 8)
    )

    assert slugs(client.get(news["uz"].url, {"year": "2023"})) == [in_2023.slug]
    assert slugs(client.get(news["uz"].url, {"year": "2021"})) == ["international-priorities-2021"]


def test_a_year_without_articles_shows_an_empty_list(client, news):
    assert slugs(client.get(news["uz"].url, {"year": "2019"})) == []


def test_topic_and_year_together_narrow_by_both(client, news):
    response = client.get(news["uz"].url, {"topic": "academic-mobility", "year": "2022"})

    assert slugs(response) == ["astana-mobility-report", "astana-mobility-announcement"]
    assert slugs(client.get(news["uz"].url, {"topic": "round-tables", "year": "2021"})) == []


def test_each_index_lists_only_the_articles_of_its_language(client, news):
    russian_only = NewsArticlePageFactory(
        parent=news["ru"], title="Только по-русски", publication_date=datetime.date(2025, 2, 2)
    )

    russian = listed(client.get(news["ru"].url))
    uzbek = listed(client.get(news["uz"].url))

    assert {article.locale.language_code for article in russian} == {"ru"}
    assert {article.locale.language_code for article in uzbek} == {"uz"}
    assert russian[0] == russian_only
    assert russian_only not in uzbek
    assert len(russian) == len(DEMO_SLUGS_NEWEST_FIRST) + 1
    assert "Только по-русски" not in client.get(news["uz"].url).content.decode()


def test_drafts_and_unpublished_articles_are_not_listed(client, news):
    draft = NewsArticlePageFactory(
        parent=news["uz"],
        title="Draft story",
        publication_date=datetime.date(2025, 3, 3),
        draft=True,
    )
    NewsArticlePage.objects.get(locale=news["uz"].locale, slug="astana-mobility-report").unpublish()

    response = client.get(news["uz"].url)

    assert slugs(response) == ["astana-mobility-announcement", "international-priorities-2021"]
    assert draft.title not in response.content.decode()


@pytest.mark.parametrize("language", ["ru", "en"])
def test_translated_index_shows_the_translated_titles(client, news, language):
    html = client.get(f"/{language}/news/").content.decode()

    for slug in DEMO_SLUGS_NEWEST_FIRST:
        source = NewsArticlePage.objects.get(locale=news["uz"].locale, slug=slug)
        translation = source.get_translation(news[language].locale)
        assert translation.title != source.title
        assert f'<a href="/{language}/news/{slug}/">{escape(translation.title)}</a>' in html
        assert escape(source.title) not in html


def _add_varied_articles(index, count):
    """`count` articles newer than the demo ones; some with a picture, some with topics."""
    image = get_image_model().objects.filter(title__startswith="demo: news-").first()
    topics = list(Topic.objects.filter(locale=index.locale, slug__in=["seminars", "webinars"]))
    for number in range(count):
        NewsArticlePageFactory(
            parent=index,
            title=f"Varied article {number}",
            publication_date=datetime.date(2024, 1, 1) + datetime.timedelta(days=number),
            hero_image=image if number % 2 else None,
            topics=topics[: number % 3],
        )


@pytest.mark.parametrize("language", ["uz", "ru"])
def test_first_page_query_count_does_not_grow_with_more_articles(
    client, news, language, django_assert_max_num_queries
):
    url = news[language].url
    baseline = count_queries(client, url)

    _add_varied_articles(news[language], 50)
    client.get(url)
    with django_assert_max_num_queries(baseline):
        response = client.get(url)

    assert len(listed(response)) == ARTICLES_PER_PAGE


def test_second_page_query_count_does_not_grow_with_more_articles(
    client, news, django_assert_max_num_queries
):
    index = news["uz"]
    NewsArticlePageFactory.create_daily(
        ARTICLES_PER_PAGE + 1 - len(DEMO_SLUGS_NEWEST_FIRST), parent=index
    )
    url = f"{index.url}?page=2"
    baseline = count_queries(client, url)

    _add_varied_articles(index, 50)
    client.get(url)
    with django_assert_max_num_queries(baseline):
        response = client.get(url)

    assert len(listed(response)) == ARTICLES_PER_PAGE
