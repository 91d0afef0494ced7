from django.urls import path

from . import exports, services, views

urlpatterns = [path("x/", views.index), path("export/", exports.export_view),
               path("service/", services.service_view), path("forget/", services.forget_labels),
               path("contact/", services.contact), path("about/", services.about),
               path("search/", services.search)]
