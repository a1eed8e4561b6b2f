"""Build the demo site from `demo.data`: Uzbek pages, then wagtail-localize translations.

Every object is found by a stable key (slug, name) and updated in place, so loading twice
leaves one copy of everything.
"""

from html import escape
from io import BytesIO, StringIO

from django.conf import settings
from django.core.files.images import ImageFile
from django.core.management import call_command

from wagtail.images import get_image_model
from wagtail.rich_text import RichText
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail_localize.strings import StringValue

from demo import data
from demo.bootstrap import content_locales, ensure_home_pages, home_texts
from demo.images import draw_image
from demo.translate import translate
from events.models import (
    EventIndexPage,
    EventParticipant,
    EventPartner,
    EventReportPage,
    EventTopic,
)
from home.models import ContentPage, Person, SiteDetails, Topic
from news.models import (
    NewsArticleEvent,
    NewsArticlePage,
    NewsArticlePartner,
    NewsArticleTopic,
    NewsIndexPage,
)
from partners.models import PartnerIndexPage, PartnerProfilePage

SOURCE = settings.LANGUAGE_CODE
COUNTRY_CODES = {
    "Uzbekistan": "UZ",
    "Russia": "RU",
    "Kazakhstan": "KZ",
    "Tajikistan": "TJ",
    "Germany": "DE",
    "Türkiye": "TR",
    "Japan": "JP",
    "Republic of Korea": "KR",
    "European Union": "EU",
}
SECTIONS = [
    (
        NewsIndexPage,
        "news",
        {"uz": "Yangiliklar", "ru": "Новости", "en": "News"},
        {
            "uz": "Kafedra hayoti, xalqaro tashriflar va ilmiy hamkorlik haqidagi xabarlar.",
            "ru": "Новости кафедры: её работа, международные визиты и научные связи.",
            "en": "Stories from the department: its work, international visits and research ties.",
        },
    ),
    (
        EventIndexPage,
        "events",
        {"uz": "Tadbirlar", "ru": "Мероприятия", "en": "Events"},
        {
            "uz": (
                "Rejalashtirilgan tadbirlar va oʻtgan tashriflar, seminarlar "
                "hamda vebinarlar hisobotlari."
            ),
            "ru": "Предстоящие мероприятия и отчёты о прошедших визитах, семинарах и вебинарах.",
            "en": "Upcoming events and reports of past visits, seminars and webinars.",
        },
    ),
    (
        PartnerIndexPage,
        "partners",
        {"uz": "Hamkorlar", "ru": "Партнёры", "en": "Partners"},
        {
            "uz": "Kafedra hamkorlik qiladigan universitetlar, jamgʻarmalar va dasturlar.",
            "ru": "Университеты, фонды и программы, с которыми сотрудничает кафедра.",
            "en": "Universities, foundations and programmes the department works with.",
        },
    ),
]


class Memory(dict):
    """Source text → translation, for one target language, filled from {lang: text} dicts."""

    def __init__(self, language):
        super().__init__()
        self.language = language

    def add(self, *texts):
        for text in texts:
            source, target = text[SOURCE], text[self.language]
            if source:
                self[source] = target
                # Rich text segments are stored as HTML.
                self[escape(source, quote=False)] = escape(target, quote=False)
        return self

    def same(self, *values):
        for value in values:
            self[value] = value
        return self


def paragraphs(texts):
    return [
        ("paragraph", RichText(f"<p>{escape(text[SOURCE], quote=False)}</p>")) for text in texts
    ]


