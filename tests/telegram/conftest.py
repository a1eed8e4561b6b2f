"""Fixtures of the Telegram tests: the channels off by default, a fake Bot API to turn them on,
and publishing with the on_commit callbacks run (the tests' transaction never commits)."""

import pytest

from tests.telegram.fake_bot_api import FakeBotAPI, down_url

TOKEN = "123456:TEST-secret-token"
CHANNELS = {"uz": "@kafedra_uz", "ru": "@kafedra_ru", "en": "@kafedra_en"}


@pytest.fixture(autouse=True)
def telegram_off(settings):
    """No token and no channel, whatever the environment says; sending is synchronous."""
    settings.TELEGRAM_BOT_TOKEN = ""
    settings.TELEGRAM_API_URL = down_url()
    settings.TELEGRAM_SEND_IN_BACKGROUND = False
    for language in CHANNELS:
        setattr(settings, f"TELEGRAM_CHANNEL_{language.upper()}", "")


@pytest.fixture
def bot_api():
    api = FakeBotAPI().start()
    yield api
    api.stop()


@pytest.fixture
def telegram_on(settings, bot_api):
    """The bot token and a channel per language, the Bot API being the local fake."""
    settings.TELEGRAM_BOT_TOKEN = TOKEN
    settings.TELEGRAM_API_URL = bot_api.url
    for language, channel in CHANNELS.items():
        setattr(settings, f"TELEGRAM_CHANNEL_{language.upper()}", channel)
    return bot_api


@pytest.fixture
def publish(django_capture_on_commit_callbacks):
    """Publish the latest revision of `page` (a new one) as an editor would, then run what
    waits for the commit (the sending)."""

    def publish_page(page):
        with django_capture_on_commit_callbacks(execute=True):
            page.save_revision().publish()
        page.refresh_from_db()
        return page

    return publish_page


@pytest.fixture
def committing(django_capture_on_commit_callbacks):
    """A context in which on_commit callbacks run at its end, as after a real commit."""
    return lambda: django_capture_on_commit_callbacks(execute=True)
