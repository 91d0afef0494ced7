# Django 2.0 to 3.2 kept re_path importable from django.conf.urls, next
# to the old url().
from django.conf.urls import re_path

from . import views

urlpatterns = [re_path(r"^old/$", views.old_home)]
