# fix: none
class ViewTest:
    form_data = {}

    def fill(self, key, value):
        self.form_data[key] = value


class CreateTest(ViewTest):
    form_data = {"name": "x"}
