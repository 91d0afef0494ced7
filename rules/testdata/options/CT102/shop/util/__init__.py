# Re-exported: the option names the definition, shop.util.bags.Bag.
from .bags import Bag
