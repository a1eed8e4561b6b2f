"""The text of a post within Telegram's limits: the summary is cut first, at a word, never inside
an entity, and the title and the link stay whole; lengths count as Telegram counts them."""

import html
import re

from telegram.message import (
    CAPTION_LIMIT,
    MESSAGE_LIMIT,
    PostText,
    length,
    post_text,
    truncate,
)

URL = "https://kafedra.example/uz/news/yangi-oquv-yili/"


def visible(text):
    """What a reader sees of a post: tags dropped, entities decoded (as Telegram parses it)."""
    return html.unescape(re.sub(r"<[^>]+>", "", text))


def make_post(summary, title="Yangi oʻquv yili", facts=()):
    return PostText(
        title=title, facts=list(facts), summary=summary, link_label="Saytda oʻqing", url=URL
    )


def test_a_short_post_is_kept_whole():
    post = make_post("Kafedra & talabalar.", facts=["📅 5–10-iyun 2023-yil"])

    assert post.html(CAPTION_LIMIT) == (
        "<b>Yangi oʻquv yili</b>\n\n📅 5–10-iyun 2023-yil\n\nKafedra &amp; talabalar.\n\n"
        f'<a href="{URL}">Saytda oʻqing</a>'
    )


def test_a_long_summary_is_cut_to_the_caption_limit_keeping_title_and_link():
    post = make_post("Tajriba & almashish " * 200)

    text = post.html(CAPTION_LIMIT)

    assert length(visible(text)) <= CAPTION_LIMIT
    assert length(visible(text)) > CAPTION_LIMIT - 30
    assert text.startswith("<b>Yangi oʻquv yili</b>\n\n")
    assert text.endswith(f'…\n\n<a href="{URL}">Saytda oʻqing</a>')
    # Every ampersand is a whole entity: the cut fell between words, not inside "&amp;".
    assert re.findall(r"&\w*;?", text) == ["&amp;"] * text.count("&")


def test_a_message_without_a_photo_has_room_for_more():
    post = make_post("soʻz " * 2000)

    caption, message = post.html(CAPTION_LIMIT), post.html(MESSAGE_LIMIT)

    assert CAPTION_LIMIT - 30 < length(visible(caption)) <= CAPTION_LIMIT
    assert MESSAGE_LIMIT - 30 < length(visible(message)) <= MESSAGE_LIMIT


def test_an_overlong_title_is_cut_after_the_summary_is_gone():
    post = make_post("Qisqa mazmun.", title="Sarlavha " * 200)

    text = post.html(CAPTION_LIMIT)

    assert length(visible(text)) <= CAPTION_LIMIT
    assert "Qisqa mazmun" not in text
    assert text.endswith(f'…</b>\n\n<a href="{URL}">Saytda oʻqing</a>')


def test_lengths_count_utf16_units_as_telegram_does():
    assert length("oʻgʻil") == 6
    assert length("📅") == 2
    assert truncate("📅📅📅📅", 5) == "📅📅…"
    assert truncate("bir ikki uch toʻrt", 12) == "bir ikki…"
    assert truncate("qisqa", 5) == "qisqa"


def test_an_event_post_gives_its_dates_and_place_in_its_language(sechenov):
    uz, ru = post_text(sechenov["uz"]), post_text(sechenov["ru"])

    assert uz.facts == ["📅 2023\u2011yil 5–10\u2011iyun", "📍 Moskva, Rossiya"]
    assert ru.facts == ["📅 5–10 июня 2023 г.", "📍 Москва, Россия"]
    assert ru.link_label == "Читать на сайте"
    assert uz.url == sechenov["uz"].full_url
