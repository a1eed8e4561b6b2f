"""The footer's address, contacts and links: one translatable record per language."""

from django.template import Context, Template
from django.test import RequestFactory
from django.utils import translation
from django.utils.html import escape

from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.strings import StringValue

import pytest

from demo.data import SITE
from demo.translate import translate
from home.models import SiteDetails

pytestmark = pytest.mark.django_db

ADDRESS_LINE = {
    "uz": "Amir Temur koʻchasi, 18",
    "ru": "ул. Амира Темура, 18",
    "en": "18 Amir Temur Street",
}


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("footer-admin", "f@example.org", "pw")
    client.force_login(user)
    return client


def footer(html):
    return html[html.index('<footer class="site-footer">') :]


def test_demo_loader_leaves_one_translated_record_per_language(locales):
    records = {r.locale.language_code: r for r in SiteDetails.objects.select_related("locale")}

    assert sorted(records) == ["en", "ru", "uz"]
    assert len({record.translation_key for record in records.values()}) == 1
    for code, record in records.items():
        assert record.live
        assert record.address == SITE["details"]["address"][code]
        assert record.footer_text == SITE["details"]["footer_text"][code]
        assert record.phone == SITE["details"]["phone"]
        assert record.email == SITE["details"]["email"]


@pytest.mark.parametrize("language", ["uz", "ru", "en"])
def test_footer_shows_the_address_in_the_readers_language(client, homes, language):
    html = footer(client.get(f"/{language}/").content.decode())

    assert ADDRESS_LINE[language] in html
    for other, line in ADDRESS_LINE.items():
        if other != language:
            assert line not in html
    assert '<a href="tel:+998662330841">+998 66 233-08-41</a>' in html
    assert '<a href="mailto:info@sammu.uz">info@sammu.uz</a>' in html
    assert SITE["details"]["footer_text"][language] in html
    # Nothing borrowed from another language, so no lang attribute in the footer.
    assert " lang=" not in html


def test_footer_address_keeps_its_lines(client, homes):
    html = footer(client.get("/ru/").content.decode())

    assert "Самаркандский государственный медицинский университет<br>ул. Амира Темура, 18" in html


def edit_form(record, **changes):
    data = {
        "footer_text": record.footer_text,
        "address": record.address,
        "phone": record.phone,
        "email": record.email,
        "telegram": record.telegram,
        "instagram": record.instagram,
        "facebook": record.facebook,
        "youtube": record.youtube,
    }
    data.update(changes)
    return data


def test_publishing_the_uzbek_record_in_the_admin_changes_the_footer(
    admin_client, client, homes, locales
):
    record = SiteDetails.objects.get(locale=locales["uz"])
    assert ADDRESS_LINE["uz"] in footer(client.get("/uz/").content.decode())

    response = admin_client.post(
        f"/admin/snippets/home/sitedetails/edit/{record.pk}/",
        edit_form(
            record,
            address="Amir Temur koʻchasi, 20\nSamarqand",
            phone="+998 66 000-00-02",
            telegram="https://t.me/example_department",
            **{"action-publish": "action-publish"},
        ),
    )

    assert response.status_code == 302
    uz = footer(client.get("/uz/").content.decode())
    assert "Amir Temur koʻchasi, 20<br>Samarqand" in uz
    assert ADDRESS_LINE["uz"] not in uz
    assert '<a href="tel:+998660000002">+998 66 000-00-02</a>' in uz
    assert '<li><a href="https://t.me/example_department" rel="noopener">Telegram</a></li>' in uz
    # The Russian footer changes only when the translation is synced.
    assert ADDRESS_LINE["ru"] in footer(client.get("/ru/").content.decode())


def test_a_translators_change_reaches_the_russian_footer(
    client, homes, locales, django_capture_on_commit_callbacks
):
    source = SiteDetails.objects.get(locale=locales["uz"])
    details = SITE["details"]
    footer_text = StringValue.from_plaintext(details["footer_text"]["uz"]).data
    address = StringValue.from_plaintext(details["address"]["uz"]).data
    memory = {footer_text: "Новый текст подвала.", address: "ул. Амира Темура, 20<br>Самарканд"}

    with django_capture_on_commit_callbacks(execute=True):
        translate(source, locales["ru"], memory)

    html = footer(client.get("/ru/").content.decode())
    assert "Новый текст подвала." in html
    assert "ул. Амира Темура, 20<br>Самарканд" in html
    assert ADDRESS_LINE["ru"] not in html


