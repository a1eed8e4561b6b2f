"""Machine translation behind an environment switch (issue 14, point 12): DeepL or a
LibreTranslate-compatible server, absent when neither is configured. The servers here are local
fakes on a spare loopback port; no test reaches the internet."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

from django.urls import reverse

from wagtail_localize.models import StringTranslation, Translation

import pytest

from site_config.settings.components.machine_translation import (
    DEEPL,
    LIBRETRANSLATE,
    machine_translator_settings,
)
from tests.factories import EventReportPageFactory
from tests.translations.accounts import client_for, make_user
from tests.translations.test_translator_desk import editor_props, russian, start_url

pytestmark = pytest.mark.django_db


def test_nothing_is_configured_without_the_variables():
    assert machine_translator_settings({}) is None
    assert machine_translator_settings({"DEEPL_AUTH_KEY": "", "LIBRETRANSLATE_URL": ""}) is None


def test_deepl_is_chosen_by_its_key():
    assert machine_translator_settings({"DEEPL_AUTH_KEY": "k:fx"}) == {
        "CLASS": DEEPL,
        "OPTIONS": {"AUTH_KEY": "k:fx"},
    }
    assert machine_translator_settings(
        {"DEEPL_AUTH_KEY": "k", "DEEPL_API_URL": "http://127.0.0.1:9/v2/translate"}
    )["OPTIONS"] == {"AUTH_KEY": "k", "API_URL": "http://127.0.0.1:9/v2/translate"}


def test_libretranslate_is_chosen_by_its_url():
    assert machine_translator_settings(
        {"LIBRETRANSLATE_URL": "http://mt.example/", "LIBRETRANSLATE_API_KEY": "s"}
    ) == {
        "CLASS": LIBRETRANSLATE,
        "OPTIONS": {"LIBRETRANSLATE_URL": "http://mt.example", "API_KEY": "s"},
    }


class FakeTranslator(BaseHTTPRequestHandler):
    """Answers DeepL's form-encoded and LibreTranslate's JSON requests with "[target] text"."""

    requests = []

    def do_POST(self):  # noqa: N802 (the name http.server calls)
        body = self.rfile.read(int(self.headers["Content-Length"])).decode()
        if self.path == "/translate":  # LibreTranslate
            data = json.loads(body)
            texts, target = data["q"], data["target"]
            answer = {"translatedText": [f"[{target}] {text}" for text in texts]}
        else:  # DeepL
            data = parse_qs(body)
            texts, target = data["text"], data["target_lang"][0]
            answer = {"translations": [{"text": f"[{target}] {text}"} for text in texts]}
        type(self).requests.append((self.path, dict(self.headers), data))
        payload = json.dumps(answer).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args):
        pass


@pytest.fixture
def fake_server():
    FakeTranslator.requests = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeTranslator)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def started(sechenov, django_capture_on_commit_callbacks):
    """A new Uzbek report whose Russian translation a translator has just started."""
    report = EventReportPageFactory(parent=sechenov["uz"].get_parent(), title="Mashina sinovi")
    translator = client_for(make_user("ru-translator", "translator-ru"))
    with django_capture_on_commit_callbacks(execute=True):
        translator.post(start_url(report, "ru"))
    page = russian(report)
    return (
        translator,
        page,
        Translation.objects.get(target_locale=page.locale, source__object_id=page.translation_key),
    )


def machine_translate(client, translation, page):
    return client.post(
        reverse("wagtail_localize:machine_translate", args=[translation.pk]),
        {"next": reverse("wagtailadmin_pages:edit", args=[page.pk])},
    )


def title(page):
    return StringTranslation.objects.get(
        locale=page.locale, context__object_id=page.translation_key, context__path="title"
    ).data


@pytest.mark.parametrize("service", ["libretranslate", "deepl"])
def test_machine_translation_against_a_local_server(settings, fake_server, started, service):
    translator, page, translation = started
    if service == "deepl":
        environ = {"DEEPL_AUTH_KEY": "secret", "DEEPL_API_URL": f"{fake_server}/v2/translate"}
    else:
        environ = {"LIBRETRANSLATE_URL": fake_server, "LIBRETRANSLATE_API_KEY": "secret"}
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator_settings(environ)
    edit = translator.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert editor_props(edit)["machineTranslator"]["url"] == reverse(
        "wagtail_localize:machine_translate", args=[translation.pk]
    )

    response = machine_translate(translator, translation, page)

    assert response.status_code == 302
    ((path, headers, data),) = FakeTranslator.requests
    if service == "deepl":
        assert path == "/v2/translate"
        assert headers["Authorization"] == "DeepL-Auth-Key secret"
        assert (data["source_lang"], data["target_lang"]) == (["UZ"], ["RU"])
        assert title(page) == "[RU] Mashina sinovi"
    else:
        assert path == "/translate"
        assert (data["source"], data["target"], data["api_key"]) == ("uz", "ru", "secret")
        assert title(page) == "[ru] Mashina sinovi"


def test_without_configuration_there_is_no_machine_translation(settings, started):
    translator, page, translation = started
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator_settings({})

    edit = translator.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))

    assert editor_props(edit)["machineTranslator"] is None
    assert machine_translate(translator, translation, page).status_code == 404
