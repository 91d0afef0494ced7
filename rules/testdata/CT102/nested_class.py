# The containers of a class nested in a class body are shared by every
# instance of the outer class.


class Table:
    class Meta:
        columns = []

    def add_column(self, request, name):
        self.Meta.columns.append(name)  # want: CT102
