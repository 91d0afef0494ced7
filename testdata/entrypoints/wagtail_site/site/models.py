from wagtail.contrib.routable_page.models import RoutablePageMixin, path, route
from wagtail.models import Page


class ArticlePage(Page):
    # Wagtail finds the page by its route and serves it: per request.
    def serve(self, request, *args, **kwargs):  # entry: wagtail-page
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):  # entry: wagtail-page
        return super().get_context(request, *args, **kwargs)

    def full_title(self):
        return self.title


class EventIndexPage(RoutablePageMixin, Page):
    @route(r"^past/$")
    def past_events(self, request):  # entry: wagtail-page
        return self.render(request)

    @path("upcoming/")
    def upcoming_events(self, request):  # entry: wagtail-page
        return self.render(request)
