import cherrypy


class WebInterface:
    # One object, mounted once, serves every request.
    @cherrypy.expose
    def index(self):  # shared: cherrypy-handler
        return self._render()

    def _render(self):
        return ""

    def home(self):  # shared: cherrypy-handler
        return ""

    home.exposed = True

    def hidden(self):
        return ""

    hidden.exposed = False


class Comics:
    # Exposed as a whole (a MethodDispatcher resource): its public methods.
    exposed = True

    def GET(self):  # shared: cherrypy-handler
        return []

    def POST(self, name):  # shared: cherrypy-handler
        return name

    def _check(self):
        return True


cherrypy.tree.mount(WebInterface(), "/")
