from django.urls import path
from rest_framework.routers import DefaultRouter

from .views import InvoiceViewSet, OrderViewSet, PingView, ReportViewSet, health

router = DefaultRouter()
router.register(r"orders", OrderViewSet, basename="order")
router.register(r"invoices", InvoiceViewSet, basename="invoice")

urlpatterns = [
    path("ping/", PingView.as_view()),
    path("health/", health),
    path("reports/summary/", ReportViewSet.as_view({"get": "summary"})),
    path("reports/rebuild/", ReportViewSet.as_view(actions={"post": "rebuild"})),
] + router.urls
