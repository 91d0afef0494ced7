# fix: unsafe
import dataclasses


class Catalog:
    @dataclasses.dataclass
    class Entry:
        name: str

    entries = []

    def add(self, name):
        self.entries.append(self.Entry(name))
