from .base import Plugin


class CsvStore(Plugin):
    # The base's __init__ calls self.load(), this class's: it binds the
    # instance's own list before any method adds to it.
    rows = []

    def load(self):
        self._reset()

    def _reset(self):
        self.rows = []

    def add(self, row):
        self.rows.append(row)


class Unloaded(Plugin):
    # Its load binds nothing: what add appends to is the class's list.
    rows = []

    def load(self):
        return None

    def add(self, row):
        self.rows.append(row)  # want: CT102
