from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/")
async def index(request):  # entry: aiohttp-route
    return web.Response(text="hi")


async def items(request):  # entry: aiohttp-route
    return web.Response()


async def orders(request):  # entry: aiohttp-route
    return web.Response()


@web.middleware
async def auth(request, handler):  # entry: aiohttp-middleware
    return await handler(request)


class UserView(web.View):
    async def get(self):  # entry: aiohttp-view
        return web.Response()

    def _load(self):
        return None


class Handler:
    # Built once, with the routes: its methods serve every request.
    async def stream(self, request):  # shared: aiohttp-route
        return web.Response()

    def _open(self, path):
        return path


async def on_startup(app):  # startup: aiohttp-startup
    pass


def build_app():  # startup: app-factory
    app = web.Application(middlewares=[auth])
    app.add_routes(routes)
    app.add_routes([web.get("/items", items), web.view("/users", UserView)])
    app.router.add_post("/orders", orders)
    app.add_routes([web.get("/stream/{path:.+}", Handler().stream)])
    app.on_startup.append(on_startup)
    return app


class Page:
    # A base of the project's own, no aiohttp view.
    def title(self):
        return "page"


@routes.view("/pages")
class PageView(Page):
    # Given to a table's view decorator, its verbs run per request.
    async def get(self):  # entry: aiohttp-route
        return web.Response(text=self.title())

    async def post(self):  # entry: aiohttp-route
        return web.Response(text="ok")

    def render(self):
        return self.title()
