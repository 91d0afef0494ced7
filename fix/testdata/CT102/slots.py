# fix: none
class Point:
    __slots__ = ("x",)
    history = []

    def move(self, x):
        self.history.append(x)
