# Django's classonlymethod makes a classmethod (that refuses instances):
# cls in its body is the class.
from django.utils import decorators
from django.utils.decorators import classonlymethod
from app.helpers import classonlymethod as homemade


class View:
    # Not Django's View: a view class would make this folder a tree with
    # a request entry point, and its unreached findings Low.
    pass


class ReportView(View):
    view_initkwargs = {}
    view_name = ""

    @classonlymethod
    def as_view(cls, **initkwargs):
        cls.view_initkwargs = initkwargs  # want: CT101
        return super().as_view(**initkwargs)

    @decorators.classonlymethod
    def named(cls, name):
        cls.view_name = name  # want: CT101
        return cls

    # Not flagged: a decorator of the same name that is not Django's, and
    # an instance attribute.

    @homemade
    def other(cls, name):
        cls.view_name = name

    def get(self, request):
        self.view_name = request.path
