from django.utils.translation import gettext_lazy as _

from core import content_apps


class NewsConfig(content_apps.ContentAppConfig):
    name = "news"
    verbose_name = _("News")

    def ready(self):
        from news import contributions

        contributions.register()
