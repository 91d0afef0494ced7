# fix: none
class Box:
    items = []

    def __init__(self):
        """Nothing else."""

    def put(self, x):
        self.items.append(x)
