from dav.app import Application

_instance = None


def application(environ, start_response):  # entry: wsgi-app
    # What uWSGI, mod_wsgi and Gunicorn call for each request, by the
    # protocol's parameters, whatever registers it.
    global _instance
    if _instance is None:
        _instance = Application()
    return _instance(environ, start_response)


def helper(environ):
    return environ
