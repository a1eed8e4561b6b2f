"""Links from an event report to partners, people and topics are stored in the report's language.

An Uzbek report saved with the Russian profile of a partner (or a Russian person, or topic)
links the Uzbek version of the same object instead; when the object has no Uzbek version, the
save is refused with a message on the field. (home.forms.LocalizedLinksPageForm)
"""

import html

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

import pytest

from events.models import EventReportPage
from home.models import Person, Topic
from partners.models import PartnerProfilePage
from tests.factories import PartnerProfilePageFactory
from tests.helpers import by_language, visible_text

pytestmark = pytest.mark.django_db

SLUG = "delegatsiya-tashrifi-test"


@pytest.fixture
def sechenov_profiles(locales):
    return by_language(PartnerProfilePage, slug="sechenov")


def in_language(model, obj, code):
    return model.objects.get(translation_key=obj.translation_key, locale__language_code=code)


def report_data(partners=(), people=(), topics=()):
    return nested_form_data(
        {
            "title": "Koreya delegatsiyasi tashrifi",
            "slug": SLUG,
            "summary": "Qisqa tavsif.",
            "kind": "delegation_visit",
            "start_date": "2025-04-02",
            "end_date": "2025-04-03",
            "event_format": "in_person",
            "city": "Samarqand",
            "country": "",
            "students": "",
            "contact_hours": "",
            "partner_links": inline_formset([{"partner": p.pk} for p in partners]),
            "participants": inline_formset(
                [{"person": person.pk, "role": "head_of_delegation"} for person in people]
            ),
            "topic_links": inline_formset([{"topic": topic.pk} for topic in topics]),
            "body": streamfield([("paragraph", rich_text("<p>Hisobot.</p>"))]),
            "gallery": streamfield([]),
            "comments": inline_formset([]),
            "action-publish": "action-publish",
        }
    )


def add_report(client, index, data):
    return client.post(f"/admin/pages/add/events/eventreportpage/{index.pk}/", data)


def test_russian_choices_on_an_uzbek_report_are_stored_as_their_uzbek_versions(
    editor_client, locales, sechenov, sechenov_profiles
):
    person_uz = Person.objects.filter(locale=locales["uz"]).order_by("pk").first()
    topic_uz = Topic.objects.filter(locale=locales["uz"]).order_by("pk").first()
    person_ru = in_language(Person, person_uz, "ru")
    topic_ru = in_language(Topic, topic_uz, "ru")
    index = sechenov["uz"].get_parent()

    response = add_report(
        editor_client,
        index,
        report_data([sechenov_profiles["ru"]], [person_ru], [topic_ru]),
    )

    assert response.status_code == 302, response.context["form"].errors
    report = EventReportPage.objects.get(slug=SLUG, locale=locales["uz"])
    assert report.live
    assert [link.partner_id for link in report.partner_links.all()] == [sechenov_profiles["uz"].pk]
    assert [link.person_id for link in report.participants.all()] == [person_uz.pk]
    assert [link.topic_id for link in report.topic_links.all()] == [topic_uz.pk]
    # The published revision carries the same links as the page.
    published = report.get_latest_revision_as_object()
    assert [link.partner_id for link in published.partner_links.all()] == [
        sechenov_profiles["uz"].pk
    ]


def test_a_link_in_the_pages_own_language_is_kept(
    editor_client, locales, sechenov, sechenov_profiles
):
    response = add_report(
        editor_client, sechenov["ru"].get_parent(), report_data([sechenov_profiles["ru"]])
    )

    assert response.status_code == 302
    report = EventReportPage.objects.get(slug=SLUG, locale=locales["ru"])
    assert [link.partner_id for link in report.partner_links.all()] == [sechenov_profiles["ru"].pk]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "“Koryo Foundation” (Русский) has no version in the language of this page"),
        ("uz", "“Koryo Foundation” (Русский) ushbu sahifa tilida (Oʻzbekcha) mavjud emas"),
        ("ru", "У «Koryo Foundation» (Русский) нет версии на языке этой страницы"),
    ],
)
def test_a_partner_with_no_version_in_the_pages_language_is_refused_with_a_message(
    editor_client, locales, sechenov, sechenov_profiles, language, expected
):
    russian_only = PartnerProfilePageFactory(
        parent=sechenov_profiles["ru"].get_parent(), title="Koryo Foundation"
    )

    response = editor_client.post(
        f"/admin/pages/add/events/eventreportpage/{sechenov['uz'].get_parent().pk}/",
        report_data([sechenov_profiles["uz"], russian_only]),
        HTTP_ACCEPT_LANGUAGE=language,
    )

    assert response.status_code == 200
    assert not EventReportPage.objects.filter(slug=SLUG).exists()
    formset = response.context["form"].formsets["partner_links"]
    assert formset.forms[0].errors == {}
    [message] = formset.forms[1].errors["partner"]
    assert expected in message
    assert visible_text(expected) in visible_text(html.unescape(response.content.decode()))
