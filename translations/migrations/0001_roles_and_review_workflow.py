"""Editors, Moderators, Translators (uz/ru/en) and the Review workflow on the sections.

The logic lives in `translations.roles` so that `manage.py setup_roles` and the tests run the
same code; here it runs with the historical models. Pages created later (the Russian and English
trees, new section indexes) get their permissions and workflow when they are saved.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from translations.roles import remove_roles, setup_roles


def create_roles(apps, schema_editor):
    # On a fresh database Django creates model permissions only after the last migration.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    setup_roles(apps)


def delete_roles(apps, schema_editor):
    remove_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("home", "0003_content_pages_and_snippets"),
        ("news", "0001_initial"),
        ("events", "0001_initial"),
        ("partners", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_roles, delete_roles)]
