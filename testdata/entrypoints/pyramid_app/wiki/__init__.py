from pyramid.config import Configurator

from .views import page_history


def main(global_config, **settings):  # startup: main
    with Configurator(settings=settings) as config:
        config.add_route("history", "/history/{name}")
        config.add_view(page_history, route_name="history", renderer="json")
        config.add_request_method(current_editor, "editor", reify=True)
        config.include(".services")
        config.scan()
        return config.make_wsgi_app()


def current_editor(request):  # entry: pyramid-request-method
    return request.headers.get("X-Editor")
