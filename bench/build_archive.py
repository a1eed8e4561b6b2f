"""Build a large archive of pages in bulk: news articles, event reports and partner profiles.

The rows go in through bench.bulk, not through Wagtail's one-page-at-a-time `add_child`.

Every archive page exists in each language: the Uzbek page and its Russian and English
counterparts share a `translation_key`, as wagtail-localize translations do, so the language
switcher and hreflang links work. Links to topics and partners point at the Uzbek snippet or
page in every language, as synchronised wagtail-localize fields leave them. No revisions are
created (the pages are live, `live_revision` empty); search index entries are added in bulk.

Run on its own: `python -m bench.build_archive --db /tmp/x.sqlite3 --articles 1000`.
"""

import argparse
import datetime
import os
import sys
import time
import uuid

from bench.bulk import add_children, index_for_search

DEFAULT_SIZE = {"articles": 10_000, "events": 2_000, "partners": 200}
SMALL_SIZE = {"articles": 100, "events": 20, "partners": 2}

TEXT = {
    "article_title": {
        "uz": "Kafedra yangiligi №{n}: seminar va amaliy mashgʻulot",
        "ru": "Новость кафедры №{n}: семинар и практическое занятие",
        "en": "Department news No. {n}: seminar and practical session",
    },
    "event_title": {
        "uz": "Ilmiy seminar №{n}",
        "ru": "Научный семинар №{n}",
        "en": "Scientific seminar No. {n}",
    },
    "partner_title": {
        "uz": "Hamkor universitet №{n}",
        "ru": "Университет-партнёр №{n}",
        "en": "Partner university No. {n}",
    },
    "summary": {
        "uz": (
            "Kafedra xodimlari talabalar bilan ona va bola salomatligi boʻyicha seminar oʻtkazdi."
        ),
        "ru": (
            "Сотрудники кафедры провели со студентами семинар по охране здоровья матери и ребёнка."
        ),
        "en": "Department staff held a seminar with students on maternal and child health.",
    },
    "paragraph": {
        "uz": (
            "Seminarda akusherlik amaliyotidagi zamonaviy usullar, perinatal parvarish va "
            "xalqaro hamkorlik natijalari muhokama qilindi. Ishtirokchilar klinik holatlarni "
            "tahlil qilishdi va keyingi tadqiqotlar rejasini tuzishdi."
        ),
        "ru": (
            "На семинаре обсуждались современные методы акушерской практики, перинатальный уход "
            "и результаты международного сотрудничества. Участники разобрали клинические случаи "
            "и составили план дальнейших исследований."
        ),
        "en": (
            "The seminar discussed modern methods of obstetric practice, perinatal care and the "
            "results of international cooperation. Participants reviewed clinical cases and drew "
            "up a plan for further research."
        ),
    },
}


def log_to_stderr(message):
    print(message, file=sys.stderr, flush=True)


def ensure_base(log=log_to_stderr):
    """Locales, home pages and the three section indexes in every language, with a little demo
    content (the Sechenov slice: topics, people, images, a few real pages) to link to."""
    from django.conf import settings

    from news.models import NewsIndexPage

    source = settings.LANGUAGE_CODE
    if not NewsIndexPage.objects.filter(locale__language_code=source).exists():
        from demo.loader import DemoLoader
        from tests.demo_subset import sechenov_subset

        started = time.monotonic()
        loader = DemoLoader(sechenov_subset())
        try:
            loader.load()
        except Exception as error:  # noqa: BLE001
            # The demo loader grows with the project; a part of it that breaks must not stop
            # the benchmark. The pages are loaded again piece by piece (each step is idempotent).
            log(f"  demo loader failed ({error!r:.200}); loading the pages without it")
            load_pages_only(loader)
        log(f"  demo slice loaded in {time.monotonic() - started:.1f} s")
    return section_indexes()


def load_pages_only(loader):
    """The demo slice's pages, topics and people, without the loader's other steps."""
    from demo.bootstrap import ensure_home_pages, home_texts

    home = ensure_home_pages({**home_texts(), "intro": loader.data.SITE["home_intro"]})
    topics = loader.load_topics()
    people = loader.load_people()
    sections = loader.load_sections(home)
    partners = loader.load_partners(sections["partners"])
    events = loader.load_events(sections["events"], partners, people, topics)
    loader.load_news(sections["news"], partners, events, topics)


