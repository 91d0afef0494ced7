from django.urls import path

from . import views

# Imported by nothing the root configuration reaches.
urlpatterns = [path("yearly/", views.yearly)]
