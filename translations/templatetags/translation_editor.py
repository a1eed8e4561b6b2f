"""The translation editor's page for the current user (translations.editing.editor_context)."""

from django import template

from translations.editing import editor_context

register = template.Library()


@register.simple_tag(takes_context=True)
def translation_editor(context):
    """Used by the override of wagtail-localize's edit_translation.html, with its context."""
    return editor_context(
        context["request"],
        context["translation"],
        context["instance"],
        context.get("page_perms"),
        context["props"],
    )
