"""Users with a role, for the roles, workflow, notification and PO tests."""

from django.contrib.auth import get_user_model
from django.test import Client

from wagtail.users.models import UserProfile

from translations.roles import grant_role


def english_admin(user):
    """The admin in English for `user`, so that assertions do not depend on the catalogues."""
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


def make_user(username, role=None, email=None):
    """An active user with an e-mail address, in the group of `role` (see translations.roles)."""
    user = get_user_model().objects.create_user(
        username=username, email=email or f"{username}@example.org", password="x"
    )
    english_admin(user)
    if role:
        grant_role(user, role)
    return user


def client_for(user):
    client = Client()
    client.force_login(user)
    return client
