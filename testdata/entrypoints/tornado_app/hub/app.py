import tornado.ioloop
import tornado.web

from . import users


def make_app():  # startup: app-factory
    handlers = []
    handlers.extend(users.default_handlers)
    return tornado.web.Application(handlers)


def main():  # startup: main
    make_app().listen(8000)
    tornado.ioloop.IOLoop.current().start()


if __name__ == "__main__":
    main()
