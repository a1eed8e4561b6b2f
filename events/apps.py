from django.utils.translation import gettext_lazy as _

from core import content_apps


class EventsConfig(content_apps.ContentAppConfig):
    name = "events"
    verbose_name = _("Events")

    def ready(self):
        from events import contributions

        contributions.register()
