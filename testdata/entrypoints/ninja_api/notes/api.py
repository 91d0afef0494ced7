from ninja import NinjaAPI, Router
from ninja.pagination import PageNumberPagination, paginate
from ninja.security import APIKeyHeader
from ninja.throttling import AnonRateThrottle


class HeaderKey(APIKeyHeader):
    # One object, built below, checks the key of every request (shared).
    param_name = "X-API-Key"

    def authenticate(self, request, key):  # shared: ninja-auth
        return key == "secret"


class Burst(AnonRateThrottle):
    def allow_request(self, request):  # shared: ninja-throttle
        return True


class Pages(PageNumberPagination):
    def paginate_queryset(self, queryset, pagination, **params):  # shared: ninja-pagination
        return list(queryset)


api = NinjaAPI(auth=HeaderKey(), throttle=[Burst("10/s")])
router = Router()


@api.get("/health")
def health(request):  # entry: ninja-route
    return {"ok": True}


@router.post("/notes")
def create_note(request, text: str):  # entry: ninja-route
    return {"text": text}


@router.get("/notes")
@paginate(Pages)
def list_notes(request):  # entry: ninja-route
    return []


@router.api_operation(["PUT", "PATCH"], "/notes/{pk}")
def change_note(request, pk: int):  # entry: ninja-route
    return {"pk": pk}


@api.exception_handler(ValueError)
def bad_value(request, exc):  # entry: ninja-hook
    return api.create_response(request, {"detail": str(exc)}, status=400)


def slugify(text):
    return text.lower()


api.add_router("/v1/", router)
