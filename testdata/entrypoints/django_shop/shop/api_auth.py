from rest_framework.authentication import BaseAuthentication, TokenAuthentication
from rest_framework.pagination import CursorPagination
from rest_framework.permissions import BasePermission
from rest_framework.throttling import SimpleRateThrottle


class ApiKeyAuthentication(BaseAuthentication):
    def authenticate(self, request):  # entry: drf-authentication
        return self.lookup(request.headers.get("X-Api-Key"))

    def lookup(self, key):
        return None


class IsPartner(BasePermission):
    def has_permission(self, request, view):  # entry: drf-permission
        return True

    def has_object_permission(self, request, view, obj):  # entry: drf-permission
        return True


class PartnerThrottle(SimpleRateThrottle):
    def get_cache_key(self, request, view):  # entry: drf-throttle
        return "partner"


class CursorPages(CursorPagination):
    def paginate_queryset(self, queryset, request, view=None):  # entry: drf-pagination
        return list(queryset)


class PartnerFilter:
    def filter_queryset(self, request, queryset, view):  # entry: drf-filter-backend
        return queryset


def api_errors(exc, context):  # entry: drf-exception-handler
    return None


class Unlisted:
    def authenticate(self, request):
        return None


class KeyTokens(TokenAuthentication):
    # The library's authenticate calls it with the request's token.
    def authenticate_credentials(self, key):  # entry: drf-authentication
        return None
