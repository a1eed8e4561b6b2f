"""What the other apps tell a partner's profile: the pages that name the partner, and figures.

A profile lists, newest first, every event report and news article of its language naming the
partner, and the cooperation in figures. partners sits below events and news, so it never
imports them: they register here from their AppConfig.ready().
"""

_timeline_sources = []
_figure_sources = []


def register_timeline(entries_for):
    """`entries_for(partner, limit)` gives [(date, kind, page)] of pages naming `partner`."""
    _timeline_sources.append(entries_for)


def register_figures(figures_for):
    """`figures_for(partner)` gives a dict of totals shown under "Our cooperation in figures"."""
    _figure_sources.append(figures_for)


def timeline(partner, limit):
    entries = [entry for source in _timeline_sources for entry in source(partner, limit)]
    entries.sort(key=lambda entry: (entry[0], entry[2].pk), reverse=True)
    return entries[:limit]


def figures(partner):
    totals = {}
    for source in _figure_sources:
        totals.update(source(partner))
    return totals
