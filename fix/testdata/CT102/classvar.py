# fix: none
from typing import ClassVar


class Pool:
    _shared: ClassVar[list] = []

    def add(self, op):
        self._shared.append(op)
