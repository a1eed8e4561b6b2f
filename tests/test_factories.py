"""The factories of tests/factories.py keep the promises the other tests rely on: a page is made
under its parent, in the parent's language, and published through a revision as an editor would
(which starts a new content generation); a draft has its revision but is not live; links are made
from lists of partners, topics and people; sequences keep titles and slugs apart.
"""

import datetime

import pytest

from core.structure_cache import content_generation
from events.models import EventIndexPage
from news.models import NewsIndexPage
from partners.models import PartnerIndexPage
from tests.factories import (
    EventReportPageFactory,
    NewsArticlePageFactory,
    PartnerProfilePageFactory,
    PersonFactory,
    TopicFactory,
)
from tests.helpers import by_language

pytestmark = pytest.mark.django_db


@pytest.fixture
def news(locales):
    return by_language(NewsIndexPage)


@pytest.fixture
def events(locales):
    return by_language(EventIndexPage)


def test_a_page_is_published_through_a_revision_in_its_parents_language(news):
    generation = content_generation()

    article = NewsArticlePageFactory(parent=news["ru"])

    assert article.get_parent().pk == news["ru"].pk
    assert article.locale_id == news["ru"].locale_id
    assert article.live
    assert not article.has_unpublished_changes
    assert article.revisions.count() == 1
    assert article.live_revision_id == article.latest_revision_id
    assert content_generation() > generation


@pytest.mark.parametrize("draft", [{"draft": True}, {"live": False}], ids=["trait", "live"])
def test_a_draft_has_its_revision_but_is_not_live(events, draft):
    page = EventReportPageFactory(parent=events["en"], **draft)

    assert not page.live
    assert page.live_revision_id is None
    assert page.revisions.count() == 1
    assert page.latest_revision.as_object().title == page.title


def test_a_page_needs_a_parent():
    with pytest.raises(TypeError, match="parent"):
        NewsArticlePageFactory()


def test_sequences_keep_titles_and_slugs_apart(locales):
    first, second = PartnerProfilePageFactory.create_batch(
        2, parent=by_language(PartnerIndexPage)["uz"]
    )

    assert first.title != second.title
    assert first.slug != second.slug


def test_links_are_made_from_lists(events, locales):
    partner = PartnerProfilePageFactory(parent=by_language(PartnerIndexPage)["en"])
    person = PersonFactory(locale=locales["en"])
    topic = TopicFactory(locale=locales["en"])

    event = EventReportPageFactory(
        parent=events["en"], partners=[partner], people=[person], topics=[topic]
    )

    assert [link.partner_id for link in event.partner_links.all()] == [partner.pk]
    assert [link.person_id for link in event.participants.all()] == [person.pk]
    assert [link.topic_id for link in event.topic_links.all()] == [topic.pk]
    assert event.end_date == event.start_date


def test_create_daily_makes_one_article_a_day_the_last_the_newest(news):
    articles = NewsArticlePageFactory.create_daily(
        3, parent=news["uz"], first_date=datetime.date(2030, 5, 30)
    )

    assert [article.publication_date for article in articles] == [
        datetime.date(2030, 5, 30),
        datetime.date(2030, 5, 31),
        datetime.date(2030, 6, 1),
    ]
    assert [article.title for article in articles] == [
        "Generated article 0",
        "Generated article 1",
        "Generated article 2",
    ]


def test_create_weekly_makes_one_day_events_a_week_apart(events):
    reports = EventReportPageFactory.create_weekly(
        2, parent=events["ru"], first_date=datetime.date(2030, 1, 1)
    )

    assert [(report.start_date, report.end_date) for report in reports] == [
        (datetime.date(2030, 1, 1), datetime.date(2030, 1, 1)),
        (datetime.date(2030, 1, 8), datetime.date(2030, 1, 8)),
    ]
    assert all(report.locale_id == events["ru"].locale_id for report in reports)
