from .base import NotesView


class SearchView(NotesView):
    def build(self):
        super().build()
        self.query_params["usage_id__in"] = 2
        self.query_params.pop("user")

    def filter(self, f):
        self.prepare()
        self.filters.append(f)

    def sort(self, key):
        # What the call resets is another attribute: the class's list.
        self.prepare()
        self.page.append(key)  # want: CT102

    def paged(self, n):
        # Reset only in a branch of the callee: maybe the class's.
        self.maybe(n)
        self.page.append(n)  # want: CT102

    def later(self, key):
        # The reset comes after the change.
        self.order.append(key)  # want: CT102
        self.prepare()


class Overridden(NotesView):
    def sorted(self, key):
        # A subclass runs its own prepare, which resets nothing.
        self.prepare()
        self.order.append(key)  # want: CT102


class OwnPrepare(Overridden):
    def prepare(self):
        pass
