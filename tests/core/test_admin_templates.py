"""Our overrides of Wagtail admin templates translate their hard-coded English, nothing more."""

from django.contrib.auth import get_user_model

import pytest

from core.admin_templates import PATCHES, override_path, patched_template


@pytest.mark.parametrize("name", list(PATCHES))
def test_each_override_is_the_installed_wagtail_template_with_only_our_replacements(name):
    assert override_path(name).read_text(encoding="utf-8") == patched_template(name), (
        f"templates/{name} differs from Wagtail's: run manage.py update_library_catalogues"
    )


def test_a_snippet_wagtail_no_longer_has_is_reported(monkeypatch):
    name = "wagtailadmin/shared/headers/_actions.html"
    monkeypatch.setitem(PATCHES, name, [("<nav gone", "x")])

    with pytest.raises(ValueError, match="no longer has"):
        patched_template(name)


@pytest.mark.django_db
def test_the_dashboard_in_uzbek_has_no_english_search_button_or_landmark(client):
    from wagtail.users.models import UserProfile

    editor = get_user_model().objects.create_superuser("bosh", password="x")
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "uz"
    profile.save()
    client.force_login(editor)

    html = client.get("/admin/").content.decode()
    pages = client.get("/admin/pages/").content.decode()

    assert 'value="Search"' not in html
    assert 'value="Qidirish"' in html
    assert 'aria-label="Actions"' not in pages
    assert 'aria-label="Amallar"' in pages
