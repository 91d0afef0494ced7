from django.urls import include, path, re_path as rp
from django.views.decorators.cache import cache_page
from django.views.decorators.csrf import csrf_exempt
from . import exports, views
from .views import OrderView

more_patterns = []

urlpatterns = [
    path("checkout/", views.checkout, name="checkout"),
    rp(r"^orders/(?P<pk>\d+)/$", OrderView.as_view()),
    path("about/", views.AboutView.as_view()),
    path("legacy/", include([path("", view=views.legacy)])),
    path("api/", include("shop.api_urls")),
    path("exempt/", csrf_exempt(views.exempt)),
    # A decorator factory's decorator, applied in place.
    path("counts/", cache_page(60 * 10)(views.CountsView.as_view())),
    path("login/", views.CustomLogin.as_view()),
    path("export/", exports.export),
    # Lists put together by code: patterns, not a module chosen at run
    # time; the root still decides which configurations are reached.
    path("more/", include(more_patterns + [path("", views.checkout)])),
]

# The error views, by dotted path.
handler500 = "shop.views.server_error"
# ... or by the function itself.
handler404 = views.not_found
