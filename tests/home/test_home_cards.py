"""The cards of the home page: every kind (latest news, upcoming events, recent reports) shows
its picture, and the pictures cost the same queries however many cards have one."""

import datetime
import re

from django.utils import timezone
from django.utils.html import escape

from wagtail.images import get_image_model

import pytest

from events.models import EventIndexPage
from news.models import NewsIndexPage
from tests.factories import EventReportPageFactory, NewsArticlePageFactory
from tests.helpers import count_queries

pytestmark = pytest.mark.django_db

SECTIONS = ["latest-news", "upcoming-events", "recent-reports"]


def cards(html, section):
    """The cards of the home page section headed by `section` (the id of its heading)."""
    start = html.index(f'id="{section}"')
    end = html.index("</section>", start)
    return html[start:end].split('<article class="card')[1:]


def add_pictured_cards(language, count):
    """`count` pictured cards in each section: newer articles and reports, upcoming events."""
    image = get_image_model().objects.filter(title__startswith="demo: news-").first()
    news = NewsIndexPage.objects.get(locale__language_code=language)
    events = EventIndexPage.objects.get(locale__language_code=language)
    today = timezone.localdate()
    for number in range(count):
        NewsArticlePageFactory(
            parent=news, publication_date=today - datetime.timedelta(days=number), hero_image=image
        )
        EventReportPageFactory(
            parent=events, start_date=today - datetime.timedelta(days=10 + number), hero_image=image
        )
        EventReportPageFactory(
            parent=events, start_date=today + datetime.timedelta(days=10 + number), hero_image=image
        )
    return image


def test_every_kind_of_card_shows_its_picture(client, homes):
    image = add_pictured_cards("en", 3)

    html = client.get(homes["en"].url).content.decode()

    for section in SECTIONS:
        shown = cards(html, section)
        assert len(shown) == 3, section
        for card in shown:
            assert '<div class="card__media">' in card, section
            assert re.search(r'<img [^>]*alt="' + re.escape(escape(image.description)), card)


@pytest.mark.parametrize("language", ["uz", "ru"])
def test_pictures_cost_no_query_per_card(client, homes, language, django_assert_max_num_queries):
    add_pictured_cards(language, 1)
    baseline = count_queries(client, homes[language].url)

    add_pictured_cards(language, 3)
    client.get(homes[language].url)
    with django_assert_max_num_queries(baseline):
        html = client.get(homes[language].url).content.decode()

    assert html.count('<div class="card__media">') == 3 * len(SECTIONS)
