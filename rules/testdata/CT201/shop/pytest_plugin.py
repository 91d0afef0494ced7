# A module of pytest fixtures, named as no test is: its clears run
# between tests, never in production.
import pytest

from .services import table_exists


@pytest.fixture(autouse=True)
def clear_caches():
    table_exists.cache_clear()
    yield
