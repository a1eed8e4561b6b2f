"""iCalendar (RFC 5545) downloads of the active language's events.

/<lang>/events/calendar.ics: every live public event of the language, for subscribing.
/<lang>/events/ics/<page id>.ics: one event, behind the "Add to calendar" link of its page.

Events last whole days, so DTSTART and DTEND are DATE values and DTEND is the day after the
last day (RFC 5545 §3.6.1: the end of an all-day event is exclusive). The UID is the same in
every download of the event in one language, so calendars update the event instead of adding
a copy. The number of queries does not grow with the number of events.
"""

import datetime

from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext

from wagtail.models import Locale

from icalendar import Calendar, Event

from core.identity import english_department_name, naming_department
from events.models import EventFormat, EventReportPage

UID_DOMAIN = "obgyn"
# Page ids are 32-bit: a longer number in the URL would overflow the database driver (a 500).
MAX_PAGE_ID = 2**31 - 1


def prodid():
    """Who made the calendar (RFC 5545 §3.7.3): the same, in English, in every language."""
    return f"-//{english_department_name()}//Events//EN"


def event_uid(page, language_code):
    return f"{page.translation_key}-{language_code}@{UID_DOMAIN}"


def event_location(page):
    """The city and the country's name in the active language, after "Online" if it was."""
    parts = []
    if page.event_format == EventFormat.ONLINE:
        parts.append(gettext("Online"))
    parts += [part for part in (page.city, page.get_country_display()) if part]
    return ", ".join(str(part) for part in parts)


def vevent(request, page, language_code, stamp):
    event = Event()
    event.add("uid", event_uid(page, language_code))
    event.add("dtstamp", stamp)
    event.add("dtstart", page.start_date)
    event.add("dtend", page.end_date + datetime.timedelta(days=1))
    event.add("summary", page.title)
    if page.summary:
        event.add("description", page.summary)
    location = event_location(page)
    if location:
        event.add("location", location)
    event.add("url", request.build_absolute_uri(page.get_url(request)))
    event.add("categories", [str(page.get_kind_display())])
    if page.last_published_at:
        event.add("last-modified", page.last_published_at)
    # An all-day event does not make the reader busy all day.
    event.add("transp", "TRANSPARENT")
    return event


def calendar_response(request, pages, language_code, *, filename, as_attachment):
    name = naming_department(gettext("%(department)s: events"))
    calendar = Calendar()
    calendar.add("prodid", prodid())
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("name", name)
    calendar.add("x-wr-calname", name)
    stamp = timezone.now()
    for page in pages:
        calendar.add_component(vevent(request, page, language_code, stamp))
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(as_attachment, filename)
    return response


def live_events(locale):
    """Live public events of `locale`, without their (long) StreamFields."""
    return EventReportPage.objects.live().public().filter(locale=locale).defer_streamfields()


# A subscribed calendar needs what is coming and the recent past, not the whole archive: the
# newest events by start date (upcoming ones first of all), however large the archive grows.
CALENDAR_EVENTS = 200


def events_calendar(request):
    locale = Locale.get_active()
    newest = live_events(locale).order_by("-start_date", "-pk")[:CALENDAR_EVENTS]
    pages = sorted(newest, key=lambda page: (page.start_date, page.pk))
    return calendar_response(
        request, pages, locale.language_code, filename="events.ics", as_attachment=False
    )


def event_calendar(request, page_id):
    if page_id > MAX_PAGE_ID:
        raise Http404
    locale = Locale.get_active()
    page = live_events(locale).filter(pk=page_id).first()
    if page is None:
        raise Http404
    return calendar_response(
        request, [page], locale.language_code, filename=f"{page.slug}.ics", as_attachment=True
    )
