# Django views that only staff reach, said by the class: a permission
# class, a decorator given to its dispatch, a mixin named for it; and
# views that let others in.
import boto3
from django.contrib.admin.views.decorators import staff_member_required
from django.utils.decorators import method_decorator
from django.views import View
from rest_framework import permissions, viewsets
from rest_framework.decorators import action
from rest_framework.views import APIView


class StaffRequiredMixin:
    pass


class ExportView(APIView):
    permission_classes = [permissions.IsAdminUser]

    def get(self, request):
        boto3.client("s3").put_object(Key="export")  # want-strict: CT301 (staff's permission class)


class AuditExportView(ExportView):
    def post(self, request):
        boto3.client("s3").put_object(Key="audit")  # want-strict: CT301 (its base's permission class)


@method_decorator(staff_member_required, name="dispatch")
class PurgeView(View):
    def post(self, request):
        boto3.client("cloudfront").create_invalidation()  # want-strict: CT301 (staff's dispatch)


class ReindexView(StaffRequiredMixin, View):
    def post(self, request):
        boto3.client("opensearch").describe_domains()  # want-strict: CT301 (a staff mixin)


class CatalogView(APIView):
    permission_classes = [permissions.IsAdminUser | permissions.IsAuthenticatedOrReadOnly]

    def get(self, request):
        boto3.client("s3").list_objects()  # want: CT301 (readers too)


class ProfileView(APIView):
    permission_classes = [permissions.IsAuthenticated]

    def get(self, request):
        boto3.client("s3").get_object(Key="profile")  # want: CT301


class ReportViewSet(viewsets.ViewSet):
    permission_classes = [permissions.IsAdminUser]

    def list(self, request):
        boto3.client("s3").list_objects()  # want-strict: CT301 (staff's viewset)

    @action(detail=False, permission_classes=[permissions.AllowAny])
    def public_summary(self, request):
        boto3.client("s3").get_object(Key="summary")  # want: CT301 (an action with permissions of its own)


class TeamViewSet(viewsets.ViewSet):
    permission_classes = [permissions.IsAdminUser]

    def get_permissions(self):
        if self.action == "list":
            return [permissions.AllowAny()]
        return super().get_permissions()

    def list(self, request):
        boto3.client("s3").list_objects()  # want: CT301 (get_permissions lets everyone list)
