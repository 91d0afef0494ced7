class Store:
    _rows = []

    def add(self, row):
        self._rows.append(row)
