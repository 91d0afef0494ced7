# Methods that run once per class or once per process: class-creation hooks
# of frameworks, startup hooks, the methods they call, and classmethods
# called at import through a subclass.
from django.apps import AppConfig
from graphene import ObjectType


class BaseType(ObjectType):
    category = None
    fields = None

    @classmethod
    def __init_subclass_with_meta__(cls, category=None, **options):
        cls.category = category  # want-strict: CT101
        cls._collect()
        super().__init_subclass_with_meta__(**options)

    @classmethod
    def _collect(cls):
        cls.fields = {}  # want-strict: CT101


class ShopConfig(AppConfig):
    resolver = None
    hits = 0

    def ready(self):
        self.load_resolver()

    @classmethod
    def load_resolver(cls):
        cls.resolver = object()  # want-strict: CT101

    def count(self, request):
        ShopConfig.hits += 1  # want-strict: CT101


class NotAnAppConfig:
    resolver = None

    def ready(self, request):
        NotAnAppConfig.resolver = request.resolver  # want: CT101


def configure(request):
    NotAnAppConfig().ready(request)


class Generated:
    @classmethod
    def add_methods(cls):
        setattr(cls, "test_a", lambda self: None)  # want-strict: CT101


class GeneratedFill(Generated):
    pass


GeneratedFill.add_methods()


class Mixed:
    hook_value = None

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.remember(None)

    @classmethod
    def remember(cls, value):
        cls.hook_value = value  # want: CT101

    def handle(self, request):
        # also called per request: the writes in remember are not startup-only
        self.remember(request.user)
