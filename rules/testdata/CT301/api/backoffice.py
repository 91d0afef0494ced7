# Only admins run these: an export, an action of the admin site. A client
# built per run of them is rare next to the requests of the service.
import functools

import boto3
from django.contrib import admin
from django.contrib.admin.views.decorators import staff_member_required
from fastapi import APIRouter

router = APIRouter()


def admins_only(f):
    @functools.wraps(f)
    def only_admins(*args, **kwargs):
        return f(*args, **kwargs)

    return only_admins


def export_bucket():
    return boto3.client("s3")  # want-strict: CT301 (only admin routes reach it)


@router.post("/admin/export")
@admins_only
def export_all():
    export_bucket().put_object(Key="all")


@staff_member_required
def purge_view(request):
    boto3.client("cloudfront").create_invalidation()  # want-strict: CT301 (a staff view)


@admin.action(description="Seal")
def seal(modeladmin, request, queryset):
    boto3.client("s3").put_object(Key="sealed")  # want-strict: CT301 (an admin action)


def report_bucket():
    return boto3.client("s3")  # want: CT301 (a user's route reaches it too)


@router.post("/admin/report")
@admins_only
def admin_report():
    report_bucket().put_object(Key="report")


@router.get("/report")
def user_report():
    report_bucket().get_object(Key="report")
