from .catalog import ModelCatalog


def test_enroll_twice():
    # A test calling it again does not make it a per-request caller.
    ModelCatalog.enroll(float)
