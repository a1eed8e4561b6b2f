"""Hidden content stays hidden: one sweep over (route × kind of hidden content × language).

For each kind of hidden content — a draft never published, a page published then unpublished,
unpublished changes to a live page, a page behind a password, a page behind a login, and an
editor's preview — the test makes a news article, an event, a partner and a menu page in one
language, each titled with a unique marker word, and links them from live pages (an article
naming the event and the partner, an event naming the partner, the partner named by the hidden
article and event). Then an anonymous reader fetches every public route of that language and
of the site: the marker must appear in none of them.

The existing tests (tests/search/test_search.py, tests/core/test_feeds.py,
test_sitemap.py, test_api.py) check single routes with one kind each; this one is the sweep.
"""

import datetime
import itertools

from django.test import Client
from django.utils import timezone

from wagtail.models import PageViewRestriction
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

import pytest

from events.models import EventIndexPage, EventReportPage
from news.models import NewsArticlePage, NewsIndexPage
from partners.models import PartnerIndexPage, PartnerProfilePage
from tests.factories import (
    ContentPageFactory,
    EventReportPageFactory,
    NewsArticlePageFactory,
    PartnerProfilePageFactory,
    paragraph,
)

pytestmark = pytest.mark.django_db

LANGUAGES = ["uz", "ru", "en"]
KINDS = ["draft", "unpublished", "draft changes", "password", "login", "preview"]
_numbers = itertools.count(1)


def marker_for(kind, language):
    """A word found nowhere else: letters only, so the site search takes it as one term."""
    return "Zqx" + "".join(part.title() for part in kind.split()) + language.title()


def hidden_pages(language, marker, publish):
    """The four pages to hide, titled with `marker` (or a neutral title when `publish` and the
    marker comes later as a draft change), with the links that would show them elsewhere."""
    today = timezone.localdate()
    news = NewsIndexPage.objects.get(locale__language_code=language)
    events = EventIndexPage.objects.get(locale__language_code=language)
    partners = PartnerIndexPage.objects.get(locale__language_code=language)
    home = news.get_parent()
    sechenov = PartnerProfilePage.objects.get(locale=news.locale, slug="sechenov")
    number = next(_numbers)

    def title(kind):
        return f"{marker} {kind}"

    partner = PartnerProfilePageFactory(
        parent=partners, title=title("partner"), slug=f"hidden-partner-{number}", live=publish
    )
    event = EventReportPageFactory(
        parent=events,
        title=title("event"),
        slug=f"hidden-event-{number}",
        summary=f"{marker} event summary",
        start_date=today + datetime.timedelta(days=30),
        end_date=today + datetime.timedelta(days=31),
        partners=[sechenov],
        live=publish,
    )
    article = NewsArticlePageFactory(
        parent=news,
        title=title("article"),
        slug=f"hidden-article-{number}",
        summary=f"{marker} article summary",
        publication_date=today,
        body=paragraph(marker),
        partners=[sechenov],
        live=publish,
    )
    content = ContentPageFactory(
        parent=home,
        title=title("page"),
        slug=f"hidden-page-{number}",
        summary=f"{marker} page summary",
        show_in_menus=True,
        live=publish,
    )
    # Live, public pages that name the hidden ones.
    carrier_event = EventReportPageFactory(
        parent=events,
        title="Carrier event",
        slug=f"carrier-event-{number}",
        start_date=today - datetime.timedelta(days=10),
        partners=[partner],
    )
    carrier_article = NewsArticlePageFactory(
        parent=news,
        title="Carrier article",
        slug=f"carrier-article-{number}",
        publication_date=today - datetime.timedelta(days=1),
        body=paragraph("Carrier"),
        partners=[partner],
        events=[event],
    )
    return {
        "hidden": {"partner": partner, "event": event, "article": article, "page": content},
        "carriers": [carrier_event, carrier_article],
        "sechenov": sechenov,
    }


# Making each kind of hidden content ---------------------------------------------------------


def hide_draft(language, marker, editor):
    return hidden_pages(language, marker, publish=False)


def hide_unpublished(language, marker, editor):
    made = hidden_pages(language, marker, publish=True)
    for page in made["hidden"].values():
        page.unpublish()
    return made


def hide_draft_changes(language, marker, editor):
    made = hidden_pages(language, f"Published{next(_numbers)}", publish=True)
    for kind, page in made["hidden"].items():
        page = page.specific
        page.title = f"{marker} {kind}"
        page.summary = f"{marker} draft summary"
        page.save_revision()
        page.refresh_from_db()
        assert page.has_unpublished_changes
        assert marker not in page.title
    return made


def restrict(made, **restriction):
    for page in made["hidden"].values():
        PageViewRestriction.objects.create(page=page, **restriction)
    return made


def hide_password(language, marker, editor):
    made = hidden_pages(language, marker, publish=True)
    return restrict(made, restriction_type=PageViewRestriction.PASSWORD, password="s3cret")


def hide_login(language, marker, editor):
    made = hidden_pages(language, marker, publish=True)
    return restrict(made, restriction_type=PageViewRestriction.LOGIN)