def section_indexes():
    """{language code: {"news": index, "events": index, "partners": index}}."""
    from events.models import EventIndexPage
    from news.models import NewsIndexPage
    from partners.models import PartnerIndexPage

    indexes = {}
    for key, model in (
        ("news", NewsIndexPage),
        ("events", EventIndexPage),
        ("partners", PartnerIndexPage),
    ):
        for page in model.objects.select_related("locale"):
            indexes.setdefault(page.locale.language_code, {})[key] = page
    return indexes


def paragraph_stream(language, count=3):
    text = TEXT["paragraph"][language]
    return [
        {"type": "paragraph", "value": f"<p>{text}</p>", "id": str(uuid.uuid4())}
        for _ in range(count)
    ]


class ArchiveBuilder:
    def __init__(self, articles, events, partners, *, search_index=True, log=log_to_stderr):
        self.size = {"articles": articles, "events": events, "partners": partners}
        self.search_index = search_index
        self.log = log
        self.today = datetime.date.today()
        self.now = datetime.datetime.now(datetime.UTC)

    def images(self):
        from wagtail.images import get_image_model

        return list(get_image_model().objects.order_by("pk"))

    def build(self):
        from django.conf import settings
        from django.db import transaction

        from home.models import Person, Topic

        started = time.monotonic()
        indexes = ensure_base(self.log)
        source = settings.LANGUAGE_CODE
        languages = [source] + [code for code, _ in settings.LANGUAGES if code != source]
        languages = [code for code in languages if code in indexes]
        self.images_pool = self.images() or [None]
        self.topics = list(Topic.objects.filter(locale__language_code=source).order_by("pk"))
        self.people = list(Person.objects.filter(locale__language_code=source).order_by("pk"))
        counts = {}
        with transaction.atomic():
            partners = self.build_partners(indexes, languages)
            counts["partners"] = len(partners)
            counts["events"] = len(self.build_events(indexes, languages, partners))
            counts["articles"] = len(self.build_articles(indexes, languages, partners))
        seconds = time.monotonic() - started
        self.log(
            f"  archive: {counts['articles']} articles, {counts['events']} events, "
            f"{counts['partners']} partners in {len(languages)} languages, {seconds:.1f} s"
        )
        return {"counts": counts, "languages": languages, "seconds": round(seconds, 2)}

    def _translated(self, indexes, languages, section, make):
        """For each item number, the page in every language; returns the source pages."""
        keys = [uuid.uuid4() for _ in range(self.size[section])]
        by_language = {}
        for language in languages:
            pages = [make(number, language, key) for number, key in enumerate(keys, start=1)]
            started = time.monotonic()
            add_children(indexes[language][self._index_key(section)], pages, self.now)
            by_language[language] = pages
            if self.search_index and pages:
                index_for_search(type(pages[0]), pages)
            self.log(f"  {len(pages)} {section} ({language}) in {time.monotonic() - started:.1f} s")
        return by_language

    @staticmethod
    def _index_key(section):
        return {"articles": "news", "events": "events", "partners": "partners"}[section]

    def build_partners(self, indexes, languages):
        from partners.models import PartnerProfilePage

        kinds = ["university", "research_centre", "hospital", "foundation", "programme"]

        def make(number, language, key):
            return PartnerProfilePage(
                title=TEXT["partner_title"][language].format(n=number),
                slug=f"bench-partner-{number}",
                translation_key=key,
                summary=TEXT["summary"][language],
                kind=kinds[number % len(kinds)],
                city="Toshkent" if language == "uz" else "Ташкент",
                logo=self.images_pool[number % len(self.images_pool)],
                website=f"https://partner-{number}.example.org/",
                cooperating_since=2000 + number % 25,
                body=paragraph_stream(language, 2),
            )

        return self._translated(indexes, languages, "partners", make).get(languages[0], [])

    def build_events(self, indexes, languages, partners):
        from events.models import EventParticipant, EventPartner, EventReportPage, EventTopic

        count = self.size["events"]
        kinds = ["seminar", "webinar", "academic_mobility", "conference", "master_class"]
        # A few upcoming events (the index lists them all); the rest are reports, one every
        # three days back from today.
        upcoming = min(5, count)

        def make(number, language, key):
            start = self.today + datetime.timedelta(days=3 * (upcoming - number + 1))
            return EventReportPage(
                title=TEXT["event_title"][language].format(n=number),
                slug=f"bench-event-{number}",
                translation_key=key,
                summary=TEXT["summary"][language],
                hero_image=self.images_pool[number % len(self.images_pool)],
                kind=kinds[number % len(kinds)],
                start_date=start,
                end_date=start + datetime.timedelta(days=number % 3),
                event_format="in_person",
                city="Toshkent" if language == "uz" else "Ташкент",
                country="UZ",
                students=number % 30,
                contact_hours=number % 12,
                body=paragraph_stream(language),
                first_published_at=self.now - datetime.timedelta(days=3 * number),
            )

        pages = self._translated(indexes, languages, "events", make)
        links, participants, topics = [], [], []
        for language_pages in pages.values():
            for number, page in enumerate(language_pages, start=1):
                if partners:
                    links.append(
                        EventPartner(page_id=page.pk, partner=partners[number % len(partners)])
                    )
                if self.people:
                    participants.append(
                        EventParticipant(
                            page_id=page.pk, person=self.people[number % len(self.people)]
                        )
                    )
                if self.topics:
                    topics.append(
                        EventTopic(page_id=page.pk, topic=self.topics[number % len(self.topics)])
                    )
        EventPartner.objects.bulk_create(links, batch_size=5000)
        EventParticipant.objects.bulk_create(participants, batch_size=5000)
        EventTopic.objects.bulk_create(topics, batch_size=5000)
        return pages.get(languages[0], [])

    def build_articles(self, indexes, languages, partners):
        from news.models import NewsArticlePage, NewsArticlePartner, NewsArticleTopic

        def make(number, language, key):
            published = self.now - datetime.timedelta(days=number)
            return NewsArticlePage(
                title=TEXT["article_title"][language].format(n=number),
                slug=f"bench-article-{number}",
                translation_key=key,
                summary=TEXT["summary"][language],
                hero_image=self.images_pool[number % len(self.images_pool)],
                publication_date=published.date(),
                body=paragraph_stream(language),
                first_published_at=published,
            )

        pages = self._translated(indexes, languages, "articles", make)
        topics, links = [], []
        for language_pages in pages.values():
            for number, page in enumerate(language_pages, start=1):
                for offset in range(2 if number % 3 else 1):
                    if self.topics:
                        topic = self.topics[(number + offset) % len(self.topics)]
                        topics.append(
                            NewsArticleTopic(page_id=page.pk, topic=topic, sort_order=offset)
                        )
                if partners and number % 5 == 0:
                    links.append(
                        NewsArticlePartner(
                            page_id=page.pk, partner=partners[number % len(partners)]
                        )
                    )
        # Two topics with the same id on one article would break nothing but look odd.
        topics = list({(link.page_id, link.topic_id): link for link in topics}.values())
        NewsArticleTopic.objects.bulk_create(topics, batch_size=5000)
        NewsArticlePartner.objects.bulk_create(links, batch_size=5000)
        return pages.get(languages[0], [])


