# Test-case mixins: classes of test code that define the test runner's
# lifecycle methods (setUp, tearDown, setup_method...). They are mixed into
# test cases and patch a test double's class between tests; not flagged.
# Helper classes of test code without such methods still are.
from app.state import State


class FakeStorageMixin:
    def tearDown(self):
        super().tearDown()
        State.current_user = None  # want-strict: CT101

    def _pretend(self, user):
        State.current_user = user  # want-strict: CT101


class PytestStyleMixin:
    def setup_method(self, method):
        State.current_user = "setup"  # want-strict: CT101

    def login(self, user):
        State.current_user = user  # want-strict: CT101


class FakeClient:
    # Not a mixin: no lifecycle method, so a per-request helper.
    def get(self, request):
        State.current_user = request.user  # want-strict: CT101


class SetUpLookAlike:
    # Outside test code a method named setUp is an ordinary method.
    pass
