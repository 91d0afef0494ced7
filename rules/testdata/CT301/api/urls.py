from django.urls import path

from . import backoffice

urlpatterns = [path("purge/", backoffice.purge_view)]

from . import probes

urlpatterns += [path("healthcheck/", probes.HealthCheckView.as_view()), path("records/", probes.HealthRecordView.as_view())]
