"""The minimum every site needs: the three locales and the home page in each of them."""

from django.conf import settings
from django.db import transaction
from django.utils import translation

from wagtail.models import Collection, Locale, Page, Site

from core.identity import DEPARTMENT_NAME
from demo.translate import translate
from home.models import HomePage


def home_texts():
    """Title and slug of the home page in each language: the department's name (core.identity),
    read when needed, once the interface translations are compiled."""
    titles = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            titles[code] = str(DEPARTMENT_NAME)
    return {"title": titles, "slug": {code: "home" for code, _name in settings.LANGUAGES}}


def content_locales():
    return {
        code: Locale.objects.get_or_create(language_code=code)[0] for code, _ in settings.LANGUAGES
    }


def ensure_root_collection():
    # Images and documents need it; a flushed database (transactional tests) has lost it.
    return Collection.get_first_root_node() or Collection.add_root(name="Root")


def source_home():
    """The Uzbek home page: the site's root page, created if a database has none yet."""
    locales = content_locales()
    home = HomePage.objects.filter(locale=locales[settings.LANGUAGE_CODE]).first()
    if home is None:
        # A flushed database (transactional tests) has lost even the tree's root.
        root = Page.get_first_root_node() or Page.add_root(
            instance=Page(title="Root", slug="root", locale=locales[settings.LANGUAGE_CODE])
        )
        home = root.add_child(instance=HomePage(title=home_texts()["title"]["uz"], slug="home"))
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.save()
    return home


def memory_for(texts, language):
    """Source-language text → `language` text, for every field of a {field: {lang: text}} dict."""
    return {
        value[settings.LANGUAGE_CODE]: value[language]
        for value in texts.values()
        if value[settings.LANGUAGE_CODE]
    }


@transaction.atomic
def ensure_home_pages(texts=None):
    """The Uzbek home and its wagtail-localize translations into every other language."""
    texts = texts or home_texts()
    locales = content_locales()
    ensure_root_collection()
    home = source_home()
    home.title = texts["title"][settings.LANGUAGE_CODE]
    if "intro" in texts:
        home.intro = texts["intro"][settings.LANGUAGE_CODE]
    home.save_revision().publish()
    for code, locale in locales.items():
        if code != settings.LANGUAGE_CODE:
            translate(home, locale, memory_for(texts, code))
    return home
