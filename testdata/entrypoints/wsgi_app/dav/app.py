class Application:
    # Its __call__ is a WSGI app: per request (one object, or one per
    # request: a response is a WSGI app too).
    def __call__(self, environ, start_response):  # entry: wsgi-app
        return self._handle(environ, start_response)

    def _handle(self, environ, start_response):
        start_response("200 OK", [])
        return [b""]


class Lifespan:
    async def __call__(self, scope, receive, send):  # entry: asgi-app
        await send({"type": "lifespan.startup.complete"})


async def app(scope, receive, send):  # entry: asgi-app
    await send({"type": "http.response.start"})


def not_an_app(environ, start_response, extra):
    return extra


def outer():
    def application(environ, start_response):
        return []

    return application


def api(env, start_response):  # entry: wsgi-app
    # The environ named short, as szurubooru's app does.
    return Application()(env, start_response)


def environment(env, name):
    return env[name]