class DemoLoader:
    """Loads `dataset` (a module or object shaped like `demo.data`)."""

    def __init__(self, dataset=data, log=None):
        self.data = dataset
        self.log = log or (lambda message: None)
        self.locales = content_locales()
        self.targets = {code: locale for code, locale in self.locales.items() if code != SOURCE}
        self.images = {}

    # Images -------------------------------------------------------------------------------

    def image(self, key, width=1200, height=675, label=""):
        Image = get_image_model()
        title = f"demo: {key}"
        image = Image.objects.filter(title=title).first()
        if image is None:
            content = draw_image(key, width, height, label)
            image = Image(title=title)
            image.file = ImageFile(BytesIO(content), name=f"demo-{key}.jpg")
            image.save()
        return image

    # Snippets -----------------------------------------------------------------------------

    def snippet(self, model, lookup, fields, texts):
        source_locale = self.locales[SOURCE]
        instance = model.objects.filter(locale=source_locale, **lookup).first() or model(
            locale=source_locale, **lookup
        )
        for name, value in fields.items():
            setattr(instance, name, value)
        instance.save()
        for code, locale in self.targets.items():
            translate(instance, locale, Memory(code).add(*texts))
        return instance

    def load_topics(self):
        return {
            topic["key"]: self.snippet(
                Topic, {"slug": topic["slug"]}, {"name": topic["name"][SOURCE]}, [topic["name"]]
            )
            for topic in self.data.TOPICS
        }

    def load_people(self):
        people = {}
        for person in self.data.PEOPLE:
            texts = [person["name"], person["degree"], person["position"], person["bio"]]
            fields = {
                "degree": person["degree"][SOURCE],
                "position": person["position"][SOURCE],
                "bio": person["bio"][SOURCE],
                "in_department": person["in_department"],
            }
            people[person["key"]] = self.snippet(
                Person, {"name": person["name"][SOURCE]}, fields, texts
            )
        return people

    def load_site_details(self):
        details = self.data.SITE["details"]
        texts = [details["footer_text"], details["address"]]
        source_locale = self.locales[SOURCE]
        record = SiteDetails.objects.filter(locale=source_locale).first() or SiteDetails(
            locale=source_locale
        )
        record.footer_text = details["footer_text"][SOURCE]
        record.address = details["address"][SOURCE]
        record.phone = details["phone"]
        record.email = details["email"]
        record.save()
        # A revision, as if an editor had published it, so the admin shows its history.
        record.save_revision().publish()
        for code, locale in self.targets.items():
            memory = Memory(code).add(*texts)
            # Plain-text fields are segmented as HTML, their line breaks as <br>.
            memory.update(
                {
                    StringValue.from_plaintext(text[SOURCE]).data: StringValue.from_plaintext(
                        text[code]
                    ).data
                    for text in texts
                }
            )
            translate(record, locale, memory)
        return record

    # Pages --------------------------------------------------------------------------------

    def page(self, parent, model, slug, fields, memories, show_in_menus=False):
        """Create or update the Uzbek page `slug` under `parent`, publish it and translate it."""
        page = model.objects.child_of(parent).filter(slug=slug).first()
        if page is None:
            page = model(slug=slug, locale=parent.locale)
            for name, value in fields.items():
                setattr(page, name, value)
            page.show_in_menus = show_in_menus
            parent.add_child(instance=page)
        else:
            page = page.specific
            for name, value in fields.items():
                setattr(page, name, value)
            page.show_in_menus = show_in_menus
        page.save_revision().publish()
        for code, locale in self.targets.items():
            translate(page, locale, memories[code].same(slug))
        return page

    def memories(self, *texts):
        return {code: Memory(code).add(*texts) for code in self.targets}

    def load_sections(self, home):
        sections = {}
        for model, slug, title, summary in SECTIONS:
            sections[slug] = self.page(
                home,
                model,
                slug,
                {"title": title[SOURCE], "summary": summary[SOURCE]},
                self.memories(title, summary),
                show_in_menus=True,
            )
        return sections

    def load_content_pages(self, home):
        for item in self.data.PAGES:
            self.page(
                home,
                ContentPage,
                item["slug"],
                {
                    "title": item["title"][SOURCE],
                    "summary": item["summary"][SOURCE],
                    "hero_image": self.image(f"page-{item['key']}"),
                    "body": paragraphs(item["body"]),
                },
                self.memories(item["title"], item["summary"], *item["body"]),
                show_in_menus=True,
            )

    def load_partners(self, index):
        partners = {}
        for item in self.data.PARTNERS:
            initials = "".join(word[0] for word in item["name"]["en"].split() if word[0].isupper())
            fields = {
                "title": item["name"][SOURCE],
                "summary": item["summary"][SOURCE],
                "kind": item["kind"],
                "country": COUNTRY_CODES.get(item["country"]["en"], ""),
                "city": item["city"][SOURCE],
                "logo": self.image(f"logo-{item['key']}", 400, 400, label=initials[:3]),
                "website": item["website"],
                "cooperating_since": item["cooperating_since"],
                "agreement_kind": item["agreement_kind"],
                "agreement_date": item["agreement_date"],
                "body": paragraphs(item["body"]),
            }
            texts = [item["name"], item["summary"], item["city"], *item["body"]]
            partners[item["key"]] = self.page(
                index, PartnerProfilePage, item["key"], fields, self.memories(*texts)
            )
        return partners

    def load_events(self, index, partners, people, topics):
        events = {}
        for item in self.data.EVENTS:
            online = item["format"] == "online"
            body = []
            if item["key_figures"]:
                figures = [
                    {"value": int(figure["value"]), "label": figure["label"][SOURCE]}
                    for figure in item["key_figures"]
                ]
                body.append(("key_figures", {"figures": figures}))
            body += paragraphs(item["body"])
            gallery = [
                (
                    "image",
                    {
                        "image": self.image(f"event-{item['key']}-{number}"),
                        "alt_text": item["title"][SOURCE],
                        "caption": "",
                    },
                )
                for number in (1, 2)
            ]
            fields = {
                "title": item["title"][SOURCE],
                "summary": item["summary"][SOURCE],
                "hero_image": self.image(f"event-{item['key']}"),
                "kind": item["kind"],
                "start_date": item["start_date"],
                "end_date": item["end_date"],
                "event_format": item["format"],
                "city": "" if online else item["city"][SOURCE],
                "country": "" if online else COUNTRY_CODES.get(item["country"]["en"], ""),
                "students": item["students"],
                "contact_hours": item["contact_hours"],
                "body": body,
                "gallery": gallery,
                "partner_links": [EventPartner(partner=partners[key]) for key in item["partners"]],
                "participants": [
                    EventParticipant(person=people[entry["person"]], role=entry["role_kind"])
                    for entry in item["participants"]
                ],
                "topic_links": [EventTopic(topic=topics[key]) for key in item["topics"]],
            }
            texts = [
                item["title"],
                item["summary"],
                item["city"],
                *item["body"],
                *(figure["label"] for figure in item["key_figures"]),
            ]
            events[item["key"]] = self.page(
                index, EventReportPage, item["key"], fields, self.memories(*texts)
            )
        return events

    def load_news(self, index, partners, events, topics):
        for item in self.data.NEWS:
            fields = {
                "title": item["title"][SOURCE],
                "summary": item["summary"][SOURCE],
                "publication_date": item["date"],
                "hero_image": self.image(f"news-{item['key']}"),
                "body": paragraphs(item["body"]),
                "topic_links": [NewsArticleTopic(topic=topics[key]) for key in item["topics"]],
                "partner_links": [
                    NewsArticlePartner(partner=partners[key]) for key in item["partners"]
                ],
                "event_links": [NewsArticleEvent(event=events[key]) for key in item["events"]],
            }
            texts = [item["title"], item["summary"], *item["body"]]
            self.page(index, NewsArticlePage, item["key"], fields, self.memories(*texts))

    def is_loaded(self):
        """True when every demo page exists, live, in every language."""
        expected = {
            NewsArticlePage: len(self.data.NEWS),
            EventReportPage: len(self.data.EVENTS),
            PartnerProfilePage: len(self.data.PARTNERS),
        }
        for model, count in expected.items():
            for locale in self.locales.values():
                if model.objects.live().filter(locale=locale).count() < count:
                    return False
        return SiteDetails.objects.filter(live=True).count() >= len(self.locales)

    def load(self):
        # Wagtail re-indexes references after every save; one rebuild at the end is far cheaper.
        with disable_reference_index_auto_update():
            home = self.load_pages()
        call_command("rebuild_references_index", stdout=StringIO())
        # Roles and the Review workflow for the trees just built (see translations.roles).
        call_command("setup_roles", stdout=StringIO())
        return home

    def load_pages(self):
        # Not one transaction: wagtail-localize publishes each translation when its own
        # transaction commits, and a publish deferred past the creation of the page's children
        # would write back a stale child count and hide them.
        home = ensure_home_pages({**home_texts(), "intro": self.data.SITE["home_intro"]})
        self.log("Home pages ready.")
        topics = self.load_topics()
        people = self.load_people()
        self.log(f"{len(topics)} topics and {len(people)} people in every language.")
        self.load_site_details()
        sections = self.load_sections(home)
        self.load_content_pages(home)
        partners = self.load_partners(sections["partners"])
        self.log(f"{len(partners)} partner profiles.")
        events = self.load_events(sections["events"], partners, people, topics)
        self.log(f"{len(events)} event reports.")
        self.load_news(sections["news"], partners, events, topics)
        self.log(f"{len(self.data.NEWS)} news articles.")
        return home
