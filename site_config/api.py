"""Read-only Wagtail API v2 at /api/v2/: live public pages (filter with ?locale=ru), images,
documents.

The API is public: it shows what an anonymous reader may see, whoever asks. Wagtail's own
viewsets would let a logged-in editor's session see pages behind a login or group restriction
and list documents of private collections; these ones never do.
"""

from django.db.models import Q

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import CollectionViewRestriction


class PublicPagesAPIViewSet(PagesAPIViewSet):
    def get_base_queryset(self):
        # Live pages of the site (Wagtail) without any view restriction on them or an ancestor,
        # whatever the session (ours).
        return super().get_base_queryset().public()


class PublicDocumentsAPIViewSet(DocumentsAPIViewSet):
    def get_queryset(self):
        private_paths = CollectionViewRestriction.objects.values_list("collection__path", flat=True)
        private = Q()
        for path in private_paths:
            private |= Q(collection__path__startswith=path)
        queryset = super().get_queryset()
        return queryset.exclude(private) if private else queryset


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
