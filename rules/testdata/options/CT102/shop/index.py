# Runs with extend-container-factories = ["sortedcontainers.SortedDict",
# "sortedcontainers.SortedList", "shop.util.Bag"] (a re-export, resolved to
# its definition, shop.util.bags.Bag); without it, nothing.
import sortedcontainers
from sortedcontainers import SortedDict as SD
from sortedcontainers import SortedSet

from shop.util import Bag, frozen_bag


class Index:
    by_score = sortedcontainers.SortedList()
    by_key = SD()
    bag = Bag()
    unlisted = SortedSet()
    frozen = frozen_bag()
    read_only = SD()

    def add(self, k):
        self.by_score.add(k)  # want: CT102
        self.by_key[k] = 1  # want: CT102
        self.bag[k] = 1  # want: CT102
        self.unlisted.add(k)
        self.frozen.add(k)
        return self.read_only.get(k)
