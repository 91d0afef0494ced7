from django_filters.rest_framework import DjangoFilterBackend
from rest_framework.pagination import PageNumberPagination


class LinkHeaderPagination(PageNumberPagination):
    # The view builds its paginator for each request.
    def get_paginated_response(self, data):  # entry: drf-pagination
        return data


class ProjectFilterBackend(DjangoFilterBackend):
    def filter_queryset(self, request, queryset, view):  # entry: drf-filter-backend
        return queryset

    def helper(self):
        return None
