from django.contrib.auth.backends import ModelBackend


class BaseTokenBackend(ModelBackend):
    def get_user(self, user_id):  # entry: django-auth-backend
        return None


class TokenBackend(BaseTokenBackend):
    def authenticate(self, request, token=None):  # entry: django-auth-backend
        return self._lookup(token)

    def _lookup(self, token):
        return None


def cart_context(request):  # entry: django-context-processor
    return {"cart": None}


def not_listed(request):
    return {}


def update_profile(backend, user, response, *args, **kwargs):  # entry: social-auth-pipeline
    return None
