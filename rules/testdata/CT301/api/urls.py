from django.urls import path

from . import backoffice

urlpatterns = [path("purge/", backoffice.purge_view)]
