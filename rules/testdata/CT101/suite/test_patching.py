# Test code patches classes on purpose: the runner runs one test at a time
# and the write is a fixture or a patch (often restored), not per-request
# state. Not flagged in test-case classes.
import unittest

from django.test import TestCase as DjangoTestCase

from app.state import State


class ShopTests(DjangoTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.user = object()
        cls.orders = []

    def setUp(self):
        State.current_user = "alice"  # want-strict: CT101

    def test_patch_and_restore(self):
        old = State.current_user
        try:
            State.current_user = "bob"  # want-strict: CT101
        finally:
            State.current_user = old  # want-strict: CT101


class BaseApiCase(unittest.TestCase):
    pass


class OrdersApiCase(BaseApiCase):
    def tearDown(self):
        State.current_user = None  # want-strict: CT101


class TestPlainPytest:
    def test_override(self):
        State.current_user = "carol"  # want-strict: CT101


class FakeThrottle:
    # A helper class in a test module is not a test case: its method runs
    # per request in the test, and the write is still shared state.
    def allow(self, request):
        State.current_user = request.user  # want-strict: CT101
