"""Changes shown in one language drop only that language's cached pages (core.change_scope);
anything another language may show of them drops every language's.

Checked through the page cache: each test warms the URLs first, so a stale entry would be
served, and a kept one answers "hit".
"""

import datetime

from django.utils.text import slugify

from wagtail.models import Locale

import pytest

from core.change_scope import scope_of
from home.models import Topic
from tests.core.page_cache_helpers import HIT, get, text, warm
from tests.factories import NewsArticlePageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]

OTHERS = ["ru", "en"]


def other_language_urls(homes, sechenov, indexes):
    urls = []
    for code in OTHERS:
        urls += [sechenov[code].url, homes[code].url, indexes["events"][code].url]
        urls += [f"/{code}/events/feed/", f"/{code}/events/calendar.ics"]
    return urls


def test_the_report_has_a_live_version_in_every_language(sechenov):
    assert sorted(sechenov) == ["en", "ru", "uz"]
    assert all(page.live for page in sechenov.values())


def test_an_edit_in_uzbek_leaves_the_other_languages_cached(client, homes, sechenov, indexes):
    others = other_language_urls(homes, sechenov, indexes)
    warm(client, sechenov["uz"].url, homes["uz"].url, *others)

    page = sechenov["uz"]
    page.title = "Faqat oʻzbekcha yangilangan sarlavha"
    page.save_revision().publish()

    assert "Faqat oʻzbekcha yangilangan sarlavha" in text(client, page.url)
    assert "Faqat oʻzbekcha yangilangan sarlavha" in text(client, homes["uz"].url)
    for url in others:
        assert get(client, url)["X-Page-Cache"] == HIT, url


def test_the_sitemap_follows_every_change(client, sechenov):
    warm(client, "/sitemap.xml")

    sechenov["uz"].save_revision().publish()

    assert get(client, "/sitemap.xml")["X-Page-Cache"] != HIT


def test_a_new_address_is_shown_in_the_other_languages_switchers(client, sechenov):
    page = sechenov["uz"]
    warm(client, sechenov["ru"].url, sechenov["en"].url)

    page.slug = "sechenov-2023-yangi-manzil"
    page.save_revision().publish()
    page.refresh_from_db()

    for code in OTHERS:
        assert f'href="{page.url}"' in text(client, sechenov[code].url), code


def test_a_first_published_translation_appears_in_the_other_languages_switchers(
    client, indexes, locales
):
    article = NewsArticlePageFactory(
        parent=indexes["news"]["uz"], title="Yangi maqola", publication_date=datetime.date.today()
    )
    warm(client, article.url)
    draft = article.copy_for_translation(locales["ru"])
    draft.title = "Новая статья"
    draft.slug = slugify("novaya-statya")
    draft.save_revision().publish()
    draft.refresh_from_db()

    assert f'href="{draft.url}"' in text(client, article.url)


def test_an_edit_of_a_page_another_language_lacks_drops_every_language(client, homes, indexes):
    """A Russian page linking to it would show the Uzbek one (core.i18n.localize_all)."""
    article = NewsArticlePageFactory(
        parent=indexes["news"]["uz"],
        title="Faqat oʻzbekcha",
        publication_date=datetime.date.today(),
    )
    assert scope_of(article) is None
    warm(client, homes["ru"].url)

    article.title = "Faqat oʻzbekcha, tahrirlangan"
    article.save_revision().publish()

    assert get(client, homes["ru"].url)["X-Page-Cache"] != HIT


@pytest.mark.parametrize("code", ["uz", "ru", "en"])
def test_an_edit_of_a_page_every_language_has_is_local_to_its_language(sechenov, code):
    page = sechenov[code]
    page.refresh_from_db()
    page.title = f"{page.title} (2)"
    page.save_revision().publish()
    assert scope_of(page) == code


def test_a_new_or_unpublished_page_is_never_local(indexes, sechenov):
    article = NewsArticlePageFactory(parent=indexes["news"]["uz"], live=False)
    assert scope_of(article, created=True) is None

    page = sechenov["uz"]
    page.unpublish()
    assert scope_of(page) is None


def test_a_renamed_topic_that_every_language_has_is_local_and_a_new_one_is_not(locales):
    topic = Topic.objects.filter(locale=locales["uz"]).first()
    translated = Topic.objects.filter(translation_key=topic.translation_key)
    assert translated.count() == Locale.objects.count()
    topic.name = f"{topic.name} (yangi)"
    topic.save()
    assert scope_of(topic) == "uz"

    new_topic = Topic.objects.create(name="Yangi mavzu", slug="yangi-mavzu", locale=locales["uz"])
    assert scope_of(new_topic, created=True) is None
    assert scope_of(new_topic) is None  # no Russian or English version yet


def test_an_uzbek_edit_drops_the_cyrillic_pages_too(client, sechenov):
    page = sechenov["uz"]
    cyrillic = page.url.replace("/uz/", "/uz-cyrl/", 1)
    warm(client, cyrillic, sechenov["ru"].url)

    page.title = "Moskvadagi tashrif"
    page.save_revision().publish()

    assert "Москвадаги ташриф" in text(client, cyrillic)
    assert get(client, sechenov["ru"].url)["X-Page-Cache"] == HIT