def prepare_database(path, log=log_to_stderr):
    """A fresh SQLite database at `path`: migrations and the base site. Call before setup."""
    from django.core.management import call_command

    started = time.monotonic()
    call_command("migrate", "--noinput", verbosity=0)
    log(f"  migrated in {time.monotonic() - started:.1f} s")
    ensure_base(log)


def setup_django(database_path=None, settings_module="bench.settings", database_url=None):
    """Point Django at `database_path` (SQLite) or `database_url` and set it up. Never the
    project's db.sqlite3."""
    if database_url:
        os.environ["DATABASE_URL"] = database_url
    elif database_path:
        os.environ["DATABASE_URL"] = f"sqlite:///{os.path.abspath(database_path)}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", settings_module)
    import django

    django.setup()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="SQLite file to create or extend")
    parser.add_argument("--database-url", help="another (empty, throwaway) database instead")
    parser.add_argument("--articles", type=int, default=DEFAULT_SIZE["articles"])
    parser.add_argument("--events", type=int, default=DEFAULT_SIZE["events"])
    parser.add_argument("--partners", type=int, default=DEFAULT_SIZE["partners"])
    parser.add_argument("--no-search-index", action="store_true")
    parser.add_argument("--base-only", action="store_true", help="migrate and load the base only")
    args = parser.parse_args(argv)
    if not (args.db or args.database_url):
        parser.error("--db or --database-url is required")
    setup_django(args.db, database_url=args.database_url)
    if args.base_only:
        prepare_database(args.db)
        return
    prepare_database(args.db)
    ArchiveBuilder(
        args.articles, args.events, args.partners, search_index=not args.no_search_index
    ).build()


if __name__ == "__main__":
    main()
