import socketserver
from xmlrpc.server import SimpleXMLRPCServer


class ThreadedServer(socketserver.ThreadingMixIn, SimpleXMLRPCServer):
    pass


class Api:
    # One object serves every call; its public methods are the API.
    def login(self, user, password):  # shared: xmlrpc-method
        return self._token(user)

    def get_systems(self, token):  # shared: xmlrpc-method
        return []

    def _token(self, user):
        return user

    def _dispatch(self, method, params):  # shared: xmlrpc-method
        return getattr(self, method)(*params)


def ping():  # entry: xmlrpc-method
    return True


def main():  # startup: main
    server = ThreadedServer(("", 25151))
    server.register_instance(Api())
    server.register_function(ping)
    server.serve_forever()


if __name__ == "__main__":
    main()
