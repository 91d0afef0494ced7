from django.urls import path
from wagtail import hooks
from wagtail.core import hooks as old_hooks

from .admin_views import ArticleIndexView


@hooks.register("before_serve_page")
def count_view(page, request, serve_args, serve_kwargs):  # entry: wagtail-hook
    return None


@hooks.register("after_edit_page")
def notify_editors(request, page):  # entry: wagtail-admin-hook
    return None


@old_hooks.register("construct_main_menu", order=1)
def hide_menu_items(request, menu_items):  # entry: wagtail-admin-hook
    return None


# Hooks that run once, as the admin builds its URLs, menus and icons: not
# per request.
@hooks.register("register_admin_urls")
def admin_urls():
    return [path("reports/", ArticleIndexView.as_view())]


@hooks.register("register_icons")
def icons(icons):
    return icons + ["site/icons/flag.svg"]


@hooks.register(HOOK_NAME)  # noqa: F821 - a name the table cannot read
def computed(request):
    return None


# The same hooks, registered by a call.
def track_page(page, request, serve_args, serve_kwargs):  # entry: wagtail-hook
    return None


def more_icons(icons):
    return icons


hooks.register("before_serve_page", track_page)
hooks.register("register_icons", more_icons)
