"""Slugs made from titles are readable ASCII (core/slugs.py).

Russian by ICAO Doc 9303, Uzbek Cyrillic by the 1995 Uzbek Latin alphabet, the Uzbek marks ʻ/ʼ
dropped; on the server (pages made in code, translations, copies) and in the admin's form.
"""

import json
import re

from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtail_localize.models import TranslationSource

import pytest

from core.slugs import ascii_slug, slug_formatters, transliterate
from home.models import ContentPage

UZBEK_TITLE = "Tashxis notoʻgʻri qoʻyilgan holatlar: gʻalaba va taʼlim"


@pytest.mark.parametrize(
    ("text", "language", "slug"),
    [
        ("Сеченов", "ru", "sechenov"),
        ("Сеченов", "en", "sechenov"),
        # ICAO Doc 9303: ж zh, х kh, ц ts, щ shch, ъ ie, ы y, ю iu, я ia, й i, ё e.
        ("Жизнь в Хабаровске", "ru", "zhizn-v-khabarovske"),
        ("Щукин и Цветаева", "ru", "shchukin-i-tsvetaeva"),
        ("Юлия, Ярослав, Майя", "ru", "iuliia-iaroslav-maiia"),
        ("Объём, рыба, Пётр", "ru", "obieem-ryba-petr"),
        ("Московский государственный университет", "ru", "moskovskii-gosudarstvennyi-universitet"),
        # The 1995 Uzbek Latin alphabet: х x, ж j, й y, ё yo, ю yu, я ya, ў oʻ, ғ gʻ, қ q, ҳ h.
        ("Хоразм ва Жиззах", "uz", "xorazm-va-jizzax"),
        ("Ўзбекистон ғалабаси", "uz", "ozbekiston-galabasi"),
        ("Қашқадарё ҳокимлиги", "uz", "qashqadaryo-hokimligi"),
        ("Ер юзи, ёшлар", "uz", "yer-yuzi-yoshlar"),
        ("маъруза", "uz", "maruza"),
        # Uzbek-only letters read the same on a Russian page.
        ("Қўқон", "ru", "qoqon"),
        # Latin Uzbek: the marks and the apostrophes typed for them go.
        (UZBEK_TITLE, "uz", "tashxis-notogri-qoyilgan-holatlar-galaba-va-talim"),
        ("Oʻzbekiston va Gʻarb", "uz", "ozbekiston-va-garb"),
        (
            "O‘zbekiston, O'zbekiston, O’zbekiston, O`zbekiston",
            "uz",
            "ozbekiston-ozbekiston-ozbekiston-ozbekiston",
        ),
        ("Café in Zürich", "en", "cafe-in-zurich"),
    ],
)
def test_titles_become_ascii_slugs_by_the_published_schemes(text, language, slug):
    assert ascii_slug(text, language) == slug
    assert slug.isascii()


def test_transliteration_keeps_case_and_punctuation_for_slugify_to_handle():
    assert transliterate("Сеченов, 2023", "ru") == "sechenov, 2023"
    assert transliterate("Oʻquv", "uz") == "Oquv"


def test_the_admin_gets_the_same_table_as_patterns_javascript_can_run():
    formatters = slug_formatters("uz")

    for (pattern, flags), replacement in formatters:
        assert flags == "gu"
        assert "\\p" not in pattern and "(?P" not in pattern
        re.compile(pattern)
        assert isinstance(replacement, str) and replacement.isascii()
    json.dumps(formatters)


