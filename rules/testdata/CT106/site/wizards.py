from formtools.preview import FormPreview
from formtools.wizard.views import NamedUrlSessionWizardView


class ReportWizard(NamedUrlSessionWizardView, FormPreview):
    # A wizard view, built per request by as_view(), with FormPreview
    # mixed in for its methods: no one object serves every request.
    def get(self, request, *args, **kwargs):
        self.client = request.user
        return super().get(request, *args, **kwargs)

    def done(self, form_list, **kwargs):
        self.result = form_list
        return self.result


class OrderPreview(FormPreview):
    # Built once, in the URL configuration: every request's.
    def done(self, request, cleaned_data):
        self.last = cleaned_data  # want: CT106
        return self.last
