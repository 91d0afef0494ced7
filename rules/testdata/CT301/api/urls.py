from django.urls import path

from . import backoffice

urlpatterns = [path("purge/", backoffice.purge_view)]

from . import probes

urlpatterns += [path("healthcheck/", probes.HealthCheckView.as_view()), path("records/", probes.HealthRecordView.as_view())]

from . import staff_views

urlpatterns += [
    path("export/", staff_views.ExportView.as_view()),
    path("audit/", staff_views.AuditExportView.as_view()),
    path("purge-all/", staff_views.PurgeView.as_view()),
    path("reindex/", staff_views.ReindexView.as_view()),
    path("catalog/", staff_views.CatalogView.as_view()),
    path("profile/", staff_views.ProfileView.as_view()),
]

from rest_framework.routers import DefaultRouter

router = DefaultRouter()
router.register("reports", staff_views.ReportViewSet, basename="report")
router.register("teams", staff_views.TeamViewSet, basename="team")
urlpatterns += router.urls
