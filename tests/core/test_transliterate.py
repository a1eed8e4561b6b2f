"""Documents in another script (core.transliterate): what is converted and what is kept, on
hand-made HTML, JSON-LD, feeds and calendars. The pages of the site in each script:
test_scripts.py."""

import json

from icalendar import Calendar

from core.scripts import CYRILLIC, NEW_LATIN, convert_text, variant_url
from core.transliterate import Rewriting, rewrite_html
from core.transliterate_feeds import rewrite_calendar, rewrite_feed


def rewriting(script=CYRILLIC, terms=()):
    return Rewriting(
        text=lambda text: convert_text(text, script.prefix, tuple(terms)),
        url=lambda url: variant_url(url, script, {"example.uz"}),
        language_tag=script.language_tag,
    )


def cyrillic(html, **options):
    return rewrite_html(html, rewriting(**options))


# Text -------------------------------------------------------------------------------------------


def test_text_and_reader_attributes_are_converted():
    html = cyrillic(
        '<p title="Yangiliklar">Toshkent shahri</p><img src="/media/a.jpg" alt="Choʻl">'
        '<input type="search" placeholder="Qidirish" value="shahar">'
        '<button aria-label="Yopish">Menyu</button>'
        '<meta name="description" content="Shahar haqida">'
        '<meta property="og:title" content="Oʻzbekiston">'
    )

    assert '<p title="Янгиликлар">Тошкент шаҳри</p>' in html
    assert '<img src="/media/a.jpg" alt="Чўл">' in html
    # What a reader typed stays as typed; what a reader is told is converted.
    assert 'placeholder="Қидириш" value="shahar"' in html
    assert '<button aria-label="Ёпиш">Меню</button>' in html
    assert '<meta name="description" content="Шаҳар ҳақида">' in html
    assert '<meta property="og:title" content="Ўзбекистон">' in html


def test_code_scripts_styles_and_form_text_are_kept():
    html = (
        "<pre>shahar</pre><code>choy</code><kbd>Ctrl</kbd><textarea>shahar</textarea>"
        '<script>var shahar = "choy";</script><style>.shahar { color: red }</style>'
        "<svg><title>shahar</title></svg>"
    )

    assert cyrillic(html) == html


def test_translate_no_other_languages_and_notranslate_are_kept():
    html = cyrillic(
        '<p>shahar <span translate="no">shahar <b>choy</b></span> choy</p>'
        '<blockquote lang="en">Chelsea shop</blockquote>'
        '<p class="notranslate">shahar</p>'
        '<div lang="ru">Москва <span lang="uz">shahar</span> shop</div>'
        '<span translate="no" title="shahar">x</span>'
    )

    assert '<p>шаҳар <span translate="no">shahar <b>choy</b></span> чой</p>' in html
    assert '<blockquote lang="en">Chelsea shop</blockquote>' in html
    assert '<p class="notranslate">shahar</p>' in html
    # Uzbek inside a Russian block is Uzbek again, and says which script it is in.
    assert '<div lang="ru">Москва <span lang="uz-Cyrl">шаҳар</span> shop</div>' in html
    assert '<span translate="no" title="shahar">x</span>' in html


def test_nested_elements_of_the_same_name_keep_the_region_open():
    html = cyrillic('<div translate="no"><div>shahar</div>choy</div><div>choy</div>')

    assert html == '<div translate="no"><div>shahar</div>choy</div><div>чой</div>'


def test_urls_emails_and_protected_terms_inside_text_are_kept():
    html = cyrillic(
        "<p>Yozing: info@sammu.uz, https://sammu.uz/shahar sahifasi, Sechenov University</p>",
        terms=["Sechenov University"],
    )

    assert "<p>Ёзинг: info@sammu.uz, https://sammu.uz/shahar саҳифаси, Sechenov University</p>" in (
        html
    )


def test_entities_and_apostrophes_escaped_by_django_are_read_as_letters():
    # Django escapes an ASCII apostrophe as &#x27;: o' must still be one letter (ў).
    html = cyrillic("<p>O&#x27;zbekiston &amp; G&#x27;ijduvon &lt;3</p><p>&nbsp;</p>")

    assert html == "<p>Ўзбекистон &amp; Ғиждувон &lt;3</p><p>&nbsp;</p>"


def test_new_latin_source_text_comes_out_in_cyrillic():
    assert cyrillic("<p>Özbekiston şaharlari çiroyli, ğalaba</p>") == (
        "<p>Ўзбекистон шаҳарлари чиройли, ғалаба</p>"
    )


def test_the_new_latin_variant_converts_the_1995_alphabet():
    html = rewrite_html('<p lang="uz">Oʻzbekiston shaharlari choy</p>', rewriting(NEW_LATIN))

    assert html == '<p lang="uz-Latn-2026">Özbekiston şaharlari çoy</p>'


def test_the_document_is_kept_byte_for_byte_where_nothing_changes():
    html = (
        '<!doctype html>\n<html lang="ru"><head><meta charset="utf-8"><!-- shahar -->'
        "<title>Москва</title></head><body class='a'><br/><p>1 200</p></body></html>"
    )

    assert cyrillic(html) == html


# Links -------------------------------------------------------------------------------------------


