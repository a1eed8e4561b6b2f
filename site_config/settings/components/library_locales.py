"""Where the project keeps its translations of Wagtail's and wagtail-localize's catalogues.

`locale/libraries/` mirrors each library's own layout (`wagtail/admin/uz/LC_MESSAGES/django.po`
beside `wagtail/admin/locale/en/…` upstream), so each file can be offered upstream as is
(docs/translating.md). core's `update_library_catalogues` command writes them.
"""

from pathlib import Path


def library_locale_paths(root, installed_apps):
    """The folders under `root` that hold a catalogue of an installed app, in app order.

    For LOCALE_PATHS after the project's own `locale/`: Django merges every LOCALE_PATHS entry
    over the apps' catalogues and the earlier entries over the later ones, so these translations
    replace the libraries' own and the project's strings still win. Ordered like
    INSTALLED_APPS, so that a msgid two libraries share resolves as it would between the apps.
    """
    paths = []
    for app in installed_apps:
        folder = Path(root).joinpath(*app.split("."))
        if any(folder.glob("*/LC_MESSAGES/*.po")):
            paths.append(folder)
    return paths
