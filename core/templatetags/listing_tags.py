"""Template tags for the filters of a listing (includes/filter_group.html).

Django's `{% querystring %}` takes the parameter's name as a literal keyword; one template that
draws any filter group needs the name as a value instead.
"""

from django import template
from django.template.defaulttags import querystring

register = template.Library()


@register.simple_tag(takes_context=True)
def filter_url(context, name, value):
    """The current query string with `name` set to `value` (None removes it), on page 1."""
    return querystring(context, **{name: value, "page": None})


@register.filter
def as_choices(items, fields=""):
    """`items` as (value, label) pairs for a filter group.

    `fields` names the attributes to read ("slug,name"); without it each item is both its value
    and its label (a year).
    """
    if not fields:
        return [(item, item) for item in items]
    value_field, label_field = fields.split(",")
    return [(getattr(item, value_field), getattr(item, label_field)) for item in items]
