"""What the other apps put on the home page, without the home page knowing them.

An app registers a named section (news registers "latest_news", events "upcoming_events" and
"recent_reports") with a function that gives the home page of a language what to show; the home
page's context gets one entry per section. home sits below the content apps, so it never imports
them: they register here from their AppConfig.ready().
"""

_sections = {}


def register_home_section(name, items_for):
    """Show `items_for(home_page)` in the home page's context as `name`."""
    _sections[name] = items_for


def home_sections(home_page):
    return {name: items_for(home_page) for name, items_for in _sections.items()}
