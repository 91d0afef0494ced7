from django.urls import include, path

from . import v2_urls
from .views import dotted_only

urlpatterns = [
    path("v1/", "shop.views.dotted"),
    path("v2/", include(v2_urls)),
    path("v3/", include(("shop.v3_urls", "v3"), namespace="v3")),
    path("v4/", dotted_only),
]
