"""Response headers and login throttling helpers wired in site_config/settings/base.py."""

import ipaddress
import math
import warnings

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.rich_text import DraftailRichTextArea
from wagtail.forms import PasswordViewRestrictionForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm
from wagtail.models import Page, PageViewRestriction

from axes.helpers import get_cool_off
from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from PIL import Image as PILImage

# Features no page of ours uses; denying them keeps an injected frame or script from asking.
PERMISSIONS_POLICY = (
    "accelerometer=(), browsing-topics=(), camera=(), display-capture=(), geolocation=(), "
    "gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()"
)


class PermissionsPolicyMiddleware:
    """Adds the Permissions-Policy header to every response that does not set its own."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response


# Who may frame a preview: the admin that asked for it, on the same origin, and nobody else.
PREVIEW_FRAME_ANCESTORS = {"frame-ancestors": ["'self'"]}


def is_preview_request(request):
    """True for the dummy request Wagtail renders a preview with (set by
    PreviewableMixin.make_preview_request before serve_preview is called)."""
    return bool(getattr(request, "is_preview", False) or getattr(request, "is_dummy", False))


class SiteCSPMiddleware(CSPMiddleware):
    """django-csp's middleware with a second, looser policy for the Wagtail admin.

    The public site gets settings.CONTENT_SECURITY_POLICY (no inline script or style). The admin
    renders inline scripts and styles and evaluates templates in its accessibility checker, so
    paths under ADMIN_CSP_PREFIX get settings.ADMIN_CONTENT_SECURITY_POLICY instead.

    A preview (pages and snippets) is the public page rendered inside the admin: Wagtail runs a
    dummy request with the page's own path through this middleware chain
    (wagtail.models.preview.PreviewableMixin.make_preview_request, which marks it `is_preview`).
    It keeps the public policy, except that the admin's own origin may frame it: the editor's
    preview panel is an iframe of /admin/…/preview/. The outer admin response keeps this header
    (django-csp never overwrites one) and Wagtail's preview views set X-Frame-Options to
    SAMEORIGIN. Public pages still refuse every frame.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only or parts.config is not None:
            return parts
        if is_preview_request(request):
            return PolicyParts(
                config=parts.config,
                update=parts.update,
                replace={**(parts.replace or {}), **PREVIEW_FRAME_ANCESTORS},
                nonce=parts.nonce,
            )
        admin_policy = getattr(settings, "ADMIN_CONTENT_SECURITY_POLICY", None)
        if admin_policy and request.path_info.startswith(settings.ADMIN_CSP_PREFIX):
            return PolicyParts(
                config=default_config(admin_policy["DIRECTIVES"]),
                update=parts.update,
                replace=parts.replace,
                nonce=parts.nonce,
            )
        return parts


def client_ip_address(request):
    """The address django-axes counts failed logins against.

    REMOTE_ADDR, unless settings.TRUSTED_PROXY_COUNT reverse proxies stand in front of the app:
    each appends the address it got the request from to X-Forwarded-For, so the client is that
    many entries from the right. Entries further left are whatever the client sent, so ignored.
    """
    remote_addr = request.META.get("REMOTE_ADDR")
    count = settings.TRUSTED_PROXY_COUNT
    if count <= 0:
        return remote_addr
    hops = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    hops = [hop for hop in hops if hop]
    if len(hops) < count:
        return remote_addr
    try:
        return str(ipaddress.ip_address(hops[-count]))
    except ValueError:
        return remote_addr


def lockout_response(request, original_response=None, credentials=None):
    """The page shown instead of the admin login form while an account is locked (HTTP 429)."""
    cool_off = get_cool_off(request)
    minutes = math.ceil(cool_off.total_seconds() / 60) if cool_off else None
    return render(
        request,
        "axes/lockout.html",
        {"minutes": minutes, "failure_limit": settings.AXES_FAILURE_LIMIT},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )


