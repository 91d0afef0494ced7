class Cart:
    def get(self, key):
        return key

    def total(self):
        return 0