def test_own_uzbek_links_move_to_the_script_and_say_so():
    html = cyrillic(
        '<html lang="uz"><a href="/uz/news/?page=2">a</a><a href="/uz">b</a>'
        '<form action="/uz/search/"></form><a href="https://example.uz/uz/news/">c</a>'
        '<a href="/uz/" hreflang="uz" lang="uz">Oʻzbekcha</a>'
        '<a href="/ru/" hreflang="ru" lang="ru">Русский</a>'
        '<meta property="og:url" content="https://example.uz/uz/x/">'
    )

    assert '<html lang="uz-Cyrl">' in html
    assert '<a href="/uz-cyrl/news/?page=2">а</a><a href="/uz-cyrl">б</a>' in html
    assert '<form action="/uz-cyrl/search/"></form>' in html
    assert '<a href="https://example.uz/uz-cyrl/news/">' in html
    assert '<a href="/uz-cyrl/" hreflang="uz-Cyrl" lang="uz-Cyrl">Ўзбекча</a>' in html
    assert '<a href="/ru/" hreflang="ru" lang="ru">Русский</a>' in html
    assert '<meta property="og:url" content="https://example.uz/uz-cyrl/x/">' in html


def test_other_links_alternates_and_the_script_switch_are_kept():
    html = (
        '<a href="https://other.org/uz/news/">x</a><a href="/uzbek/">y</a>'
        '<a href="/static/uz/a.css">z</a><a href="mailto:a@b.uz">m</a>'
        '<link rel="alternate" hreflang="uz" href="https://example.uz/uz/">'
        '<nav data-script-switch><a href="/uz/" hreflang="uz">O</a></nav>'
    )

    assert cyrillic(html) == html.replace(">x<", ">х<").replace(">y<", ">й<").replace(
        ">z<", ">з<"
    ).replace(">m<", ">м<").replace(">O<", ">О<")


# JSON-LD, feeds, calendars -----------------------------------------------------------------------


def test_json_ld_texts_links_and_language_are_converted_and_the_rest_kept():
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": "Toshkent shahri",
        "startDate": "2023-06-05T10:00:00+05:00",
        "url": "https://example.uz/uz/events/x/",
        "inLanguage": "uz",
        "eventStatus": "https://schema.org/EventScheduled",
        "location": {"@type": "Place", "address": {"addressLocality": "Moskva"}},
        "organizer": {"name": "Kafedra №1 <3>", "email": "info@sammu.uz"},
    }
    html = cyrillic(f'<script type="application/ld+json">{json.dumps(data)}</script>')

    converted = json.loads(html.removeprefix('<script type="application/ld+json">')[:-9])
    assert converted["name"] == "Тошкент шаҳри"
    assert converted["startDate"] == "2023-06-05T10:00:00+05:00"
    assert converted["url"] == "https://example.uz/uz-cyrl/events/x/"
    assert converted["inLanguage"] == "uz-Cyrl"
    assert converted["eventStatus"] == data["eventStatus"]
    assert converted["location"]["address"]["addressLocality"] == "Москва"
    assert converted["organizer"] == {"name": "Кафедра №1 <3>", "email": "info@sammu.uz"}
    assert "<3" not in html  # still escaped inside the script element


def test_feed_titles_descriptions_links_and_language_are_converted():
    feed = (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" '
        'xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Yangiliklar</title>'
        "<link>https://example.uz/uz/news/</link><description>Shahar &amp; choy</description>"
        '<atom:link href="https://example.uz/uz/news/feed/" rel="self"></atom:link>'
        "<language>uz</language><lastBuildDate>Mon, 05 Jun 2023 00:00:00 +0500</lastBuildDate>"
        "<item><title>Choy</title><link>https://example.uz/uz/news/a/</link>"
        "<description>&lt;p&gt;Shahar&lt;/p&gt;</description>"
        "<pubDate>Mon, 05 Jun 2023 00:00:00 +0500</pubDate>"
        "<guid>https://example.uz/uz/news/a/</guid></item></channel></rss>"
    )

    converted = rewrite_feed(feed, rewriting())

    assert "<title>Янгиликлар</title>" in converted
    assert "<description>Шаҳар &amp; чой</description>" in converted
    assert "<link>https://example.uz/uz-cyrl/news/</link>" in converted
    assert 'href="https://example.uz/uz-cyrl/news/feed/"' in converted
    assert "<language>uz-Cyrl</language>" in converted
    assert "<description>&lt;p&gt;Шаҳар&lt;/p&gt;</description>" in converted
    assert "<guid>https://example.uz/uz-cyrl/news/a/</guid>" in converted
    # Dates are for machines, in English.
    assert converted.count("Mon, 05 Jun 2023 00:00:00 +0500") == 2


def test_calendar_texts_and_link_are_converted_and_dates_kept():
    source = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Kafedra//EN\r\nX-WR-CALNAME:Tadbirlar\r\n"
        b"BEGIN:VEVENT\r\nUID:x@obgyn\r\nDTSTART;VALUE=DATE:20230605\r\nSUMMARY:Shahar\\, choy\r\n"
        b"DESCRIPTION:Toshkent shahri\r\nLOCATION:Moskva\\, Rossiya\r\nCATEGORIES:Hisobot\r\n"
        b"URL:https://example.uz/uz/events/x/\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )

    calendar = Calendar.from_ical(rewrite_calendar(source, rewriting()))
    event = calendar.walk("VEVENT")[0]

    assert str(calendar["X-WR-CALNAME"]) == "Тадбирлар"
    assert str(calendar["PRODID"]) == "-//Kafedra//EN"
    assert str(event["SUMMARY"]) == "Шаҳар, чой"
    assert str(event["DESCRIPTION"]) == "Тошкент шаҳри"
    assert str(event["LOCATION"]) == "Москва, Россия"
    assert event["CATEGORIES"].cats == ["Ҳисобот"]
    assert str(event["URL"]) == "https://example.uz/uz-cyrl/events/x/"
    assert str(event["UID"]) == "x@obgyn"
    assert event.decoded("DTSTART").isoformat() == "2023-06-05"
