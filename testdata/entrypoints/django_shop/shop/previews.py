from formtools.preview import FormPreview
from formtools.wizard.views import SessionWizardView


class MailPreview(FormPreview):
    def parse_params(self, request, *args, **kwargs):  # shared: formtools-preview
        self.gym = kwargs["gym"]

    def done(self, request, cleaned_data):  # shared: formtools-preview
        return cleaned_data


class CheckoutWizard(SessionWizardView):
    def done(self, form_list, **kwargs):  # entry: formtools-wizard
        return form_list
