"""The department's name in templates, from core.identity (in the language being shown).

`{% department_name %}` and `{% department_short_name %}` work in any template, including those
rendered without a request (the 500 page).
"""

from django import template

from core.identity import DEPARTMENT_NAME, DEPARTMENT_SHORT_NAME

register = template.Library()


@register.simple_tag
def department_name():
    return DEPARTMENT_NAME


@register.simple_tag
def department_short_name():
    return DEPARTMENT_SHORT_NAME
