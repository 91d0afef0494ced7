from django.db import models


class Schema(models.Model):
    updated = models.DateTimeField()


class Plan(models.Model):
    rate = models.IntegerField()
