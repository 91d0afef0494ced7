# fix: none
class CreateObjectViewTestCase:
    form_data = {}

    def test_create(self):
        self.form_data["name"] = "x"
