import boto3
from fastapi import APIRouter

router = APIRouter()
shared = boto3.client("s3")


@router.get("/download")
def download_url(key: str, replace: bool = False):
    # A client that only signs: no connection is opened.
    if replace:
        c = boto3.client("s3", endpoint_url="https://files.example.com")  # want-strict: CT301
    else:
        c = shared
    return c.generate_presigned_url("get_object", Params={"Key": key})


@router.get("/head")
def head(key: str):
    # Signs, then talks to the service: a connection per call.
    c = boto3.client("s3")  # want: CT301
    url = c.generate_presigned_url("get_object", Params={"Key": key})
    return url, c.head_object(Key=key)


def _signing_client():
    # Returned to callers of this module that only sign with it.
    return boto3.client("s3", endpoint_url="https://files.example.com")  # want-strict: CT301


@router.get("/upload")
def upload_url(key: str):
    client = _signing_client()
    return client.generate_presigned_url("put_object", Params={"Key": key})


@router.get("/retrieve")
def retrieve_url(key: str):
    s3 = _signing_client()
    return s3.generate_presigned_url("get_object", Params={"Key": key})


def _talking_client():
    return boto3.client("s3")  # want: CT301


@router.get("/exists")
def exists(key: str):
    s3 = _talking_client()
    s3.generate_presigned_url("get_object", Params={"Key": key})
    return s3.head_object(Key=key)
