"""Log lines carry the request id, path, method, status and locale, and nothing from the
request's body, cookies or session: a 500 is logged with where it happened, not with what the
visitor typed."""

import io
import json
import logging

from django.conf.urls.i18n import i18n_patterns
from django.test import Client, override_settings
from django.urls import path

import pytest

from core.logging import JSONFormatter, TextFormatter
from site_config.settings.base import logging_settings

pytestmark = pytest.mark.django_db

PASSWORD = "hunter2-very-secret"
SESSION_VALUE = "session0cookie0value0never0logged"


def boom(request):
    raise RuntimeError("the view broke")


def chatty(request):
    from django.http import HttpResponse

    logging.getLogger("home.views").warning("chatty view says %s", "hello")
    return HttpResponse("ok")


urlpatterns = i18n_patterns(
    path("boom/", boom),
    path("chatty/", chatty),
    prefix_default_language=True,
)


@pytest.fixture
def log_output():
    """Everything logged during the test, formatted as the production handler formats it."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JSONFormatter())
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield stream
    finally:
        root.removeHandler(handler)


def json_lines(stream):
    return [json.loads(line) for line in stream.getvalue().splitlines() if line.strip()]


@override_settings(ROOT_URLCONF=__name__)
def test_a_500_is_logged_with_path_locale_and_request_id_but_no_secrets(log_output):
    client = Client(raise_request_exception=False)
    client.cookies["sessionid"] = SESSION_VALUE

    response = client.post(
        "/ru/boom/",
        {"username": "editor", "password": PASSWORD},
        headers={"X-Request-ID": "trace-500"},
    )

    assert response.status_code == 500
    assert response["X-Request-ID"] == "trace-500"
    errors = [line for line in json_lines(log_output) if line["logger"] == "django.request"]
    assert len(errors) == 1
    error = errors[0]
    assert error["level"] == "ERROR"
    assert error["request_id"] == "trace-500"
    assert error["path"] == "/ru/boom/"
    assert error["method"] == "POST"
    assert error["status"] == 500
    assert error["locale"] == "ru"
    assert "RuntimeError: the view broke" in error["exception"]
    everything = log_output.getvalue()
    assert PASSWORD not in everything
    assert SESSION_VALUE not in everything
    assert "csrftoken" not in everything


@override_settings(ROOT_URLCONF=__name__)
def test_lines_logged_inside_a_view_carry_the_request(client, log_output):
    response = client.get("/en/chatty/", headers={"X-Request-ID": "trace-chatty"})

    assert response.status_code == 200
    [line] = [line for line in json_lines(log_output) if line["logger"] == "home.views"]
    assert line["message"] == "chatty view says hello"
    assert line["level"] == "WARNING"
    assert line["request_id"] == "trace-chatty"
    assert line["path"] == "/en/chatty/"
    assert line["method"] == "GET"
    assert line["locale"] == "en"
    assert line["status"] is None
    assert line["time"].endswith("+00:00")


def test_lines_logged_outside_a_request_have_no_request_fields(log_output):
    logging.getLogger("home.scheduler").warning("between requests")

    [line] = [line for line in json_lines(log_output) if line["logger"] == "home.scheduler"]
    assert line["message"] == "between requests"
    assert line["request_id"] is None
    assert line["path"] is None
    assert line["locale"] is None


def test_json_lines_keep_uzbek_and_russian_text_readable(log_output):
    logging.getLogger("home.scheduler").warning("Oʻzbekcha va русский")

    assert "Oʻzbekcha va русский" in log_output.getvalue()


@override_settings(ROOT_URLCONF=__name__)
def test_the_text_format_shows_the_request_id_and_path():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(TextFormatter())
    logger = logging.getLogger("home.views")
    logger.addHandler(handler)
    try:
        Client().get("/uz/chatty/", headers={"X-Request-ID": "trace-text"})
    finally:
        logger.removeHandler(handler)

    line = stream.getvalue()
    assert "WARNING home.views [request_id=trace-text path=/uz/chatty/ method=GET locale=uz]" in (
        line
    )
    assert line.rstrip().endswith("chatty view says hello")


def test_log_format_chooses_the_console_formatter():
    assert logging_settings("json")["handlers"]["console"]["formatter"] == "json"
    assert logging_settings("text")["handlers"]["console"]["formatter"] == "text"
    assert logging_settings("json")["handlers"]["console"]["stream"] == "ext://sys.stdout"
    with pytest.raises(ValueError, match="LOG_FORMAT"):
        logging_settings("xml")
