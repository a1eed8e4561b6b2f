from django.db import models
from django.utils.translation import gettext_lazy as _


class Country(models.TextChoices):
    """Countries are facts shared by every language; names come from the interface catalogue."""

    UZBEKISTAN = "UZ", _("Uzbekistan")
    RUSSIA = "RU", _("Russia")
    KAZAKHSTAN = "KZ", _("Kazakhstan")
    TAJIKISTAN = "TJ", _("Tajikistan")
    KYRGYZSTAN = "KG", _("Kyrgyzstan")
    TURKMENISTAN = "TM", _("Turkmenistan")
    GERMANY = "DE", _("Germany")
    TURKIYE = "TR", _("Türkiye")
    JAPAN = "JP", _("Japan")
    KOREA = "KR", _("Republic of Korea")
    EUROPEAN_UNION = "EU", _("European Union")
    INTERNATIONAL = "INT", _("International")
