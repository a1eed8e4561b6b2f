from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.choosers import PersonChooserViewSet, TopicChooserViewSet, page_chooser_in_locale
from home.models import Person, SiteDetails, Topic

hooks.register("construct_page_chooser_queryset", page_chooser_in_locale)


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = _("People")
    list_display = ["name", "position", "locale"]
    list_filter = ["in_department", "locale"]
    search_fields = ["name", "position"]
    chooser_viewset_class = PersonChooserViewSet


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    chooser_viewset_class = TopicChooserViewSet


class DirectoryViewSetGroup(SnippetViewSetGroup):
    items = (PersonViewSet, TopicViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Directory")
    menu_name = "directory"


register_snippet(DirectoryViewSetGroup)


class SiteDetailsViewSet(SnippetViewSet):
    model = SiteDetails
    icon = "site"
    menu_label = _("Contacts and footer")
    menu_name = "site-details"
    add_to_admin_menu = True
    list_display = ["__str__", "phone", "email", "locale"]


register_snippet(SiteDetailsViewSet)
