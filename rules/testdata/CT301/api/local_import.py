from fastapi import FastAPI

app = FastAPI()


@app.post("/upload")
def upload(name: str):
    # The library imported in the def: the same client per request.
    import boto3

    client = boto3.client("s3")  # want: CT301
    client.put_object(Bucket="b", Key=name, Body=b"")


@app.post("/upload-from")
def upload_from(name: str):
    from boto3 import client

    client("s3").put_object(Bucket="b", Key=name, Body=b"")  # want: CT301


@app.post("/shadowed")
def shadowed(name: str, boto3=None):
    # A parameter of that name is no import.
    boto3.client("s3")
