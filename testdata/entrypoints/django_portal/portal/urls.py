from django.urls import path

from portal import views
from portal.billing.urls import urlpatterns as billing_urls
from portal.reports.urls import urlpatterns as report_urls
from portal.ask.urls import urlpatterns as ask_urls
from portal.legacy.urls import urlpatterns as legacy_urls

# Each app's patterns, imported and put together here, as the root
# configuration's own list.
ur = []
ur += billing_urls
ur += report_urls
ur += ask_urls
ur += legacy_urls

urlpatterns = [path("", views.home)] + ur
