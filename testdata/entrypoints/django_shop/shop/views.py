from django.http import JsonResponse
from django.views import View
from django.views.generic import TemplateView as TV
from smartmin.views import SmartTemplateView

from .services import Cart


def checkout(request):  # entry: django-view
    return JsonResponse(_total(request))  # calls: shop.views._total, django.http.JsonResponse


def _total(request):
    return {"total": Cart().total()}  # calls: shop.services.Cart.total


def legacy(request):  # entry: django-view
    return JsonResponse({})


def unused_view(request):
    return JsonResponse({})


class OrderView(View):
    def get(self, request, pk):  # entry: django-view
        self.pk = pk
        return JsonResponse({"pk": self.pk})

    def post(self, request, pk):  # entry: django-view
        return JsonResponse({})

    def helper(self):
        return 1


class AboutView(TV):
    template_name = "about.html"

    # as_view() builds one instance per request: its __init__ runs per
    # request too.
    def __init__(self, **kwargs):  # entry: django-view
        super().__init__(**kwargs)
        self.client = None

    def get_context_data(self, **kwargs):  # entry: django-view
        return {}


def exempt(request):  # entry: django-view
    return JsonResponse({})


def dotted(request):  # entry: django-view
    return JsonResponse({})


def dotted_only(request):  # entry: django-view
    return JsonResponse({})


def v2(request):  # entry: django-view
    return JsonResponse({})


def v3(request):  # entry: django-view
    return JsonResponse({})


def orphan(request):
    return JsonResponse({})


def hooked(request):  # entry: django-view
    return JsonResponse({})


from django.contrib.messages.views import SuccessMessageMixin
from django.views.generic.detail import BaseDetailView, SingleObjectTemplateResponseMixin
from django.views.generic.edit import FormMixin, UpdateView


class CartUpdate(SuccessMessageMixin, UpdateView):
    # The generic views call these hooks from their own code, per request.
    def get_form_kwargs(self):  # entry: django-view
        return {}

    def get_success_message(self, cleaned_data):  # entry: django-view
        return "saved"

    def describe(self):
        return "not a hook"


from django import forms as dj_forms
from django.views.generic.edit import FormView


class CouponForm(dj_forms.Form):
    # The view builds one for each request and validates it: its clean
    # hooks run then.
    def clean_code(self):  # entry: django-form
        return self.cleaned_data["code"]

    def clean(self):  # entry: django-form
        return super().clean()

    def describe(self):
        return "not a hook"


class CouponView(FormView):
    form_class = CouponForm

    def form_valid(self, form):  # entry: django-view
        return None


class CartUnlock(FormMixin, SingleObjectTemplateResponseMixin, BaseDetailView):
    def post(self, request, pk):  # entry: django-view
        return JsonResponse({})


from allauth.account.views import LoginView


class CustomLogin(LoginView):
    # Its base is a library's the tables do not know, but urls.py routes
    # it with as_view(): a class-based view, called as one.
    def get_context_data(self, **kwargs):  # entry: django-view
        return {}

    def describe(self):
        return "not a hook"


def server_error(request):  # entry: django-error-view
    return None


def not_found(request, exception):  # entry: django-error-view
    return None


def csrf_failure(request, reason=""):  # entry: django-error-view
    return None


def forum_index(request):  # entry: django-view
    return None


class CountsView(SmartTemplateView):
    # A base from a library the tables do not know: a view by its
    # registration only.
    def get(self, request):  # entry: django-view
        return JsonResponse({})
