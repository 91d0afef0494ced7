from wagtail.models import Page


class ProgramPage(Page):
    # Wagtail serves a page per request, on the row it loaded.
    def get_context(self, request, *args, **kwargs):  # entry: wagtail-page
        return {}

    def serve(self, request, *args, **kwargs):  # entry: wagtail-page
        return None

    def helper(self):
        return None
