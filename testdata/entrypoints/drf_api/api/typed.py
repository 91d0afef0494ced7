from typing import Any, Generic, TypeVar

from rest_framework import generics, viewsets

T = TypeVar("T")


# Bases written with type arguments, as django-stubs and
# djangorestframework-stubs let them be: the class inherits from the
# generic class whatever its arguments.
class StatusView(generics.GenericAPIView[Any]):
    def get(self, request):  # entry: drf-view
        return None


class DocumentViewSet(viewsets.ModelViewSet["Document"]):
    def list(self, request):  # entry: drf-viewset-action
        return None


class Repository(Generic[T]):
    def get(self, pk):
        return None
