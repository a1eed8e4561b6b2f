"""Small helpers that add pages to the demo slice: news articles, event reports, partners.

Each helper creates the page under the given index page (so in the index's language), with the
minimum of required fields, and publishes it unless `live=False` (then it stays a draft).
"""

import datetime
import itertools
import re

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.text import slugify

from wagtail.rich_text import RichText

from events.models import EventParticipant, EventPartner, EventReportPage, EventTopic
from news.models import NewsArticlePage, NewsArticlePartner, NewsArticleTopic
from partners.models import PartnerProfilePage

_numbers = itertools.count(1)


def _slug(title):
    return f"{slugify(title) or 'page'}-{next(_numbers)}"


def add_page(index, page, live=True):
    """`page` (unsaved) as a child of `index`, in its language; published unless `live=False`."""
    page.locale_id = index.locale_id
    page.live = live
    index.add_child(instance=page)
    revision = page.save_revision()
    if live:
        revision.publish()
    page.refresh_from_db()
    return page


def add_news_article(
    index,
    title="Test article",
    publication_date=datetime.date(2024, 1, 1),
    *,
    topics=(),
    partners=(),
    hero_image=None,
    live=True,
):
    """A NewsArticlePage under the news index `index`."""
    page = NewsArticlePage(
        title=title,
        slug=_slug(title),
        publication_date=publication_date,
        hero_image=hero_image,
        body=[("paragraph", RichText("<p>x</p>"))],
        topic_links=[NewsArticleTopic(topic=topic) for topic in topics],
        partner_links=[NewsArticlePartner(partner=partner) for partner in partners],
    )
    return add_page(index, page, live)


def add_news_articles(index, count, first_date=datetime.date(2024, 1, 1), **kwargs):
    """`count` articles, one a day from `first_date`: the last one is the newest."""
    return [
        add_news_article(
            index,
            f"Generated article {number}",
            first_date + datetime.timedelta(days=number),
            **kwargs,
        )
        for number in range(count)
    ]


def add_event_report(
    index,
    title="Test event",
    start_date=datetime.date(2024, 3, 1),
    end_date=None,
    *,
    kind="seminar",
    partners=(),
    participants=(),
    topics=(),
    students=None,
    hero_image=None,
    live=True,
):
    """An EventReportPage under the event index `index`; `participants` are Person snippets."""
    page = EventReportPage(
        title=title,
        slug=_slug(title),
        kind=kind,
        start_date=start_date,
        end_date=end_date or start_date,
        students=students,
        hero_image=hero_image,
        partner_links=[EventPartner(partner=partner) for partner in partners],
        participants=[EventParticipant(person=person) for person in participants],
        topic_links=[EventTopic(topic=topic) for topic in topics],
    )
    return add_page(index, page, live)


def add_event_reports(index, count, first_date=datetime.date(2015, 1, 1), **kwargs):
    """`count` one-day events, one a week from `first_date`: the last one is the newest."""
    return [
        add_event_report(
            index,
            f"Generated event {number}",
            first_date + datetime.timedelta(weeks=number),
            **kwargs,
        )
        for number in range(count)
    ]


def add_partner(index, title="Test partner", *, kind="university", country="", live=True, **fields):
    """A PartnerProfilePage under the partner index `index`."""
    page = PartnerProfilePage(title=title, slug=_slug(title), kind=kind, country=country, **fields)
    return add_page(index, page, live)


# Reading pages back ----------------------------------------------------------------------------


def by_language(model, **lookup):
    """The live `model` pages matching `lookup` in every language, keyed by language code."""
    pages = model.objects.filter(**lookup).select_related("locale")
    return {page.locale.language_code: page for page in pages}


def visible_text(html):
    """The text of `html` without tags, whitespace collapsed."""
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def positions(html, pages):
    """Where the link to each of `pages` first appears in `html` (ValueError when missing)."""
    return [html.index(f'href="{page.url}"') for page in pages]


def count_queries(client, url):
    """The number of queries a request for `url` makes, after a warm-up request.

    The warm-up fills the caches that live across requests (site root paths, locales).
    """
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)
