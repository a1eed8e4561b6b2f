"""An article's links to events, partners and topics are stored in the article's language.

The same rule as for event reports (tests/events/test_localized_links.py), on the news form's
three link panels: another language's choice becomes its version in the article's language.
"""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

import pytest

from home.models import Topic
from news.models import NewsArticlePage, NewsIndexPage
from partners.models import PartnerProfilePage
from tests.helpers import by_language

pytestmark = pytest.mark.django_db


def test_an_uzbek_article_linking_russian_objects_stores_their_uzbek_versions(
    editor_client, locales, sechenov
):
    partners = by_language(PartnerProfilePage, slug="sechenov")
    topic_uz = Topic.objects.filter(locale=locales["uz"]).order_by("pk").first()
    topic_ru = Topic.objects.get(translation_key=topic_uz.translation_key, locale=locales["ru"])
    news_uz = NewsIndexPage.objects.get(locale=locales["uz"])
    data = nested_form_data(
        {
            "title": "Delegatsiya haqida xabar",
            "slug": "delegatsiya-xabar-test",
            "summary": "Qisqa tavsif.",
            "publication_date": "2025-04-04",
            "body": streamfield([("paragraph", rich_text("<p>Matn.</p>"))]),
            "topic_links": inline_formset([{"topic": topic_ru.pk}]),
            "partner_links": inline_formset([{"partner": partners["en"].pk}]),
            "event_links": inline_formset([{"event": sechenov["ru"].pk}]),
            "comments": inline_formset([]),
            "action-publish": "action-publish",
        }
    )

    response = editor_client.post(f"/admin/pages/add/news/newsarticlepage/{news_uz.pk}/", data)

    assert response.status_code == 302, response.context["form"].errors
    article = NewsArticlePage.objects.get(slug="delegatsiya-xabar-test")
    assert [link.topic_id for link in article.topic_links.all()] == [topic_uz.pk]
    assert [link.partner_id for link in article.partner_links.all()] == [partners["uz"].pk]
    assert [link.event_id for link in article.event_links.all()] == [sechenov["uz"].pk]
