"""The admin's language: Uzbek, Russian or English by each user's choice, Uzbek by default, the
browser's on the login page; dates, numbers and relative times in the language shown."""

import datetime
import json
import re

from django.conf import settings
from django.utils import timezone, translation
from django.utils.text import capfirst
from django.utils.translation import gettext

from wagtail.admin.templatetags.wagtailadmin_tags import timesince_simple
from wagtail.models import Page
from wagtail.users.models import UserProfile

import pytest

from tests.helpers import visible_text

pytestmark = pytest.mark.django_db


def translated(language, message):
    with translation.override(language):
        return gettext(message)


def uzbek(message):
    """`message` in Uzbek, failing if our catalogues (locale/libraries/) leave it in English."""
    text = translated("uz", message)
    assert text != message, f"{message!r} has no Uzbek translation"
    return text


def page_language(response):
    assert response.status_code == 200
    return re.search(r'<html lang="([^"]+)"', response.content.decode()).group(1)


def with_preference(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


@pytest.mark.parametrize(
    "accept_language, language",
    [
        ("uz", "uz"),
        ("uz-UZ,uz;q=0.9,ru;q=0.8", "uz"),
        ("ru-RU,ru;q=0.9,en-US;q=0.8", "ru"),
        ("en-GB,en;q=0.9", "en"),
        # Neither offered: the site's default language.
        ("de-DE,de;q=0.9", "uz"),
        ("", "uz"),
    ],
)
def test_the_login_page_speaks_the_browsers_language(client, accept_language, language):
    response = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE=accept_language)

    assert page_language(response) == language
    text = visible_text(response.content.decode())
    assert translated(language, "Sign in") in text
    assert translated(language, "Forgotten password?") in text


def test_the_uzbek_login_page_is_in_uzbek(client):
    response = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="uz")
    text = visible_text(response.content.decode())

    assert uzbek("Sign in") in text
    assert uzbek("Forgotten password?") in text
    assert "Forgotten password?" not in text
    # The field labels, placeholder and error come from our login form (core.admin_forms).
    html = response.content.decode()
    assert "Foydalanuvchi nomi" in text and "Parol" in text
    assert "Username" not in text and "Password" not in text
    assert 'placeholder="Foydalanuvchi nomingizni kiriting"' in html


def test_a_wrong_password_is_refused_in_the_login_pages_language(client, admin_user):
    response = client.post(
        "/admin/login/",
        {"username": admin_user.username, "password": "not-the-password"},
        HTTP_ACCEPT_LANGUAGE="ru",
    )

    assert response.status_code == 200
    assert "Имя пользователя и пароль не совпадают" in response.content.decode()


def test_a_user_without_a_preference_gets_the_admin_in_uzbek(client, admin_user):
    client.force_login(admin_user)

    response = client.get("/admin/")

    assert page_language(response) == "uz"
    assert uzbek("Dashboard") in visible_text(response.content.decode())


def test_a_user_without_a_preference_and_an_unoffered_browser_language_gets_uzbek(
    client, admin_user
):
    client.force_login(admin_user)

    assert page_language(client.get("/admin/", HTTP_ACCEPT_LANGUAGE="de-DE,de")) == "uz"


def test_a_user_without_a_preference_follows_an_offered_browser_language(client, admin_user):
    client.force_login(admin_user)

    assert page_language(client.get("/admin/", HTTP_ACCEPT_LANGUAGE="ru-RU,ru")) == "ru"


@pytest.mark.parametrize(
    "preference, accept_language", [("en", "uz"), ("ru", "en-GB"), ("uz", "en-GB,en")]
)
def test_a_users_preference_wins_over_the_browser(client, admin_user, preference, accept_language):
    client.force_login(with_preference(admin_user, preference))

    response = client.get("/admin/", HTTP_ACCEPT_LANGUAGE=accept_language)

    assert page_language(response) == preference
    assert translated(preference, "Dashboard") in visible_text(response.content.decode())


