from tornado import web


class BaseHandler(web.RequestHandler):
    def initialize(self, settings):  # entry: tornado-handler
        # Given the route's keyword arguments, for each request's handler.
        self.settings_ = settings

    def prepare(self):  # entry: tornado-handler
        self.user = None

    def get_current_user(self):  # entry: tornado-handler
        return self.user

    def _audit(self, what):
        return what


class APIHandler(BaseHandler):
    def write_error(self, status_code, **kwargs):  # entry: tornado-handler
        self.finish({"status": status_code})
