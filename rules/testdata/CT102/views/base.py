# A base view's method starts the state anew on the instance; its
# subclasses extend it by calling it first (super().build()), or call it
# on self before they change the state.


class NotesView:
    query_params = {}
    filters = []
    order = []
    page = []

    def build(self):
        self.query_params = {}
        self.query_params["user"] = 1

    def prepare(self):
        self.filters = []
        self.order = []

    def maybe(self, flag):
        if flag:
            self.page = []

    def get(self):
        self.build()
        return self.query_params
