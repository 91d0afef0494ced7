from django.urls import path

from . import views

# No urlconf reached from ROOT_URLCONF includes this one.
urlpatterns = [path("", views.orphan)]
