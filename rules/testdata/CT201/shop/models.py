from django.db import models
from solo.models import SingletonModel


class Flag(models.Model):
    code = models.CharField(max_length=20)


class Rate(models.Model):
    currency = models.CharField(max_length=3)


class SiteConfiguration(SingletonModel):
    support_email = models.EmailField()
