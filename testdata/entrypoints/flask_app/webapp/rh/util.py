# A blueprint of the tree's own whose add_url_rule turns a request
# handler class into a view: the view is the wrapper it returns, which
# builds one handler per request and runs its process().
import inspect
from functools import wraps

from flask import Blueprint
from flask_cors import cross_origin


def make_view_func(obj):
    if inspect.isclass(obj):

        def wrapper(**kwargs):  # entry: flask-route
            return obj().process()

        # CORS options a class asks for wrap the view, in one branch.
        if (cors := getattr(obj, "_CORS", None)) is not None:
            wrapper = cross_origin(**cors)(wrapper)
        return wrapper
    return obj


def logged(f):
    @wraps(f)
    def inner(*args, **kwargs):
        return f(*args, **kwargs)

    return inner


class HandlerBlueprint(Blueprint):
    def add_url_rule(self, rule, endpoint=None, view_func=None, **options):
        if view_func is not None:
            view_func = make_view_func(view_func)
        super().add_url_rule(rule, endpoint, view_func, **options)


class LoggedBlueprint(Blueprint):
    def add_url_rule(self, rule, endpoint=None, view_func=None, **options):
        view_func = logged(view_func)
        return super().add_url_rule(rule, endpoint, view_func, **options)
