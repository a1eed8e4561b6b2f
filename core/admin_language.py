"""New editors start with the admin in Uzbek.

A user who has chosen no admin language gets the browser's (if Uzbek, Russian or English); most
editors never open their account settings, and many browsers here ask for English or Russian.
So a new user's profile gets ADMIN_DEFAULT_LANGUAGE (Uzbek unless configured; empty keeps
Wagtail's rule) when the account is created; each user can change it in their account settings.
"""

from django.conf import settings


def give_new_users_the_default_admin_language(sender, instance, created, raw=False, **kwargs):
    language = getattr(settings, "ADMIN_DEFAULT_LANGUAGE", "")
    if not created or raw or not language:
        return
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(instance)
    if not profile.preferred_language:
        profile.preferred_language = language
        profile.save(update_fields=["preferred_language"])
