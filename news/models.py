from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.api_fields import LocalizedLinkField
from core.i18n import localize_all
from core.listing import (
    ListingManager,
    distinct_years,
    filter_key,
    optional_int,
    optional_slug,
    paginate,
)
from core.privacy import public_pages
from core.structure_cache import remember
from events.models import EventLink
from home.blocks import BodyStreamBlock
from home.models import BasePage, Topic, TopicLink
from partners.models import NamingPartnerQuerySet, PartnerLink
from partners.panels import PartnerLinksPanel

ARTICLES_PER_PAGE = 12
RELATED_NEWS_COUNT = 3


class NewsArticleQuerySet(NamingPartnerQuerySet):
    def for_cards(self):
        """Newest first, with their pictures: what an article card shows but its topics."""
        return (
            self.defer_streamfields()
            .select_related("hero_image")
            .prefetch_related("hero_image__renditions")
            .order_by("-publication_date", "-pk")
        )

    def for_listing(self):
        return self.for_cards().prefetch_related("topic_links__topic")

    def with_topic(self, topic):
        return self.filter(topic_links__topic__translation_key=topic.translation_key).distinct()

    def on_topics(self, topics):
        """Articles with any of `topics`. Topic links are synchronised between translations, so
        an article may link the topic of another language: match any translation of it."""
        keys = {topic.translation_key for topic in topics}
        tagged = NewsArticleTopic.objects.filter(topic__translation_key__in=keys)
        return self.filter(pk__in=tagged.values("page_id"))

    def related_to(self, page, topics, limit=RELATED_NEWS_COUNT):
        """The newest live public articles of `page`'s language on any of `topics`, `page`
        itself aside: "News on these topics" (one query, and one for the pictures)."""
        if not topics:
            return []

        def newest():
            articles = (
                self.live()
                .public()
                .filter(locale_id=page.locale_id)
                .exclude(pk=page.pk)
                .on_topics(topics)
                .order_by("-publication_date", "-pk")
            )
            return list(articles.values_list("pk", flat=True)[:limit])

        # Finding them sorts every article on the topics (slow in a large archive); which they
        # are changes only with the content, so it is remembered (ids) for the generation.
        keys = sorted(topic.translation_key for topic in topics)
        ids = remember("related-news", (page.pk, limit, *keys), newest)
        return list(self.filter(pk__in=ids).for_cards()) if ids else []

    def in_year(self, year):
        return self.filter(publication_date__year=year)


NewsArticleManager = ListingManager.from_queryset(NewsArticleQuerySet)


class NewsIndexPage(BasePage):
    """The news section of one language (/<lang>/news/): lists its articles, 12 a page."""

    content_panels = BasePage.content_panels

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsArticlePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index")
        verbose_name_plural = _("news indexes")

    def articles(self):
        return NewsArticlePage.objects.listing(self.locale_id).child_of(self)

    def filter_articles(self, params):
        """The articles, narrowed by `?topic=<slug>` and `?year=<yyyy>`; 404 on a bad value."""
        articles = self.articles()
        filters = {}
        topic_slug = optional_slug(params, "topic")
        if topic_slug:
            # Slugs are the same in every language, and an article may still carry a topic
            # that is not translated yet: look in any language, show it in this one.
            topic = Topic.objects.filter(slug=topic_slug).order_by("pk").first()
            if topic is None:
                raise Http404
            articles = articles.with_topic(topic)
            filters["topic"] = localize_all([topic], self.locale_id)[0]
        year = optional_int(params, "year", maximum=9999)
        if year:
            articles = articles.in_year(year)
            filters["year"] = year
        return articles, filters

    def years(self):
        return distinct_years(self, self.articles(), "publication_date")

    def topics(self):
        return Topic.objects.filter(locale_id=self.locale_id).order_by("name")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        articles, filters = self.filter_articles(request.GET)
        page = paginate(
            request, articles, ARTICLES_PER_PAGE, count_key=filter_key(self, request.GET)
        )
        attach_localized_topics(page.object_list, self.locale_id)
        context.update(
            articles=page,
            filters=filters,
            years=self.years(),
            topics=self.topics(),
        )
        return context


