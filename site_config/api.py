"""Read-only Wagtail API v2 at /api/v2/: live public pages (filter with ?locale=ru), images,
documents.

The API is public: it shows what an anonymous reader may see, whoever asks. Wagtail's own
viewsets would let a logged-in editor's session see pages behind a login or group restriction
and list documents of private collections; these ones never do.
"""

from django.db.models import Q, prefetch_related_objects

from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import CollectionViewRestriction

from core.api_fields import prefetch_localized_links
from core.privacy import public

# Far past any listing we have; a larger offset would overflow the database's integer (a 500).
MAX_OFFSET = 2**31 - 1


class BoundedPagination(WagtailPagination):
    """Wagtail's pagination, refusing (400) an offset too large for the database."""

    def paginate_queryset(self, queryset, request, view=None):
        try:
            offset = int(request.GET.get("offset", 0))
        except ValueError:
            offset = 0  # Wagtail answers 400 for a malformed offset itself.
        if offset > MAX_OFFSET:
            raise BadRequestError("offset is too large")
        return super().paginate_queryset(queryset, request, view)


SEARCH_OPERATORS = ("and", "or")


class CheckedQueryMixin:
    """A 400 for query parameters Wagtail would pass on to a 500: a NUL character anywhere (the
    databases refuse it in SQL strings and full-text queries), or a `search_operator` other than
    "and" or "or" (the search backend raises ValueError)."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        for name, values in request.GET.lists():
            if "\x00" in name or any("\x00" in value for value in values):
                raise BadRequestError("query parameters cannot contain NUL characters")
        operator = request.GET.get("search_operator")
        if operator and operator not in SEARCH_OPERATORS:
            raise BadRequestError("search_operator must be 'and' or 'or'")


class PublicPagesAPIViewSet(CheckedQueryMixin, PagesAPIViewSet):
    pagination_class = BoundedPagination

    def get_base_queryset(self):
        # Live pages of the site (Wagtail) that anonymous readers may see (core.privacy),
        # whatever the session.
        return public(super().get_base_queryset())

    def shown_fields(self):
        return set(self.get_serializer_class().Meta.fields)

    def paginate_queryset(self, queryset):
        # The language of each page (meta.locale) and its links (partners, events, people…) in
        # that language, in a few queries whatever their number (core.api_fields).
        pages = list(super().paginate_queryset(queryset))
        prefetch_related_objects(pages, "locale")
        return prefetch_localized_links(pages, self.shown_fields())

    def detail_view(self, request, pk):
        # get_object() keeps the page it found: the serialiser gets this same instance.
        prefetch_localized_links([self.get_object()], self.shown_fields())
        return super().detail_view(request, pk)


class BoundedImagesAPIViewSet(CheckedQueryMixin, ImagesAPIViewSet):
    pagination_class = BoundedPagination


class PublicDocumentsAPIViewSet(CheckedQueryMixin, DocumentsAPIViewSet):
    pagination_class = BoundedPagination

    def get_queryset(self):
        private_paths = CollectionViewRestriction.objects.values_list("collection__path", flat=True)
        private = Q()
        for path in private_paths:
            private |= Q(collection__path__startswith=path)
        queryset = super().get_queryset()
        return queryset.exclude(private) if private else queryset


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", BoundedImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
