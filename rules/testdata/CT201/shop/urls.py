from django.urls import path

from . import exports, views

urlpatterns = [path("x/", views.index), path("export/", exports.export_view)]