@pytest.mark.django_db
class TestPagesGetAsciiSlugs:
    def test_a_page_created_in_code_with_an_uzbek_title(self, homes):
        page = homes["uz"].add_child(instance=ContentPage(title=UZBEK_TITLE))

        assert page.slug == "tashxis-notogri-qoyilgan-holatlar-galaba-va-talim"
        assert page.url.isascii()

    def test_a_page_created_in_code_with_a_russian_title(self, homes):
        page = homes["ru"].add_child(instance=ContentPage(title="Стажировка в Сеченовском"))

        assert page.slug == "stazhirovka-v-sechenovskom"

    def test_a_second_page_with_the_same_title_gets_a_suffix(self, homes):
        homes["ru"].add_child(instance=ContentPage(title="Сеченов"))
        second = homes["ru"].add_child(instance=ContentPage(title="Сеченов"))

        assert second.slug == "sechenov-2"

    def test_a_unicode_slug_from_before_becomes_ascii_and_the_old_url_redirects(
        self, client, homes, django_capture_on_commit_callbacks
    ):
        page = homes["uz"].add_child(instance=ContentPage(title="Maʼruza", slug="maruza"))
        page.save_revision().publish()
        # A page stored with a Unicode slug before this change (written past validation).
        ContentPage.objects.filter(pk=page.pk).update(slug="маъруза", url_path="/home/маъруза/")
        page = ContentPage.objects.get(pk=page.pk)

        with django_capture_on_commit_callbacks(execute=True):
            page.save_revision().publish()

        page.refresh_from_db()
        assert page.slug == "maruza"
        old_url = client.get("/uz/маъруза/")
        assert old_url.status_code == 301
        assert old_url["Location"] == "/uz/maruza/"
        assert client.get("/uz/maruza/").status_code == 200

    def test_a_translation_with_a_russian_slug_gets_an_ascii_one(self, homes, locales):
        source_page = homes["uz"].add_child(instance=ContentPage(title="Qabul", slug="qabul"))
        source_page.save_revision().publish()
        translated = source_page.copy_for_translation(locales["ru"])
        translated.title = "Приём ординаторов"
        translated.slug = "приём-ординаторов"
        translated.save()

        translated.refresh_from_db()
        assert translated.slug == "priem-ordinatorov"

    def test_wagtail_localize_sync_keeps_the_slug_ascii(self, homes, locales):
        source_page = homes["uz"].add_child(instance=ContentPage(title="Oʻquv kursi"))
        source_page.save_revision().publish()
        source, _created = TranslationSource.get_or_create_from_instance(source_page)

        translated, _created = source.create_or_update_translation(locales["en"], fallback=True)

        assert source_page.slug == "oquv-kursi"
        assert translated.slug.isascii()


@pytest.mark.django_db
def test_the_admin_slug_field_carries_the_transliteration_of_the_page_language(
    client, django_user_model, homes
):
    user = django_user_model.objects.create_superuser("slugs", "s@example.org", "pw")
    client.force_login(user)

    uzbek = client.get(f"/admin/pages/add/home/contentpage/{homes['uz'].pk}/").content.decode()
    russian = client.get(f"/admin/pages/add/home/contentpage/{homes['ru'].pk}/").content.decode()

    def formatters(html):
        match = re.search(
            r'id="id_slug"[^>]*|data-w-slug-formatters-value="[^"]*"[^>]*id="id_slug"', html
        )
        assert match, "no slug input"
        value = re.search(r'data-w-slug-formatters-value="([^"]*)"', match.group(0))
        return json.loads(value.group(1).replace("&quot;", '"'))

    assert [["[Хх]", "gu"], "x"] in formatters(uzbek)
    assert [["[Хх]", "gu"], "kh"] in formatters(russian)


@pytest.mark.django_db
def test_a_unicode_slug_posted_from_the_admin_is_saved_in_ascii(client, django_user_model, homes):
    user = django_user_model.objects.create_superuser("slugs", "s@example.org", "pw")
    client.force_login(user)
    data = nested_form_data(
        {
            "title": UZBEK_TITLE,
            # What Wagtail's own title → slug sync used to fill in.
            "slug": "tashxis-notoʻgʻri-qoʻyilgan-holatlar-gʻalaba-va-taʼlim",
            "summary": "",
            "body": streamfield([]),
            "comments": {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0, "MIN_NUM_FORMS": 0},
            "action-publish": "publish",
        }
    )

    response = client.post(f"/admin/pages/add/home/contentpage/{homes['uz'].pk}/", data)

    assert response.status_code == 302
    page = ContentPage.objects.get(title=UZBEK_TITLE)
    assert page.slug == "tashxis-notogri-qoyilgan-holatlar-galaba-va-talim"
