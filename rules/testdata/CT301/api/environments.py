# A client built only in a branch for development or tests is a local
# set-up's; the one built for every other environment is the service's.
import os

import boto3
from django.conf import settings
from fastapi import FastAPI

app = FastAPI()


def get_s3_client():
    if settings.ENVIRONMENT.upper() in ["LOCAL", "TEST"]:
        s3 = boto3.client("s3", endpoint_url=settings.MINIO_ADDRESS)  # want-strict: CT301
    else:
        s3 = boto3.client("s3")  # want: CT301
    return s3


def get_queue():
    if os.environ.get("APP_ENV") != "dev":
        return boto3.client("sqs")  # want: CT301
    return boto3.client("sqs", endpoint_url="http://localhost:4566")  # want: CT301 (no else: the arm after runs anywhere)


def get_table():
    if not settings.DEBUG:
        return boto3.resource("dynamodb")  # want: CT301
    else:
        return boto3.resource("dynamodb", endpoint_url="http://localhost:8000")  # want-strict: CT301


def get_bucket():
    if settings.ENVIRONMENT in ("local", "production"):
        return boto3.client("s3")  # want: CT301 (production is no development name)
    return None


def get_submissions():
    if settings.DEBUG or settings.TEST:
        return boto3.resource("sqs", endpoint_url="http://sqs:9324")  # want-strict: CT301
    return boto3.resource("sqs")  # want: CT301


def get_topic(region):
    if region and settings.DEBUG:
        return boto3.client("sns", endpoint_url="http://localhost:4566")  # want-strict: CT301
    if settings.DEBUG or region:
        return boto3.client("sns")  # want: CT301 (region alone may hold)
    return None


@app.get("/files")
def files():
    get_submissions()
    get_topic("eu")
    get_queue().send_message(QueueUrl="q", MessageBody="b")
    get_table().Table("t")
    get_bucket()
    return get_s3_client().list_objects(Bucket="b")


class Storage:
    def __init__(self):
        self.dev = os.environ.get("DEV", "false").lower() != "false"
        if self.dev:
            self.s3 = boto3.client("s3", endpoint_url="http://minio:9000")  # want-strict: CT301
        else:
            self.s3 = boto3.client("s3")  # want: CT301
        if self.devices:
            self.iot = boto3.client("iot")  # want: CT301 (devices, no development flag)


@app.get("/stored")
def stored():
    return Storage().s3.list_buckets()
