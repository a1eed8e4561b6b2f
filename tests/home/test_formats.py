"""Dates and numbers in each reader's language: Uzbek month names in lowercase, day first."""

import datetime

from django.template import Context, Template
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.html import strip_tags

import pytest

D = datetime.date
RANGES = {
    "one day": (D(2023, 6, 5), D(2023, 6, 5)),
    "one month": (D(2023, 6, 5), D(2023, 6, 10)),
    "one year": (D(2023, 5, 29), D(2023, 6, 2)),
    "two years": (D(2023, 12, 28), D(2024, 1, 3)),
}
EXPECTED = {
    "uz": {
        "one day": "5-iyun 2023-yil",
        "one month": "5–10-iyun 2023-yil",
        "one year": "29-may – 2-iyun 2023-yil",
        "two years": "28-dekabr 2023-yil – 3-yanvar 2024-yil",
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
        '<time datetime="2023-06-05">5</time>–<time datetime="2023-06-10">10-iyun 2023-yil</time>'
    )


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
    assert render(r'{{ day|local_date:"j-E Y-\y\i\l \E" }}', "uz", day=D(2023, 6, 5)) == (
        "5-iyun 2023-yil E"
    )


def test_local_date_accepts_datetimes_in_the_local_time_zone():
    moment = datetime.datetime(2023, 6, 4, 20, 30, tzinfo=datetime.UTC)  # 01:30 on 5 June

    assert render("{{ moment|local_date }}", "uz", moment=moment) == "5-iyun 2023-yil"


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
    [("uz", "5–10-iyun 2023-yil"), ("ru", "5–10 июня 2023 г."), ("en", "5–10 June 2023")],
)
def test_event_cards_show_the_range_in_the_readers_language(client, sechenov, language, expected):
    html = client.get(f"/{language}/events/").content.decode()

    start = html.index('<time datetime="2023-06-05">')
    end = html.index("</time>", html.index('<time datetime="2023-06-10">')) + len("</time>")
    assert text(html[start:end]) == expected
