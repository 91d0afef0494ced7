from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet


class DraftPagesAPIViewSet(PagesAPIViewSet):
    def listing_view(self, request):  # entry: wagtail-api
        return super().listing_view(request)

    def detail_view(self, request, pk):  # entry: wagtail-api
        return super().detail_view(request, pk)

    def helper(self):
        return None


api_router = WagtailAPIRouter("api")
api_router.register_endpoint("pages", DraftPagesAPIViewSet)
