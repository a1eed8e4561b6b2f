"""A view restriction covers every translation of its page, at once and everywhere (core.privacy).

Set on the Sechenov report (or on its events section) in any one language, a password, login or
group restriction hides the report in all three languages: its own address, the section listing,
the home page, the partner's profile, the news story that names it, search, feeds, the calendar,
the sitemap, the API and the language switcher. Nothing is synchronised: a translation made
after the restriction is covered too, and lifting the restriction opens every language again.
The password a reader gives for one language unlocks the others.
"""

import datetime

from django.contrib.auth.models import Group
from django.test import Client

from wagtail.models import PageViewRestriction
from wagtail.rich_text import RichText

import pytest

from events.models import EventIndexPage
from news.models import NewsArticleEvent, NewsArticlePage, NewsIndexPage
from partners.models import PartnerProfilePage
from tests.helpers import by_language

pytestmark = pytest.mark.django_db

LANGUAGES = ["uz", "ru", "en"]
PASSWORD = "s3cret"
API_REPORTS = "/api/v2/pages/?type=events.EventReportPage"
# A word of the report's title in each language.
QUERIES = {"uz": "Sechenov", "ru": "Сеченовском", "en": "Sechenov"}


def restrict(page, kind="password"):
    restriction = PageViewRestriction.objects.create(
        page=page,
        restriction_type={
            "password": PageViewRestriction.PASSWORD,
            "login": PageViewRestriction.LOGIN,
            "groups": PageViewRestriction.GROUPS,
        }[kind],
        password=PASSWORD if kind == "password" else "",
    )
    if kind == "groups":
        restriction.groups.add(Group.objects.get_or_create(name="Department staff")[0])
    return restriction


def add_story(index, report):
    """A live story in the index's language about `report` (links point at the Uzbek page, as a
    translation's synchronised links do)."""
    story = NewsArticlePage(
        title=f"Story {index.locale.language_code}",
        slug="story-about-sechenov",
        publication_date=datetime.date(2023, 6, 12),
        body=[("paragraph", RichText("<p>A story</p>"))],
        event_links=[NewsArticleEvent(event=report)],
    )
    index.add_child(instance=story)
    story.save_revision().publish()
    return story


def routes(language, report, story):
    """Every public route of `language` that shows the report when it is public."""
    sechenov_partner = PartnerProfilePage.objects.get(
        locale__language_code=language, slug="sechenov"
    )
    return [
        f"/{language}/",
        f"/{language}/events/",
        sechenov_partner.url,
        story[language].url,
        f"/{language}/search/?q={QUERIES[language]}",
        f"/{language}/events/feed/",
        f"/{language}/events/calendar.ics",
        f"/{language}/events/ics/{report.pk}.ics",
        "/sitemap.xml",
        f"{API_REPORTS}&locale={language}",
        f"{API_REPORTS}&search={QUERIES[language]}",
        f"/api/v2/pages/{report.pk}/",
    ]


def shown(response, report):
    """Whether the response shows the report: its address or its title."""
    content = b"".join(response.streaming_content) if response.streaming else response.content
    text = content.decode("utf-8", errors="replace").replace("\r\n ", "")
    return report.url_path.split("/", 2)[2] in text or report.title in text


def leaks(reader, sechenov, story):
    found = []
    for language in LANGUAGES:
        report = sechenov[language]
        for url in routes(language, report, story):
            response = reader.get(url)
            assert response.status_code < 500, url
            if response.status_code == 200 and shown(response, report):
                found.append(url)
    return found


def assert_page_withheld(reader, page):
    response = reader.get(page.url)
    body = response.content.decode()
    assert response.status_code in (200, 302), page.url
    assert page.title not in body
    if response.status_code == 200:
        assert 'name="password"' in body
    else:
        assert "/_util/login/?next=" in response["Location"]


@pytest.fixture
def story(sechenov):
    return {
        language: add_story(index, sechenov["uz"])
        for language, index in by_language(NewsIndexPage).items()
    }


