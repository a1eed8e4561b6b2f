"""The admin's login form, with labels every admin language can translate.

Wagtail's form takes the username label from the user model's verbose name, which Django's Uzbek
catalogue leaves in English, and gives the password field no label at all, so Django makes an
English one from the field name.
"""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm


class LoginForm(WagtailLoginForm):
    error_messages = {
        **WagtailLoginForm.error_messages,
        "invalid_login": _("Your username and password didn't match. Please try again."),
    }

    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        self.fields["username"].label = _("Username")
        self.fields["username"].widget.attrs["placeholder"] = _("Enter your username")
        self.fields["password"].label = _("Password")
