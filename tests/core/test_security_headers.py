"""Security headers of public pages and the admin, read under the production settings."""

import importlib

from django.conf import settings as django_settings

import pytest

from core.security import PERMISSIONS_POLICY
from tests.integration.html_audit import PageAudit, parse_csp

PRODUCTION_SECRET_KEY = "x" * 20 + "-production-like-secret-for-the-header-tests-0123456789"
# Everything in site_config.settings.production that decides a response header or a cookie flag.
SECURITY_SETTINGS = (
    "SECURE_",
    "SESSION_COOKIE_",
    "CSRF_COOKIE_",
    "LANGUAGE_COOKIE_",
    "X_FRAME_OPTIONS",
    "CONTENT_SECURITY_POLICY",
    "ADMIN_CONTENT_SECURITY_POLICY",
    "ADMIN_CSP_PREFIX",
)
PUBLIC_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}


@pytest.fixture
def production(settings, monkeypatch):
    """The test settings with the security settings of site_config.settings.production."""
    monkeypatch.setenv("SECRET_KEY", PRODUCTION_SECRET_KEY)
    module = importlib.import_module("site_config.settings.production")
    for name in dir(module):
        if name.startswith(SECURITY_SETTINGS):
            setattr(settings, name, getattr(module, name))
    assert settings.SECURE_SSL_REDIRECT and settings.SESSION_COOKIE_SECURE
    return settings


def public_urls(homes, sechenov):
    return [homes["uz"].url, *(sechenov[language].url for language in ("uz", "ru", "en"))]


def get_https(client, url, **kwargs):
    return client.get(url, secure=True, headers={"host": "obgyn.example.org"}, **kwargs)


def test_public_pages_carry_the_production_security_headers(production, client, homes, sechenov):
    for url in public_urls(homes, sechenov):
        response = get_https(client, url)

        assert response.status_code == 200, url
        assert (
            response.headers["Strict-Transport-Security"]
            == "max-age=31536000; includeSubDomains; preload"
        )
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
        assert response.headers["X-Frame-Options"] == "DENY"
        assert response.headers["Cross-Origin-Opener-Policy"] == "same-origin"
        assert parse_csp(response.headers["Content-Security-Policy"]) == PUBLIC_POLICY
        assert "Content-Security-Policy-Report-Only" not in response.headers


def test_permissions_policy_denies_camera_microphone_location_payment_usb(client, homes):
    response = client.get(homes["uz"].url)

    features = dict(item.split("=") for item in response.headers["Permissions-Policy"].split(", "))
    for feature in ("camera", "microphone", "geolocation", "payment", "usb", "browsing-topics"):
        assert features[feature] == "()"
    assert response.headers["Permissions-Policy"] == PERMISSIONS_POLICY


def test_plain_http_is_redirected_to_https_in_production(production, client, homes):
    response = client.get(homes["uz"].url, headers={"host": "obgyn.example.org"})

    assert response.status_code == 301
    assert response.headers["Location"] == f"https://obgyn.example.org{homes['uz'].url}"


def test_public_pages_need_no_inline_script_or_style_and_load_only_from_the_site(
    production, client, homes, sechenov
):
    for url in public_urls(homes, sechenov):
        page = PageAudit(get_https(client, url).content.decode())

        assert page.inline_scripts == [], url
        assert page.style_elements == [], url
        assert page.style_attributes == [], url
        assert page.event_handlers == [], url
        assert page.foreign_fetches() == [], url
        # What the policy does allow is really there: our script, stylesheet and JSON-LD.
        assert ("script-src", "/static/js/site.js") in page.fetches
        assert ("style-src", "/static/css/site.css") in page.fetches
        assert page.data_scripts


def test_the_report_pictures_are_same_origin_images(production, client, sechenov):
    page = PageAudit(get_https(client, sechenov["en"].url).content.decode())

    images = [url for directive, url in page.fetches if directive == "img-src"]
    assert images
    assert all(url.startswith(django_settings.MEDIA_URL) for url in images)


def test_the_policy_is_sent_outside_production_too(client, homes):
    """Dev and test run the same policy, so a page that breaks it fails here first."""
    assert not django_settings.SESSION_COOKIE_SECURE

    page = client.get(homes["ru"].url)
    missing = client.get("/en/no-such-page/")

    assert parse_csp(page.headers["Content-Security-Policy"]) == PUBLIC_POLICY
    assert missing.status_code == 404
    assert parse_csp(missing.headers["Content-Security-Policy"]) == PUBLIC_POLICY


def test_the_500_page_has_no_inline_style():
    with open(django_settings.BASE_DIR / "templates" / "500.html", encoding="utf-8") as template:
        page = PageAudit(template.read())

    assert page.style_attributes == page.style_elements == page.inline_scripts == []
    assert ("style-src", "/static/css/site.css") in page.fetches


def test_session_and_csrf_cookies_are_secure_and_http_only(production, client, django_user_model):
    django_user_model.objects.create_superuser("editor", "editor@example.org", "s3cret-pass-9")

    login_page = get_https(client, "/admin/login/")
    signed_in = client.post(
        "/admin/login/",
        {"username": "editor", "password": "s3cret-pass-9"},
        secure=True,
        headers={"host": "obgyn.example.org"},
    )

    assert signed_in.status_code == 302
    for cookie in (login_page.cookies["csrftoken"], signed_in.cookies["sessionid"]):
        assert cookie["secure"] is True
        assert cookie["httponly"] is True
        assert cookie["samesite"] == "Lax"


def admin_policy(response):
    return parse_csp(response.headers["Content-Security-Policy"])


def test_admin_login_page_loads_under_the_admin_policy(production, client, db):
    response = get_https(client, "/admin/login/")
    page = PageAudit(response.content.decode())
    policy = admin_policy(response)

    assert response.status_code == 200
    assert b'name="password"' in response.content
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert page.foreign_fetches() == []
    if page.inline_scripts or page.event_handlers:
        assert "'unsafe-inline'" in policy["script-src"]
    if page.style_attributes or page.style_elements:
        assert "'unsafe-inline'" in policy["style-src"]


def test_admin_page_editor_loads_and_its_inline_scripts_are_allowed(production, client, sechenov):
    from django.contrib.auth import get_user_model

    editor = get_user_model().objects.create_superuser("chief", "chief@example.org", "pw-12345")
    client.force_login(editor)

    response = get_https(client, f"/admin/pages/{sechenov['uz'].pk}/edit/")
    page = PageAudit(response.content.decode())
    policy = admin_policy(response)

    assert response.status_code == 200
    assert sechenov["uz"].title in response.content.decode()
    # The editor does write inline scripts (date pickers, inline panels): the public policy
    # would break it; the admin policy allows them, and nothing from other sites.
    assert page.inline_scripts
    assert "'unsafe-inline'" in policy["script-src"]
    assert "'unsafe-inline'" in policy["style-src"]
    assert policy["img-src"] == ["'self'", "data:", "blob:"]
    assert page.foreign_fetches() == []
    assert policy["frame-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'self'"]


def test_the_loose_admin_policy_stops_at_the_admin(production, client, homes):
    for url in ("/administrator/", f"{homes['uz'].url}admin/", "/uz/admin/"):
        response = get_https(client, url)

        assert parse_csp(response.headers["Content-Security-Policy"]) == PUBLIC_POLICY, url