def test_a_draft_edit_does_not_reach_the_footer(admin_client, client, homes, locales):
    record = SiteDetails.objects.get(locale=locales["uz"])

    response = admin_client.post(
        f"/admin/snippets/home/sitedetails/edit/{record.pk}/",
        edit_form(record, address="Qoralama manzil"),
    )

    assert response.status_code == 302
    assert SiteDetails.objects.get(pk=record.pk).has_unpublished_changes
    html = footer(client.get("/uz/").content.decode())
    assert "Qoralama manzil" not in html
    assert ADDRESS_LINE["uz"] in html


def test_a_second_record_for_a_language_is_refused_with_a_message(admin_client, locales):
    response = admin_client.post(
        "/admin/snippets/home/sitedetails/add/?locale=ru",
        {"footer_text": "", "address": "Другой адрес", "phone": "", "email": ""},
    )

    assert response.status_code == 200
    assert SiteDetails.objects.filter(locale=locales["ru"]).count() == 1
    errors = response.context["form"].non_field_errors()
    assert len(errors) == 1
    assert escape(errors[0]) in response.content.decode()


def test_without_an_english_record_the_footer_borrows_the_uzbek_one(client, homes, locales):
    SiteDetails.objects.filter(locale=locales["en"]).delete()

    html = footer(client.get("/en/").content.decode())

    assert '<p class="site-footer__address" lang="uz">Samarqand davlat tibbiyot' in html
    assert ADDRESS_LINE["uz"] in html
    assert "+998 66 233-08-41" in html


def test_without_any_record_the_footer_shows_the_interface_text(client, homes):
    SiteDetails.objects.all().delete()

    response = client.get("/en/")

    assert response.status_code == 200
    html = footer(response.content.decode())
    assert "in Uzbek, Russian and English." in html
    assert "tel:" not in html


def test_a_draft_translation_is_not_shown(client, homes, locales):
    SiteDetails.objects.filter(locale=locales["ru"]).update(live=False)

    html = footer(client.get("/ru/").content.decode())

    assert ADDRESS_LINE["uz"] in html
    assert ADDRESS_LINE["ru"] not in html


def test_the_footer_costs_one_query_per_request(homes, django_assert_num_queries):
    request = RequestFactory().get("/ru/")
    template = Template("{% load site_tags %}{% site_footer %}{% site_footer %}")

    with translation.override("ru"), django_assert_num_queries(1):
        html = template.render(Context({"request": request, "LANGUAGE_CODE": "ru"}))

    assert html.count(ADDRESS_LINE["ru"]) == 2


def test_synchronised_contacts_follow_the_uzbek_source_on_sync(
    locales, django_capture_on_commit_callbacks
):
    source = SiteDetails.objects.get(locale=locales["uz"])
    source.phone = "+998 66 000-00-01"
    source.save_revision().publish()

    with django_capture_on_commit_callbacks(execute=True):
        translation_source, _created = TranslationSource.update_or_create_from_instance(source)
        Translation.objects.get(source=translation_source, target_locale=locales["ru"]).save_target(
            publish=True
        )

    russian = SiteDetails.objects.get(locale=locales["ru"])
    assert russian.phone == "+998 66 000-00-01"
    assert russian.address == SITE["details"]["address"]["ru"]


def test_phone_link_keeps_only_digits_and_the_plus():
    assert SiteDetails(phone="+998 (66) 233-08-41").phone_href == "+998662330841"
    assert SiteDetails(phone="66 233 08 41").phone_href == "662330841"


def test_the_admin_lists_the_record_of_each_language(admin_client, locales):
    response = admin_client.get("/admin/snippets/home/sitedetails/")

    assert response.status_code == 200
    html = response.content.decode()
    # The admin speaks the user's language, else the site's default (Uzbek) for our own labels.
    with translation.override("uz"):
        label = translation.gettext("Contacts and footer (%(language)s)") % {
            "language": "Oʻzbekcha"
        }
    assert escape(label) in html
    assert "info@sammu.uz" in html