def attach_localized_topics(articles, locale_id):
    """Give each article `.topics_shown`: its topics in the page's language (one query)."""
    articles = list(articles)
    links = [(article, link.topic) for article in articles for link in article.topic_links.all()]
    localized = localize_all([topic for _article, topic in links], locale_id)
    for article in articles:
        article.topics_shown = []
    for (article, _topic), topic in zip(links, localized, strict=True):
        article.topics_shown.append(topic)
    return articles


class NewsArticleTopic(TopicLink):
    page = ParentalKey("news.NewsArticlePage", on_delete=models.CASCADE, related_name="topic_links")

    api_fields = [APIField("topic", serializer=LocalizedLinkField("topic", ["name", "slug"]))]


class NewsArticlePartner(PartnerLink):
    page = ParentalKey(
        "news.NewsArticlePage", on_delete=models.CASCADE, related_name="partner_links"
    )

    api_fields = [APIField("partner", serializer=LocalizedLinkField("partner", ["title"]))]


class NewsArticleEvent(EventLink):
    page = ParentalKey("news.NewsArticlePage", on_delete=models.CASCADE, related_name="event_links")

    api_fields = [
        APIField(
            "event", serializer=LocalizedLinkField("event", ["title", "start_date", "end_date"])
        )
    ]


class NewsArticlePage(BasePage):
    """One news story, under the news index of its language. Editors write it in any language."""

    publication_date = models.DateField(
        _("publication date"),
        default=timezone.localdate,
        help_text=_("The date readers see; the newest article comes first."),
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"))
    no_channel_post = models.BooleanField(
        _("don't post to the Telegram channel"),
        default=False,
        help_text=_(
            "Keeps this story out of the department's Telegram channels, in every language. "
            "Set it before publishing: a post already sent stays in the channel."
        ),
    )

    objects = NewsArticleManager()

    content_panels = BasePage.content_panels + [
        FieldPanel("publication_date"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                InlinePanel("topic_links", label=_("Topics")),
                PartnerLinksPanel("partner_links", label=_("Partners named in the story")),
                InlinePanel("event_links", label=_("Events the story is about")),
            ],
            heading=_("Related"),
        ),
    ]
    promote_panels = BasePage.promote_panels + [
        MultiFieldPanel([FieldPanel("no_channel_post")], heading=_("Telegram channel")),
    ]

    # Shown beside each result of the site search, which lists the page types that set it.
    search_result_kind = pgettext_lazy("kind of search result", "News")
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.FilterField("publication_date"),
    ]

    api_fields = BasePage.api_fields + [
        APIField("publication_date"),
        APIField("body"),
        APIField("topic_links"),
        APIField("partner_links"),
        APIField("event_links"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    override_translatable_fields = BasePage.override_translatable_fields + [
        SynchronizedField("publication_date", overridable=False),
        SynchronizedField("topic_links", overridable=False),
        SynchronizedField("partner_links", overridable=False),
        SynchronizedField("event_links", overridable=False),
        # "Don't post" is decided for the story, in every language, like its privacy.
        SynchronizedField("no_channel_post", overridable=False),
    ]

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")
        indexes = [models.Index(fields=["publication_date"], name="news_article_pubdate_idx")]

    def topics(self):
        links = self.topic_links.select_related("topic")
        return localize_all([link.topic for link in links], self.locale_id)

    def partners(self):
        links = self.partner_links.select_related("partner")
        return localize_all([link.partner for link in links], self.locale_id)

    def events(self):
        links = self.event_links.select_related("event")
        return localize_all([link.event for link in links], self.locale_id)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        topics = self.topics()
        context.update(
            topics=topics,
            related_news=NewsArticlePage.objects.related_to(self, topics),
            related_partners=public_pages(self.partners()),
            related_events=public_pages(self.events()),
        )
        return context
