# A client built only while a file is missing, that the def then
# downloads: once per host, not at every call.
import os
from pathlib import Path

import boto3
from fastapi import FastAPI

app = FastAPI()
LOCAL_MAP = "/tmp/map.tif"
MODEL = Path("/tmp/model.bin")


def load_map():
    if os.path.exists(LOCAL_MAP):
        return open(LOCAL_MAP, "rb")
    s3 = boto3.client("s3")  # want-strict: CT301
    s3.download_file("maps", "map.tif", LOCAL_MAP)
    return open(LOCAL_MAP, "rb")


def load_map_checked():
    # A corrupt copy is deleted and made again: still only while missing.
    if os.path.exists(LOCAL_MAP):
        try:
            return open(LOCAL_MAP, "rb")
        except OSError:
            os.remove(LOCAL_MAP)
    s3 = boto3.client("s3")  # want-strict: CT301
    s3.download_file("maps", "map.tif", LOCAL_MAP)
    return open(LOCAL_MAP, "rb")


def load_model():
    if not MODEL.exists():
        boto3.client("s3").download_file("models", "m.bin", MODEL)  # want-strict: CT301
    return MODEL.read_bytes()


def only_checked():
    # The file is tested but never made here: every call builds one.
    if os.path.exists(LOCAL_MAP):
        return None
    return boto3.client("s3").list_buckets()  # want: CT301


@app.get("/map")
def get_map():
    return load_map(), load_map_checked(), load_model(), only_checked()
