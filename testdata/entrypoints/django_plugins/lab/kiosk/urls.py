from django.urls import path

from lab.kiosk import views

urlpatterns = [path("kiosk/", views.welcome)]
