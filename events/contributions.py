"""What the events app shows elsewhere: on the home page, and on the profile of each partner a
report names. Registered from EventsConfig.ready() (home.sections, partners.mentions)."""

from django.db.models import Count, Sum

from events.models import EventParticipant, EventReportPage

HOME_EVENTS_COUNT = 3


def upcoming_events(home_page):
    return EventReportPage.objects.listing(home_page.locale_id).upcoming()[:HOME_EVENTS_COUNT]


def recent_reports(home_page):
    return EventReportPage.objects.listing(home_page.locale_id).past()[:HOME_EVENTS_COUNT]


def reports_naming(partner):
    return EventReportPage.objects.listing(partner.locale_id).naming_partner(partner).distinct()


def partner_timeline(partner, limit):
    events = reports_naming(partner).order_by("-start_date")[:limit]
    return [(event.start_date, "event", event) for event in events]


def partner_figures(partner):
    """Totals over this language's reports naming the partner (each event counted once)."""
    event_ids = reports_naming(partner).values("pk")
    totals = EventReportPage.objects.filter(pk__in=event_ids).aggregate(
        events=Count("pk"),
        contact_hours=Sum("contact_hours"),
        students=Sum("students"),
    )
    totals["participants"] = (
        EventParticipant.objects.filter(page_id__in=event_ids, person__in_department=True)
        .values("person__translation_key")
        .distinct()
        .count()
    )
    totals["contact_hours"] = totals["contact_hours"] or 0
    totals["students"] = totals["students"] or 0
    return totals


def register():
    from home.sections import register_home_section
    from partners.mentions import register_figures, register_timeline

    register_home_section("upcoming_events", upcoming_events)
    register_home_section("recent_reports", recent_reports)
    register_timeline(partner_timeline)
    register_figures(partner_figures)