class CheckedImageField(WagtailImageField):
    """Wagtail's image upload field, safe against decompression bombs and broken files.

    Wagtail counts pixels only after Willow has decoded the whole picture, so a small file that
    declares 9,000 × 9,000 pixels takes hundreds of megabytes first; here the declared size is
    read from the header before anything is decoded. A file that Pillow cannot decode (truncated,
    corrupt) is refused as not an image instead of ending in a server error.
    """

    def to_python(self, data):
        self.check_declared_pixels(data)
        try:
            return super().to_python(data)
        except ValidationError:
            raise
        except Exception as exc:  # noqa: BLE001 - image decoders raise many exception types.
            raise ValidationError(
                self.error_messages["invalid_image"], code="invalid_image"
            ) from exc

    def check_declared_pixels(self, data):
        if data is None or not hasattr(data, "seek") or self.max_image_pixels is None:
            return
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error", PILImage.DecompressionBombWarning)
                with PILImage.open(data) as image:
                    width, height = image.size
        except (PILImage.DecompressionBombWarning, PILImage.DecompressionBombError):
            width = height = None
        except Exception:  # noqa: BLE001 - not a format Pillow knows: Wagtail's checks decide.
            return
        finally:
            data.seek(0)
        if width is None or width * height > self.max_image_pixels:
            raise ValidationError(
                self.error_messages["file_too_many_pixels"]
                % {
                    "num_pixels": width * height if width is not None else _("unknown number"),
                    "max_pixels_count": self.max_image_pixels,
                },
                code="file_too_many_pixels",
            )


class ImageForm(BaseImageForm):
    """The admin's image upload and edit form (WAGTAILIMAGES_IMAGE_FORM_BASE), with the checked
    file field."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if field is not None and not isinstance(field, CheckedImageField):
            self.fields["file"] = CheckedImageField(
                label=field.label,
                required=field.required,
                widget=field.widget,
                max_length=field.max_length,
            )


class CheckedDraftailRichTextArea(DraftailRichTextArea):
    """The Draftail editor (WAGTAILADMIN_RICH_TEXT_EDITORS) for a request that posts something
    other than Draftail's JSON, such as raw HTML: the value counts as empty, so the field's own
    validation answers ("This field is required.") instead of a server error."""

    def value_from_datadict(self, data, files, name):
        try:
            return super().value_from_datadict(data, files, name)
        except Exception:  # noqa: BLE001 - any malformed JSON shape breaks the converter somewhere.
            return ""


# Page passwords (a view restriction of type "password") ------------------------------------------

PAGE_PASSWORD_VIEW = "wagtailcore_authenticate_with_password"
TOO_MANY_PAGE_PASSWORDS = _(
    "Too many wrong passwords were tried from your address. Please try again later."
)


def page_password_failures_key(request, restriction_id):
    return f"page-password-failures:{restriction_id}:{client_ip_address(request)}"


class PagePasswordThrottleMiddleware:
    """Throttles guessing of page passwords (Wagtail's authenticate_with_password view).

    After PAGE_PASSWORD_FAILURE_LIMIT wrong passwords for one restriction from one address
    (client_ip_address) within PAGE_PASSWORD_COOLOFF seconds, that address gets the password form
    again with a message and HTTP 429, and its passwords are not checked until the cool-off has
    passed; a right password clears the count. Counted in the cache: during a cache outage
    (core.cache_backends) nobody is throttled, and nobody is locked out by mistake either.
    Placed after CsrfViewMiddleware, whose check runs first.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if request.method != "POST" or match is None or match.url_name != PAGE_PASSWORD_VIEW:
            return None
        key = page_password_failures_key(request, view_kwargs["page_view_restriction_id"])
        if (cache.get(key) or 0) >= settings.PAGE_PASSWORD_FAILURE_LIMIT:
            return throttled_password_response(request, **view_kwargs)
        response = view_func(request, *view_args, **view_kwargs)
        if response.status_code == 200:
            # The form again: the password was wrong.
            cache.add(key, 0, timeout=settings.PAGE_PASSWORD_COOLOFF)
            try:
                cache.incr(key)
            except ValueError:
                cache.set(key, 1, timeout=settings.PAGE_PASSWORD_COOLOFF)
        elif 300 <= response.status_code < 400:
            cache.delete(key)
        return response


class ThrottledPasswordForm(PasswordViewRestrictionForm):
    """The password form that checks no password and says why."""

    def clean_password(self):
        return self.cleaned_data.get("password")

    def clean(self):
        raise ValidationError(TOO_MANY_PAGE_PASSWORDS)


def throttled_password_response(request, page_view_restriction_id, page_id):
    """The page's password form, with the reason and without checking the password (429)."""
    restriction = get_object_or_404(PageViewRestriction, id=page_view_restriction_id)
    page = get_object_or_404(Page, id=page_id).specific
    form = ThrottledPasswordForm(request.POST, instance=restriction)
    form.is_valid()
    action_url = reverse(PAGE_PASSWORD_VIEW, args=[restriction.id, page.id])
    response = page.serve_password_required_response(request, form, action_url)
    response.status_code = 429
    return response