def test_every_route_shows_the_report_while_it_is_public(client, sechenov, story):
    # The check below can fail: without a restriction every language shows the report.
    for language in LANGUAGES:
        report = sechenov[language]
        missing = [
            url
            for url in routes(language, report, story)
            if not shown(client.get(url), report) and "/ics/" not in url
        ]
        assert missing == [], language


@pytest.mark.parametrize("target", ["report", "section"])
@pytest.mark.parametrize("restricted_in", LANGUAGES)
def test_a_restriction_hides_every_translation_on_every_route(
    client, sechenov, story, restricted_in, target
):
    page = sechenov[restricted_in]
    restrict(page if target == "report" else page.get_parent())

    assert leaks(client, sechenov, story) == []
    for language in LANGUAGES:
        assert_page_withheld(client, sechenov[language])
    # The rest of the site is unaffected.
    for language in LANGUAGES:
        assert client.get(story[language].url).status_code == 200


@pytest.mark.parametrize("kind", ["password", "login", "groups"])
def test_each_kind_of_restriction_covers_the_translations(client, sechenov, kind):
    restrict(sechenov["ru"], kind)

    for language in LANGUAGES:
        assert_page_withheld(client, sechenov[language])


def test_a_group_restriction_lets_members_read_every_translation(
    client, sechenov, django_user_model
):
    restriction = restrict(sechenov["en"], "groups")
    member = django_user_model.objects.create_user("member", password="pw")
    member.groups.add(*restriction.groups.all())
    outsider = django_user_model.objects.create_user("outsider", password="pw")

    client.force_login(outsider)
    assert client.get(sechenov["uz"].url).status_code != 200
    client.force_login(member)
    for language in LANGUAGES:
        response = client.get(sechenov[language].url)
        assert response.status_code == 200
        assert sechenov[language].title in response.content.decode()


def test_lifting_the_restriction_opens_every_language(client, sechenov, story):
    restriction = restrict(sechenov["uz"].get_parent())
    assert client.get(sechenov["en"].url).status_code == 200  # the password form
    assert leaks(client, sechenov, story) == []

    restriction.delete()

    for language in LANGUAGES:
        response = client.get(sechenov[language].url)
        assert sechenov[language].title in response.content.decode()
    assert "/ru/events/sechenov-2023/" in client.get("/sitemap.xml").content.decode()
    assert sechenov["en"].pk in {
        item["id"] for item in client.get(f"{API_REPORTS}&locale=en").json()["items"]
    }


def test_the_password_given_in_one_language_unlocks_the_others(sechenov):
    restrict(sechenov["uz"])
    reader = Client()
    form = reader.get(sechenov["ru"].url)
    action = form.content.decode().split('action="', 1)[1].split('"', 1)[0]

    wrong = reader.post(action, {"password": "nope", "return_url": sechenov["ru"].url})
    assert sechenov["ru"].title not in wrong.content.decode()
    unlocked = reader.post(action, {"password": PASSWORD, "return_url": sechenov["ru"].url})

    assert unlocked.status_code == 302
    assert unlocked["Location"] == sechenov["ru"].url
    for language in LANGUAGES:
        response = reader.get(sechenov[language].url)
        assert response.status_code == 200
        assert sechenov[language].title in response.content.decode()
    # Another reader has not given the password.
    assert sechenov["en"].title not in Client().get(sechenov["en"].url).content.decode()


def test_a_translation_made_after_the_restriction_is_covered_at_once(client, sechenov):
    events = by_language(EventIndexPage)
    section = events["uz"]
    restrict(section)
    sechenov["en"].delete()
    assert client.get("/en/events/sechenov-2023/").status_code == 404

    translation = sechenov["uz"].copy_for_translation(events["en"].locale, copy_parents=True)
    translation.save_revision().publish()

    assert_page_withheld(client, translation)
    assert "/en/events/sechenov-2023/" not in client.get("/sitemap.xml").content.decode()
