from django.utils.translation import gettext_lazy as _

from core import content_apps


class PartnersConfig(content_apps.ContentAppConfig):
    name = "partners"
    verbose_name = _("Partners")
