"""The site's address comes from one variable, SITE_URL (core/site_url.py).

`migrate` writes it into Wagtail's default Site record, so the links Wagtail builds from that
record (moderators' e-mails, the API's html_url, the sitemap) name the real host, not
http://localhost/; the admin's e-mail links and the API's base URL are set from it too.
"""

import importlib

from django.core import mail
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command

from wagtail.models import Site

import pytest

from core.site_url import host_and_port, sync_default_site

pytestmark = pytest.mark.django_db

URL = "https://obgyn.example.org"


@pytest.fixture(autouse=True)
def forget_site_root_paths():
    """Wagtail caches the Site records' root URLs; the rolled-back changes of these tests must
    not reach the next test through that cache."""
    yield
    Site.clear_site_root_paths_cache()


@pytest.fixture
def site_url(settings):
    settings.SITE_URL = URL
    settings.WAGTAILAPI_BASE_URL = URL
    settings.WAGTAILADMIN_BASE_URL = URL
    return URL


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://obgyn.example.org", ("obgyn.example.org", 443)),
        ("http://127.0.0.1:8000", ("127.0.0.1", 8000)),
        ("http://obgyn.example.org", ("obgyn.example.org", 80)),
    ],
)
def test_host_and_port(url, expected):
    assert host_and_port(url) == expected


@pytest.mark.parametrize("url", ["obgyn.example.org", "ftp://x.org", "https://x.org:8443"])
def test_an_address_wagtail_cannot_store_is_refused(url):
    with pytest.raises(ImproperlyConfigured):
        host_and_port(url)


def test_migrate_writes_the_address_into_the_site_record(site_url, homes):
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("localhost", 80)

    call_command("migrate", verbosity=0, interactive=False)

    site.refresh_from_db()
    assert (site.hostname, site.port) == ("obgyn.example.org", 443)
    assert site.root_url == URL
    assert homes["uz"].full_url == f"{URL}/uz/"


def test_without_the_variable_the_site_record_is_left_alone(settings, homes):
    settings.SITE_URL = ""
    call_command("migrate", verbosity=0, interactive=False)

    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("localhost", 80)


def test_make_runs_address_gives_an_http_site_with_its_port(homes):
    site = sync_default_site("http://127.0.0.1:8000")

    assert site.root_url == "http://127.0.0.1:8000"
    assert homes["en"].full_url == "http://127.0.0.1:8000/en/"


def test_the_settings_derive_the_admin_and_api_base_urls_from_site_url(monkeypatch):
    from site_config.settings import base

    monkeypatch.setenv("SITE_URL", "https://obgyn.example.org/")
    try:
        reloaded = importlib.reload(base)
        assert reloaded.SITE_URL == URL
        assert reloaded.WAGTAILADMIN_BASE_URL == URL
        assert reloaded.WAGTAILAPI_BASE_URL == URL
    finally:
        monkeypatch.delenv("SITE_URL")
        importlib.reload(base)


def test_the_api_links_carry_the_configured_host(site_url, client, sechenov):
    sync_default_site()

    response = client.get(f"/api/v2/pages/{sechenov['uz'].pk}/")

    assert response.status_code == 200
    meta = response.json()["meta"]
    assert meta["html_url"] == f"{URL}{sechenov['uz'].url}"
    assert meta["detail_url"].startswith(f"{URL}/api/v2/pages/")


def test_the_sitemap_and_robots_txt_name_the_configured_host(site_url, client, homes):
    sync_default_site()

    sitemap = client.get("/sitemap.xml").content.decode()
    robots = client.get("/robots.txt").content.decode()

    assert f"<loc>{URL}/uz/</loc>" in sitemap
    assert f'href="{URL}/ru/"' in sitemap
    assert "http://testserver" not in sitemap
    assert f"Sitemap: {URL}/sitemap.xml" in robots


def test_the_moderators_view_link_carries_the_configured_host(site_url, homes, django_user_model):
    from wagtail.models import GroupApprovalTask, Workflow, WorkflowTask

    from home.models import ContentPage

    sync_default_site()
    editor = django_user_model.objects.create_superuser("author", "author@example.org", "pw")
    page = homes["uz"].add_child(instance=ContentPage(title="Moderatsiya", slug="moderatsiya"))
    revision = page.save_revision(user=editor)
    task = GroupApprovalTask.objects.create(name="Koʻrib chiqish")
    workflow = Workflow.objects.create(name="Sinov")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    moderator = django_user_model.objects.create_superuser("moderator", "mod@example.org", "pw")
    state = workflow.start(page, editor)
    mail.outbox.clear()

    # The approval e-mail goes to the author; Wagtail writes the page's full_url in it.
    state.current_task_state.approve(user=moderator)

    assert revision.pk
    bodies = [message.body for message in mail.outbox if "author@example.org" in message.to]
    assert bodies, [message.subject for message in mail.outbox]
    assert f"{URL}/uz/moderatsiya/" in bodies[0]
    assert "http://localhost" not in bodies[0]
