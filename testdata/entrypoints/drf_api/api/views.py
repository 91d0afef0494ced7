from rest_framework import viewsets
from rest_framework.decorators import action, api_view, detail_route, list_route
from rest_framework.views import APIView


class OrderViewSet(viewsets.ModelViewSet):
    def list(self, request):  # entry: drf-viewset-action
        return []

    def get_queryset(self):  # entry: drf-viewset-action
        return []

    @action(detail=True, methods=["post"])
    def refund(self, request, pk=None):  # entry: drf-viewset-action
        return None

    # DRF before 3.10: @action's older forms.
    @list_route()
    def recent(self, request):  # entry: drf-viewset-action
        return []

    @detail_route(methods=["post"])
    def cancel(self, request, pk=None):  # entry: drf-viewset-action
        return None

    def _helper(self):
        return None


class PingView(APIView):
    def get(self, request):  # entry: drf-view
        return None

    # What initial() and dispatch() call on the view for each request.
    def check_permissions(self, request):  # entry: drf-view
        return None

    def check_object_permissions(self, request, obj):  # entry: drf-view
        return None

    def handle_exception(self, exc):  # entry: drf-view
        return None


@api_view(["GET"])
def health(request):  # entry: drf-view, django-view
    return None


class ExportMixin:
    @action(detail=False)
    def export(self, request):  # entry: drf-viewset-action
        return None

    def _rows(self):
        return []


class InvoiceViewSet(ExportMixin, viewsets.GenericViewSet):
    def retrieve(self, request, pk=None):  # entry: drf-viewset-action
        return None

    @action(detail=False, url_path="expanded")
    def list_expanded(self, request):  # entry: drf-viewset-action
        return None

    # The same URL's other methods, mapped onto the extra action.
    @list_expanded.mapping.post
    def create_expanded(self, request):  # entry: drf-viewset-action
        return None

    @list_expanded.mapping.delete
    def delete_expanded(self, request):  # entry: drf-viewset-action
        return None


from rest_framework.generics import CreateAPIView


class EnrollmentView(CreateAPIView):
    # post calls create: an override runs per request.
    def create(self, request, *args, **kwargs):  # entry: drf-view
        return None


class ReportViewSet(viewsets.ViewSet):
    # Routed by hand: as_view's map names the methods a request runs.
    def summary(self, request):  # entry: django-view
        return {}

    def rebuild(self, request):  # entry: django-view
        return {}

    def unmapped(self, request):
        return {}
