# Registration APIs (register, unregister, deregister, register_*,
# _register_*...) set class-level registries on purpose; per-request
# methods writing the same attributes are still flagged.


class Backends:
    default = None
    by_name = None

    @classmethod
    def register(cls, backend):
        cls.default = backend  # want-strict: CT101

    @classmethod
    def _register_named(cls, name, backend):
        cls.by_name = {**(cls.by_name or {}), name: backend}  # want-strict: CT101

    @classmethod
    def unregister(cls):
        cls.default = None  # want-strict: CT101

    @classmethod
    def register_setattr(cls, name, backend):
        setattr(cls, name, backend)  # want-strict: CT101

    def use(self, request):
        Backends.default = request.backend  # want: CT101



class SignupView:
    # A view named register, taking the request: a per-request handler (a
    # user signing up), not a registration API.
    def register(self, request):
        Backends.default = request.user  # want: CT101


class AsyncBackends:
    default = None

    @classmethod
    async def aregister(cls, backend):
        cls.default = backend  # want-strict: CT101
