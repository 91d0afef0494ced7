from fastapi import APIRouter as _APIRouter
from fastapi.routing import APIRoute


def router_class(route_class):
    # A router class made by a function: the project's routers are its
    # instances.
    class _Router(_APIRouter):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, route_class=route_class, **kwargs)

    return _Router


APIRouter = router_class(APIRoute)
