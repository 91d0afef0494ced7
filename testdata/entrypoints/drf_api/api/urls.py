from django.urls import path
from rest_framework.routers import DefaultRouter

from .views import InvoiceViewSet, OrderViewSet, PingView, health

router = DefaultRouter()
router.register(r"orders", OrderViewSet, basename="order")
router.register(r"invoices", InvoiceViewSet, basename="invoice")

urlpatterns = [path("ping/", PingView.as_view()), path("health/", health)] + router.urls
