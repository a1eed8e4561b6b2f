"""The department's name, written once.

The page frame, the feeds, the calendar and the link previews all name the department. They take
the name from here, so renaming the department (or correcting a translation) is one change. The
names are lazy translations: each use reads them in the language being shown.

Messages that mention the department embed the name through a `%(department)s` placeholder
instead of spelling it out again. Russian and Uzbek decline a name inside a sentence ("Новости
кафедры …"), so such messages are phrased to let every language keep the name in the nominative:
"%(department)s: news, visits, seminars…".
"""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import override

DEPARTMENT_NAME = _("Department of Obstetrics and Gynecology No. 1")
# After a page title in the browser's tab, where "Department of" would push the title out.
DEPARTMENT_SHORT_NAME = _("Obstetrics and Gynecology No. 1")


def naming_department(message):
    """`message` (already translated) with the department's name for its `%(department)s`."""
    return message % {"department": DEPARTMENT_NAME}


def english_department_name():
    """The name in English in any language: for identifiers, such as a calendar's PRODID."""
    with override("en"):
        return str(DEPARTMENT_NAME)
