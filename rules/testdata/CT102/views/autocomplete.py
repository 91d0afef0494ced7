# A getter that hands back the class's own list (Django's get_X()
# returns self.X), extended in place by an override: every later request
# of the worker searches with what one staff request added.


class AutocompleteView:
    search_fields = ["username"]

    def get_search_fields(self):
        return self.search_fields


class UserAutocomplete(AutocompleteView):
    search_fields = ["username", "full_name"]
    list_display = ("username",)
    ordering = ["username"]

    def get_search_fields(self):
        fields = super().get_search_fields()
        if self.request.user.is_staff:
            fields += ["^email"]  # want: CT102
        return fields

    def get_list_display(self):
        # A tuple: += makes a new one, the class's stays.
        shown = super().get_list_display()
        shown += ("email",)
        return shown

    def get_ordering(self):
        order = list(self.get_default_ordering())
        order.append("email")  # a copy, the method's own
        return order

    def get_default_ordering(self):
        return list(self.ordering)


class FormAdmin:
    actions = ["make_copies"]

    def get_actions(self, request):
        # Django's get_actions builds a new dict at each call: not the
        # class's list, whatever the names say.
        actions = super().get_actions(request)
        actions["export"] = (None, "export", "Export")
        return actions
