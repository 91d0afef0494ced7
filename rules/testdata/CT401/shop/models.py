from django.db import models
from mongoengine import Document


class Order(models.Model):
    status = models.CharField(max_length=10)

    def refresh(self):
        self = Order.objects.get(pk=self.pk)  # want: CT401

    def reload_and_return(self):
        self = Order.objects.get(pk=self.pk)  # want-strict: CT401
        return self

    def callback(self):
        def inner(self):
            self = None  # a nested def's own self
            return self

        return inner

    @classmethod
    def swap(cls):
        cls = Order  # want-strict: CT401
        return None


class Profile(Document):
    def refresh(self):
        self = Profile.objects.get(id=self.id)  # want: CT401


class Plain:
    def reset(self):
        if True:
            self = Plain()  # want-strict: CT401
        for self in []:  # want-strict: CT401
            pass


class Builder:
    def __new__(cls):
        self = super().__new__(cls)  # not the first parameter
        return self


class Cycle:
    def run(self):
        try:
            return 1
        finally:
            self = None  # lets go of the object


class Record:
    # Not a model of a known ORM, but the value reads the row again.
    def refresh(self):
        self = Record.objects.get(pk=self.pk)  # want: CT401


class Locked(models.Model):
    def ping(self):
        self = Locked.objects.select_for_update().get(pk=self.pk)  # want-strict: CT401
        self.save()

    def include_ancestors(queryset):  # a missing @staticmethod: not an instance
        queryset = queryset.filter()
        return queryset