def preview_form(page, marker):
    """The edit form of `page` with the title and summary changed to the marker."""
    data = {
        "title": f"{marker} {type(page).__name__}",
        "slug": page.slug,
        "summary": f"{marker} preview summary",
        "body": streamfield([("paragraph", rich_text(f"<p>{marker}</p>"))]),
        "comments": inline_formset([]),
    }
    if isinstance(page, NewsArticlePage):
        data.update(
            publication_date=page.publication_date.isoformat(),
            topic_links=inline_formset([]),
            partner_links=inline_formset([]),
            event_links=inline_formset([]),
        )
    elif isinstance(page, EventReportPage):
        data.update(
            kind=page.kind,
            start_date=page.start_date.isoformat(),
            end_date=page.end_date.isoformat(),
            event_format=page.event_format,
            gallery=streamfield([]),
            partner_links=inline_formset([]),
            participants=inline_formset([]),
            topic_links=inline_formset([]),
        )
    elif isinstance(page, PartnerProfilePage):
        data.update(kind=page.kind, agreement_kind=page.agreement_kind)
    return nested_form_data(data)


def hide_preview(language, marker, editor):
    """Live pages with neutral titles, which an editor previews with the marker in them."""
    made = hidden_pages(language, f"Published{next(_numbers)}", publish=True)
    for page in made["hidden"].values():
        page = page.specific
        url = f"/admin/pages/{page.pk}/edit/preview/"
        stored = editor.post(url, preview_form(page, marker))
        assert stored.json()["is_valid"], (type(page).__name__, stored.content[:500])
        # The preview works for the editor: the marker is there to leak.
        assert marker in editor.get(url).content.decode()
        made.setdefault("preview urls", []).append(url)
    return made


HIDE = {
    "draft": hide_draft,
    "unpublished": hide_unpublished,
    "draft changes": hide_draft_changes,
    "password": hide_password,
    "login": hide_login,
    "preview": hide_preview,
}


# The sweep ----------------------------------------------------------------------------------


def public_urls(language, made, marker):
    hidden = made["hidden"]
    urls = [
        f"/{language}/",
        f"/{language}/news/",
        f"/{language}/events/",
        f"/{language}/partners/",
        f"/{language}/events/?partner={hidden['partner'].slug}",
        # The search page repeats the query: search for the marker's beginning (the site search
        # matches word beginnings), so only a result can bring the whole marker.
        f"/{language}/search/?q={marker[:-1]}",
        f"/{language}/news/feed/",
        f"/{language}/events/feed/",
        f"/{language}/events/calendar.ics",
        f"/{language}/events/ics/{hidden['event'].pk}.ics",
        made["sechenov"].url,
        "/sitemap.xml",
        f"/api/v2/pages/?search={marker}",
        f"/api/v2/pages/?locale={language}&type=events.EventReportPage"
        "&fields=summary,partner_links",
        f"/api/v2/pages/?locale={language}&type=news.NewsArticlePage"
        "&fields=summary,partner_links,event_links",
        f"/api/v2/pages/?locale={language}&type=partners.PartnerProfilePage&fields=summary",
        f"/api/v2/pages/?locale={language}&type=home.ContentPage&fields=summary",
    ]
    urls += [page.url for page in made["carriers"]]
    for page in hidden.values():
        # The page's own address (from its path: a draft has no live URL) and its API detail.
        urls.append(f"/{language}/{page.url_path.split('/', 2)[2]}")
        urls.append(f"/api/v2/pages/{page.pk}/")
    urls += made.get("preview urls", [])
    return urls


def api_listing_urls(client, language):
    """Every page of the API listing for `language` (the API gives 20 at a time)."""
    urls = []
    total = client.get(f"/api/v2/pages/?locale={language}&limit=1").json()["meta"]["total_count"]
    for offset in range(0, total, 20):
        urls.append(f"/api/v2/pages/?locale={language}&fields=summary&offset={offset}")
    return urls


def body_of(response):
    content = b"".join(response.streaming_content) if response.streaming else response.content
    text = content.decode("utf-8", errors="replace")
    # iCalendar folds long lines: unfold before looking for a word.
    text = text.replace("\r\n ", "").replace("\r\n\t", "")
    return text + response.get("Location", "")


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.com", "pw")
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_hidden_content_is_invisible_on_every_public_route(locales, editor, kind, language):
    marker = marker_for(kind, language)
    made = HIDE[kind](language, marker, editor)
    reader = Client(raise_request_exception=False)
    urls = public_urls(language, made, marker) + api_listing_urls(reader, language)

    answered = {}
    leaks = []
    for url in urls:
        response = reader.get(url)
        answered[url] = response.status_code
        assert response.status_code < 500, (url, response.status_code)
        if marker.lower() in body_of(response).lower():
            leaks.append((url, response.status_code))

    assert not leaks, "\n".join(f"{status} {url}" for url, status in leaks)
    # The sweep read real pages: the listings, feeds and the carrier pages answered.
    for url in urls[:4] + [made["sechenov"].url] + [page.url for page in made["carriers"]]:
        assert answered[url] == 200, url
