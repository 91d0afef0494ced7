from django.db import models


class Flag(models.Model):
    code = models.CharField(max_length=20)


class Rate(models.Model):
    currency = models.CharField(max_length=3)
