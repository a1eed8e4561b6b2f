"""Editors create event reports through the admin form; impossible dates are refused."""

import datetime

from django.utils import translation

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from events.models import EventIndexPage, EventReportPage
from home.models import Person
from partners.models import PartnerProfilePage

END_BEFORE_START = "The end date cannot be before the start date."


def _in(language, message):
    with translation.override(language):
        return translation.gettext(message)


class EventReportAdminFormTests(WagtailPageTestCase):
    def setUp(self):
        self.user = self.login()
        self.index = EventIndexPage.objects.get(locale__language_code="uz")
        self.partner = PartnerProfilePage.objects.get(slug="sechenov", locale__language_code="uz")
        self.person = Person.objects.filter(locale__language_code="uz").first()

    def form_data(self, start, end, **overrides):
        data = {
            "title": "Davra suhbati",
            "slug": "davra-suhbati-test",
            "summary": "Qisqa tavsif.",
            "kind": "round_table",
            "start_date": start,
            "end_date": end,
            "event_format": "online",
            "city": "",
            "country": "",
            "students": "",
            "contact_hours": "4",
            "partner_links": inline_formset([{"partner": self.partner.pk}]),
            "participants": inline_formset([{"person": self.person.pk, "role": "organiser"}]),
            "topic_links": inline_formset([]),
            "body": streamfield(
                [("paragraph", rich_text("<p>Hisobot matni.</p>", features=["bold"]))]
            ),
            "gallery": streamfield([]),
            "comments": inline_formset([]),
        }
        data.update(overrides)
        return nested_form_data(data)

    def test_editor_creates_and_publishes_a_report(self):
        self.assertCanCreate(
            self.index, EventReportPage, self.form_data("2024-05-02", "2024-05-03")
        )

        report = EventReportPage.objects.get(slug="davra-suhbati-test")
        assert report.live
        assert report.end_date == datetime.date(2024, 5, 3)
        assert [link.partner_id for link in report.partner_links.all()] == [self.partner.pk]
        assert [(p.person_id, p.role) for p in report.participants.all()] == [
            (self.person.pk, "organiser")
        ]

    def test_end_before_start_is_refused_with_a_message_on_the_end_date(self):
        url = f"/admin/pages/add/events/eventreportpage/{self.index.pk}/"
        data = self.form_data("2024-05-03", "2024-05-02")
        data["action-publish"] = "action-publish"

        response = self.client.post(url, data)

        assert response.status_code == 200
        form = response.context["form"]
        assert "end_date" in form.errors
        expected = {
            str(translated_message)
            for language in ("uz", "ru", "en")
            for translated_message in [_in(language, END_BEFORE_START)]
        }
        assert set(form.errors["end_date"]) & expected
        assert not EventReportPage.objects.filter(slug="davra-suhbati-test").exists()

    def test_one_day_event_is_accepted(self):
        self.assertCanCreate(
            self.index, EventReportPage, self.form_data("2024-05-03", "2024-05-03")
        )

        assert EventReportPage.objects.get(slug="davra-suhbati-test").duration_days == 1
