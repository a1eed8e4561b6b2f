import uuid

from django.db import migrations

HOME_TITLE = "Akusherlik va ginekologiya №1 kafedrasi"
# Uzbek is the default (LANGUAGE_CODE) and the source language of every translation.
CONTENT_LANGUAGES = ["uz", "ru", "en"]


def create_homepage_and_locales(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Locale = apps.get_model("wagtailcore.Locale")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("home.HomePage")

    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in CONTENT_LANGUAGES}

    # Replace the placeholder page that wagtailcore.0002_initial_data creates.
    page_content_type = ContentType.objects.get(model="page", app_label="wagtailcore")
    Page.objects.filter(content_type=page_content_type, slug="home", depth=2).delete()
    if HomePage.objects.exists():
        return

    homepage_content_type, _ = ContentType.objects.get_or_create(
        model="homepage", app_label="home"
    )
    root = Page.objects.get(depth=1)
    homepage = HomePage.objects.create(
        title=HOME_TITLE,
        draft_title=HOME_TITLE,
        slug="home",
        content_type=homepage_content_type,
        path=f"{root.path}0001",
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=locales["uz"],
        translation_key=uuid.uuid4(),
        live=True,
    )
    root.numchild = 1
    root.save(update_fields=["numchild"])
    Site.objects.all().delete()
    Site.objects.create(
        hostname="localhost", port=80, root_page=homepage, is_default_site=True,
        site_name=HOME_TITLE,
    )


def remove_homepage(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    HomePage = apps.get_model("home.HomePage")
    HomePage.objects.filter(depth=2).delete()
    ContentType.objects.filter(model="homepage", app_label="home").delete()


class Migration(migrations.Migration):
    dependencies = [("home", "0001_initial")]

    operations = [migrations.RunPython(create_homepage_and_locales, remove_homepage)]
