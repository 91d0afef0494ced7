# fix: unsafe
class Report:
    @property
    def size(self):
        return len(self.rows)

    rows = []

    def add(self, row):
        self.rows.append(row)
