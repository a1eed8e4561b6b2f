from django.db import transaction

import pytest


def add_demo_stories(language):
    """The demo stories of demo/content that the session's slice lacks, in `language`, as
    pages of their own (not translations: the search reads each page alone)."""
    from demo import data
    from events.models import EventIndexPage, EventReportPage
    from news.models import NewsArticlePage, NewsIndexPage
    from partners.models import PartnerIndexPage, PartnerProfilePage
    from tests.factories import (
        EventReportPageFactory,
        NewsArticlePageFactory,
        PartnerProfilePageFactory,
        paragraph,
    )

    def existing(model):
        return set(
            model.objects.filter(locale__language_code=language).values_list("slug", flat=True)
        )

    def texts(item, title_field="title"):
        return {
            "slug": item["key"],
            "title": item[title_field][language],
            "summary": item["summary"][language],
            "body": [block for text in item["body"] for block in paragraph(text[language])],
        }

    def index(model):
        return model.objects.get(locale__language_code=language)

    have = existing(PartnerProfilePage)
    for item in data.PARTNERS:
        if item["key"] not in have:
            PartnerProfilePageFactory(
                parent=index(PartnerIndexPage), city=item["city"][language], **texts(item, "name")
            )
    have = existing(EventReportPage)
    for item in data.EVENTS:
        if item["key"] not in have:
            EventReportPageFactory(
                parent=index(EventIndexPage),
                kind=item["kind"],
                start_date=item["start_date"],
                end_date=item["end_date"],
                city=item["city"][language],
                **texts(item),
            )
    have = existing(NewsArticlePage)
    for item in data.NEWS:
        if item["key"] not in have:
            NewsArticlePageFactory(
                parent=index(NewsIndexPage), publication_date=item["date"], **texts(item)
            )


@pytest.fixture(scope="module")
def whole_demo(django_db_setup, django_db_blocker):
    """Every story of demo/content in every language (the session database holds only the
    Sechenov slice), for one module: added in a transaction rolled back after its last test."""
    with django_db_blocker.unblock(), transaction.atomic():
        for language in ("uz", "ru", "en"):
            add_demo_stories(language)
        yield
        transaction.set_rollback(True)