def test_the_account_page_offers_uzbek_russian_and_english_by_their_own_names(client, admin_user):
    client.force_login(admin_user)

    html = client.get("/admin/account/").content.decode()

    select = re.search(r'<select name="locale-preferred_language".*?</select>', html, re.S)
    options = dict(re.findall(r'<option value="([^"]*)"[^>]*>([^<]*)</option>', select.group(0)))
    assert set(options) == {"", "uz", "ru", "en"}
    assert options["uz"] == "oʻzbek tili"
    assert options["ru"] == "Русский"
    assert options["en"] == "English"
    # The blank choice is the server's language: Uzbek.
    assert "oʻzbek tili" in options[""]
    assert settings.LANGUAGE_CODE == "uz"


def test_choosing_uzbek_in_the_account_settings_is_accepted(client, admin_user):
    from wagtail.admin.forms.account import LocalePreferencesForm

    form = LocalePreferencesForm(
        {"preferred_language": "uz", "current_time_zone": ""},
        instance=UserProfile.get_for_user(admin_user),
    )

    assert form.is_valid(), form.errors
    form.save()
    assert UserProfile.get_for_user(admin_user).get_preferred_language() == "uz"


def test_relative_times_are_in_uzbek():
    now = timezone.now()
    with translation.override("uz"):
        two_hours = timesince_simple(now - datetime.timedelta(hours=2, minutes=5))
        just_now = timesince_simple(now)

    assert two_hours == uzbek("%(time_period)s ago") % {"time_period": "2\xa0soat"}
    # Wagtail compares Django's "0 daqiqa" with its own "0 minutes" to say "just now".
    assert just_now == uzbek("just now")


def test_the_page_listing_shows_when_pages_changed_in_uzbek(client, admin_user, homes):
    home = homes["uz"]
    child = home.get_children().first()
    Page.objects.filter(pk=child.pk).update(
        latest_revision_created_at=timezone.now() - datetime.timedelta(hours=2, minutes=5)
    )
    client.force_login(admin_user)

    text = visible_text(client.get(f"/admin/pages/{home.pk}/").content.decode())

    two_hours_ago = uzbek("%(time_period)s ago") % {"time_period": "2\xa0soat"}
    assert visible_text(capfirst(two_hours_ago)) in text
    assert "hours ago" not in text


def test_the_date_pickers_get_uzbek_month_and_day_names(client, admin_user):
    client.force_login(admin_user)

    html = client.get("/admin/").content.decode()

    config = json.loads(
        re.search(
            r'<script id="wagtail-config" type="application/json">(.*?)</script>', html
        ).group(1)
    )
    assert config["STRINGS"]["MONTHS"][0] == "Yanvar"
    assert "January" not in config["STRINGS"]["MONTHS"]
    assert config["STRINGS"]["WEEKDAYS"][1] == translated("uz", "Monday") != "Monday"


def test_numbers_and_dates_take_the_uzbek_formats():
    from django.utils import formats

    with translation.override("uz"):
        number = formats.number_format(1234567.5, decimal_pos=1, use_l10n=True, force_grouping=True)
        date = formats.date_format(datetime.date(2025, 6, 5))

    assert number == "1\xa0234\xa0567,5"
    # Uzbek writes month names in lower case; Django's catalogue capitalises them ("5-Iyun"),
    # so locale/uz/ gives the lower-case names to the admin as to the site. The year comes
    # first, and no-break hyphens keep "2025‑yil" and "5‑iyun" whole (site_config/formats/uz/).
    assert date == "2025\u2011yil 5\u2011iyun"


def test_a_new_user_starts_with_the_admin_in_uzbek(client, settings, django_user_model):
    settings.ADMIN_DEFAULT_LANGUAGE = "uz"
    editor = django_user_model.objects.create_user("yangi", password="x", is_superuser=True)

    assert UserProfile.get_for_user(editor).preferred_language == "uz"
    client.force_login(editor)
    response = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en")
    assert page_language(response) == "uz"


def test_an_existing_users_choice_is_kept_and_an_empty_setting_keeps_the_browsers_rule(
    client, settings, django_user_model
):
    settings.ADMIN_DEFAULT_LANGUAGE = ""
    editor = django_user_model.objects.create_user("browser", password="x", is_superuser=True)
    assert UserProfile.get_for_user(editor).preferred_language == ""

    settings.ADMIN_DEFAULT_LANGUAGE = "uz"
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "ru"
    profile.save()
    editor.save()
    assert UserProfile.get_for_user(editor).preferred_language == "ru"
