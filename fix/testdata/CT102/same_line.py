# fix: none
class Bag:
    items = []; size = 0

    def put(self, item):
        self.items.append(item)
