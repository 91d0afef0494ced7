# Café: a non-ASCII byte makes CT104 walk every node of this file.


class Menu:
    def order(self, items=[]):  # want: CT104
        pick = lambda extras={}: extras  # want-strict: CT104
        return items, pick
