# In test code, setUp (asyncSetUp, setup_method) is the per-test
# initialiser: every test instance runs it, so a container it binds on
# self is that instance's own, as in __init__.
import unittest


class URLMixin:
    default_kwargs = {}
    response_data = {}

    def setUp(self):
        super().setUp()
        self.default_kwargs = {"slug": "pip"}

    def add(self, k, v):
        self.response_data[k] = v
        self.default_kwargs[k] = v

    def format_urls(self, ctx):
        # Copy on write: the new container is derived from the shared one,
        # so this instance gets its own copy on purpose.
        self.response_data = {u.format(**ctx): d for u, d in self.response_data.items()}

    def reset(self):
        self.response_data = {}  # want-strict: CT103


class ApiTests(URLMixin, unittest.TestCase):
    async def asyncSetUp(self):
        self.response_data = {}

    def setup_method(self, method):
        self.response_data = {}
