from shop.app import cart
from shop.state import RECENT


def test_cart():
    RECENT.append("x")  # want-strict: CT204
    cart()
