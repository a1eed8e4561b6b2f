"""factory_boy factories for what tests add to the demo slice: pages and the snippets they name.

A page factory needs `parent=`, the index (or other page) to add the page under; the page is
created in the parent's language and published through a revision, as an editor's "Publish"
does, so the signals of core.invalidation fire and the page is live with a live revision.
`live=False` (or the `draft=True` trait) leaves it a draft: saved, with one unpublished revision.

    article = NewsArticlePageFactory(parent=news["uz"], publication_date=date(2024, 5, 1))
    draft = EventReportPageFactory(parent=events["en"], draft=True)
    NewsArticlePageFactory.create_daily(13, parent=news["uz"])

Titles and slugs come from sequences, so pages made side by side never clash; links to
partners, topics, people and events are given as lists of those (`partners=[sechenov]`).
Reading pages back (by_language, visible_text, ...) is in tests/helpers.py.
"""

import datetime

from django.utils.text import slugify

from wagtail.models import Locale
from wagtail.rich_text import RichText

import factory
import wagtail_factories

from events.models import EventParticipant, EventPartner, EventReportPage, EventTopic
from home.models import ContentPage, Person, Topic
from news.models import NewsArticleEvent, NewsArticlePage, NewsArticlePartner, NewsArticleTopic
from partners.models import PartnerProfilePage


def publish_under(parent, page, live=True):
    """Add `page` (unsaved) under `parent`, in its language; published unless `live=False`."""
    page.locale_id = parent.locale_id
    page.live = live
    parent.add_child(instance=page)
    revision = page.save_revision()
    if live:
        revision.publish()
    page.refresh_from_db()
    return page


def links(link_model, field, param):
    """A page's inline links: a `link_model(field=item)` for each item of the `param` list."""
    return factory.LazyAttribute(
        lambda page: [link_model(**{field: item}) for item in getattr(page, param)]
    )


def paragraph(text):
    return [("paragraph", RichText(f"<p>{text}</p>"))]


class PublishedPageFactory(wagtail_factories.PageFactory):
    """A page under `parent`, in its language, published through a revision unless a draft."""

    class Meta:
        abstract = True

    class Params:
        draft = factory.Trait(live=False)

    live = True
    slug = factory.LazyAttributeSequence(lambda page, n: f"{slugify(page.title) or 'page'}-{n}")

    @classmethod
    def _create(cls, model_class, *args, parent=None, **kwargs):
        if parent is None:
            raise TypeError(f"{cls.__name__} needs parent=, the page to add it under")
        live = kwargs.pop("live")
        return publish_under(parent, model_class(*args, **kwargs), live)


class NewsArticlePageFactory(PublishedPageFactory):
    class Meta:
        model = NewsArticlePage

    class Params:
        topics = ()
        partners = ()
        events = ()

    title = factory.Sequence(lambda n: f"Test article {n}")
    publication_date = datetime.date(2024, 1, 1)
    body = factory.LazyFunction(lambda: paragraph("x"))
    topic_links = links(NewsArticleTopic, "topic", "topics")
    partner_links = links(NewsArticlePartner, "partner", "partners")
    event_links = links(NewsArticleEvent, "event", "events")

    @classmethod
    def create_daily(cls, count, first_date=datetime.date(2024, 1, 1), **kwargs):
        """`count` articles, one a day from `first_date`: the last one is the newest."""
        return cls.create_batch(
            count,
            title=factory.Iterator([f"Generated article {number}" for number in range(count)]),
            publication_date=factory.Iterator(
                [first_date + datetime.timedelta(days=number) for number in range(count)]
            ),
            **kwargs,
        )


class EventReportPageFactory(PublishedPageFactory):
    """A one-day seminar unless `end_date` or `kind` say otherwise; `people` take part."""

    class Meta:
        model = EventReportPage

    class Params:
        topics = ()
        partners = ()
        people = ()

    title = factory.Sequence(lambda n: f"Test event {n}")
    kind = "seminar"
    start_date = datetime.date(2024, 3, 1)
    end_date = factory.SelfAttribute("start_date")
    topic_links = links(EventTopic, "topic", "topics")
    partner_links = links(EventPartner, "partner", "partners")
    participants = links(EventParticipant, "person", "people")

    @classmethod
    def create_weekly(cls, count, first_date=datetime.date(2015, 1, 1), **kwargs):
        """`count` one-day events, one a week from `first_date`: the last one is the newest."""
        return cls.create_batch(
            count,
            title=factory.Iterator([f"Generated event {number}" for number in range(count)]),
            start_date=factory.Iterator(
                [first_date + datetime.timedelta(weeks=number) for number in range(count)]
            ),
            **kwargs,
        )


class PartnerProfilePageFactory(PublishedPageFactory):
    class Meta:
        model = PartnerProfilePage

    title = factory.Sequence(lambda n: f"Test partner {n}")
    kind = "university"
    country = ""


class ContentPageFactory(PublishedPageFactory):
    class Meta:
        model = ContentPage

    title = factory.Sequence(lambda n: f"Test page {n}")


class SnippetFactory(factory.django.DjangoModelFactory):
    """A translatable snippet, in the default language unless `locale=` says otherwise."""

    class Meta:
        abstract = True

    locale = factory.LazyFunction(Locale.get_default)


class PersonFactory(SnippetFactory):
    class Meta:
        model = Person

    name = factory.Sequence(lambda n: f"Test person {n}")


class TopicFactory(SnippetFactory):
    class Meta:
        model = Topic

    name = factory.Sequence(lambda n: f"Test topic {n}")
    slug = factory.LazyAttributeSequence(lambda topic, n: f"{slugify(topic.name) or 'topic'}-{n}")
