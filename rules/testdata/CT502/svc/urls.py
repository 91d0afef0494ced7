from django.urls import path

from . import exports, reports, views

urlpatterns = [
    path("rates", views.rates),
    path("sync-rates", views.sync_rates),
    path("report", reports.report),
    path("export", exports.export),
]
