"""Translate a page or snippet through wagtail-localize from a memory of ready-made translations.

The result is what a translator would leave behind in wagtail-localize's editor: a translation
source, a translation record, one string translation per segment, and the published target.
"""

from django.db import transaction

from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)


class MissingDemoTranslation(LookupError):
    pass


@transaction.atomic
def translate(instance, locale, memory, publish=True):
    """Translate `instance` into `locale`, taking each segment's text from `memory`.

    `memory` maps a source string to its translation. Re-running updates in place.
    """
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    translation, _created = Translation.objects.update_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        text = segment.string.data
        if text not in memory:
            raise MissingDemoTranslation(
                f"No {locale.language_code} translation for {text!r} of {instance!r}"
            )
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": memory[text], "translation_type": "manual"},
        )
    translation.save_target(publish=publish)
    return translation.get_target_instance()
