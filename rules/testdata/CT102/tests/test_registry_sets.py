# A test that registers a class of its own runs in a process of its own:
# it makes Modifiers.add no per-request call.
from registry_sets import Modifiers


def test_add():
    class Extra:
        pass

    Modifiers.add(Extra)
    assert Extra in Modifiers.items
