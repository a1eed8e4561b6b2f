"""The event kind for an official delegation visit: chosen in the editor, filtered by readers.

Before it existed, an editor writing up a delegation's visit had to choose "Other".
"""

import datetime

import pytest

from events.choices import EventKind
from events.models import EventIndexPage, EventReportPage
from tests.factories import EventReportPageFactory
from tests.helpers import by_language, visible_text

pytestmark = pytest.mark.django_db

LABELS = {"uz": "Rasmiy delegatsiya tashrifi", "ru": "Визит делегации", "en": "Delegation visit"}


@pytest.fixture
def events(locales):
    return by_language(EventIndexPage)


def test_delegation_visit_is_a_kind_of_event_next_to_academic_mobility():
    kinds = list(EventKind.values)
    assert kinds[kinds.index("academic_mobility") + 1] == "delegation_visit"
    field = EventReportPage._meta.get_field("kind")
    assert "delegation_visit" in dict(field.choices)


@pytest.mark.parametrize("language", ["uz", "ru", "en"])
def test_readers_filter_the_events_by_delegation_visit_in_their_language(client, events, language):
    visit = EventReportPageFactory(
        parent=events[language],
        title="KOICA delegation",
        kind=EventKind.DELEGATION_VISIT,
        start_date=datetime.date(2025, 4, 2),
    )

    index = client.get(events[language].url)
    filtered = client.get(events[language].url, {"kind": "delegation_visit"})
    report = client.get(visit.url)

    assert (EventKind.DELEGATION_VISIT.value, LABELS[language]) in [
        (value, str(label)) for value, label in index.context["kinds"]
    ]
    assert LABELS[language] in visible_text(index.content.decode())
    assert [event.slug for event in filtered.context["reports"].object_list] == [visit.slug]
    assert filtered.context["filters"]["kind"] == EventKind.DELEGATION_VISIT
    assert LABELS[language] in visible_text(report.content.decode())


def test_the_kind_filter_shows_delegation_visits_only_where_there_are_some(client, events):
    index = client.get(events["uz"].url)

    assert "delegation_visit" not in [value for value, _label in index.context["kinds"]]
