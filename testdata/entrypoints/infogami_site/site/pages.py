from infogami.utils import delegate
from infogami.utils import app as _app


class view(_app.page):
    # The project's own base: a page class too.
    pass


class books(delegate.page):
    path = "/books/(.*)"

    def GET(self, key):  # entry: infogami-page
        return key

    def POST(self, key):  # entry: infogami-page
        return self.save(key)

    def save(self, key):
        return key


class search(view):
    path = "/search"

    def GET(self):  # entry: infogami-page
        return ""


class edit_mode(delegate.mode):
    def GET(self, key):  # entry: infogami-page
        return key


class Helper:
    def GET(self):
        return ""
