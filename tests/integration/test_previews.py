"""Link previews: the description, Open Graph and Twitter card tags in the <head> of each page."""

import html
import io
import re

from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import re_path
from django.views.static import serve

from wagtail.images import get_image_model

import pytest
from PIL import Image as PillowImage

from core.i18n import locale_homes
from events.models import EventIndexPage
from home.models import ContentPage
from news.models import NewsArticlePage, NewsIndexPage
from partners.models import PartnerIndexPage, PartnerProfilePage
from seo.templatetags import seo_tags
from site_config.urls import urlpatterns as site_urlpatterns
from tests.factories import NewsArticlePageFactory
from tests.helpers import by_language, count_queries

pytestmark = pytest.mark.django_db

# The test settings have DEBUG off, so the site's URLs do not serve uploaded files; the test that
# fetches the preview image uses these URLs (`pytest.mark.urls(__name__)`) instead.
urlpatterns = [
    re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    *site_urlpatterns,
]

LANGUAGES = ["uz", "ru", "en"]
OG_LOCALES = {"uz": "uz_UZ", "ru": "ru_RU", "en": "en_GB"}
SITE_NAMES = {
    "uz": "Akusherlik va ginekologiya №1 kafedrasi",
    "ru": "Кафедра акушерства и гинекологии №1",
    "en": "Department of Obstetrics and Gynecology No. 1",
}
META = re.compile(r'<meta (?:property|name)="([^"]+)" content="([^"]*)">')


def head(response):
    assert response.status_code == 200
    text = response.content.decode()
    return text[: text.index("</head>")]


def meta_tags(response):
    """{property or name: [contents]} of the <meta> tags in the head, unescaped."""
    tags = {}
    for key, value in META.findall(head(response)):
        tags.setdefault(key, []).append(html.unescape(value))
    return tags


def meta(response):
    """{property or name: content} for tags that appear once (asserts they do)."""
    tags = meta_tags(response)
    repeated = {key for key, values in tags.items() if len(values) > 1}
    assert repeated <= {"og:locale:alternate"}, repeated
    return {key: values[0] for key, values in tags.items()}


@pytest.fixture
def articles(locales):
    return by_language(NewsArticlePage, slug="astana-mobility-report")


@pytest.fixture
def partners(locales):
    return by_language(PartnerProfilePage, slug="sechenov")


@pytest.fixture
def indexes(locales):
    return {
        "news": by_language(NewsIndexPage),
        "events": by_language(EventIndexPage),
        "partners": by_language(PartnerIndexPage),
    }


