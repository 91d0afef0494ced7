# A class-level container reached through the class of another object,
# type(obj) or obj.__class__: reported when the method states obj's class.


class Catalog:
    entries = {}
    hits = []


class Loader:
    def load(self, catalog: Catalog, k, v):
        type(catalog).entries[k] = v  # want: CT102

    def count(self, k):
        built = Catalog()
        built.__class__.hits.append(k)  # want: CT102

    # Not flagged: the class of obj is unknown.

    def unknown(self, catalog, k, v):
        type(catalog).entries[k] = v
        catalog.__class__.hits.append(k)
