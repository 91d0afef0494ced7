# Django's form metaclass binds base_fields on each form class, and DRF's
# serializer metaclass _declared_fields: one dict per class, whose fields
# every form or serializer built from it shares. A form's own fields are
# self.fields, a deep copy made per instance.
from django import forms
from rest_framework import serializers


class LoginStatsForm(forms.Form):
    ordering = forms.ChoiceField(choices=(("prison", "Prison"),))

    def __init__(self, months, **kwargs):
        self.base_fields["ordering"].choices.extend(months)  # want: CT102
        super().__init__(**kwargs)
        self.fields["ordering"].choices.append(("all", "All"))


class ReportSerializer(serializers.Serializer):
    def __init__(self, *args, extra=None, **kwargs):
        super().__init__(*args, **kwargs)
        if extra:
            self._declared_fields[extra] = serializers.CharField()  # want: CT102
        self.fields["note"] = serializers.CharField()