def pages_of_each_type(homes, articles, sechenov, partners, indexes, language):
    return {
        "home": homes[language],
        "news index": indexes["news"][language],
        "news article": articles[language],
        "event index": indexes["events"][language],
        "event": sechenov[language],
        "partner index": indexes["partners"][language],
        "partner": partners[language],
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_type_has_open_graph_and_twitter_tags(
    client, homes, articles, sechenov, partners, indexes, language
):
    pages = pages_of_each_type(homes, articles, sechenov, partners, indexes, language)

    for kind, page in pages.items():
        tags = meta(client.get(page.url))

        expected_type = "article" if kind in ("news article", "event") else "website"
        assert tags["og:type"] == expected_type, kind
        title = page.seo_title or page.title
        assert tags["og:title"] == title, kind
        assert tags["twitter:title"] == title, kind
        assert tags["og:url"] == f"http://testserver{page.url}", kind
        assert tags["og:site_name"] == SITE_NAMES[language], kind
        assert tags["og:locale"] == OG_LOCALES[language], kind
        if page.meta_description:
            assert tags["description"] == page.meta_description, kind
            assert tags["og:description"] == page.meta_description, kind
            assert tags["twitter:description"] == page.meta_description, kind


@pytest.mark.parametrize("language", LANGUAGES)
def test_pages_with_a_main_image_get_a_large_card(client, articles, sechenov, language):
    for page in (articles[language], sechenov[language]):
        tags = meta(client.get(page.url))

        assert tags["twitter:card"] == "summary_large_image"
        assert tags["og:image"].startswith("http://testserver/media/images/")
        assert tags["og:image"].endswith(".jpg")
        assert tags["twitter:image"] == tags["og:image"]
        assert tags["og:image:type"] == "image/jpeg"
        assert tags["og:image:width"] == "1200"
        assert 625 <= int(tags["og:image:height"]) <= 635  # 1.91:1, give or take rounding
        assert tags["og:image:alt"] == page.hero_image.default_alt_text
        assert tags["twitter:image:alt"] == tags["og:image:alt"]


def test_news_and_events_say_when_they_were_published_and_changed(client, articles, sechenov):
    article = meta(client.get(articles["en"].url))
    event = meta(client.get(sechenov["en"].url))

    assert article["article:published_time"] == articles["en"].publication_date.isoformat()
    assert article["article:modified_time"] == articles["en"].last_published_at.isoformat()
    assert event["article:modified_time"] == sechenov["en"].last_published_at.isoformat()
    assert "article:published_time" not in event


@pytest.mark.parametrize("language", LANGUAGES)
def test_og_locale_alternates_name_the_other_live_translations(client, sechenov, language):
    tags = meta_tags(client.get(sechenov[language].url))

    others = [OG_LOCALES[code] for code in LANGUAGES if code != language]
    assert tags["og:locale"] == [OG_LOCALES[language]]
    assert tags["og:locale:alternate"] == others


def test_og_locale_alternates_leave_out_an_unpublished_translation(client, sechenov):
    sechenov["ru"].unpublish()

    tags = meta_tags(client.get(sechenov["en"].url))

    assert tags["og:locale:alternate"] == ["uz_UZ"]


def test_a_page_in_one_language_has_no_locale_alternates(client, homes):
    page = homes["uz"].add_child(instance=ContentPage(title="Faqat oʻzbekcha", slug="faqat"))
    page.save_revision().publish()

    tags = meta_tags(client.get("/uz/faqat/"))

    assert tags["og:locale"] == ["uz_UZ"]
    assert "og:locale:alternate" not in tags


@pytest.mark.urls(__name__)
def test_the_preview_image_is_an_absolute_url_that_answers(client, sechenov):
    tags = meta(client.get(sechenov["ru"].url))
    assert tags["og:image"].startswith("http://testserver/")

    response = client.get(tags["og:image"].removeprefix("http://testserver"))

    assert response.status_code == 200
    content = b"".join(response.streaming_content)
    with PillowImage.open(io.BytesIO(content)) as picture:
        assert picture.format == "JPEG"
        assert picture.size == (1200, int(tags["og:image:height"]))


def test_a_page_without_an_image_gets_a_small_card_and_no_image(client, indexes):
    article = NewsArticlePageFactory(parent=indexes["news"]["en"], title="No picture here")
    assert article.hero_image_id is None

    tags = meta(client.get(article.url))

    assert tags["twitter:card"] == "summary"
    assert not {"og:image", "twitter:image", "og:image:alt"} & set(tags)


def test_a_partner_without_a_main_image_is_shown_by_its_logo(client, partners):
    partner = partners["en"]
    assert partner.hero_image_id is None and partner.logo_id is not None

    tags = meta(client.get(partner.url))

    assert tags["twitter:card"] == "summary"
    assert tags["og:image"].endswith(".png")
    assert tags["og:image:type"] == "image/png"


def test_the_description_is_the_search_description_or_else_the_summary(client, indexes):
    image = get_image_model().objects.filter(title__startswith="demo: news-").first()
    article = NewsArticlePageFactory(
        parent=indexes["news"]["en"], title="Described", hero_image=image
    )
    article.summary = "The summary."
    article.save_revision().publish()
    assert meta(client.get(article.url))["description"] == "The summary."

    article.search_description = "Written for search engines."
    article.save_revision().publish()
    tags = meta(client.get(article.url))

    assert tags["description"] == "Written for search engines."
    assert tags["og:description"] == "Written for search engines."


def test_titles_and_descriptions_are_escaped(client, indexes):
    article = NewsArticlePageFactory(parent=indexes["news"]["en"], title='Quotes " and <tags>')
    article.summary = 'A "quoted" <b>summary</b> & more'
    article.save_revision().publish()

    response = client.get(article.url)

    assert "<b>summary</b>" not in head(response)
    tags = meta(response)
    assert tags["og:title"] == 'Quotes " and <tags>'
    assert tags["og:description"] == 'A "quoted" <b>summary</b> & more'


def test_the_not_found_page_has_no_previews(client, homes):
    response = client.get("/en/no-such-page/")

    assert response.status_code == 404
    assert "og:" not in response.content.decode()


def test_the_head_tags_add_at_most_two_queries_to_an_article(client, monkeypatch, indexes):
    partner = by_language(PartnerProfilePage, slug="astana")["uz"]
    image = get_image_model().objects.filter(title__startswith="demo: news-").first()
    article = NewsArticlePageFactory(
        parent=indexes["news"]["ru"], title="Со ссылками", partners=[partner], hero_image=image
    )
    with_tags = count_queries(client, article.url)

    monkeypatch.setattr(seo_tags, "social_preview", lambda page, request: None)
    monkeypatch.setattr(seo_tags, "structured_data", lambda page, request, context: [])
    response = client.get(article.url)
    assert "og:type" not in head(response) and "ld+json" not in head(response)
    without_tags = count_queries(client, article.url)

    assert with_tags - without_tags <= 2


def test_the_head_tags_query_nothing_once_the_page_view_has_run(client, rf, articles):
    """The tags reuse what the view loaded; the breadcrumb trail comes from the structure cache."""
    page = articles["ru"]
    client.get(page.url)  # warm the renditions, site and structure caches
    request = rf.get(page.url)
    context = page.get_context(request)
    locale_homes(request)  # loaded by the header's navigation
    page.hero_image  # noqa: B018 - loaded by the page template before the head is rendered
    seo_tags.live_translations(page)  # loaded by the hreflang links

    with CaptureQueriesContext(connection) as queries:
        seo_tags.social_preview(page, request)
        objects = seo_tags.structured_data(page, request, context)

    assert len(objects) == 2
    trail = objects[-1]["itemListElement"]
    assert [item["position"] for item in trail] == [1, 2, 3]
    assert len(queries) == 0, [query["sql"] for query in queries]
