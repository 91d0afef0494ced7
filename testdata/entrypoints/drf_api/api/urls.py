from django.urls import path
from rest_framework.routers import DefaultRouter

from .views import OrderViewSet, PingView, health

router = DefaultRouter()
router.register(r"orders", OrderViewSet, basename="order")

urlpatterns = [path("ping/", PingView.as_view()), path("health/", health)] + router.urls
