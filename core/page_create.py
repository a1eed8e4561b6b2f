"""Wagtail 8's add-page form, safe against its own autosave.

On the add form Wagtail 8 autosaves in the background: the first autosave (a JSON POST to the
add URL) creates the page as a draft, and only when its answer arrives does the browser point
the form at the new page's edit URL (wagtail/admin/views/pages/create.py, `save_action`, and the
`w-autosave` controller). A "Save draft" or "Publish" sent before that answer posts the same form
to the add URL again: Wagtail then creates a second page with the same slug, which ends in a form
error ("slug already in use", with a stray draft beside it) or, when the autosave commits between
the form's check and the save, in a 500 (`ValidationError` from `Page.full_clean`).

Here every add form carries a token. The page a form created is remembered under its token, and
a later POST of the same form continues on that page through Wagtail's edit view instead of
creating another: "Publish" publishes the autosaved draft with the form's data, "Save draft"
saves a new revision and opens the editor, an autosave saves a revision and moves the browser to
the edit URL as the first one would have. An autosave that arrives after the editor's own
"Save draft" or "Publish" created the page stores nothing (its data is older) and is answered
like any stale autosave (`invalid_revision`). POSTs of the add form for one parent are
serialised (a lock on the parent's row, a write transaction on SQLite), so the check and the
creation cannot interleave.

An add form abandoned after an autosave leaves its draft, as Wagtail intends: autosave exists so
that a half-written report survives a closed tab. The draft is never public (not live: no page,
listing, sitemap, search or API shows it); the editor finds it under "Your most recent edits" on
the dashboard and as a draft in the explorer, and continues or deletes it there.
"""

import json
import uuid

from django.core.cache import cache
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from wagtail.admin.auth import require_admin_access
from wagtail.admin.utils import set_query_params
from wagtail.admin.views.pages.create import CreateView
from wagtail.admin.views.pages.edit import EditView
from wagtail.models import Page

TOKEN_FIELD = "add_form_token"
# How long a form's page is remembered: longer than anyone keeps an add form open.
TOKEN_TIMEOUT = 24 * 60 * 60
BY_AUTOSAVE = "autosave"
BY_FORM = "form"


def token_key(token):
    return f"add-form:{token}"


def posted_token(request):
    """The add form's token, if the POST carries a well-formed one."""
    try:
        return uuid.UUID(request.POST.get(TOKEN_FIELD, "")).hex
    except ValueError:
        return None


class AddPageView(CreateView):
    """Wagtail's CreateView whose repeated POSTs of one form continue on the page it created."""

    template_name = "core/admin/add_page.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context[TOKEN_FIELD] = posted_token(self.request) or uuid.uuid4().hex
        return context

    def post(self, request):
        token = posted_token(request)
        with transaction.atomic():
            # Two POSTs of the add form for one parent wait for each other here.
            list(Page.objects.select_for_update().filter(pk=self.parent_page.pk).values("pk"))
            created = self.page_created_by_this_form(token)
            if created is not None:
                page, created_by = created
                return self.continue_on(page, created_by)
            response = super().post(request)
            if token and self.page.pk:
                created_by = BY_AUTOSAVE if self.expects_json_response else BY_FORM
                # Written before the commit that frees the lock, so the next POST sees it; should
                # this transaction roll back, the page it names does not exist and is ignored.
                remembered = {"page": self.page.pk, "user": request.user.pk, "by": created_by}
                cache.set(token_key(token), remembered, TOKEN_TIMEOUT)
            return response

    def page_created_by_this_form(self, token):
        remembered = cache.get(token_key(token)) if token else None
        if not remembered or remembered.get("user") != self.request.user.pk:
            return None
        page = self.parent_page.get_children().filter(pk=remembered["page"]).first()
        if page is None:
            return None
        return page.specific, remembered["by"]

    def continue_on(self, page, created_by):
        if self.expects_json_response and created_by == BY_FORM:
            return self.json_error_response(
                "invalid_revision",
                _("This page has already been saved. Reload it to continue editing."),
            )
        response = EditView.as_view()(self.request, page_id=page.pk)
        if self.expects_json_response and self.response_is_json(response):
            return self.moved_to_edit_url(response, page)
        return response

    def moved_to_edit_url(self, response, page):
        """The edit view's JSON answer, plus where the browser's form is to post from now on, as
        CreateView.save_action tells the w-autosave controller after the first autosave."""
        data = json.loads(response.content)
        if data.get("success"):
            data.pop("html", None)
            data["url"] = reverse(self.edit_url_name, args=(page.pk,))
            data["hydrate_url"] = set_query_params(data["url"], {"_w_hydrate_create_view": "1"})
            response.content = json.dumps(data)
        return response


# Wrapped as Wagtail wraps its own admin URLs (wagtail/admin/urls/__init__.py).
add_page = never_cache(require_admin_access(AddPageView.as_view()))
