"""Dates and numbers in each reader's language: Uzbek dates year first ("2023‑yil 5‑iyun") with
no-break hyphens (U+2011) and month names in lowercase; Russian and English day first."""

import datetime
import re

from django.template import Context, Template
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.html import strip_tags

import pytest

from news.models import NewsArticlePage

D = datetime.date
NB = "\u2011"  # the no-break hyphen of Uzbek dates
RANGES = {
    "one day": (D(2023, 6, 5), D(2023, 6, 5)),
    "one month": (D(2023, 6, 5), D(2023, 6, 10)),
    "one year": (D(2023, 5, 29), D(2023, 6, 2)),
    "two years": (D(2023, 12, 28), D(2024, 1, 3)),
}
EXPECTED = {
    "uz": {
        "one day": f"2023{NB}yil 5{NB}iyun",
        "one month": f"2023{NB}yil 5–10{NB}iyun",
        "one year": f"2023{NB}yil 29{NB}may – 2{NB}iyun",
        "two years": f"2023{NB}yil 28{NB}dekabr – 2024{NB}yil 3{NB}yanvar",
    },
    "ru": {
        "one day": "5 июня 2023 г.",
        "one month": "5–10 июня 2023 г.",
        "one year": "29 мая – 2 июня 2023 г.",
        "two years": "28 декабря 2023 г. – 3 января 2024 г.",
    },
    "en": {
        "one day": "5 June 2023",
        "one month": "5–10 June 2023",
        "one year": "29 May – 2 June 2023",
        "two years": "28 December 2023 – 3 January 2024",
    },
}
UZBEK_MONTHS = [
    "yanvar",
    "fevral",
    "mart",
    "aprel",
    "may",
    "iyun",
    "iyul",
    "avgust",
    "sentabr",
    "oktabr",
    "noyabr",
    "dekabr",
]


def text(html):
    """What a reader sees: the text without tags, whitespace collapsed."""
    return " ".join(strip_tags(html).split())


def render(source, language, **context):
    with translation.override(language):
        return Template("{% load locale_tags %}" + source).render(Context(context))


def date_range(language, start, end):
    with translation.override(language):
        html = render_to_string("includes/date_range.html", {"start": start, "end": end})
    return text(html)


@pytest.mark.parametrize("language", ["uz", "ru", "en"])
@pytest.mark.parametrize("kind", list(RANGES))
def test_date_range_reads_naturally_in_each_language(language, kind):
    assert date_range(language, *RANGES[kind]) == EXPECTED[language][kind]


def test_date_range_keeps_machine_readable_dates():
    with translation.override("uz"):
        html = render_to_string(
            "includes/date_range.html", {"start": D(2023, 6, 5), "end": D(2023, 6, 10)}
        )

    assert html.strip() == (
        f'<time datetime="2023-06-05">2023{NB}yil 5</time>–'
        f'<time datetime="2023-06-10">10{NB}iyun</time>'
    )


def test_russian_and_english_ranges_keep_the_year_in_the_last_date():
    with translation.override("en"):
        html = render_to_string(
            "includes/date_range.html", {"start": D(2023, 6, 5), "end": D(2023, 6, 10)}
        )

    assert html.strip() == (
        '<time datetime="2023-06-05">5</time>–<time datetime="2023-06-10">10 June 2023</time>'
    )


@pytest.mark.parametrize("month", range(1, 13))
def test_uzbek_dates_have_no_place_to_break_inside_a_group(month):
    """Line breaking may happen between "2023‑yil" and "13‑oktabr", never inside either: no
    ASCII hyphen (a break opportunity), and the two groups joined by no-break hyphens."""
    written = date_range("uz", D(2023, month, 13), None)

    assert "-" not in written
    assert written == f"2023{NB}yil 13{NB}{UZBEK_MONTHS[month - 1]}"


def test_date_range_without_an_end_is_one_day():
    assert date_range("ru", D(2023, 6, 5), None) == "5 июня 2023 г."


def test_every_uzbek_month_is_lowercase():
    months = [render('{{ day|local_date:"E" }}', "uz", day=D(2023, m, 1)) for m in range(1, 13)]

    assert months == UZBEK_MONTHS


def test_other_languages_keep_their_capitals():
    assert render('{{ day|local_date:"F" }}', "ru", day=D(2023, 6, 5)) == "Июнь"
    assert render('{{ day|local_date:"F" }}', "en", day=D(2023, 6, 5)) == "June"


def test_escaped_letters_in_a_format_stay_literal():
    # "\y\i\l" must stay "yil", and an escaped E must not become a month.
    assert render(r'{{ day|local_date:"Y-\y\i\l j-E \E" }}', "uz", day=D(2023, 6, 5)) == (
        "2023-yil 5-iyun E"
    )


def test_local_date_accepts_datetimes_in_the_local_time_zone():
    moment = datetime.datetime(2023, 6, 4, 20, 30, tzinfo=datetime.UTC)  # 01:30 on 5 June

    assert render("{{ moment|local_date }}", "uz", moment=moment) == f"2023{NB}yil 5{NB}iyun"


@pytest.mark.parametrize("value", [None, "", "not a date"])
def test_local_date_of_nothing_is_empty(value):
    assert render("{{ value|local_date }}", "uz", value=value) == ""


@pytest.mark.parametrize(
    ("language", "expected"),
    [("uz", "1\xa0200 / 36 / 12\xa0345\xa0678"), ("ru", "1\xa0200 / 36 / 12\xa0345\xa0678")]
    + [("en", "1,200 / 36 / 12,345,678")],
)
def test_numbers_use_the_thousands_separator_of_the_language(language, expected):
    html = render(
        "{{ a|local_number }} / {{ b|local_number }} / {{ c|local_number }}",
        language,
        a=1200,
        b=36,
        c=12345678,
    )

    assert html == expected


def test_local_number_leaves_text_alone():
    assert render("{{ value|local_number }}", "en", value="200+") == "200+"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "expected"),
    [("uz", f"2023{NB}yil 5–10{NB}iyun"), ("ru", "5–10 июня 2023 г."), ("en", "5–10 June 2023")],
)
def test_event_cards_show_the_range_in_the_readers_language(client, sechenov, language, expected):
    html = client.get(f"/{language}/events/").content.decode()

    start = html.index('<time datetime="2023-06-05">')
    end = html.index("</time>", html.index('<time datetime="2023-06-10">')) + len("</time>")
    assert text(html[start:end]) == expected


UZBEK_DATE = re.compile(rf"^\d{{4}}{NB}yil \d{{1,2}}(–\d{{1,2}})?({NB}[a-z]+)?$")


def time_texts(html):
    return [text(inner) for inner in re.findall(r"<time[^>]*>(.*?)</time>", html, re.S)]


@pytest.mark.django_db
def test_every_uzbek_page_writes_its_dates_year_first_without_break_points(client, sechenov):
    """Cards, page headers, event facts, related events, partner timelines, search results."""
    article = NewsArticlePage.objects.filter(locale=sechenov["uz"].locale).first()
    urls = [
        "/uz/",
        "/uz/news/",
        article.url,
        "/uz/events/",
        sechenov["uz"].url,
        "/uz/partners/sechenov/",
        "/uz/search/?q=Sechenov",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        dates = time_texts(response.content.decode())
        assert dates, url
        # A whole date, or the first end of a range ("2023‑yil 5"), starts with the year.
        whole = [date for date in dates if "yil" in date]
        assert whole, url
        for date in whole:
            assert UZBEK_DATE.match(date), (url, date)
        assert not [date for date in dates if "-" in date], url
