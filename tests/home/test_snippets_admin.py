"""People and topics are managed in the admin and translated like pages."""

import pytest

from home.models import Person, Topic

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("snip-admin", "s@example.org", "pw")
    client.force_login(user)
    return client


@pytest.mark.parametrize(("model", "text"), [(Person, "Xudoyarova"), (Topic, "mobillik")])
def test_snippet_listing_shows_the_demo_entries(admin_client, model, text):
    response = admin_client.get(f"/admin/snippets/home/{model._meta.model_name}/")

    assert response.status_code == 200
    assert text in response.content.decode()


def test_person_edit_form_opens(admin_client, locales):
    person = Person.objects.filter(locale=locales["ru"]).first()

    response = admin_client.get(f"/admin/snippets/home/person/edit/{person.pk}/")

    assert response.status_code == 200


def test_topic_slug_stays_the_same_in_every_language(locales):
    for topic in Topic.objects.filter(locale=locales["uz"]):
        slugs = set(
            Topic.objects.filter(translation_key=topic.translation_key).values_list(
                "slug", flat=True
            )
        )
        assert slugs == {topic.slug}
